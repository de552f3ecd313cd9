import type { Learner } from '../core/learner.js';

/**
 * The training thread's parameters, published for the main thread after every
 * step in shared memory under a seqlock: the writer makes the version odd, writes,
 * and makes it even again; a reader copies and keeps the copy only if the version
 * was even and unchanged around it. So a prediction never sees a half-written step.
 *
 * Layout of `data`: step, samples, then W1, b1, W2, b2, ..., then (with a
 * normalizer) count, mean, m2.
 */
export interface PublishedBuffers {
  version: SharedArrayBuffer; // one Int32
  data: SharedArrayBuffer; // float64s
}

export function publishedSize(learner: Learner): number {
  const params = learner.net.params().reduce((s, p) => s + p.length, 0);
  const norm = learner.normalizer === undefined ? 0 : 1 + 2 * learner.inputs;
  return 2 + params + norm + (learner.targetNormalizer === undefined ? 0 : 3);
}

export function createPublished(learner: Learner): PublishedBuffers {
  return { version: new SharedArrayBuffer(4), data: new SharedArrayBuffer(8 * publishedSize(learner)) };
}

/** The training thread's side. */
export class Publisher {
  private readonly version: Int32Array;
  private readonly data: Float64Array;

  constructor(b: PublishedBuffers) {
    this.version = new Int32Array(b.version);
    this.data = new Float64Array(b.data);
  }

  publish(learner: Learner): void {
    const d = this.data;
    Atomics.add(this.version, 0, 1); // odd: writing
    d[0] = learner.step;
    d[1] = learner.samples;
    let o = 2;
    for (const p of learner.net.params()) {
      d.set(p, o);
      o += p.length;
    }
    const nz = learner.normalizer;
    if (nz !== undefined) {
      d[o++] = nz.count;
      d.set(nz.mean, o);
      d.set(nz.m2, o + nz.n);
      o += 2 * nz.n;
    }
    const t = learner.targetNormalizer;
    if (t !== undefined) {
      d[o] = t.count;
      d[o + 1] = t.mean[0]!;
      d[o + 2] = t.m2[0]!;
    }
    Atomics.add(this.version, 0, 1); // even: done
  }
}

/** The main thread's side: copies the newest whole step into a replica learner. */
export class Subscriber {
  private readonly version: Int32Array;
  private readonly data: Float64Array;
  private copied = -1;

  constructor(b: PublishedBuffers) {
    this.version = new Int32Array(b.version);
    this.data = new Float64Array(b.data);
  }

  /** Brings `replica` to the newest published step; returns that step. */
  copyInto(replica: Learner): number {
    for (;;) {
      const v1 = Atomics.load(this.version, 0);
      if (v1 & 1) continue; // a write is under way: it takes microseconds
      if (v1 === this.copied) return replica.step;
      const d = this.data;
      let o = 2;
      for (const p of replica.net.params()) {
        p.set(d.subarray(o, o + p.length));
        o += p.length;
      }
      const nz = replica.normalizer;
      let count = 0;
      if (nz !== undefined) count = d[o++]!;
      const mean = nz === undefined ? undefined : d.slice(o, o + nz.n);
      const m2 = nz === undefined ? undefined : d.slice(o + nz.n, o + 2 * nz.n);
      const step = d[0]!, samples = d[1]!;
      const t = replica.targetNormalizer;
      const to = o + (nz === undefined ? 0 : 2 * nz.n);
      const tc = d[to]!, tm = d[to + 1]!, tv = d[to + 2]!;
      if (Atomics.load(this.version, 0) !== v1) continue; // torn: try again
      if (nz !== undefined) nz.setState({ count, mean: mean!, m2: m2! });
      if (t !== undefined) t.setState({ count: tc, mean: Float64Array.of(tm), m2: Float64Array.of(tv) });
      replica.step = step;
      replica.samples = samples;
      this.copied = v1;
      return step;
    }
  }
}

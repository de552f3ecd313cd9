import type { Learner } from '../core/learner.js';
import { matrix } from '../core/matrix.js';
import { Scorer, type Figures } from './scorer.js';

/** fmix32 of MurmurHash3: every input bit reaches every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function seedHash(seed: number | string): number {
  const s = String(seed);
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix32(h);
}

/**
 * Which rows (or stream samples) are held out: a seeded hash of the row number
 * (a CSV line, a client's seq) below `fraction`. A row's fate depends on nothing
 * but the seed and its number, so every epoch (and a stream) holds out the same rows.
 */
export function holdoutPicker(seed: number | string, fraction: number): (key: number) => boolean {
  const s = seedHash(seed);
  const threshold = fraction * 2 ** 32;
  return (key) => {
    const lo = key >>> 0, hi = Math.floor(key / 2 ** 32) >>> 0;
    return fmix32(fmix32(s ^ lo) ^ hi) < threshold;
  };
}

/**
 * The held-out samples, at most `capacity` of them (a ring: a stream keeps its
 * latest), and their evaluation on a learner's current parameters.
 */
export class HoldoutSet {
  private X = new Float64Array(0);
  private Y = new Float64Array(0);
  private count = 0;
  private next = 0;

  constructor(
    readonly n: number,
    readonly capacity: number,
  ) {}

  get size(): number {
    return this.count;
  }

  add(x: ArrayLike<number>, y: number): void {
    if (this.next === this.Y.length && this.Y.length < this.capacity) this.grow();
    if (this.next === this.capacity) this.next = 0;
    this.X.set(x, this.next * this.n);
    this.Y[this.next++] = y;
    if (this.count < this.capacity) this.count++;
  }

  private grow(): void {
    const rows = Math.min(this.capacity, Math.max(256, 2 * this.Y.length));
    const X = new Float64Array(rows * this.n), Y = new Float64Array(rows);
    X.set(this.X);
    Y.set(this.Y);
    this.X = X;
    this.Y = Y;
  }

  /** Loss and accuracy (classification) or RMSE and R² (regression) of the learner on the held-out samples. */
  evaluate(learner: Learner, batch = 1024): Figures {
    const scorer = new Scorer(learner.task, learner.outputs);
    for (let j = 0; j < this.count; j += batch) {
      const m = Math.min(batch, this.count - j);
      scorer.add(learner.predictMany(matrix(this.n, m, this.X.subarray(j * this.n, (j + m) * this.n))), this.Y.subarray(j, j + m));
    }
    return scorer.figures();
  }
}

/** The figures as the `holdout_*` fields of a report. */
export function holdoutFields(f: Figures): Record<string, number | null> {
  const v = (x: number | undefined): number | null => (x === undefined || !Number.isFinite(x) ? null : x);
  return f.task === 'regression'
    ? { holdout_loss: v(f.loss), holdout_rmse: v(f.rmse), holdout_r2: v(f.r2), holdout_samples: f.rows }
    : { holdout_loss: v(f.loss), holdout_accuracy: v(f.accuracy), holdout_samples: f.rows };
}

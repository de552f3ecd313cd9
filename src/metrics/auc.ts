/** Ascending values, one at a time; undefined at the end. */
export interface Cursor {
  next(): number | undefined;
}

/**
 * Where sorted runs go when the scores no longer fit the in-memory budget: a run is
 * written once and read back once, in order. `memoryRuns` keeps them in memory (the
 * default; exact, but memory then grows with the input); the CLI hands in a store
 * of temporary files (src/storage/spill-runs.ts), so memory stays bounded.
 */
export interface RunStore {
  /** Keeps a sorted run; returns its handle. */
  put(run: Float64Array): number;
  open(handle: number): Cursor;
  dispose(): void;
}

export function memoryRuns(): RunStore {
  const runs: Float64Array[] = [];
  return {
    put: (run) => runs.push(run.slice()) - 1,
    open: (h) => arrayCursor(runs[h]!),
    dispose: () => (runs.length = 0),
  };
}

export function arrayCursor(a: Float64Array, length = a.length): Cursor {
  let i = 0;
  return { next: () => (i < length ? a[i++] : undefined) };
}

/**
 * Exact ROC AUC of a binary scorer, in bounded memory. AUC is the probability that
 * a positive scores above a negative, ties counting one half (what scikit-learn's
 * roc_auc_score computes from the ROC curve's trapezoids). So it needs only the
 * positives' scores and the negatives' scores, each in ascending order, swept
 * together: Σ over positives of (negatives below + ½ negatives equal).
 *
 * A histogram or a reservoir would bound memory but not be exact; sorting
 * everything in memory is exact but not bounded. This is an external merge sort:
 * scores gather in two buffers of `budget` values in all; a full buffer is sorted
 * and written to the RunStore as a run; at the end the runs of each class are
 * merged (a heap of cursors) and swept. Memory: the buffers, plus one block per run
 * while merging. The sum is kept doubled, in integers, so it is exact up to 2^53.
 */
export class RocAuc {
  private readonly pos: Float64Array;
  private readonly neg: Float64Array;
  private np = 0;
  private nn = 0;
  private readonly posRuns: number[] = [];
  private readonly negRuns: number[] = [];
  positives = 0;
  negatives = 0;

  constructor(
    private readonly store: RunStore = memoryRuns(),
    budget = 1 << 20,
  ) {
    const half = Math.max(1, budget >> 1);
    this.pos = new Float64Array(half);
    this.neg = new Float64Array(half);
  }

  add(label: number, score: number): void {
    if (label === 1) {
      if (this.np === this.pos.length) this.spill(true);
      this.pos[this.np++] = score;
      this.positives++;
    } else {
      if (this.nn === this.neg.length) this.spill(false);
      this.neg[this.nn++] = score;
      this.negatives++;
    }
  }

  private spill(positive: boolean): void {
    const buf = positive ? this.pos : this.neg;
    const run = buf.subarray(0, positive ? this.np : this.nn).sort();
    (positive ? this.posRuns : this.negRuns).push(this.store.put(run));
    if (positive) this.np = 0;
    else this.nn = 0;
  }

  /** Runs written so far (0 while everything fits in memory). */
  get runs(): number {
    return this.posRuns.length + this.negRuns.length;
  }

  /** The AUC; NaN when one class is absent. Call once, at the end. */
  value(): number {
    if (this.positives === 0 || this.negatives === 0) {
      this.store.dispose();
      return NaN;
    }
    const pos = this.merged(this.pos, this.np, this.posRuns);
    const neg = this.merged(this.neg, this.nn, this.negRuns);
    let twiceSum = 0, below = 0;
    let nextNeg = neg.next();
    let v = pos.next();
    while (v !== undefined) {
      let group = 0;
      const s = v;
      while (v === s) {
        group++;
        v = pos.next();
      }
      while (nextNeg !== undefined && nextNeg < s) {
        below++;
        nextNeg = neg.next();
      }
      let equal = 0;
      while (nextNeg === s) {
        equal++;
        nextNeg = neg.next();
      }
      twiceSum += group * (2 * below + equal);
      below += equal;
    }
    this.store.dispose();
    return twiceSum / (2 * this.positives * this.negatives);
  }

  private merged(buf: Float64Array, length: number, runs: number[]): Cursor {
    const cursors = runs.map((h) => this.store.open(h));
    cursors.push(arrayCursor(buf.subarray(0, length).sort()));
    return cursors.length === 1 ? cursors[0]! : mergeCursors(cursors);
  }
}

/** The ascending merge of ascending cursors (a binary heap on their heads). */
export function mergeCursors(cursors: Cursor[]): Cursor {
  const heads: number[] = [], from: Cursor[] = [];
  const less = (a: number, b: number): boolean => heads[a]! < heads[b]!;
  const swap = (a: number, b: number): void => {
    [heads[a], heads[b]] = [heads[b]!, heads[a]!];
    [from[a], from[b]] = [from[b]!, from[a]!];
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < heads.length && less(l, m)) m = l;
      if (r < heads.length && less(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (const c of cursors) {
    const v = c.next();
    if (v === undefined) continue;
    heads.push(v);
    from.push(c);
  }
  for (let i = (heads.length >> 1) - 1; i >= 0; i--) down(i);
  return {
    next() {
      if (heads.length === 0) return undefined;
      const v = heads[0]!;
      const nv = from[0]!.next();
      if (nv === undefined) {
        const last = heads.length - 1;
        swap(0, last);
        heads.pop();
        from.pop();
      } else heads[0] = nv;
      down(0);
      return v;
    },
  };
}

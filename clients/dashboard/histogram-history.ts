/** One histogram of a layer's weights at one step. */
export interface HistogramColumn {
  step: number;
  lo: number;
  hi: number;
  counts: Uint32Array;
}

export const BINS = 32;

/** Counts of `values` in BINS equal bins spanning their own range. */
export function histogram(step: number, values: ArrayLike<number>): HistogramColumn {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(hi > lo)) {
    const c = Number.isFinite(lo) ? lo : 0;
    lo = c - 1e-6;
    hi = c + 1e-6;
  }
  const counts = new Uint32Array(BINS), width = (hi - lo) / BINS;
  for (let i = 0; i < values.length; i++) counts[Math.min(BINS - 1, Math.floor((values[i]! - lo) / width))]!++;
  return { step, lo, hi, counts };
}

/**
 * The histograms of one layer over time, at most `capacity` of them: the newest
 * half exactly as they came, the older ones thinned to every `stride`-th. When
 * the older half is full, every other one is dropped and the stride doubles, so
 * the whole run stays visible at an even, coarser spacing and memory never grows.
 */
export class HistogramHistory {
  private readonly older: HistogramColumn[] = [];
  private readonly newer: HistogramColumn[] = [];
  private stride = 1;
  private retired = 0;
  private readonly half: number;

  constructor(readonly capacity = 240) {
    if (!(capacity >= 4)) throw new RangeError(`Expected a capacity >= 4, got ${capacity}`);
    this.half = Math.floor(capacity / 2) & ~1;
  }

  /** Oldest first. */
  get columns(): readonly HistogramColumn[] {
    return this.older.length === 0 ? this.newer : [...this.older, ...this.newer];
  }

  get length(): number {
    return this.older.length + this.newer.length;
  }

  get last(): HistogramColumn | undefined {
    return this.newer[this.newer.length - 1];
  }

  push(column: HistogramColumn): void {
    const last = this.last;
    if (last !== undefined && column.step <= last.step) {
      if (column.step < last.step) this.clear(); // a reset model starts a new history
      else this.newer.pop();
    }
    this.newer.push(column);
    if (this.newer.length <= this.capacity - this.half) return;
    const old = this.newer.shift()!;
    if (this.retired++ % this.stride !== 0) return;
    this.older.push(old);
    if (this.older.length < this.half) return;
    for (let i = 0; i < this.half / 2; i++) this.older[i] = this.older[2 * i]!;
    this.older.length = this.half / 2;
    this.stride *= 2; // those kept are the multiples of the new stride, as the next ones will be
  }

  clear(): void {
    this.older.length = this.newer.length = 0;
    this.stride = 1;
    this.retired = 0;
  }

  /** The value range over every column kept. */
  range(): { lo: number; hi: number } {
    let lo = Infinity, hi = -Infinity;
    for (const c of this.older) [lo, hi] = [Math.min(lo, c.lo), Math.max(hi, c.hi)];
    for (const c of this.newer) [lo, hi] = [Math.min(lo, c.lo), Math.max(hi, c.hi)];
    return { lo, hi };
  }
}

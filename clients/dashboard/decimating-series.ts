/**
 * A bounded time series for charts that stay open for hours: at most `capacity`
 * points. The newest quarter of them are kept exactly as they came; older points
 * fall into the history, where each point is the mean of `stride` consecutive
 * points (labelled with the first one's x). When the history is full, neighbouring
 * pairs merge and the stride doubles: older data keeps a uniform but halved
 * resolution, memory is fixed and the work is O(1) per point, amortized.
 * Non-finite values are gaps (null, as uPlot draws them) and never pull a mean.
 * A column may merge by 'min' or 'max' instead of the mean (a band that keeps spikes).
 */
export type Merge = 'mean' | 'min' | 'max';

export class DecimatingSeries {
  private readonly recentX: number[] = [];
  private readonly recent: (number | null)[][];
  private readonly histX: number[] = [];
  private readonly hist: { mean: (number | null)[]; n: number[] }[];
  private stride = 1;
  // the history bucket being filled: points taken, and per column the sum and count of finite values
  private bucketX = 0;
  private bucketTaken = 0;
  private readonly bucketSum: number[];
  private readonly bucketN: number[];
  private readonly recentCap: number;
  private readonly histCap: number;
  private out: [number[], ...(number | null)[][]] | undefined;

  constructor(
    readonly columns: number,
    readonly capacity = 2000,
    private readonly merges: readonly Merge[] = [],
  ) {
    if (!(capacity >= 8)) throw new RangeError(`Expected a capacity >= 8, got ${capacity}`);
    this.recentCap = Math.floor(capacity / 4);
    this.histCap = (capacity - this.recentCap - 1) & ~1; // even, and one spare for the open bucket
    this.recent = Array.from({ length: columns }, () => []);
    this.hist = Array.from({ length: columns }, () => ({ mean: [], n: [] }));
    this.bucketSum = new Array<number>(columns).fill(0);
    this.bucketN = new Array<number>(columns).fill(0);
  }

  get length(): number {
    return this.histX.length + (this.bucketTaken > 0 ? 1 : 0) + this.recentX.length;
  }

  /** How many raw points each history point stands for now. */
  get resolution(): number {
    return this.stride;
  }

  push(x: number, values: readonly number[]): void {
    this.out = undefined;
    this.recentX.push(x);
    for (let k = 0; k < this.columns; k++) {
      const v = values[k];
      this.recent[k]!.push(v !== undefined && Number.isFinite(v) ? v : null);
    }
    if (this.recentX.length > this.recentCap) this.retire();
  }

  clear(): void {
    this.out = undefined;
    this.recentX.length = 0;
    this.histX.length = 0;
    for (const c of this.recent) c.length = 0;
    for (const h of this.hist) h.mean.length = h.n.length = 0;
    this.stride = 1;
    this.bucketTaken = 0;
    this.bucketSum.fill(0);
    this.bucketN.fill(0);
  }

  /** Data in uPlot's aligned form: [x, column0, column1, ...], oldest first. */
  aligned(): [number[], ...(number | null)[][]] {
    if (this.out !== undefined) return this.out;
    const open = this.bucketTaken > 0;
    const x = [...this.histX, ...(open ? [this.bucketX] : []), ...this.recentX];
    const cols = this.hist.map((h, k) => [...h.mean, ...(open ? [this.bucketValue(k)] : []), ...this.recent[k]!]);
    this.out = [x, ...cols];
    return this.out;
  }

  private bucketValue(k: number): number | null {
    const n = this.bucketN[k]!;
    if (n === 0) return null;
    return (this.merges[k] ?? 'mean') === 'mean' ? this.bucketSum[k]! / n : this.bucketSum[k]!;
  }

  /** Moves the oldest exact point into the history's open bucket. */
  private retire(): void {
    const x = this.recentX.shift()!;
    if (this.bucketTaken === 0) this.bucketX = x;
    for (let k = 0; k < this.columns; k++) {
      const v = this.recent[k]!.shift()!;
      if (v !== null) {
        this.bucketSum[k] = combine(this.merges[k], this.bucketSum[k]!, this.bucketN[k]!, v, 1);
        this.bucketN[k]!++;
      }
    }
    if (++this.bucketTaken < this.stride) return;
    this.histX.push(this.bucketX);
    this.hist.forEach((h, k) => {
      h.mean.push(this.bucketValue(k));
      h.n.push(this.bucketN[k]!);
    });
    this.bucketTaken = 0;
    this.bucketSum.fill(0);
    this.bucketN.fill(0);
    if (this.histX.length >= this.histCap) this.halve();
  }

  /** Merges neighbouring history points pairwise: the history's resolution halves. */
  private halve(): void {
    const half = this.histX.length / 2;
    for (let o = 0; o < half; o++) {
      this.histX[o] = this.histX[2 * o]!;
      for (const h of this.hist) {
        const a = h.mean[2 * o]!, na = h.n[2 * o]!, b = h.mean[2 * o + 1]!, nb = h.n[2 * o + 1]!;
        const mode = this.merges[this.hist.indexOf(h)] ?? 'mean';
        h.mean[o] = na + nb === 0 ? null : mode === 'mean' ? ((a ?? 0) * na + (b ?? 0) * nb) / (na + nb) : na === 0 ? b : nb === 0 ? a : combine(mode, a!, na, b!, nb);
        h.n[o] = na + nb;
      }
    }
    this.histX.length = half;
    for (const h of this.hist) h.mean.length = h.n.length = half;
    this.stride *= 2;
  }
}

/** A running sum (mean columns), minimum or maximum, with `na` values in `a` so far. */
function combine(mode: Merge | undefined, a: number, na: number, b: number, _nb: number): number {
  if (mode === 'min') return na === 0 ? b : Math.min(a, b);
  if (mode === 'max') return na === 0 ? b : Math.max(a, b);
  return a + b;
}

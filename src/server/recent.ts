/** The most recent training samples, in a fixed ring allocated once (for decision-boundary plots). */
export class RecentRing {
  private xs = new Float64Array(0);
  private readonly ys: Float64Array;
  private n = 0;
  private next = 0;
  private count = 0;

  constructor(private readonly capacity: number) {
    this.ys = new Float64Array(capacity);
  }

  /** Copies sample x (n values starting at `from` in X) and its label into the ring. */
  push(X: Float64Array, from: number, n: number, y: number): void {
    if (n !== this.n) {
      this.n = n;
      this.xs = new Float64Array(n * this.capacity);
      this.next = this.count = 0;
    }
    this.xs.set(X.subarray(from, from + n), this.next * n);
    this.ys[this.next] = y;
    this.next = (this.next + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
  }

  /** Up to `max` newest samples, oldest first, as column-major x and their labels. */
  latest(max: number): { n: number; m: number; x: Float64Array; y: Float64Array } {
    const m = Math.min(max, this.count), n = this.n;
    const x = new Float64Array(n * m), y = new Float64Array(m);
    for (let j = 0; j < m; j++) {
      const i = (this.next - m + j + this.capacity) % this.capacity;
      x.set(this.xs.subarray(i * n, i * n + n), j * n);
      y[j] = this.ys[i]!;
    }
    return { n, m, x, y };
  }

  clear(): void {
    this.next = this.count = 0;
  }
}

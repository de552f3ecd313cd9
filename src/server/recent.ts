/** The most recent training samples, in a fixed ring (for decision-boundary plots). */
export class RecentRing {
  private xs: (Float64Array | undefined)[];
  private ys: Float64Array;
  private next = 0;
  private count = 0;

  constructor(private readonly capacity: number) {
    this.xs = new Array<Float64Array | undefined>(capacity);
    this.ys = new Float64Array(capacity);
  }

  push(x: Float64Array, y: number): void {
    this.xs[this.next] = x;
    this.ys[this.next] = y;
    this.next = (this.next + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
  }

  /** Up to `max` newest samples, oldest first, as column-major x and their labels. */
  latest(max: number): { n: number; m: number; x: Float64Array; y: Float64Array } {
    const m = Math.min(max, this.count);
    const first = this.xs[(this.next - 1 + this.capacity) % this.capacity];
    const n = first?.length ?? 0;
    const x = new Float64Array(n * m), y = new Float64Array(m);
    for (let j = 0; j < m; j++) {
      const i = (this.next - m + j + this.capacity) % this.capacity;
      const xi = this.xs[i]!;
      if (xi.length === n) x.set(xi, j * n);
      y[j] = this.ys[i]!;
    }
    return { n, m, x, y };
  }

  clear(): void {
    this.xs = new Array<Float64Array | undefined>(this.capacity);
    this.next = this.count = 0;
  }
}

/**
 * Hands out small Float64Arrays as views into shared 64 KiB blocks. Each new
 * Float64Array of a few hundred bytes costs an external allocation that the GC must
 * finalize (about half a microsecond in Node 20); a view into a block costs a tenth
 * of that. A block lives as long as any of its vectors does, so use this for vectors
 * that are copied and dropped soon (samples on their way into a batch).
 */
export class VectorSlab {
  private block = new ArrayBuffer(0);
  private used = 0;

  constructor(private readonly blockBytes = 1 << 16) {}

  /** A zero-filled vector of length n, not shared with any other. */
  take(n: number): Float64Array {
    const bytes = 8 * n;
    if (bytes > this.blockBytes >> 2) return new Float64Array(n); // large: a block would hold too few
    if (this.used + bytes > this.block.byteLength) {
      this.block = new ArrayBuffer(this.blockBytes);
      this.used = 0;
    }
    const v = new Float64Array(this.block, this.used, n);
    this.used += bytes;
    return v;
  }
}

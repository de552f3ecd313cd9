import { Readable } from 'node:stream';

export interface CsvGeneratorOptions {
  /** Feature columns before the label (at least 2). */
  features: number;
  /** Stop at the first row boundary at or past this many bytes. */
  bytes: number;
  /** Seed of the row generator: the same seed gives the same bytes. */
  seed?: number;
  /** Size of each chunk handed to the reader (default 64 KiB). */
  chunkBytes?: number;
  /** Start with a header line `x1,...,xn,label` (default true). */
  header?: boolean;
  /** 1-based line whose record opens a quote that never closes (the stream holds no other quote). */
  strayQuoteAtLine?: number;
  /** Add a text column `colour` (before the label) with this many categories, `c0`..: read through the schema's one-hot. */
  categories?: number;
}

/** Values a feature can take: 4096 evenly spread numbers in [-1, 1), each with its text. */
const LEVELS = 4096;
const VALUES = Float64Array.from({ length: LEVELS }, (_, i) => -1 + (2 * i + 1) / LEVELS);
const TEXTS = Array.from(VALUES, (v) => Buffer.from(v.toFixed(4), 'latin1'));
const COMMA = 44, LF = 10, QUOTE = 34, ZERO = 48;

/**
 * A long CSV stream made on the fly, never held whole: rows of a seeded binary
 * problem (label 1 when x1·x2 > 0; the other features are noise), produced one
 * chunk at a time only when the reader asks for more, so a slow reader paces it.
 * `rows` counts the data rows emitted so far and `bytesOut` their bytes.
 */
export class CsvGenerator extends Readable {
  rows = 0;
  bytesOut = 0;
  private line = 1;
  private state: number;
  private readonly chunkBytes: number;
  private readonly maxRowBytes: number;
  private headerDone: boolean;
  private readonly categories: Buffer[];

  constructor(private readonly o: CsvGeneratorOptions) {
    const chunkBytes = o.chunkBytes ?? 1 << 16;
    super({ highWaterMark: chunkBytes });
    if (!(o.features >= 2)) throw new Error(`CsvGenerator: expected features >= 2, got ${o.features}`);
    this.chunkBytes = chunkBytes;
    this.maxRowBytes = o.features * 8 + 4 + (o.categories ? 12 : 0);
    this.categories = Array.from({ length: o.categories ?? 0 }, (_, k) => Buffer.from(`c${k},`, 'latin1'));
    this.state = (o.seed ?? 1) >>> 0;
    this.headerDone = o.header === false;
  }

  /** The size asked for: the stream ends at the first row boundary at or past it. */
  get targetBytes(): number {
    return this.o.bytes;
  }

  override _read(): void {
    if (this.bytesOut >= this.o.bytes) {
      this.push(null);
      return;
    }
    const buf = Buffer.allocUnsafe(this.chunkBytes + this.maxRowBytes + 16 * this.o.features);
    let pos = 0;
    if (!this.headerDone) {
      this.headerDone = true;
      const names = Array.from({ length: this.o.features }, (_, i) => `x${i + 1}`).join(',') + (this.categories.length > 0 ? ',colour' : '') + ',label\n';
      pos += buf.write(names, 0, 'latin1');
      this.line++;
    }
    const n = this.o.features;
    while (pos < this.chunkBytes && this.bytesOut + pos < this.o.bytes) {
      if (this.line === this.o.strayQuoteAtLine) buf[pos++] = QUOTE;
      let x1 = 0, x2 = 0;
      for (let f = 0; f < n; f++) {
        const k = this.next() & (LEVELS - 1);
        if (f === 0) x1 = VALUES[k]!;
        else if (f === 1) x2 = VALUES[k]!;
        const t = TEXTS[k]!;
        buf.set(t, pos);
        pos += t.length;
        buf[pos++] = COMMA;
      }
      if (this.categories.length > 0) {
        const c = this.categories[this.next() % this.categories.length]!;
        buf.set(c, pos);
        pos += c.length;
      }
      buf[pos++] = ZERO + (x1 * x2 > 0 ? 1 : 0);
      buf[pos++] = LF;
      this.rows++;
      this.line++;
    }
    this.bytesOut += pos;
    this.push(buf.subarray(0, pos));
  }

  /** mulberry32: a small, fast, seeded 32-bit generator. */
  private next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
}

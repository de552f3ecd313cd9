import { Observable, type MonoTypeOperatorFunction } from 'rxjs';
import { Rng } from '../core/rng.js';
import type { Sample, SourceEvent } from '../sources/sample.js';
import { VectorSlab } from '../sources/vector-slab.js';

export interface ShuffleOptions {
  /** The same seed gives the same order, epoch after epoch. */
  seed: number | string;
  /** Bytes of samples an epoch may hold to be shuffled exactly (all its rows at once). */
  memoryBytes: number;
  /** Samples held once an epoch does not fit memoryBytes (tf.data's shuffle(buffer_size)). */
  bufferSize: number;
  /** Told once, when the input turns out larger than memoryBytes. */
  onBuffered?: () => void;
}

const CHUNK = 1 << 14; // rows per block of the store

/**
 * The held samples, packed: x in blocks of float64 rows, y and line in float64
 * arrays (8n + 16 bytes a sample, where a JavaScript object and a typed-array view
 * per sample would cost some 250 bytes more). Removing sample i moves the last
 * one into its place.
 */
class Store {
  private blocks: Float64Array[] = [];
  private y = new Float64Array(0);
  private line = new Float64Array(0);
  private tags: unknown[] | undefined;
  size = 0;

  constructor(readonly n: number) {}

  get bytesPerSample(): number {
    return 8 * this.n + 16;
  }

  push(s: Sample): void {
    const i = this.size++, n = this.n;
    if (i === this.y.length) this.grow();
    const b = i >> 14;
    if (b === this.blocks.length) this.blocks.push(new Float64Array(CHUNK * n));
    this.blocks[b]!.set(s.x, (i & (CHUNK - 1)) * n);
    this.y[i] = s.y;
    this.line[i] = s.line ?? NaN;
    if (s.tag !== undefined) (this.tags ??= [])[i] = s.tag;
  }

  /** Sample i, copied out (x into `x`), and removed. */
  take(i: number, x: Float64Array): Sample {
    const n = this.n, last = this.size - 1;
    const at = (k: number): [Float64Array, number] => [this.blocks[k >> 14]!, (k & (CHUNK - 1)) * n];
    const [blk, off] = at(i);
    x.set(blk.subarray(off, off + n));
    const s: Sample = { x, y: this.y[i]! };
    if (!Number.isNaN(this.line[i]!)) s.line = this.line[i]!;
    if (this.tags !== undefined && this.tags[i] !== undefined) s.tag = this.tags[i];
    if (i !== last) {
      const [lb, lo] = at(last);
      blk.set(lb.subarray(lo, lo + n), off);
      this.y[i] = this.y[last]!;
      this.line[i] = this.line[last]!;
      if (this.tags !== undefined) this.tags[i] = this.tags[last];
    }
    if (this.tags !== undefined) this.tags.length = last;
    this.size = last;
    if (this.size === 0) this.blocks.length = 0; // an epoch's end frees it all
    return s;
  }

  private grow(): void {
    const cap = Math.max(1024, 2 * this.y.length);
    const y = new Float64Array(cap), line = new Float64Array(cap);
    y.set(this.y);
    line.set(this.line);
    this.y = y;
    this.line = line;
  }
}

/**
 * Shuffles the samples of every epoch with a seeded generator. While an epoch's
 * samples fit in `memoryBytes`, all of them are held until its end and emitted as
 * a uniform random permutation (each draw picks one of the held samples); every
 * sample is emitted exactly once per epoch, and a batch never spans two epochs.
 * An input larger than that becomes a shuffle buffer: from then on at most
 * `bufferSize` samples are held and each arriving sample sends out a random held
 * one (an approximate shuffle in bounded memory). Other events pass in order.
 */
export function shuffle(o: ShuffleOptions): MonoTypeOperatorFunction<SourceEvent> {
  return (source) =>
    new Observable<SourceEvent>((subscriber) => {
      const rng = Rng.fromSeed(`shuffle:${o.seed}`);
      const slab = new VectorSlab(); // the emitted samples' x: copied into a batch and dropped soon after
      let held: Store | undefined;
      let exact = true;
      const draw = (): void => {
        const i = Math.floor(rng.uniform() * held!.size);
        subscriber.next({ kind: 'sample', sample: held!.take(i, slab.take(held!.n)) });
      };
      const drain = (): void => {
        while (held !== undefined && held.size > 0) draw();
      };
      return source.subscribe({
        next(e) {
          if (e.kind === 'sample') {
            held ??= new Store(e.sample.x.length);
            held.push(e.sample);
            if (exact && held.size * held.bytesPerSample > o.memoryBytes) {
              exact = false;
              o.onBuffered?.();
            }
            if (!exact) while (held.size > o.bufferSize) draw();
            return;
          }
          if (e.kind === 'epoch-end') drain();
          subscriber.next(e);
        },
        error: (err: unknown) => subscriber.error(err),
        complete() {
          drain();
          subscriber.complete();
        },
      });
    });
}

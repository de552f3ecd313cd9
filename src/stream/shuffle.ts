import { Observable, type MonoTypeOperatorFunction } from 'rxjs';
import { Rng } from '../core/rng.js';
import type { Sample, SourceEvent } from '../sources/sample.js';

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

/** What a held sample is taken to cost: its x and the object around it. */
const sampleBytes = (s: Sample): number => 8 * s.x.length + 96;

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
      const held: Sample[] = [];
      let bytes = 0, exact = true;
      const draw = (): void => {
        const i = Math.floor(rng.uniform() * held.length);
        const s = held[i]!;
        held[i] = held[held.length - 1]!;
        held.pop();
        subscriber.next({ kind: 'sample', sample: s });
      };
      return source.subscribe({
        next(e) {
          if (e.kind === 'sample') {
            held.push(e.sample);
            if (exact) {
              bytes += sampleBytes(e.sample);
              if (bytes > o.memoryBytes) {
                exact = false;
                o.onBuffered?.();
              }
            }
            if (!exact) while (held.length > o.bufferSize) draw();
            return;
          }
          if (e.kind === 'epoch-end') {
            while (held.length > 0) draw();
            bytes = 0;
          }
          subscriber.next(e);
        },
        error: (err: unknown) => subscriber.error(err),
        complete() {
          while (held.length > 0) draw();
          subscriber.complete();
        },
      });
    });
}

import { Observable, type OperatorFunction } from 'rxjs';
import { matrix, type Matrix } from '../core/matrix.js';
import type { SourceEvent } from '../sources/sample.js';

/** m samples as one column-major (n x m) matrix, with their labels and tags. */
export interface Batch {
  X: Matrix;
  labels: Float64Array;
  tags: unknown[];
  epoch: number;
}

export interface MiniBatchOptions {
  /** Flush a partial batch this long after its first sample (a live stream); none for files. */
  maxWaitMs?: number;
  /** Where each batch's X comes from (e.g. a pool of buffers handed back after their step). */
  alloc?: (length: number) => Float64Array;
}

/**
 * Groups samples into mini-batches of `size` consecutive samples. A batch never
 * spans two epochs: `epoch-end` flushes the partial batch, as does completion (and,
 * with maxWaitMs, a timer). Other events pass through nothing.
 */
export function miniBatch(size: number, o: MiniBatchOptions = {}): OperatorFunction<SourceEvent, Batch> {
  return (source) =>
    new Observable<Batch>((subscriber) => {
      let X: Float64Array | undefined, labels: Float64Array | undefined, tags: unknown[] = [];
      let n = 0, count = 0, epoch = 1;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const flush = (): void => {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        if (count === 0 || X === undefined || labels === undefined) return;
        const batch: Batch = { X: matrix(n, count, count === size ? X : X.subarray(0, n * count)), labels: count === size ? labels : labels.subarray(0, count), tags, epoch };
        X = labels = undefined;
        tags = [];
        count = 0;
        subscriber.next(batch);
      };
      const sub = source.subscribe({
        next(e) {
          if (e.kind === 'epoch-end') {
            flush();
            epoch = e.epoch + 1;
            return;
          }
          if (e.kind !== 'sample') return;
          const { x, y, tag } = e.sample;
          if (X === undefined || labels === undefined) {
            n = x.length;
            X = o.alloc?.(n * size) ?? new Float64Array(n * size);
            labels = new Float64Array(size);
            if (o.maxWaitMs !== undefined) timer = setTimeout(flush, o.maxWaitMs);
          }
          X.set(x, count * n);
          labels[count] = y;
          tags.push(tag);
          if (++count === size) flush();
        },
        error: (err: unknown) => {
          if (timer !== undefined) clearTimeout(timer);
          subscriber.error(err);
        },
        complete() {
          flush();
          subscriber.complete();
        },
      });
      return () => {
        if (timer !== undefined) clearTimeout(timer);
        sub.unsubscribe();
      };
    });
}

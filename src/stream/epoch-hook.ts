import { Observable, Subject, type OperatorFunction, type Subscription } from 'rxjs';
import type { SourceEvent } from '../sources/sample.js';

/**
 * Runs `inner` (mini-batches and training steps, say) on the events and calls
 * `onEpochEnd(epoch)` once each epoch's last step has gone through it, before the
 * next epoch's first sample: the place to evaluate a holdout on the parameters
 * the epoch ended with. It returns false to stop: the output completes and the
 * input is dropped.
 */
export function withEpochEnds<T>(inner: OperatorFunction<SourceEvent, T>, onEpochEnd: (epoch: number) => boolean): OperatorFunction<SourceEvent, T> {
  return (source) =>
    new Observable<T>((subscriber) => {
      const events = new Subject<SourceEvent>();
      const out = events.pipe(inner).subscribe(subscriber);
      let stopped = false;
      let sub: Subscription | undefined = undefined;
      sub = source.subscribe({
        next(e) {
          if (stopped) return;
          events.next(e);
          if (e.kind === 'epoch-end' && !subscriber.closed && !onEpochEnd(e.epoch)) {
            stopped = true;
            events.complete();
            sub?.unsubscribe();
          }
        },
        error: (err: unknown) => events.error(err),
        complete: () => events.complete(),
      });
      if (stopped) sub.unsubscribe();
      return () => {
        sub?.unsubscribe();
        out.unsubscribe();
      };
    });
}

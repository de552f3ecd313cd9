import { FlowerStream } from '../sources/flower.js';
import type { Trainer } from './trainer.js';

/**
 * The built-in demo stream: flower points fed to the trainer at `rate` samples per
 * second, in small batches, as the client "demo". It holds back while training is
 * paused or behind, so it never builds a backlog.
 */
export function startDemo(trainer: Trainer, rate = 2000): () => void {
  const flower = new FlowerStream();
  const tickMs = 20;
  const perTick = Math.max(1, Math.round((rate * tickMs) / 1000));
  const X = new Float64Array(2 * perTick), y = new Float64Array(perTick), x = new Float64Array(2);
  const timer = setInterval(() => {
    if (trainer.paused || trainer.pending('demo') > 4 * trainer.batchSize) return;
    for (let j = 0; j < perTick; j++) {
      y[j] = flower.next(x);
      X[2 * j] = x[0]!;
      X[2 * j + 1] = x[1]!;
    }
    trainer.accept('demo', X, 2, y, 0);
  }, tickMs);
  return () => clearInterval(timer);
}

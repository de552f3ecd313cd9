import type { Learner } from '../core/learner.js';
import type { ModelData } from '../core/model.js';

/**
 * Stops when the holdout loss has not improved for `patience` evaluations (epochs,
 * or every N steps on a stream), and keeps a copy of the best parameters seen.
 */
export class EarlyStopping {
  best: { loss: number; epoch: number; step: number; model: ModelData } | undefined;
  private since = 0;

  constructor(readonly patience: number) {}

  /** Records an evaluation; returns false when training should stop. */
  observe(loss: number, epoch: number, learner: Learner): boolean {
    if (this.best === undefined || loss < this.best.loss) {
      this.best = { loss, epoch, step: learner.step - 1, model: learner.toModel() }; // the parameters after this step's update
      this.since = 0;
      return true;
    }
    return ++this.since < this.patience;
  }
}

import { map, type OperatorFunction } from 'rxjs';
import type { Learner, StepReport } from '../core/learner.js';
import type { Batch } from './mini-batch.js';

/** One training step per mini-batch, emitting the step's report. */
export function train(learner: Pick<Learner, 'learnMany'>): OperatorFunction<Batch, StepReport> {
  return map((batch) => learner.learnMany(batch.X, batch.labels));
}

import { NnError } from '../core/errors.js';
import type { StepReport } from '../core/learner.js';
import type { Task } from '../core/loss.js';

/**
 * The error that stops a diverging run: the step, what became non-finite, and the
 * likely causes (a learning rate too high; for regression, a target far from 1).
 */
export function divergence(r: StepReport, o: { learningRate: number; task: Task; maxAbsTarget: number; targetScaled: boolean; save?: string; saveOnDivergence: boolean }): NnError {
  const what = !Number.isFinite(r.cost) ? `the cost became ${r.cost}` : r.refused ? 'an update would have made a parameter or the optimizer state non-finite' : `the cost exploded to ${r.cost.toPrecision(3)}`;
  const causes = [`the learning rate ${o.learningRate} is likely too high (try a smaller --lr)`];
  if (o.task === 'regression' && !o.targetScaled && o.maxAbsTarget > 100)
    causes.push(`the target is unscaled (its values reach ${o.maxAbsTarget.toPrecision(3)}: --standardize scales it, or scale it to about unit size)`);
  const saved = o.save === undefined ? 'nothing saved' : o.saveOnDivergence ? `saved the last finite parameters to ${o.save} (--save-on-divergence)` : `nothing saved (--save-on-divergence would save the last finite parameters)`;
  return new NnError('DIVERGED', `step ${r.step}: the run diverged: ${what}; ${causes.join(', or ')}. Stopped, ${saved}`);
}

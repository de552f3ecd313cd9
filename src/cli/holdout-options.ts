import { NnError } from '../core/errors.js';
import { ServerHoldout } from '../server/holdout.js';
import { int, num, str, type OptionSpec, type Parsed } from './options.js';

/** `serve`'s validation split of the stream. */
export const serveHoldoutSpec: OptionSpec = {
  holdout: { type: 'string' },
  'holdout-every': { type: 'string' },
  'holdout-max': { type: 'string' },
};

export const serveHoldoutHelp = `Validation:
  --holdout F               keep a fraction F (0 < F < 1) of the samples out of training, chosen by a
                            seeded hash (--seed) of each sample's seq; they are acknowledged as usual
  --holdout-every 100       score the model on them every N steps: CostReport's holdout_* fields
  --holdout-max 10000       held-out samples kept for that (the latest ones)`;

export function serveHoldoutOf(p: Parsed): ServerHoldout | undefined {
  const h = str(p, 'holdout');
  if (h === undefined) {
    if (str(p, 'holdout-every') !== undefined || str(p, 'holdout-max') !== undefined) throw new NnError('BAD_OPTION', '--holdout-every and --holdout-max need --holdout F');
    return undefined;
  }
  const fraction = num(p, 'holdout', 0, 0, true);
  if (fraction >= 1) throw new NnError('BAD_OPTION', `Expected --holdout to be a fraction between 0 and 1, got ${h}`);
  return new ServerHoldout({ fraction, seed: str(p, 'seed') ?? '1', every: int(p, 'holdout-every', 1, 100), capacity: int(p, 'holdout-max', 1, 10_000) });
}

import { NnError } from '../core/errors.js';
import { modelSizes, type ModelData } from '../core/model.js';
import { str, type Parsed } from './options.js';

/**
 * A model loaded with --init (or serve's --model/--checkpoint) fixes the network's
 * shape and task; an option that says otherwise is an error naming both values,
 * never silently ignored. Options the model does not fix (--lr, --optimizer, --l2,
 * --seed, --standardize) are not checked: they apply to the continued training.
 */
export function checkAgainstModel(p: Parsed, model: ModelData, source: string): void {
  const sizes = modelSizes(model);
  const hidden = model.layers.slice(0, -1);
  const clash = (option: string, given: string, has: string): never => {
    throw new NnError('BAD_OPTION', `--${option} ${given} contradicts the model ${source}, which has ${has}: leave --${option} out to continue from the model, or start a new model without it`);
  };
  const given = (name: string): string | undefined => str(p, name)?.trim();

  const h = given('hidden');
  const modelHidden = hidden.map((l) => l.W.rows).join(',');
  if (h !== undefined && h.split(',').map((s) => Number(s)).filter((v) => v !== 0).join(',') !== modelHidden)
    clash('hidden', h, hidden.length === 0 ? 'no hidden layer' : `hidden layers ${modelHidden}`);

  const a = given('activation');
  if (a !== undefined && hidden.length > 0) {
    const acts = a.split(',').map((s) => s.trim());
    const modelActs = hidden.map((l) => l.activation);
    const same = acts.length === 1 ? modelActs.every((m) => m === acts[0]) : acts.join(',') === modelActs.join(',');
    if (!same) clash('activation', a, `activation ${[...new Set(modelActs)].length === 1 ? modelActs[0] : modelActs.join(',')}`);
  }

  const t = given('task');
  if (t !== undefined && t !== model.task) clash('task', t, `task ${model.task}`);

  // --classes K (a count: multiclass) or a,b,... (class names, in output order: their count must fit)
  const k = given('classes');
  if (k !== undefined) {
    const names = /^\d+$/.test(k) ? undefined : k.split(',');
    const has = model.task === 'multiclass' ? `${model.classes} classes` : model.task === 'binary' ? 'task binary (2 classes)' : 'task regression (no classes)';
    const fits = model.task === 'multiclass' ? (names?.length ?? Number(k)) === model.classes : model.task === 'binary' && names?.length === 2;
    if (!fits) clash('classes', k, has);
  }

  const n = given('inputs');
  if (n !== undefined && Number(n) !== sizes[0]) clash('inputs', n, `${sizes[0]} inputs`);
}

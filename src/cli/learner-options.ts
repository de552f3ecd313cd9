import { HIDDEN_ACTIVATIONS, type HiddenActivationName } from '../core/activations.js';
import { NnError } from '../core/errors.js';
import { INIT_SCHEMES } from '../core/init.js';
import { Learner } from '../core/learner.js';
import { parseLrSchedule } from '../core/lr-schedule.js';
import { TASKS } from '../core/loss.js';
import { OPTIMIZERS } from '../core/optimizers.js';
import type { Schema } from '../schema/schema.js';
import { loadModel } from '../storage/model-file.js';
import { checkAgainstModel } from './model-conflicts.js';
import { classesOption } from './schema-options.js';
import { flag, int, intList, num, oneOf, str, type OptionSpec, type Parsed } from './options.js';

/** The options that define or load a model, shared by `train` and `serve`. */
export const learnerOptionSpec: OptionSpec = {
  hidden: { type: 'string' },
  activation: { type: 'string' },
  task: { type: 'string' },
  classes: { type: 'string' },
  lr: { type: 'string' },
  'lr-schedule': { type: 'string' },
  batch: { type: 'string' },
  optimizer: { type: 'string' },
  l2: { type: 'string' },
  seed: { type: 'string' },
  'init-scheme': { type: 'string' },
  init: { type: 'string' },
  standardize: { type: 'boolean' },
};

export const learnerOptionHelp = `Model options:
  --hidden 4            hidden layer sizes, a comma list (e.g. 16,8); 0 for none
  --activation tanh     hidden activation: tanh, relu, leaky_relu, sigmoid (or a comma list, one per layer)
  --task TASK           binary (sigmoid + cross-entropy), multiclass (softmax), regression (linear +
                        MSE); default: from the label's classes (two: binary, more: multiclass)
  --lr 0.1              learning rate (default 0.1; 0.001 with --optimizer adam)
  --lr-schedule constant  how the rate α changes with t, the updates made (0 for the first):
                        constant; step:EVERY:FACTOR (α·FACTOR^floor(t/EVERY)); exp:RATE (α·RATE^t);
                        cosine:STEPS[:MIN] (MIN + (α-MIN)(1+cos(π·min(t,STEPS)/STEPS))/2). Saved in
                        the model: --init continues it (a new --lr-schedule starts a new one)
  --batch 64            mini-batch size m
  --optimizer sgd       sgd (plain gradient descent), momentum (β 0.9), adam
  --l2 0                L2 regularization λ (cost += λ/(2m) Σ||W||²)
  --seed 1              random seed: the same seed gives a bit-identical run
  --init-scheme small   initial weights: small (randn·0.01, the course's), he, xavier
  --init MODEL          start from this model file (sizes, activations, parameters, state)
  --standardize         standardize inputs with running mean/variance (saved in the model); a
                        regression target too: the network learns the scaled target, while
                        predictions and costs are in the target's units (cost = half the mean
                        squared error, in the target's units squared)`;

export function defaultLearningRate(optimizer: string): number {
  return optimizer === 'adam' ? 0.001 : 0.1;
}

/**
 * Reads the model options (and the --init file) now, and returns the function that
 * builds the learner once the input width is known (from a CSV header, say).
 */
export async function learnerFactory(p: Parsed): Promise<(inputs: number, schema?: Schema) => Learner> {
  const init = str(p, 'init');
  const optimizerGiven = str(p, 'optimizer') !== undefined;
  const optimizer = oneOf(p, 'optimizer', OPTIMIZERS, 'sgd');
  const seed = str(p, 'seed');
  const scheduleText = str(p, 'lr-schedule');
  const lrSchedule = scheduleText === undefined ? undefined : parseLrSchedule(scheduleText);
  if (init !== undefined) {
    const model = await loadModel(init);
    checkAgainstModel(p, model, init);
    const lrGiven = str(p, 'lr') !== undefined;
    const saved = Learner.fromModel(model, {
      ...(lrGiven || model.optimizer === undefined ? { learningRate: num(p, 'lr', 0, defaultLearningRate(optimizer), true) } : {}),
      ...(optimizerGiven ? { optimizer } : {}),
      ...(str(p, 'l2') !== undefined ? { l2: num(p, 'l2', 0, 0) } : {}),
      ...(seed !== undefined ? { seed } : {}),
      standardize: flag(p, 'standardize'),
      ...(lrSchedule !== undefined ? { lrSchedule } : {}),
    });
    return (inputs, schema) => {
      if (saved.inputs !== inputs) throw new NnError('BAD_SHAPE', `The model ${init} expects ${saved.inputs} features, the input has ${inputs}`);
      if (schema !== undefined && (schema.task !== saved.task || (saved.task === 'multiclass' && schema.classes.length !== saved.classes)))
        throw new NnError('BAD_SHAPE', `The model ${init} is ${saved.task}${saved.classes ? ` with ${saved.classes} classes` : ''}, the input's label calls for ${schema.task}${schema.task === 'multiclass' ? ` with ${schema.classes.length} classes` : ''}`);
      if (schema !== undefined) saved.schema = schema;
      return saved;
    };
  }
  const task = oneOf(p, 'task', TASKS, str(p, 'classes') !== undefined ? 'multiclass' : 'binary'); // --classes alone: multiclass, never a silent binary task
  const hidden = intList(p, 'hidden', [4]);
  const acts = (str(p, 'activation') ?? 'tanh').split(',');
  for (const a of acts)
    if (!(HIDDEN_ACTIVATIONS as readonly string[]).includes(a))
      throw new NnError('BAD_OPTION', `Expected --activation to be one of ${HIDDEN_ACTIVATIONS.join(', ')}, got ${a}`);
  if (acts.length !== 1 && acts.length !== hidden.length)
    throw new NnError('BAD_OPTION', `Expected one --activation or one per hidden layer (${hidden.length}), got ${acts.length}`);
  const given = classesOption(p);
  const classes = given === undefined ? undefined : typeof given === 'number' ? given : given.length;
  const options = {
    hidden,
    activation: acts.length === 1 ? (acts[0] as HiddenActivationName) : (acts as HiddenActivationName[]),
    task,
    ...(classes !== undefined ? { classes } : {}),
    learningRate: num(p, 'lr', 0, defaultLearningRate(optimizer), true),
    optimizer,
    l2: num(p, 'l2', 0, 0),
    seed: seed ?? 1,
    initScheme: oneOf(p, 'init-scheme', INIT_SCHEMES, 'small'),
    standardize: flag(p, 'standardize'),
    ...(lrSchedule !== undefined ? { lrSchedule } : {}),
  };
  return (inputs, schema) => {
    if (schema === undefined && options.task === 'multiclass' && classes === undefined) throw new NnError('BAD_OPTION', 'Expected --classes K (K >= 2) for --task multiclass');
    const learner = Learner.create({ inputs, ...options, ...(schema !== undefined ? { task: schema.task, classes: schema.classes.length } : {}) });
    learner.schema = schema;
    return learner;
  };
}

/** The mini-batch size m. */
export function batchSize(p: Parsed): number {
  return int(p, 'batch', 1, 64);
}

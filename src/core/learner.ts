import { isHiddenActivation, type ActivationName, type HiddenActivationName } from './activations.js';
import { NnError, assertShape } from './errors.js';
import { initScale, initWeights, type InitScheme } from './init.js';
import { jsKernels, type Kernels } from './kernels.js';
import { lossFor, type Loss, type Task } from './loss.js';
import { leadingColumns, matrix, type Matrix } from './matrix.js';
import { modelSizes, type ModelData } from './model.js';
import { Network, Workspace, backward, forward, sumSquaredWeights } from './network.js';
import { Normalizer } from './normalizer.js';
import { createOptimizer, type Optimizer, type OptimizerName } from './optimizers.js';
import { Rng } from './rng.js';

export interface LearnerOptions {
  inputs: number;
  hidden: readonly number[];
  activation: HiddenActivationName | readonly HiddenActivationName[];
  task: Task;
  classes?: number; // multiclass only
  learningRate: number;
  optimizer?: OptimizerName;
  l2?: number;
  seed?: number | string;
  initScheme?: InitScheme;
  standardize?: boolean;
  kernels?: Kernels;
}

/** What one training step did. `cost` is the step's own forward pass, before its update. */
export interface StepReport {
  step: number;
  samples: number; // samples trained so far, this step's included
  m: number;
  cost: number; // loss + L2 penalty
  loss: number; // mean loss of the batch, scored before learning from it (progressive)
  correct: number; // correctly classified samples of the batch, before the update (NaN for regression)
  accuracy: number; // correct / m
  refused: boolean; // the update was refused because it was not finite
}

const MAX_WORKSPACES = 4;

/**
 * The learner contract: `learnMany(X, labels)` runs one vectorized forward pass,
 * backprop and update on a batch (X is n x m, one column per sample) and returns a
 * step report; `predictMany(X)` answers from the current parameters.
 */
export class Learner {
  readonly net: Network;
  readonly loss: Loss;
  readonly optimizer: Optimizer;
  readonly normalizer: Normalizer | undefined;
  readonly classes: number;
  l2: number;
  step = 0;
  samples = 0;
  private rng: Rng;
  private kernels: Kernels;
  private readonly trainSpaces = new Map<number, Workspace>();
  private readonly predictSpaces = new Map<number, Workspace>();

  private constructor(net: Network, loss: Loss, classes: number, optimizer: Optimizer, normalizer: Normalizer | undefined, rng: Rng, l2: number, kernels: Kernels) {
    this.net = net;
    this.loss = loss;
    this.classes = classes;
    this.optimizer = optimizer;
    this.normalizer = normalizer;
    this.rng = rng;
    this.l2 = l2;
    this.kernels = kernels;
  }

  /** A new model with random weights (seeded) and zero biases. */
  static create(o: LearnerOptions): Learner {
    const loss = lossFor(o.task);
    const classes = o.task === 'multiclass' ? (o.classes ?? 0) : 0;
    if (o.task === 'multiclass' && !(Number.isInteger(classes) && classes >= 2))
      throw new NnError('BAD_OPTION', `Expected --classes to be an integer >= 2 for a multiclass task, got ${o.classes}`);
    const hiddenActs = typeof o.activation === 'string' ? o.hidden.map(() => o.activation as HiddenActivationName) : [...o.activation];
    if (hiddenActs.length !== o.hidden.length)
      throw new NnError('BAD_OPTION', `Expected ${o.hidden.length} hidden activations, got ${hiddenActs.length}`);
    for (const a of hiddenActs)
      if (!isHiddenActivation(a)) throw new NnError('BAD_OPTION', `Unknown hidden activation "${a}"; expected sigmoid, tanh, relu or leaky_relu`);
    const sizes = [o.inputs, ...o.hidden, loss.units(classes)];
    const net = new Network(sizes, [...hiddenActs, loss.output]);
    const rng = Rng.fromSeed(o.seed ?? 1);
    const scheme = o.initScheme ?? 'small';
    net.W.forEach((W) => initWeights(W, rng, initScale(scheme, W.cols)));
    const optimizer = createOptimizer(o.optimizer ?? 'sgd', o.learningRate, net.paramNames(), net.params().map((p) => p.length));
    const normalizer = o.standardize ? new Normalizer(o.inputs) : undefined;
    return new Learner(net, loss, classes, optimizer, normalizer, rng, o.l2 ?? 0, o.kernels ?? jsKernels);
  }

  /**
   * A learner holding a saved model's parameters, normalizer and counters. Its
   * optimizer state is restored when the saved one used the same optimizer.
   */
  static fromModel(model: ModelData, o: { learningRate?: number; optimizer?: OptimizerName; l2?: number; seed?: number | string; standardize?: boolean; kernels?: Kernels } = {}): Learner {
    const loss = lossFor(model.task);
    const sizes = modelSizes(model);
    const acts: ActivationName[] = model.layers.map((l) => l.activation);
    if (acts[acts.length - 1] !== loss.output)
      throw new NnError('BAD_MODEL', `A ${model.task} model must end in ${loss.output}, this one ends in ${acts[acts.length - 1]}`);
    for (const a of acts.slice(0, -1))
      if (!isHiddenActivation(a)) throw new NnError('BAD_MODEL', `Unknown hidden activation "${a}" in the model`);
    const classes = model.task === 'multiclass' ? sizes[sizes.length - 1]! : 0;
    const net = new Network(sizes, acts);
    model.layers.forEach((layer, i) => {
      assertShape(layer.b.length === layer.W.rows, `Layer ${i + 1}: b has ${layer.b.length} values, W has ${layer.W.rows} rows`);
      net.W[i]!.data.set(layer.W.data);
      net.b[i]!.set(layer.b);
    });
    const name = o.optimizer ?? model.optimizer?.name ?? 'sgd';
    const lr = o.learningRate ?? model.optimizer?.learningRate;
    if (lr === undefined) throw new NnError('BAD_OPTION', 'The model holds no learning rate: give --lr');
    const optimizer = createOptimizer(name, lr, net.paramNames(), net.params().map((p) => p.length));
    if (model.optimizer !== undefined && model.optimizer.name === name) {
      optimizer.setState(model.optimizer);
      optimizer.learningRate = lr;
    }
    let normalizer: Normalizer | undefined;
    if (model.normalizer !== undefined) {
      normalizer = new Normalizer(sizes[0]!);
      normalizer.setState(model.normalizer);
    } else if (o.standardize) normalizer = new Normalizer(sizes[0]!);
    const rng = model.rng !== undefined && o.seed === undefined ? Rng.fromState(model.rng) : Rng.fromSeed(o.seed ?? 1);
    const learner = new Learner(net, loss, classes, optimizer, normalizer, rng, o.l2 ?? model.l2 ?? 0, o.kernels ?? jsKernels);
    learner.step = model.step;
    learner.samples = model.samples;
    return learner;
  }

  get inputs(): number {
    return this.net.inputs;
  }

  get outputs(): number {
    return this.net.outputs;
  }

  get task(): Task {
    return this.loss.task;
  }

  setKernels(kernels: Kernels): void {
    this.kernels = kernels;
  }

  /** Why this label cannot be learned, or undefined. */
  checkLabel(label: number): string | undefined {
    return this.loss.checkLabel(label, this.classes);
  }

  /** One training step on the batch X (n x m) with one label per column. */
  learnMany(X: Matrix, labels: ArrayLike<number>): StepReport {
    const m = X.cols;
    assertShape(X.rows === this.inputs, `Expected ${this.inputs} features, got ${X.rows}`);
    assertShape(labels.length >= m && m >= 1, `Expected ${m} labels for a batch of ${m}, got ${labels.length}`);
    const ws = workspace(this.trainSpaces, this.net, m);
    let input = X;
    if (this.normalizer !== undefined) {
      this.normalizer.update(X);
      input = this.normalizer.apply(ws.X, X);
    }
    const A = forward(this.net, ws, input, this.kernels);
    const Y = this.loss.targets(ws.Y, labels);
    const loss = this.loss.sum(ws.Z[this.net.L - 1]!, A, Y) / m;
    const cost = this.l2 === 0 ? loss : loss + (this.l2 / (2 * m)) * sumSquaredWeights(this.net);
    const correct = this.loss.correct(A, labels);
    // dZ[L] = A[L] - Y for every task's output/loss pair
    const dZL = ws.dZ[this.net.L - 1]!.data, a = A.data, y = Y.data;
    for (let i = 0; i < dZL.length; i++) dZL[i] = a[i]! - y[i]!;
    backward(this.net, ws, input, this.l2, this.kernels);
    const grads = ws.grads();
    const refused = !Number.isFinite(cost) || !allFinite(grads);
    if (!refused) this.optimizer.step(this.net.params(), grads);
    const report: StepReport = { step: this.step, samples: this.samples + m, m, cost, loss, correct, accuracy: correct / m, refused };
    if (!refused) {
      this.step++;
      this.samples += m;
    }
    return report;
  }

  /** Outputs A[L] (k x m) for X (n x m) from the current parameters; the view is reused by the next call. */
  predictMany(X: Matrix): Matrix {
    assertShape(X.rows === this.inputs, `Expected ${this.inputs} features, got ${X.rows}`);
    const ws = workspace(this.predictSpaces, this.net, X.cols);
    const input = this.normalizer === undefined ? X : this.normalizer.apply(ws.X, X);
    return forward(this.net, ws, input, this.kernels);
  }

  learnOne(x: Float64Array, label: number): StepReport {
    return this.learnMany(matrix(x.length, 1, x), [label]);
  }

  predictOne(x: Float64Array): Float64Array {
    return this.predictMany(matrix(x.length, 1, x)).data.slice();
  }

  /** Re-draws the weights (same scheme and generator), zeroes biases, optimizer and counters. */
  reset(scheme: InitScheme = 'small'): void {
    this.net.W.forEach((W) => initWeights(W, this.rng, initScale(scheme, W.cols)));
    this.net.b.forEach((b) => b.fill(0));
    const fresh = createOptimizer(this.optimizer.name, this.optimizer.learningRate, this.net.paramNames(), this.net.params().map((p) => p.length));
    this.optimizer.setState(fresh.getState());
    this.normalizer?.setState({ count: 0, mean: new Float64Array(this.inputs), m2: new Float64Array(this.inputs) });
    this.step = 0;
    this.samples = 0;
  }

  /** A copy of everything needed to save or resume this model. */
  toModel(): ModelData {
    const model: ModelData = {
      task: this.task,
      classes: this.classes,
      step: this.step,
      samples: this.samples,
      layers: this.net.W.map((W, i) => ({
        activation: this.net.activations[i]!,
        W: matrix(W.rows, W.cols, W.data.slice()),
        b: this.net.b[i]!.slice(),
      })),
      optimizer: this.optimizer.getState(),
      rng: this.rng.state(),
      l2: this.l2,
    };
    if (this.normalizer !== undefined) model.normalizer = this.normalizer.getState();
    return model;
  }
}

function allFinite(arrays: readonly Float64Array[]): boolean {
  for (const a of arrays) {
    let s = 0;
    for (let i = 0; i < a.length; i++) s += a[i]! * 0;
    if (s !== 0) return false; // NaN or ±Infinity times 0 is NaN
  }
  return true;
}

function workspace(cache: Map<number, Workspace>, net: Network, m: number): Workspace {
  let ws = cache.get(m);
  if (ws === undefined) {
    if (cache.size >= MAX_WORKSPACES) cache.delete(cache.keys().next().value!);
    ws = new Workspace(net, m);
    cache.set(m, ws);
  }
  return ws;
}

export { leadingColumns };

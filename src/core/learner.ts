import { isHiddenActivation, type ActivationName, type HiddenActivationName } from './activations.js';
import { NnError, assertShape } from './errors.js';
import { initScale, initWeights, type InitScheme } from './init.js';
import { jsKernels, type Kernels } from './kernels.js';
import { lossFor, type Loss, type Task } from './loss.js';
import { leadingColumns, matrix, type Matrix } from './matrix.js';
import { modelSizes, type ModelData } from './model.js';
import { Network, Workspace, backward, forward, forwardToZL, sumSquaredWeights, type Alloc } from './network.js';
import { Normalizer, type NormalizerState } from './normalizer.js';
import { withSchedule, type LrSchedule } from './lr-schedule.js';
import { createOptimizer, type Optimizer, type OptimizerName } from './optimizers.js';
import { Rng } from './rng.js';
import { DEFAULT_ARENA_BYTES, defaultKernels } from './wasm-kernels.js';

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
  /** Regression: standardize the target too (default: with `standardize`). */
  standardizeTarget?: boolean;
  /** How the learning rate changes with the steps (lr-schedule.ts); constant by default. */
  lrSchedule?: LrSchedule;
  /** The matrix products' backend: by default WebAssembly SIMD where available, else jsKernels. */
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
  refused: boolean; // the update was refused: the cost, a parameter or the optimizer state would not be finite
}

const MAX_WORKSPACES = 4;

/** Thrown by the learner's allocator when the kernels' storage is full; never escapes the learner. */
class StorageFull extends Error {}

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
  /** Regression with standardization: the target's running mean and variance; the network learns the scaled target. */
  readonly targetNormalizer: Normalizer | undefined;
  /** What the inputs and outputs mean (see ModelData.schema): carried into toModel. */
  schema: object | undefined;
  readonly classes: number;
  l2: number;
  step = 0;
  samples = 0;
  private rng: Rng;
  private kernels: Kernels;
  // Workspaces for the largest batch seen (train, predict), and views of their leading columns per batch size.
  private trainBase: Workspace | undefined;
  private predictBase: Workspace | undefined;
  private readonly trainSpaces = new Map<number, Workspace>();
  private readonly predictSpaces = new Map<number, Workspace>();
  // what the last training pass found besides its cost (see pass)
  private passLoss = NaN;
  private passCorrect = NaN;
  private passGrads: Float64Array[] = [];
  // the normalizer's statistics before this step's batch, put back when the update is refused
  private readonly normalizerBefore: NormalizerState | undefined;
  private readonly targetBefore: NormalizerState | undefined;
  private scaledY = new Float64Array(0);

  private constructor(net: Network, loss: Loss, classes: number, optimizer: Optimizer, normalizer: Normalizer | undefined, rng: Rng, l2: number, kernels: Kernels | undefined, target?: Normalizer) {
    this.net = net;
    this.loss = loss;
    this.classes = classes;
    this.optimizer = optimizer;
    this.normalizer = normalizer;
    this.rng = rng;
    this.l2 = l2;
    this.normalizerBefore = normalizer === undefined ? undefined : normalizer.getState();
    this.targetNormalizer = target;
    this.targetBefore = target?.getState();
    // room for the parameters, their gradients and a few batches; the learner moves to a larger arena when needed
    this.kernels = kernels ?? defaultKernels(Math.max(DEFAULT_ARENA_BYTES, 48 * net.size));
    this.moveParameters();
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
    const optimizer = withSchedule(createOptimizer(o.optimizer ?? 'sgd', o.learningRate, net.paramNames(), net.params().map((p) => p.length)), o.lrSchedule, undefined);
    const normalizer = o.standardize ? new Normalizer(o.inputs) : undefined;
    const target = (o.standardizeTarget ?? o.standardize) && o.task === 'regression' ? new Normalizer(1) : undefined;
    return new Learner(net, loss, classes, optimizer, normalizer, rng, o.l2 ?? 0, o.kernels, target);
  }

  /**
   * A learner holding a saved model's parameters, normalizer and counters. Its
   * optimizer state is restored when the saved one used the same optimizer.
   */
  static fromModel(model: ModelData, o: { learningRate?: number; optimizer?: OptimizerName; l2?: number; seed?: number | string; standardize?: boolean; lrSchedule?: LrSchedule; kernels?: Kernels } = {}): Learner {
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
    const plain = createOptimizer(name, lr, net.paramNames(), net.params().map((p) => p.length));
    const sameOptimizer = model.optimizer !== undefined && model.optimizer.name === name;
    if (sameOptimizer) {
      plain.setState(model.optimizer!);
      plain.learningRate = lr;
    }
    const optimizer = withSchedule(plain, o.lrSchedule, sameOptimizer ? model.optimizer : undefined); // a saved schedule continues
    let normalizer: Normalizer | undefined, target: Normalizer | undefined;
    if (model.targetNormalizer !== undefined) {
      target = new Normalizer(1);
      target.setState(model.targetNormalizer);
    } else if (o.standardize && model.normalizer === undefined && model.task === 'regression') target = new Normalizer(1);
    if (model.normalizer !== undefined) {
      normalizer = new Normalizer(sizes[0]!);
      normalizer.setState(model.normalizer);
    } else if (o.standardize) normalizer = new Normalizer(sizes[0]!);
    const rng = model.rng !== undefined && o.seed === undefined ? Rng.fromState(model.rng) : Rng.fromSeed(o.seed ?? 1);
    const learner = new Learner(net, loss, classes, optimizer, normalizer, rng, o.l2 ?? model.l2 ?? 0, o.kernels, target);
    learner.step = model.step;
    learner.samples = model.samples;
    learner.schema = model.schema;
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

  /** The backend of the matrix products. */
  get kernelsName(): string {
    return this.kernels.name;
  }

  /** Switches the backend of the matrix products, moving the parameters into its storage. */
  setKernels(kernels: Kernels): void {
    this.kernels = kernels;
    this.moveParameters();
  }

  /** Why this label cannot be learned, or undefined. */
  checkLabel(label: number): string | undefined {
    return this.loss.checkLabel(label, this.classes);
  }

  /**
   * One training step on the batch X (n x m) with one label per column. The update
   * is refused (report.refused) when the cost, a new parameter, the new optimizer
   * state or the new input statistics would not be finite: then the model keeps
   * all of them bit for bit, and its step and sample counters.
   */
  learnMany(X: Matrix, labels: ArrayLike<number>): StepReport {
    const m = X.cols;
    if (X.rows !== this.inputs) throw new NnError('BAD_SHAPE', `Expected ${this.inputs} features, got ${X.rows}`);
    if (!(labels.length >= m && m >= 1)) throw new NnError('BAD_SHAPE', `Expected ${m} labels for a batch of ${m}, got ${labels.length}`);
    const normalizer = this.normalizer, target = this.targetNormalizer;
    if (normalizer !== undefined) {
      keepState(this.normalizerBefore!, normalizer);
      normalizer.update(X);
    }
    let scale = 1; // the cost in the target's units: the scaled one times the target's variance
    if (target !== undefined) {
      keepState(this.targetBefore!, target);
      labels = this.scaleTargets(target, labels, m);
      const v = target.m2[0]! / target.count;
      scale = v > 0 ? v : 1;
    }
    const cost = this.pass(X, labels) * scale;
    const step = this.step, samples = this.samples + m, correct = this.passCorrect;
    const made = Number.isFinite(cost) && (normalizer === undefined || normalizerFinite(normalizer)) && (target === undefined || normalizerFinite(target)) &&
      this.optimizer.tryStep(this.net.params(), this.passGrads);
    if (made) {
      this.step++;
      this.samples += m;
    } else {
      if (normalizer !== undefined) putState(normalizer, this.normalizerBefore!);
      if (target !== undefined) putState(target, this.targetBefore!);
    }
    return { step, samples, m, cost, loss: this.passLoss * scale, correct, accuracy: correct / m, refused: !made };
  }

  /** Folds the batch's targets into the target statistics and returns them standardized (a buffer reused by the next step). */
  private scaleTargets(target: Normalizer, labels: ArrayLike<number>, m: number): Float64Array {
    if (this.scaledY.length < m) this.scaledY = new Float64Array(m);
    const Y = matrix(1, m, this.scaledY.subarray(0, m));
    for (let j = 0; j < m; j++) Y.data[j] = labels[j]!;
    target.update(Y);
    target.apply(Y, Y);
    return Y.data;
  }

  /**
   * The forward and backward pass of a training step without its update (nor a
   * normalizer update): the cost, and the gradients in the order of net.params()
   * (views into the step's workspace, overwritten by the next step).
   */
  gradients(X: Matrix, labels: ArrayLike<number>): { cost: number; loss: number; correct: number; grads: Float64Array[] } {
    const cost = this.pass(X, labels);
    return { cost, loss: this.passLoss, correct: this.passCorrect, grads: this.passGrads };
  }

  /** Forward, cost and backward on the batch; returns the cost and leaves the rest in passLoss, passCorrect, passGrads. */
  private pass(X: Matrix, labels: ArrayLike<number>): number {
    const m = X.cols;
    if (!(labels.length >= m && m >= 1)) throw new NnError('BAD_SHAPE', `Expected ${m} labels for a batch of ${m}, got ${labels.length}`);
    const net = this.net, L = net.L, loss = this.loss;
    const ws = this.workspace(true, m);
    const input = this.normalizer === undefined ? this.stored(ws, X) : this.normalizer.apply(ws.X, X);
    const ZL = forwardToZL(net, ws, input, this.kernels);
    const Y = loss.targets(ws.Y, labels);
    const A = ws.A[L - 1]!;
    const mean = loss.forwardLoss(A, ZL, Y) / m;
    this.passLoss = mean;
    this.passCorrect = loss.correct(A, labels);
    // dZ[L] = A[L] - Y for every task's output/loss pair
    const dZL = ws.dZ[L - 1]!.data, a = A.data, y = Y.data;
    for (let i = 0; i < dZL.length; i++) dZL[i] = a[i]! - y[i]!;
    backward(net, ws, input, this.l2, this.kernels);
    this.passGrads = ws.grads();
    return this.l2 === 0 ? mean : mean + (this.l2 / (2 * m)) * sumSquaredWeights(net);
  }

  /** Outputs A[L] (k x m) for X (n x m) from the current parameters; the view is reused by the next call. */
  predictMany(X: Matrix): Matrix {
    if (X.rows !== this.inputs) throw new NnError('BAD_SHAPE', `Expected ${this.inputs} features, got ${X.rows}`);
    const ws = this.workspace(false, X.cols);
    const input = this.normalizer === undefined ? this.stored(ws, X) : this.normalizer.apply(ws.X, X);
    const A = forward(this.net, ws, input, this.kernels);
    const target = this.targetNormalizer;
    if (target !== undefined && target.count > 0) {
      // back to the target's units
      const v = target.m2[0]! / target.count, sd = v > 0 ? Math.sqrt(v) : 1, mu = target.mean[0]!, a = A.data;
      for (let j = 0; j < a.length; j++) a[j] = a[j]! * sd + mu;
    }
    return A;
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
    this.targetNormalizer?.setState({ count: 0, mean: new Float64Array(1), m2: new Float64Array(1) });
    this.step = 0;
    this.samples = 0;
  }

  /** Arrays from the kernels' storage (read in place by them), or plain ones when they have none. */
  private readonly store: Alloc = (length) => {
    const kernels = this.kernels;
    if (kernels.alloc === undefined) return new Float64Array(length);
    const a = kernels.alloc(length);
    if (a === undefined) throw new StorageFull();
    return a;
  };

  /** Runs `make` (which allocates about `values` float64s through `store`), moving to larger storage if it is full. */
  private withRoom<T>(values: number, make: () => T): T {
    try {
      return make();
    } catch (e) {
      if (!(e instanceof StorageFull)) throw e;
    }
    const live = (this.trainBase === undefined ? 0 : Workspace.values(this.net, this.trainBase.m, true)) +
      (this.predictBase === undefined ? 0 : Workspace.values(this.net, this.predictBase.m, false));
    this.kernels = this.kernels.resized?.(16 * (this.net.size + values + live) + (1 << 24)) ?? jsKernels;
    this.moveParameters();
    return make();
  }

  /** Puts the parameters where the kernels read them; workspaces are made anew on demand. */
  private moveParameters(): void {
    this.trainBase = this.predictBase = undefined;
    this.trainSpaces.clear();
    this.predictSpaces.clear();
    if (this.kernels.alloc === undefined) return; // any Float64Array will do
    this.withRoom(this.net.size, () => this.net.moveTo(this.store));
  }

  /**
   * The workspace for a batch of m columns: a view of the leading columns of the
   * largest one made so far, which grows (doubling) when a larger batch comes.
   */
  private workspace(training: boolean, m: number): Workspace {
    const cache = training ? this.trainSpaces : this.predictSpaces;
    let ws = cache.get(m);
    if (ws !== undefined) return ws;
    let base = training ? this.trainBase : this.predictBase;
    if (base === undefined || base.m < m) {
      const columns = base === undefined ? m : Math.max(m, 2 * base.m);
      base = this.withRoom(Workspace.values(this.net, columns, training), () => new Workspace(this.net, columns, this.store, training));
      if (training) this.trainBase = base;
      else this.predictBase = base;
      cache.clear();
    }
    ws = base.m === m ? base : new Workspace(this.net, m, base);
    if (cache.size >= MAX_WORKSPACES) cache.delete(cache.keys().next().value!);
    cache.set(m, ws);
    return ws;
  }

  /** X where the kernels read it in place: X itself, or its copy in ws.X. */
  private stored(ws: Workspace, X: Matrix): Matrix {
    if (this.kernels.alloc === undefined || X.data.buffer === ws.X.data.buffer) return X;
    const n = ws.X.data.length;
    ws.X.data.set(X.data.length === n ? X.data : X.data.subarray(0, n));
    return ws.X;
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
    if (this.targetNormalizer !== undefined) model.targetNormalizer = this.targetNormalizer.getState();
    if (this.schema !== undefined) model.schema = jsonForm(this.schema);
    return model;
  }
}

/** The JSON form of an object (its toJSON() when it has one), so that a copy of the model shares nothing with it. */
function jsonForm(o: object): object {
  const toJSON = (o as { toJSON?: () => object }).toJSON;
  return typeof toJSON === 'function' ? toJSON.call(o) : o;
}

function keepState(into: NormalizerState, n: Normalizer): void {
  into.count = n.count;
  into.mean.set(n.mean);
  into.m2.set(n.m2);
}

function putState(n: Normalizer, from: NormalizerState): void {
  n.count = from.count;
  n.mean.set(from.mean);
  n.m2.set(from.m2);
}

function normalizerFinite(n: Normalizer): boolean {
  let s = 0;
  for (let i = 0; i < n.n; i++) s += (n.mean[i]! + n.m2[i]!) * 0;
  return s === 0;
}

export { leadingColumns };

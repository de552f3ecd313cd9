import { NnError } from './errors.js';

export const OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

/** Everything an optimizer needs to continue exactly where it stopped. */
export interface OptimizerState {
  name: OptimizerName;
  learningRate: number;
  scalars: Record<string, number>;
  arrays: Record<string, Float64Array>;
}

export interface OptimizerOptions {
  learningRate: number;
  beta?: number; // momentum
  beta1?: number; // adam
  beta2?: number; // adam
  epsilon?: number; // adam
}

/**
 * Updates parameters in place from their gradients. `params[i]` and `grads[i]`
 * are the same parameter (W1, b1, W2, ...); `names[i]` keys its saved state.
 */
export interface Optimizer {
  readonly name: OptimizerName;
  learningRate: number;
  step(params: readonly Float64Array[], grads: readonly Float64Array[]): void;
  /**
   * `step`, kept only when every value it wrote (parameters and state) is finite;
   * returns whether it was kept. A refused update leaves the parameters and the
   * state bit for bit what they were: they are copied before the update into
   * buffers made once (at the first call), and copied back.
   */
  tryStep(params: readonly Float64Array[], grads: readonly Float64Array[]): boolean;
  getState(): OptimizerState;
  setState(state: OptimizerState): void;
}

/** Copies of arrays, in slots made at the first `keep` of each and reused after. */
class Backup {
  private readonly slots: Float64Array[] = [];

  keep(slot: number, a: Float64Array): void {
    let copy = this.slots[slot];
    if (copy === undefined || copy.length !== a.length) copy = this.slots[slot] = new Float64Array(a.length);
    copyInto(copy, a);
  }

  putBack(slot: number, a: Float64Array): void {
    copyInto(a, this.slots[slot]!);
  }
}

function copyInto(to: Float64Array, from: Float64Array): void {
  if (from.length > 32) to.set(from);
  else for (let i = 0; i < from.length; i++) to[i] = from[i]!; // cheaper than set() for a bias or two
}

/** Plain gradient descent, the seed's rule: W -= α dW. */
class Sgd implements Optimizer {
  readonly name = 'sgd' as const;
  private readonly backup = new Backup();
  constructor(public learningRate: number) {}
  step(params: readonly Float64Array[], grads: readonly Float64Array[]): void {
    for (let p = 0; p < params.length; p++) sgdUpdate(params[p]!, grads[p]!, this.learningRate);
  }
  tryStep(params: readonly Float64Array[], grads: readonly Float64Array[]): boolean {
    for (let p = 0; p < params.length; p++) this.backup.keep(p, params[p]!);
    let finite = true;
    for (let p = 0; p < params.length; p++) finite = sgdUpdate(params[p]!, grads[p]!, this.learningRate) && finite;
    if (!finite) for (let p = 0; p < params.length; p++) this.backup.putBack(p, params[p]!);
    return finite;
  }
  getState(): OptimizerState {
    return { name: this.name, learningRate: this.learningRate, scalars: {}, arrays: {} };
  }
  setState(state: OptimizerState): void {
    this.learningRate = state.learningRate;
  }
}

/**
 * w -= lr·g; returns whether every new w is finite (x·0 is 0 for finite x, NaN
 * otherwise). Unrolled by four: V8 spends more on each turn of a loop than on its arithmetic.
 */
function sgdUpdate(w: Float64Array, g: Float64Array, lr: number): boolean {
  const n = w.length;
  let z0 = 0, z1 = 0, i = 0;
  for (; i + 3 < n; i += 4) {
    const w0 = w[i]! - lr * g[i]!, w1 = w[i + 1]! - lr * g[i + 1]!, w2 = w[i + 2]! - lr * g[i + 2]!, w3 = w[i + 3]! - lr * g[i + 3]!;
    w[i] = w0;
    w[i + 1] = w1;
    w[i + 2] = w2;
    w[i + 3] = w3;
    z0 += (w0 + w1) * 0;
    z1 += (w2 + w3) * 0;
  }
  for (; i < n; i++) {
    const wi = w[i]! - lr * g[i]!;
    w[i] = wi;
    z0 += wi * 0;
  }
  return z0 + z1 === 0;
}

function checkSizes(arrays: Record<string, Float64Array>, names: readonly string[], sizes: readonly number[], prefix: string): void {
  names.forEach((n, i) => {
    const a = arrays[`${prefix}.${n}`];
    if (a === undefined || a.length !== sizes[i])
      throw new NnError('BAD_MODEL', `Optimizer state "${prefix}.${n}" is missing or has the wrong size (expected ${sizes[i]} values)`);
  });
}

/** Momentum as in the course: v = β v + (1 - β) dW; W -= α v. */
class Momentum implements Optimizer {
  readonly name = 'momentum' as const;
  private v: Float64Array[];
  private readonly backup = new Backup();
  constructor(
    public learningRate: number,
    private readonly names: readonly string[],
    private readonly sizes: readonly number[],
    private readonly beta = 0.9,
  ) {
    this.v = sizes.map((s) => new Float64Array(s));
  }
  step(params: readonly Float64Array[], grads: readonly Float64Array[]): void {
    this.update(params, grads);
  }
  tryStep(params: readonly Float64Array[], grads: readonly Float64Array[]): boolean {
    for (let p = 0; p < params.length; p++) {
      this.backup.keep(2 * p, params[p]!);
      this.backup.keep(2 * p + 1, this.v[p]!);
    }
    const finite = this.update(params, grads);
    if (!finite)
      for (let p = 0; p < params.length; p++) {
        this.backup.putBack(2 * p, params[p]!);
        this.backup.putBack(2 * p + 1, this.v[p]!);
      }
    return finite;
  }
  /** The update; returns whether every new w (so every new v: lr times a non-finite v is not finite) is finite. */
  private update(params: readonly Float64Array[], grads: readonly Float64Array[]): boolean {
    const lr = this.learningRate, beta = this.beta;
    let z = 0;
    for (let p = 0; p < params.length; p++) {
      const w = params[p]!, g = grads[p]!, v = this.v[p]!;
      for (let i = 0; i < w.length; i++) {
        const vi = beta * v[i]! + (1 - beta) * g[i]!;
        const wi = w[i]! - lr * vi;
        v[i] = vi;
        w[i] = wi;
        z += wi * 0;
      }
    }
    return z === 0;
  }
  getState(): OptimizerState {
    const arrays: Record<string, Float64Array> = {};
    this.names.forEach((n, i) => (arrays[`v.${n}`] = this.v[i]!.slice()));
    return { name: this.name, learningRate: this.learningRate, scalars: { beta: this.beta }, arrays };
  }
  setState(state: OptimizerState): void {
    checkSizes(state.arrays, this.names, this.sizes, 'v');
    this.learningRate = state.learningRate;
    this.v = this.names.map((n) => state.arrays[`v.${n}`]!.slice());
  }
}

/** Adam with bias correction: m = β1 m + (1-β1) g, s = β2 s + (1-β2) g², W -= α m̂ / (√ŝ + ε). */
class Adam implements Optimizer {
  readonly name = 'adam' as const;
  private m: Float64Array[];
  private s: Float64Array[];
  private t = 0;
  private readonly backup = new Backup();
  constructor(
    public learningRate: number,
    private readonly names: readonly string[],
    private readonly sizes: readonly number[],
    private readonly beta1 = 0.9,
    private readonly beta2 = 0.999,
    private readonly epsilon = 1e-8,
  ) {
    this.m = sizes.map((s) => new Float64Array(s));
    this.s = sizes.map((s) => new Float64Array(s));
  }
  step(params: readonly Float64Array[], grads: readonly Float64Array[]): void {
    this.update(params, grads);
  }
  tryStep(params: readonly Float64Array[], grads: readonly Float64Array[]): boolean {
    for (let p = 0; p < params.length; p++) {
      this.backup.keep(3 * p, params[p]!);
      this.backup.keep(3 * p + 1, this.m[p]!);
      this.backup.keep(3 * p + 2, this.s[p]!);
    }
    const finite = this.update(params, grads);
    if (!finite) {
      this.t--;
      for (let p = 0; p < params.length; p++) {
        this.backup.putBack(3 * p, params[p]!);
        this.backup.putBack(3 * p + 1, this.m[p]!);
        this.backup.putBack(3 * p + 2, this.s[p]!);
      }
    }
    return finite;
  }
  /** The update; returns whether every new m, s and w is finite. */
  private update(params: readonly Float64Array[], grads: readonly Float64Array[]): boolean {
    this.t++;
    const { beta1, beta2, epsilon } = this;
    const c1 = 1 - Math.pow(beta1, this.t), c2 = 1 - Math.pow(beta2, this.t);
    const lr = this.learningRate;
    let z = 0;
    for (let p = 0; p < params.length; p++) {
      const w = params[p]!, g = grads[p]!, m = this.m[p]!, s = this.s[p]!;
      for (let i = 0; i < w.length; i++) {
        const gi = g[i]!;
        const mi = beta1 * m[i]! + (1 - beta1) * gi;
        const si = beta2 * s[i]! + (1 - beta2) * gi * gi;
        const wi = w[i]! - (lr * (mi / c1)) / (Math.sqrt(si / c2) + epsilon);
        m[i] = mi;
        s[i] = si;
        w[i] = wi;
        z += (mi + si + wi) * 0;
      }
    }
    return z === 0;
  }
  getState(): OptimizerState {
    const arrays: Record<string, Float64Array> = {};
    this.names.forEach((n, i) => {
      arrays[`m.${n}`] = this.m[i]!.slice();
      arrays[`s.${n}`] = this.s[i]!.slice();
    });
    const { beta1, beta2, epsilon, t } = this;
    return { name: this.name, learningRate: this.learningRate, scalars: { t, beta1, beta2, epsilon }, arrays };
  }
  setState(state: OptimizerState): void {
    checkSizes(state.arrays, this.names, this.sizes, 'm');
    checkSizes(state.arrays, this.names, this.sizes, 's');
    this.learningRate = state.learningRate;
    this.t = state.scalars['t'] ?? 0;
    this.m = this.names.map((n) => state.arrays[`m.${n}`]!.slice());
    this.s = this.names.map((n) => state.arrays[`s.${n}`]!.slice());
  }
}

export function checkOptimizerName(name: string): OptimizerName {
  if (!(OPTIMIZERS as readonly string[]).includes(name))
    throw new NnError('BAD_OPTION', `Unknown --optimizer "${name}"; expected one of ${OPTIMIZERS.join(', ')}`);
  return name as OptimizerName;
}

export function createOptimizer(name: OptimizerName, learningRate: number, names: readonly string[], sizes: readonly number[]): Optimizer {
  switch (name) {
    case 'sgd':
      return new Sgd(learningRate);
    case 'momentum':
      return new Momentum(learningRate, names, sizes);
    case 'adam':
      return new Adam(learningRate, names, sizes);
  }
}

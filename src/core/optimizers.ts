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
  getState(): OptimizerState;
  setState(state: OptimizerState): void;
}

/** Plain gradient descent, the seed's rule: W -= α dW. */
class Sgd implements Optimizer {
  readonly name = 'sgd' as const;
  constructor(public learningRate: number) {}
  step(params: readonly Float64Array[], grads: readonly Float64Array[]): void {
    const lr = this.learningRate;
    for (let p = 0; p < params.length; p++) {
      const w = params[p]!, g = grads[p]!;
      for (let i = 0; i < w.length; i++) w[i]! -= lr * g[i]!;
    }
  }
  getState(): OptimizerState {
    return { name: this.name, learningRate: this.learningRate, scalars: {}, arrays: {} };
  }
  setState(state: OptimizerState): void {
    this.learningRate = state.learningRate;
  }
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
  constructor(
    public learningRate: number,
    private readonly names: readonly string[],
    private readonly sizes: readonly number[],
    private readonly beta = 0.9,
  ) {
    this.v = sizes.map((s) => new Float64Array(s));
  }
  step(params: readonly Float64Array[], grads: readonly Float64Array[]): void {
    const lr = this.learningRate, beta = this.beta;
    for (let p = 0; p < params.length; p++) {
      const w = params[p]!, g = grads[p]!, v = this.v[p]!;
      for (let i = 0; i < w.length; i++) {
        v[i] = beta * v[i]! + (1 - beta) * g[i]!;
        w[i]! -= lr * v[i]!;
      }
    }
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
    this.t++;
    const { beta1, beta2, epsilon } = this;
    const c1 = 1 - Math.pow(beta1, this.t), c2 = 1 - Math.pow(beta2, this.t);
    const lr = this.learningRate;
    for (let p = 0; p < params.length; p++) {
      const w = params[p]!, g = grads[p]!, m = this.m[p]!, s = this.s[p]!;
      for (let i = 0; i < w.length; i++) {
        const gi = g[i]!;
        m[i] = beta1 * m[i]! + (1 - beta1) * gi;
        s[i] = beta2 * s[i]! + (1 - beta2) * gi * gi;
        w[i]! -= (lr * (m[i]! / c1)) / (Math.sqrt(s[i]! / c2) + epsilon);
      }
    }
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

import { describe, expect, it } from 'vitest';
import { checkOptimizerName, createOptimizer, OPTIMIZERS, type Optimizer, type OptimizerName } from '../../src/core/optimizers.js';
import { Rng } from '../../src/core/rng.js';
import '../reference/relative.js';

const NAMES = ['W1', 'b1', 'W2', 'b2'];
const SIZES = [6, 3, 3, 1];

function params(): Float64Array[] {
  const rng = Rng.fromSeed('optimizer-params');
  return SIZES.map((s) => Float64Array.from({ length: s }, () => rng.normal()));
}

/** The bytes of a Float64Array, so that -0, NaN payloads and all compare bit for bit. */
const bits = (a: Float64Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');

function stateBits(o: Optimizer): { scalars: Record<string, number>; arrays: Record<string, string>; learningRate: number } {
  const s = o.getState();
  return { scalars: s.scalars, learningRate: s.learningRate, arrays: Object.fromEntries(Object.entries(s.arrays).map(([k, v]) => [k, bits(v)])) };
}

/** A fixed sequence of gradients, one list per step. */
function gradients(steps: number): Float64Array[][] {
  const rng = Rng.fromSeed('optimizer-grads');
  return Array.from({ length: steps }, () => SIZES.map((s) => Float64Array.from({ length: s }, () => rng.normal())));
}

describe.each(OPTIMIZERS.map((n) => [n] as const))('%s (contract)', (name: OptimizerName) => {
  it('resumed from getState() continues exactly like an unbroken run', () => {
    const g = gradients(12);
    const unbroken = createOptimizer(name, 0.05, NAMES, SIZES);
    const p1 = params();
    for (const gs of g) unbroken.step(p1, gs);

    const first = createOptimizer(name, 0.05, NAMES, SIZES);
    const p2 = params();
    for (const gs of g.slice(0, 5)) first.step(p2, gs);
    const state = first.getState();
    const resumed = createOptimizer(name, 999, NAMES, SIZES);
    resumed.setState(state);
    expect(resumed.learningRate).toBe(0.05);
    for (const gs of g.slice(5)) resumed.step(p2, gs);

    expect(p2).toEqual(p1); // bit for bit
    expect(resumed.getState()).toEqual(unbroken.getState());
  });

  it('getState() is a copy that later steps do not change', () => {
    const o = createOptimizer(name, 0.1, NAMES, SIZES);
    const p = params();
    const [g1, g2] = gradients(2);
    o.step(p, g1!);
    const state = o.getState();
    const snapshot = JSON.stringify({ ...state, arrays: Object.fromEntries(Object.entries(state.arrays).map(([k, v]) => [k, Array.from(v)])) });
    o.step(p, g2!);
    expect(JSON.stringify({ ...state, arrays: Object.fromEntries(Object.entries(state.arrays).map(([k, v]) => [k, Array.from(v)])) })).toBe(snapshot);
  });

  it('tryStep makes exactly the update of step when every new value is finite', () => {
    const g = gradients(6);
    const a = createOptimizer(name, 0.05, NAMES, SIZES), b = createOptimizer(name, 0.05, NAMES, SIZES);
    const pa = params(), pb = params();
    for (const gs of g) {
      a.step(pa, gs);
      expect(b.tryStep(pb, gs)).toBe(true);
    }
    expect(pb.map(bits)).toEqual(pa.map(bits));
    expect(stateBits(b)).toEqual(stateBits(a));
  });

  // [what, learning rate, how the gradients are spoiled, whether this optimizer refuses it]
  const bad: [string, number, (gs: Float64Array[]) => void, boolean][] = [
    ['an infinite learning rate', Infinity, () => {}, true],
    ['a NaN in a gradient', 0.05, (gs) => void (gs[1]![2] = NaN), true],
    ['an infinite gradient', 0.05, (gs) => void (gs[3]![0] = -Infinity), true],
    // only adam squares a gradient: its second moment would overflow, and freeze that weight for good
    ['a gradient whose square overflows', 0.05, (gs) => void (gs[2]![1] = 1e200), name === 'adam'],
  ];
  // sgd and momentum step by lr·g (or lr·v): 1e308·70 overflows (adam steps by lr times a ratio near 1)
  if (name !== 'adam') bad.push(['a learning rate so high that a parameter overflows', 1e308, (gs) => void gs[0]!.fill(70), true]);

  it.each(bad)('tryStep, given %s, refuses exactly when a new value is not finite, and then changes nothing', (_what, lr, spoil, refuses) => {
    const o = createOptimizer(name, 0.05, NAMES, SIZES);
    const p = params();
    const [g1, g2, g3, worse] = gradients(4);
    for (const gs of [g1!, g2!, g3!]) expect(o.tryStep(p, gs)).toBe(true);
    const before = { params: p.map(bits), state: stateBits(o) };
    spoil(worse!);
    o.learningRate = lr;
    const made = o.tryStep(p, worse!);
    o.learningRate = 0.05;
    expect(made).toBe(!refuses);
    expect(p.every((a) => a.every(Number.isFinite))).toBe(true);
    if (!refuses) return;
    expect({ params: p.map(bits), state: stateBits(o) }).toEqual(before);
    // and the next sane update is made, from where it stood
    const reference = createOptimizer(name, 0.05, NAMES, SIZES);
    const q = params();
    for (const gs of [g1!, g2!, g3!]) reference.step(q, gs);
    const next = gradients(5)[4]!;
    reference.step(q, next);
    expect(o.tryStep(p, next)).toBe(true);
    expect(p.map(bits)).toEqual(q.map(bits));
    expect(stateBits(o)).toEqual(stateBits(reference));
  });

  it('a zero gradient from a fresh state changes nothing', () => {
    const o = createOptimizer(name, 0.1, NAMES, SIZES);
    const p = params();
    o.step(p, SIZES.map((s) => new Float64Array(s)));
    expect(p).toEqual(params());
  });
});

describe('the update rules', () => {
  const w0 = 2, g1 = 0.5, g2 = -0.25, lr = 0.1;
  const run = (name: OptimizerName, gs: number[]): number => {
    const o = createOptimizer(name, lr, ['w'], [1]);
    const w = Float64Array.of(w0);
    for (const g of gs) o.step([w], [Float64Array.of(g)]);
    return w[0]!;
  };

  it('sgd: W -= lr dW', () => {
    expect(run('sgd', [g1, g2])).toBe(w0 - lr * g1 - lr * g2);
  });

  it('momentum (course form): v = 0.9 v + 0.1 dW; W -= lr v', () => {
    const v1 = 0.9 * 0 + 0.1 * g1, v2 = 0.9 * v1 + (1 - 0.9) * g2;
    expect(run('momentum', [g1, g2])).toBeCloseRelative(w0 - lr * v1 - lr * v2, 1e-15);
  });

  it('adam: bias-corrected moments, W -= lr m̂ / (√ŝ + ε), t counting steps', () => {
    let m = 0, s = 0, w = w0;
    [g1, g2].forEach((g, i) => {
      const t = i + 1;
      m = 0.9 * m + 0.1 * g;
      s = 0.999 * s + 0.001 * g * g;
      w -= (lr * (m / (1 - 0.9 ** t))) / (Math.sqrt(s / (1 - 0.999 ** t)) + 1e-8);
    });
    expect(run('adam', [g1, g2])).toBeCloseRelative(w, 1e-15);
    // the first step moves by lr·g/(|g| + ε): almost exactly lr, whatever |g|
    expect(w0 - run('adam', [g1])).toBeCloseTo(lr, 7);
    const o = createOptimizer('adam', lr, ['w'], [1]);
    o.step([Float64Array.of(0)], [Float64Array.of(1)]);
    o.step([Float64Array.of(0)], [Float64Array.of(1)]);
    expect(o.getState().scalars).toEqual({ t: 2, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 });
  });
});

describe('restoring state', () => {
  it.each(['momentum', 'adam'] as const)('%s rejects a state whose arrays are missing or the wrong size (BAD_MODEL)', (name) => {
    const o = createOptimizer(name, 0.1, NAMES, SIZES);
    const state = o.getState();
    const key = Object.keys(state.arrays)[1]!;
    const wrong = { ...state, arrays: { ...state.arrays, [key]: new Float64Array(7) } };
    expect(() => o.setState(wrong)).toThrow(expect.objectContaining({ code: 'BAD_MODEL', message: expect.stringContaining(key) }));
    const { [key]: _dropped, ...rest } = state.arrays;
    expect(() => o.setState({ ...state, arrays: rest })).toThrow(expect.objectContaining({ code: 'BAD_MODEL' }));
  });

  it('an unknown optimizer name is a BAD_OPTION', () => {
    expect(checkOptimizerName('adam')).toBe('adam');
    expect(() => checkOptimizerName('rmsprop')).toThrow(expect.objectContaining({ code: 'BAD_OPTION', message: expect.stringMatching(/sgd, momentum, adam/) }));
  });
});

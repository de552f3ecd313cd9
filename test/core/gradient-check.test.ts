import { afterAll, describe, expect, it } from 'vitest';
import { HIDDEN_ACTIVATIONS, type HiddenActivationName } from '../../src/core/activations.js';
import { jsKernels } from '../../src/core/kernels.js';
import { Learner } from '../../src/core/learner.js';
import { TASKS, type Task } from '../../src/core/loss.js';
import { matrix, type Matrix } from '../../src/core/matrix.js';
import { Workspace, forward } from '../../src/core/network.js';
import { Rng } from '../../src/core/rng.js';

/**
 * Backpropagation against centred finite differences of the cost,
 * (J(θ + h) - J(θ - h)) / 2h (Richardson-extrapolated, see centredDifference) for
 * every single parameter, through the code a training step runs
 * (Learner.gradients: forward, cost, dZ[L] = A - Y, backward). The bound holds per
 * parameter (relative to max(|analytic|, |numeric|, 1e-6)) and for the whole
 * gradient (the course's ||a - n|| / (||a|| + ||n||)).
 *
 * A contract suite: one generic check run over every task × depth × hidden
 * activation, with and without L2. Depth is the number of weight layers L (1: no
 * hidden layer, 2: one, 3: two). Inputs are redrawn until every hidden Z is at
 * least MARGIN away from 0, so that no step of h crosses the kink of relu or
 * leaky relu.
 */
const H = 1e-3;
const MAX_RELATIVE_ERROR = 1e-7;
const MARGIN = 0.05;
const M = 5; // batch size
const N0 = 3; // input features
const CLASSES = 3;

interface Check {
  task: Task;
  hidden: number[];
  activation: HiddenActivationName;
  l2: number;
}

const checks: Check[] = [];
for (const task of TASKS)
  for (const l2 of [0, 0.3]) {
    checks.push({ task, hidden: [], activation: 'tanh', l2 }); // depth 1: the activation is unused
    for (const activation of HIDDEN_ACTIVATIONS) {
      checks.push({ task, hidden: [4], activation, l2 });
      checks.push({ task, hidden: [4, 3], activation, l2 });
    }
  }

function label(c: Check): string {
  const depth = c.hidden.length + 1;
  return `${c.task}, depth ${depth}${depth > 1 ? ` ${c.activation}` : ''}, ${c.l2 === 0 ? 'no L2' : `L2 ${c.l2}`}`;
}

/** Smallest |Z| over the hidden layers for the batch X. */
function hiddenMargin(learner: Learner, X: Matrix): number {
  const ws = new Workspace(learner.net, X.cols);
  forward(learner.net, ws, X, jsKernels);
  let min = Infinity;
  for (let l = 0; l < learner.net.L - 1; l++) for (const z of ws.Z[l]!.data) min = Math.min(min, Math.abs(z));
  return min;
}

/** A learner with He-scaled weights and non-zero biases, and a batch away from kinks. */
function setUp(c: Check, seed: string): { learner: Learner; X: Matrix; labels: Float64Array } {
  const learner = Learner.create({
    inputs: N0, hidden: c.hidden, activation: c.activation, task: c.task, classes: CLASSES,
    learningRate: 0.1, l2: c.l2, seed, initScheme: 'he',
  });
  const rng = Rng.fromSeed(`${seed}/data`);
  for (const b of learner.net.b) for (let i = 0; i < b.length; i++) b[i] = 0.3 * rng.normal();
  const labels = new Float64Array(M).map((_, j) =>
    c.task === 'binary' ? j % 2 : c.task === 'multiclass' ? j % CLASSES : 2 * rng.normal());
  for (let attempt = 0; attempt < 1000; attempt++) {
    const X = matrix(N0, M, Float64Array.from({ length: N0 * M }, () => rng.normal()));
    if (hiddenMargin(learner, X) >= MARGIN) return { learner, X, labels };
  }
  throw new Error(`no batch with hidden |Z| >= ${MARGIN} for ${label(c)}`);
}

interface Result {
  maxRelative: number; // over parameters, |analytic - numeric| / max(|analytic|, |numeric|, 1e-6)
  overall: number; // ||analytic - numeric|| / (||analytic|| + ||numeric||), the course's measure
  checked: number;
}

/** The cost with theta[i] moved by delta (theta[i] is restored). */
function costAt(learner: Learner, X: Matrix, labels: Float64Array, theta: Float64Array, i: number, delta: number): number {
  const keep = theta[i]!;
  theta[i] = keep + delta;
  const J = learner.gradients(X, labels).cost;
  theta[i] = keep;
  return J;
}

/**
 * ∂J/∂θ_i by centred differences, extrapolated (Richardson) from the steps h and 2h:
 * D(h) = (J(θ+h) - J(θ-h)) / 2h has error c·h² + O(h⁴), so (4 D(h) - D(2h)) / 3
 * has O(h⁴). That lets h be large enough (1e-3) for rounding to stay near 1e-13,
 * which a per-parameter relative bound of 1e-7 on gradients of 1e-5 needs.
 */
function centredDifference(learner: Learner, X: Matrix, labels: Float64Array, theta: Float64Array, i: number): number {
  const D = (h: number): number => (costAt(learner, X, labels, theta, i, h) - costAt(learner, X, labels, theta, i, -h)) / (2 * h);
  return (4 * D(H) - D(2 * H)) / 3;
}

function gradientCheck(c: Check, seed: string): Result {
  const { learner, X, labels } = setUp(c, seed);
  const analytic = learner.gradients(X, labels).grads.map((g) => g.slice());
  const params = learner.net.params();
  let maxRelative = 0, diff2 = 0, a2 = 0, n2 = 0, checked = 0;
  params.forEach((theta, p) => {
    for (let i = 0; i < theta.length; i++) {
      const numeric = centredDifference(learner, X, labels, theta, i);
      const a = analytic[p]![i]!;
      const rel = Math.abs(a - numeric) / Math.max(Math.abs(a), Math.abs(numeric), 1e-6);
      if (!(rel <= maxRelative)) maxRelative = rel; // NaN sticks
      diff2 += (a - numeric) ** 2;
      a2 += a * a;
      n2 += numeric * numeric;
      checked++;
    }
  });
  return { maxRelative, overall: Math.sqrt(diff2) / (Math.sqrt(a2) + Math.sqrt(n2)), checked };
}

describe('backpropagation equals centred finite differences of the cost', () => {
  let worst = { maxRelative: 0, overall: 0 };
  afterAll(() => console.log(`gradient check: largest per-parameter relative error ${worst.maxRelative.toExponential(2)}, largest overall ${worst.overall.toExponential(2)}`));

  it.each(checks.map((c, i) => [label(c), c, i] as const))('%s', (_name, c, i) => {
    const r = gradientCheck(c, `gradient-check-${i}`);
    worst = { maxRelative: Math.max(worst.maxRelative, r.maxRelative), overall: Math.max(worst.overall, r.overall) };
    const { net } = setUp(c, `gradient-check-${i}`).learner;
    expect(r.checked).toBe(net.params().reduce((s, p) => s + p.length, 0));
    expect(r.maxRelative).toBeLessThan(MAX_RELATIVE_ERROR);
    expect(r.overall).toBeLessThan(MAX_RELATIVE_ERROR);
  });

  it('gradients() leaves the parameters, counters and normalizer as they were', () => {
    const learner = Learner.create({ inputs: 2, hidden: [3], activation: 'tanh', task: 'binary', learningRate: 0.5, standardize: true, seed: 7 });
    const X = matrix(2, 4, Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8]));
    learner.learnMany(X, [0, 1, 0, 1]);
    const before = learner.toModel();
    learner.gradients(X, [1, 1, 0, 0]);
    const after = learner.toModel();
    expect(after.layers.map((l) => [...l.W.data, ...l.b])).toEqual(before.layers.map((l) => [...l.W.data, ...l.b]));
    expect(after.normalizer).toEqual(before.normalizer);
    expect([after.step, after.samples]).toEqual([before.step, before.samples]);
  });

  it('the check notices a gradient that is off by one part in a million (it can fail)', () => {
    const { learner, X, labels } = setUp({ task: 'binary', hidden: [4], activation: 'tanh', l2: 0 }, 'sensitivity');
    const analytic = learner.gradients(X, labels).grads[0]![0]!;
    const numeric = centredDifference(learner, X, labels, learner.net.params()[0]!, 0);
    expect(Math.abs(analytic - numeric) / Math.abs(numeric)).toBeLessThan(MAX_RELATIVE_ERROR);
    expect(Math.abs(analytic * (1 + 1e-6) - numeric) / Math.abs(numeric)).toBeGreaterThan(MAX_RELATIVE_ERROR);
  });
});

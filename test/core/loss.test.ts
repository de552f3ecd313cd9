import { describe, expect, it } from 'vitest';
import { activation } from '../../src/core/activations.js';
import { lossFor, TASKS, type Loss } from '../../src/core/loss.js';
import { matrix, type Matrix } from '../../src/core/matrix.js';
import { Rng } from '../../src/core/rng.js';
import '../reference/relative.js';

/** Σ loss for pre-activations Z (units x m), the way a training step scores them. */
function lossSum(loss: Loss, Z: Matrix, labels: number[]): number {
  const A = activation(loss.output).forward(matrix(Z.rows, Z.cols), Z);
  const Y = loss.targets(matrix(Z.rows, Z.cols), labels);
  return loss.sum(Z, A, Y);
}

const units = (task: string): number => (task === 'multiclass' ? 3 : 1);
const labelsFor = (task: string, m: number): number[] =>
  Array.from({ length: m }, (_, j) => (task === 'binary' ? j % 2 : task === 'multiclass' ? j % 3 : 0.5 * j - 1));

describe.each(TASKS.map((t) => [t] as const))('%s loss (contract)', (task) => {
  const loss = lossFor(task);

  it('has dZ[L] = A - Y as the derivative of the summed loss with respect to Z[L]', () => {
    const rng = Rng.fromSeed(`loss-${task}`);
    const m = 4, k = units(task);
    const Z = matrix(k, m, Float64Array.from({ length: k * m }, () => 2 * rng.normal()));
    const labels = labelsFor(task, m);
    const A = activation(loss.output).forward(matrix(k, m), Z);
    const Y = loss.targets(matrix(k, m), labels);
    const h = 1e-5;
    for (let i = 0; i < Z.data.length; i++) {
      const keep = Z.data[i]!;
      Z.data[i] = keep + h;
      const plus = lossSum(loss, Z, labels);
      Z.data[i] = keep - h;
      const minus = lossSum(loss, Z, labels);
      Z.data[i] = keep;
      expect(A.data[i]! - Y.data[i]!).toBeCloseRelative((plus - minus) / (2 * h), 1e-8);
    }
  });

  it('forwardLoss writes exactly the output activation and returns exactly the sum, in one pass', () => {
    const rng = Rng.fromSeed(`forward-loss-${task}`);
    const m = 9, k = units(task);
    const Z = matrix(k, m, Float64Array.from({ length: k * m }, (_, i) => (i % 4 === 3 ? 60 : 3) * rng.normal()));
    const labels = labelsFor(task, m);
    const Y = loss.targets(matrix(k, m), labels);
    const A = matrix(k, m, new Float64Array(k * m).fill(NaN));
    const s = loss.forwardLoss(A, Z, Y);
    expect(Array.from(A.data)).toEqual(Array.from(activation(loss.output).forward(matrix(k, m), Z).data));
    expect(s).toBe(loss.sum(Z, A, Y));
  });

  it('stays finite when the output saturates (z = ±800), whatever the label', () => {
    const k = units(task);
    for (const z of [800, -800]) {
      const Z = matrix(k, 2, Float64Array.from({ length: 2 * k }, (_, i) => (i % k === 0 ? z : -z)));
      const s = lossSum(loss, Z, labelsFor(task, 2));
      expect(Number.isFinite(s)).toBe(true);
      expect(s).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('binary cross-entropy', () => {
  const loss = lossFor('binary');
  it('equals -[y log a + (1 - y) log(1 - a)] where that is computable', () => {
    const z = [-4, -0.5, 0, 0.3, 5], y = [0, 1, 1, 0, 1];
    const Z = matrix(1, 5, Float64Array.from(z));
    const want = z.reduce((s, zj, j) => {
      const a = 1 / (1 + Math.exp(-zj));
      return s - (y[j]! * Math.log(a) + (1 - y[j]!) * Math.log(1 - a));
    }, 0);
    expect(lossSum(loss, Z, y)).toBeCloseRelative(want, 1e-14);
  });

  it('is 800 for a confidently wrong output and ~0 for a confidently right one', () => {
    expect(lossSum(loss, matrix(1, 1, Float64Array.of(800)), [0])).toBe(800);
    expect(lossSum(loss, matrix(1, 1, Float64Array.of(-800)), [1])).toBe(800);
    expect(lossSum(loss, matrix(1, 1, Float64Array.of(800)), [1])).toBe(0);
  });

  it('decides class 1 only when a > 0.5, and counts correct samples', () => {
    const A = matrix(1, 4, Float64Array.of(0.5, 0.5000001, 0.2, 0.9));
    expect([0, 1, 2, 3].map((j) => loss.decide(A, j))).toEqual([0, 1, 0, 1]);
    expect(loss.correct(A, [0, 1, 1, 1])).toBe(3);
  });

  it('accepts labels 0 and 1 only', () => {
    expect(loss.checkLabel(0, 0)).toBeUndefined();
    expect(loss.checkLabel(1, 0)).toBeUndefined();
    expect(loss.checkLabel(0.5, 0)).toMatch(/must be 0 or 1, got 0.5/);
  });
});

describe('categorical cross-entropy', () => {
  const loss = lossFor('multiclass');
  it('equals -log softmax(z)[label]', () => {
    const Z = matrix(3, 2, Float64Array.of(1, 2, 3, -1, 0.5, 0));
    const p = (col: number[], k: number): number => Math.exp(col[k]!) / col.reduce((s, v) => s + Math.exp(v), 0);
    expect(lossSum(loss, Z, [2, 0])).toBeCloseRelative(-Math.log(p([1, 2, 3], 2)) - Math.log(p([-1, 0.5, 0], 0)), 1e-14);
  });

  it('one-hot encodes the labels, overwriting the targets', () => {
    const Y = loss.targets(matrix(3, 3, new Float64Array(9).fill(7)), [2, 0, 1]);
    expect(Array.from(Y.data)).toEqual([0, 0, 1, 1, 0, 0, 0, 1, 0]);
  });

  it('decides by argmax and accepts integer labels 0..K-1 only', () => {
    const A = matrix(3, 2, Float64Array.of(0.2, 0.5, 0.3, 0.6, 0.1, 0.3));
    expect([loss.decide(A, 0), loss.decide(A, 1)]).toEqual([1, 0]);
    expect(loss.correct(A, [1, 2])).toBe(1);
    expect(loss.units(10)).toBe(10);
    expect(loss.checkLabel(9, 10)).toBeUndefined();
    expect(loss.checkLabel(10, 10)).toMatch(/integer in 0..9, got 10/);
    expect(loss.checkLabel(1.5, 10)).toMatch(/got 1.5/);
  });
});

describe('squared error', () => {
  const loss = lossFor('regression');
  it('sums (1/2)(a - y)² (the cost divides by m) and has no accuracy', () => {
    const Z = matrix(1, 3, Float64Array.of(1, 2, -1));
    expect(lossSum(loss, Z, [0, 4, -1])).toBe(0.5 * (1 + 4 + 0));
    expect(loss.correct(Z, [0, 4, -1])).toBeNaN();
    expect(loss.decide(Z, 1)).toBe(2);
    expect(loss.checkLabel(Infinity, 0)).toMatch(/finite/);
  });
});

it('an unknown task is a BAD_OPTION', () => {
  expect(() => lossFor('ranking')).toThrow(expect.objectContaining({ code: 'BAD_OPTION' }));
});

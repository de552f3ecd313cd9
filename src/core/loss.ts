import { NnError } from './errors.js';
import type { Matrix } from './matrix.js';
import type { OutputActivationName } from './activations.js';
import { expNeg, log1pExpNeg } from './logistic.js';

export const TASKS = ['binary', 'multiclass', 'regression'] as const;
export type Task = (typeof TASKS)[number];

/**
 * A task pairs an output activation with its loss. For all three pairs the output
 * delta is dZ[L] = A[L] - Y, and every cost is computed from Z[L] in a form that
 * stays finite when the output saturates.
 */
export interface Loss {
  readonly task: Task;
  readonly output: OutputActivationName;
  /** Output units for a model with `classes` classes. */
  units(classes: number): number;
  /** Why `label` does not fit the task, or undefined when it does. */
  checkLabel(label: number, classes: number): string | undefined;
  /** Writes the target matrix Y (units x m) for the labels. */
  targets(Y: Matrix, labels: ArrayLike<number>): Matrix;
  /** Σ over the batch of the per-sample loss (divide by m for the cost). */
  sum(Z: Matrix, A: Matrix, Y: Matrix): number;
  /**
   * A = g[L](Z) (exactly as the output activation computes it) and the sum above,
   * in one pass sharing the exponentials: what a training step runs.
   */
  forwardLoss(A: Matrix, Z: Matrix, Y: Matrix): number;
  /** Number of correctly predicted samples (NaN when the task has no accuracy). */
  correct(A: Matrix, labels: ArrayLike<number>): number;
  /** The prediction for sample j: a class or a value. */
  decide(A: Matrix, j: number): number;
}

const binary: Loss = {
  task: 'binary',
  output: 'sigmoid',
  units: () => 1,
  checkLabel: (y) => (y === 0 || y === 1 ? undefined : `a binary label must be 0 or 1, got ${y}`),
  targets(Y, labels) {
    for (let j = 0; j < Y.cols; j++) Y.data[j] = labels[j]!;
    return Y;
  },
  sum(Z, _A, Y) {
    // -[y log σ(z) + (1-y) log(1-σ(z))] = max(z,0) - z·y + log(1 + e^-|z|)
    const z = Z.data, y = Y.data;
    let s = 0;
    for (let j = 0; j < Z.cols; j++) {
      const zj = z[j]!;
      s += (zj > 0 ? zj : 0) - zj * y[j]! + log1pExpNeg(Math.abs(zj));
    }
    return s;
  },
  forwardLoss(A, Z, Y) {
    const a = A.data, z = Z.data, y = Y.data;
    let s = 0;
    for (let j = 0; j < Z.cols; j++) {
      const zj = z[j]!, u = Math.abs(zj), e = expNeg(u); // σ(z) as activations.ts writes it
      a[j] = zj >= 0 ? 1 / (1 + e) : e / (1 + e);
      s += (zj > 0 ? zj : 0) - zj * y[j]! + log1pExpNeg(u);
    }
    return s;
  },
  correct(A, labels) {
    let c = 0;
    for (let j = 0; j < A.cols; j++) if ((A.data[j]! > 0.5 ? 1 : 0) === labels[j]) c++;
    return c;
  },
  decide: (A, j) => (A.data[j]! > 0.5 ? 1 : 0),
};

function argmax(d: Float64Array, from: number, n: number): number {
  let best = 0;
  for (let i = 1; i < n; i++) if (d[from + i]! > d[from + best]!) best = i;
  return best;
}

const multiclass: Loss = {
  task: 'multiclass',
  output: 'softmax',
  units: (classes) => classes,
  checkLabel: (y, classes) =>
    Number.isInteger(y) && y >= 0 && y < classes ? undefined : `a class label must be an integer in 0..${classes - 1}, got ${y}`,
  targets(Y, labels) {
    Y.data.fill(0);
    for (let j = 0; j < Y.cols; j++) Y.data[j * Y.rows + labels[j]!] = 1;
    return Y;
  },
  sum(Z, _A, Y) {
    // -Σ_k y_k log softmax(z)_k = logsumexp(z) - Σ_k y_k z_k
    const r = Z.rows, z = Z.data, y = Y.data;
    let s = 0;
    for (let j = 0; j < Z.cols; j++) {
      const o = j * r;
      let max = -Infinity;
      for (let i = 0; i < r; i++) if (z[o + i]! > max) max = z[o + i]!;
      let e = 0, yz = 0;
      for (let i = 0; i < r; i++) {
        e += expNeg(max - z[o + i]!);
        if (y[o + i] !== 0) yz += y[o + i]! * z[o + i]!;
      }
      s += max + Math.log(e) - yz;
    }
    return s;
  },
  forwardLoss(A, Z, Y) {
    // softmax as activations.ts writes it, and logsumexp from the same exponentials
    const r = Z.rows, a = A.data, z = Z.data, y = Y.data;
    let s = 0;
    for (let j = 0; j < Z.cols; j++) {
      const o = j * r;
      let max = -Infinity;
      for (let i = 0; i < r; i++) if (z[o + i]! > max) max = z[o + i]!;
      let sum = 0, yz = 0;
      for (let i = 0; i < r; i++) {
        sum += a[o + i] = expNeg(max - z[o + i]!);
        if (y[o + i] !== 0) yz += y[o + i]! * z[o + i]!;
      }
      for (let i = 0; i < r; i++) a[o + i]! /= sum;
      s += max + Math.log(sum) - yz;
    }
    return s;
  },
  correct(A, labels) {
    let c = 0;
    for (let j = 0; j < A.cols; j++) if (argmax(A.data, j * A.rows, A.rows) === labels[j]) c++;
    return c;
  },
  decide: (A, j) => argmax(A.data, j * A.rows, A.rows),
};

/** (1/2) Σ (a - y)^2; the cost divides by m: 1/(2m) Σ (a - y)^2 */
function regressionSum(A: Matrix, Y: Matrix): number {
  const a = A.data, y = Y.data;
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i]! - y[i]!) * (a[i]! - y[i]!);
  return s / 2;
}

const regression: Loss = {
  task: 'regression',
  output: 'linear',
  units: () => 1,
  checkLabel: (y) => (Number.isFinite(y) ? undefined : `a regression target must be finite, got ${y}`),
  targets(Y, labels) {
    for (let j = 0; j < Y.cols; j++) Y.data[j] = labels[j]!;
    return Y;
  },
  sum: (_Z, A, Y) => regressionSum(A, Y),
  forwardLoss(A, Z, Y) {
    if (A.data !== Z.data) A.data.set(Z.data);
    return regressionSum(A, Y);
  },
  correct: () => NaN,
  decide: (A, j) => A.data[j]!,
};

const losses: Record<Task, Loss> = { binary, multiclass, regression };

export function lossFor(task: string): Loss {
  const loss = (losses as Record<string, Loss | undefined>)[task];
  if (loss === undefined) throw new NnError('BAD_OPTION', `Unknown task "${task}"; expected one of ${TASKS.join(', ')}`);
  return loss;
}

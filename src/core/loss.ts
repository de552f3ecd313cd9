import { NnError } from './errors.js';
import type { Matrix } from './matrix.js';
import type { OutputActivationName } from './activations.js';

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
      s += (zj > 0 ? zj : 0) - zj * y[j]! + Math.log1p(Math.exp(-Math.abs(zj)));
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
        e += Math.exp(z[o + i]! - max);
        if (y[o + i] !== 0) yz += y[o + i]! * z[o + i]!;
      }
      s += max + Math.log(e) - yz;
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

const regression: Loss = {
  task: 'regression',
  output: 'linear',
  units: () => 1,
  checkLabel: (y) => (Number.isFinite(y) ? undefined : `a regression target must be finite, got ${y}`),
  targets(Y, labels) {
    for (let j = 0; j < Y.cols; j++) Y.data[j] = labels[j]!;
    return Y;
  },
  sum(_Z, A, Y) {
    // (1/2) Σ (a - y)^2; the cost divides by m: 1/(2m) Σ (a - y)^2
    const a = A.data, y = Y.data;
    let s = 0;
    for (let i = 0; i < A.data.length; i++) s += (a[i]! - y[i]!) * (a[i]! - y[i]!);
    return s / 2;
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

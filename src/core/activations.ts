import { NnError } from './errors.js';
import type { Matrix } from './matrix.js';
import { expNeg } from './logistic.js';
import { tanh } from './tanh.js';

export const HIDDEN_ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'leaky_relu'] as const;
export const OUTPUT_ACTIVATIONS = ['sigmoid', 'softmax', 'linear'] as const;
export type HiddenActivationName = (typeof HIDDEN_ACTIVATIONS)[number];
export type OutputActivationName = (typeof OUTPUT_ACTIVATIONS)[number];
export type ActivationName = HiddenActivationName | OutputActivationName;

/**
 * g applied element-wise (softmax: per column). `backward` computes
 * dZ = dA ⊙ g'(Z), each derivative reading whichever of Z or A the table in
 * SEED.md writes it with (sigmoid and tanh from A, relu and leaky relu from Z).
 */
export interface Activation {
  readonly name: ActivationName;
  /** A = g(Z); `A` may be `Z` itself. */
  forward(A: Matrix, Z: Matrix): Matrix;
  /** dZ = dA ⊙ g'(Z); `dZ` may be `dA` itself. */
  backward(dZ: Matrix, dA: Matrix, Z: Matrix, A: Matrix): Matrix;
}

const LEAK = 0.01;

/**
 * σ(z) = 1 / (1 + e^-z), from e = exp(-|z|) <= 1 so that nothing overflows:
 * 1 / (1 + e) for z >= 0, e / (1 + e) below. The binary loss computes its
 * output from the same e (Loss.forwardLoss), with this very formula.
 */
export function sigmoid(z: number): number {
  const e = expNeg(Math.abs(z));
  return z >= 0 ? 1 / (1 + e) : e / (1 + e);
}

const activations: Record<ActivationName, Activation> = {
  sigmoid: {
    name: 'sigmoid',
    forward(A, Z) {
      const a = A.data, z = Z.data;
      for (let i = 0; i < z.length; i++) a[i] = sigmoid(z[i]!);
      return A;
    },
    backward(dZ, dA, _Z, A) {
      const out = dZ.data, d = dA.data, a = A.data;
      for (let i = 0; i < d.length; i++) out[i] = d[i]! * (a[i]! * (1 - a[i]!));
      return dZ;
    },
  },
  tanh: {
    name: 'tanh',
    forward(A, Z) {
      const a = A.data, z = Z.data;
      for (let i = 0; i < z.length; i++) a[i] = tanh(z[i]!);
      return A;
    },
    backward(dZ, dA, _Z, A) {
      const out = dZ.data, d = dA.data, a = A.data;
      for (let i = 0; i < d.length; i++) out[i] = d[i]! * (1 - a[i]! * a[i]!);
      return dZ;
    },
  },
  relu: {
    name: 'relu',
    forward(A, Z) {
      const a = A.data, z = Z.data;
      for (let i = 0; i < z.length; i++) a[i] = z[i]! > 0 ? z[i]! : 0;
      return A;
    },
    backward(dZ, dA, Z) {
      const out = dZ.data, d = dA.data, z = Z.data;
      for (let i = 0; i < d.length; i++) out[i] = z[i]! >= 0 ? d[i]! : 0;
      return dZ;
    },
  },
  leaky_relu: {
    name: 'leaky_relu',
    forward(A, Z) {
      const a = A.data, z = Z.data;
      for (let i = 0; i < z.length; i++) a[i] = z[i]! >= 0 ? z[i]! : LEAK * z[i]!;
      return A;
    },
    backward(dZ, dA, Z) {
      const out = dZ.data, d = dA.data, z = Z.data;
      for (let i = 0; i < d.length; i++) out[i] = z[i]! >= 0 ? d[i]! : LEAK * d[i]!;
      return dZ;
    },
  },
  linear: {
    name: 'linear',
    forward(A, Z) {
      if (A.data !== Z.data) A.data.set(Z.data);
      return A;
    },
    backward(dZ, dA) {
      if (dZ.data !== dA.data) dZ.data.set(dA.data);
      return dZ;
    },
  },
  softmax: {
    name: 'softmax',
    forward(A, Z) {
      const r = Z.rows, a = A.data, z = Z.data;
      for (let j = 0; j < Z.cols; j++) {
        const o = j * r;
        let max = -Infinity;
        for (let i = 0; i < r; i++) if (z[o + i]! > max) max = z[o + i]!;
        let sum = 0;
        for (let i = 0; i < r; i++) sum += a[o + i] = expNeg(max - z[o + i]!);
        for (let i = 0; i < r; i++) a[o + i]! /= sum;
      }
      return A;
    },
    backward() {
      throw new NnError('INTERNAL', 'softmax is an output activation: its gradient comes from the loss (dZ = A - Y)');
    },
  },
};

export function activation(name: string): Activation {
  const g = (activations as Record<string, Activation | undefined>)[name];
  if (g === undefined) throw new NnError('BAD_OPTION', `Unknown activation "${name}"; expected one of ${Object.keys(activations).join(', ')}`);
  return g;
}

export function isHiddenActivation(name: string): name is HiddenActivationName {
  return (HIDDEN_ACTIVATIONS as readonly string[]).includes(name);
}

import type { HiddenActivationName } from '../src/core/activations.js';

/** The networks of issue 5: n0 inputs, one hidden layer of n1 units, one sigmoid output; m samples a step. */
export interface Shape {
  name: 'S' | 'M' | 'L';
  n0: number;
  n1: number;
  act: HiddenActivationName;
  m: number;
}

export const SHAPES: readonly Shape[] = [
  { name: 'S', n0: 2, n1: 4, act: 'tanh', m: 64 },
  { name: 'M', n0: 784, n1: 128, act: 'relu', m: 128 },
  { name: 'L', n0: 1024, n1: 1024, act: 'tanh', m: 256 },
];

export function describe(s: Shape): string {
  return `${s.n0}-${s.n1}-1 ${s.act}, m=${s.m}`;
}

/** The bench's inputs (n0 x m, column-major) and labels, the same in nnstream and in numpy_train.py. */
export function problem(s: Shape): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(s.n0 * s.m);
  for (let i = 0; i < x.length; i++) x[i] = Math.sin(i * 12.9898);
  const y = new Float64Array(s.m);
  for (let j = 0; j < s.m; j++) y[j] = j % 2;
  return { x, y };
}

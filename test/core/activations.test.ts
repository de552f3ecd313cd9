import { describe, expect, it } from 'vitest';
import { activation, HIDDEN_ACTIVATIONS, isHiddenActivation } from '../../src/core/activations.js';
import { NnError } from '../../src/core/errors.js';
import { matrix, type Matrix } from '../../src/core/matrix.js';
import '../reference/relative.js';

const Z_POINTS = [-800, -30, -3, -1, -0.25, -1e-9, 0, 1e-9, 0.25, 1, 3, 30, 800];
const column = (values: number[]): Matrix => matrix(values.length, 1, Float64Array.from(values));

const g = (name: string, z: number[]): number[] => Array.from(activation(name).forward(column(z), column(z)).data);
/** g'(z) through backward() with dA = 1. */
function gPrime(name: string, z: number[]): number[] {
  const Z = column(z);
  const A = activation(name).forward(matrix(z.length, 1), Z);
  return Array.from(activation(name).backward(matrix(z.length, 1), column(z.map(() => 1)), Z, A).data);
}

const expected: Record<string, { g: (z: number) => number; gPrime: (z: number) => number }> = {
  sigmoid: { g: (z) => 1 / (1 + Math.exp(-z)), gPrime: (z) => Math.exp(-Math.abs(z)) / (1 + Math.exp(-Math.abs(z))) ** 2 },
  tanh: { g: (z) => Math.tanh(z), gPrime: (z) => 1 / Math.cosh(z) ** 2 },
  relu: { g: (z) => Math.max(0, z), gPrime: (z) => (z >= 0 ? 1 : 0) },
  leaky_relu: { g: (z) => (z >= 0 ? z : 0.01 * z), gPrime: (z) => (z >= 0 ? 1 : 0.01) },
};

describe.each(HIDDEN_ACTIVATIONS.map((n) => [n] as const))('hidden activation %s', (name) => {
  it('has the values of SEED.md', () => {
    const got = g(name, Z_POINTS);
    Z_POINTS.forEach((z, i) => expect(got[i]).toBeCloseRelative(expected[name]!.g(z), 1e-15));
  });

  it('has the derivative of SEED.md, from whichever of z or a it reads', () => {
    const got = gPrime(name, Z_POINTS);
    Z_POINTS.forEach((z, i) => {
      const want = expected[name]!.gPrime(z);
      // a(1 - a) and 1 - a² lose relative accuracy where g' is tiny
      if (Math.abs(want) > 1e-6) expect(got[i]).toBeCloseRelative(want, 1e-9);
      else expect(Math.abs(got[i]! - want)).toBeLessThan(1e-12);
    });
  });

  it('agrees with a centred finite difference away from 0', () => {
    const z = [-2.5, -0.7, 0.3, 1.9], h = 1e-6;
    const plus = g(name, z.map((v) => v + h)), minus = g(name, z.map((v) => v - h));
    const got = gPrime(name, z);
    z.forEach((_, i) => expect(got[i]).toBeCloseRelative((plus[i]! - minus[i]!) / (2 * h), 1e-8));
  });

  it('writes in place when A is Z, and dZ may be dA', () => {
    const Z = column([-1, 0.5, 2]);
    const want = g(name, [-1, 0.5, 2]);
    expect(Array.from(activation(name).forward(Z, Z).data)).toEqual(want);
    const dA = column([2, 2, 2]);
    const A = column(want);
    const Zs = column([-1, 0.5, 2]);
    const d = gPrime(name, [-1, 0.5, 2]);
    expect(Array.from(activation(name).backward(dA, dA, Zs, A).data)).toEqual(d.map((x) => 2 * x));
  });

  it('is a hidden activation', () => expect(isHiddenActivation(name)).toBe(true));
});

describe('relu and leaky relu at 0', () => {
  it("take g'(0) = 1, as SEED.md's table says", () => {
    expect(gPrime('relu', [0, -0])).toEqual([1, 1]);
    expect(gPrime('leaky_relu', [0, -0])).toEqual([1, 1]);
    expect(gPrime('relu', [-1e-300])).toEqual([0]);
    expect(gPrime('leaky_relu', [-1e-300])).toEqual([0.01]);
  });
});

describe('sigmoid', () => {
  it('stays in [0, 1] and finite when saturated (z = ±800)', () => {
    expect(g('sigmoid', [-800, 800])).toEqual([0, 1]);
  });
});

describe('output activations', () => {
  it('softmax makes each column a distribution, stably for large z', () => {
    const Z = matrix(3, 3, Float64Array.from([1, 2, 3, 1000, 1000, 0, -800, 800, 0]));
    const A = activation('softmax').forward(matrix(3, 3), Z);
    for (let j = 0; j < 3; j++) {
      const col = Array.from(A.data.subarray(3 * j, 3 * j + 3));
      expect(col.every(Number.isFinite)).toBe(true);
      expect(col.reduce((s, x) => s + x, 0)).toBeCloseRelative(1, 1e-15);
    }
    const e = [1, 2, 3].map(Math.exp), s = e[0]! + e[1]! + e[2]!;
    [0, 1, 2].forEach((i) => expect(A.data[i]).toBeCloseRelative(e[i]! / s, 1e-15));
    expect(Array.from(A.data.subarray(3, 6))).toEqual([0.5, 0.5, 0]);
    expect(Array.from(A.data.subarray(6, 9))).toEqual([0, 1, 0]);
  });

  it('softmax has no backward of its own (the loss gives dZ = A - Y)', () => {
    const M = matrix(2, 1);
    expect(() => activation('softmax').backward(M, M, M, M)).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
  });

  it('linear is the identity both ways', () => {
    expect(g('linear', [-3, 0, 7.5])).toEqual([-3, 0, 7.5]);
    expect(gPrime('linear', [-3, 0, 7.5])).toEqual([1, 1, 1]);
    expect(isHiddenActivation('linear')).toBe(false);
    expect(isHiddenActivation('softmax')).toBe(false);
  });
});

it('an unknown activation is a BAD_OPTION naming the choices', () => {
  expect(() => activation('swish')).toThrow(NnError);
  expect(() => activation('swish')).toThrow(expect.objectContaining({ code: 'BAD_OPTION', message: expect.stringMatching(/"swish".*sigmoid, tanh, relu, leaky_relu/) }));
});

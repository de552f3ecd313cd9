import { describe, expect, it } from 'vitest';
import { NnError } from '../../src/core/errors.js';
import { jsKernels, rowMeans, type Kernels } from '../../src/core/kernels.js';
import { matrix, type Matrix } from '../../src/core/matrix.js';
import { Rng } from '../../src/core/rng.js';

/**
 * The kernels against naive triple loops. Small integers and power-of-two scales
 * keep every sum exact, so any order of summation must give the very same result.
 */
const at = (M: Matrix, i: number, j: number): number => M.data[i + j * M.rows]!;

function naiveAffine(W: Matrix, A: Matrix, b?: Float64Array): Matrix {
  const out = matrix(W.rows, A.cols);
  for (let i = 0; i < W.rows; i++)
    for (let j = 0; j < A.cols; j++) {
      let s = b === undefined ? 0 : b[i]!;
      for (let p = 0; p < W.cols; p++) s += at(W, i, p) * at(A, p, j);
      out.data[i + j * out.rows] = s;
    }
  return out;
}

function naiveGemmNT(dZ: Matrix, A: Matrix, alpha: number, beta: number, before: Matrix): Matrix {
  const out = matrix(dZ.rows, A.rows);
  for (let i = 0; i < dZ.rows; i++)
    for (let p = 0; p < A.rows; p++) {
      let s = 0;
      for (let j = 0; j < dZ.cols; j++) s += at(dZ, i, j) * at(A, p, j);
      out.data[i + p * out.rows] = alpha * s + (beta === 0 ? 0 : beta * at(before, i, p));
    }
  return out;
}

function naiveGemmTN(W: Matrix, dZ: Matrix): Matrix {
  const out = matrix(W.cols, dZ.cols);
  for (let p = 0; p < W.cols; p++)
    for (let j = 0; j < dZ.cols; j++) {
      let s = 0;
      for (let i = 0; i < W.rows; i++) s += at(W, i, p) * at(dZ, i, j);
      out.data[p + j * out.rows] = s;
    }
  return out;
}

const rng = Rng.fromSeed('kernels');
const ints = (rows: number, cols: number): Matrix =>
  matrix(rows, cols, Float64Array.from({ length: rows * cols }, () => Math.floor(rng.uniform() * 21) - 10));
const garbage = (rows: number, cols: number): Matrix => matrix(rows, cols, new Float64Array(rows * cols).fill(NaN));

// (r, k, m): odd and even sizes, ones, and sizes that leave the unrolled loops a remainder;
// the thin products (k or r up to 4) for each of 1..4 with odd m, and over several column blocks
const SIZES: [number, number, number][] = [
  [1, 1, 1], [1, 2, 1], [2, 1, 3], [3, 5, 7], [4, 4, 4], [7, 3, 2], [5, 8, 1], [1, 9, 6], [6, 7, 11],
  [3, 3, 5], [2, 4, 9], [4, 2, 64], [1, 4, 64], [2, 3, 1100], [300, 2, 9], [4, 300, 5],
];

const KERNELS: Kernels[] = [jsKernels];

describe.each(KERNELS.map((k) => [k.name, k] as const))('%s kernels', (_name, k) => {
  it.each(SIZES)('affine equals a triple loop for W %ix%i, A with %i columns, with and without b', (r, kk, m) => {
    const W = ints(r, kk), A = ints(kk, m), b = ints(r, 1).data;
    const out = garbage(r, m); // never read before written
    expect(k.affine(out, W, A, b)).toBe(out);
    expect(Array.from(out.data)).toEqual(Array.from(naiveAffine(W, A, b).data));
    expect(Array.from(k.affine(garbage(r, m), W, A).data)).toEqual(Array.from(naiveAffine(W, A).data));
  });

  it.each(SIZES)('gemmNT equals a triple loop for dZ with %i rows, A with %i rows, %i columns each, for beta 0, 1 and 0.25', (r, kk, m) => {
    const dZ = ints(r, m), A = ints(kk, m);
    // beta 0: `out` is not read, even when it holds NaN
    const out0 = garbage(r, kk);
    expect(k.gemmNT(out0, dZ, A, 0.5, 0)).toBe(out0);
    expect(Array.from(out0.data)).toEqual(Array.from(naiveGemmNT(dZ, A, 0.5, 0, out0).data));
    for (const beta of [1, 0.25]) {
      const before = ints(r, kk);
      const out = matrix(r, kk, before.data.slice());
      k.gemmNT(out, dZ, A, 0.5, beta);
      expect(Array.from(out.data)).toEqual(Array.from(naiveGemmNT(dZ, A, 0.5, beta, before).data));
    }
  });

  it.each(SIZES)('gemmTN equals a triple loop for W %ix%i and dZ with %i columns', (r, kk, m) => {
    const W = ints(r, kk), dZ = ints(r, m);
    const out = garbage(kk, m);
    expect(k.gemmTN(out, W, dZ)).toBe(out);
    expect(Array.from(out.data)).toEqual(Array.from(naiveGemmTN(W, dZ).data));
  });

  it('agrees with the triple loops on random doubles to rounding', () => {
    const r = 9, kk = 13, m = 17;
    const real = (rows: number, cols: number): Matrix => matrix(rows, cols, Float64Array.from({ length: rows * cols }, () => rng.normal()));
    const W = real(r, kk), A = real(kk, m), dZ = real(r, m), b = real(r, 1).data;
    const pairs: [Matrix, Matrix][] = [
      [k.affine(matrix(r, m), W, A, b), naiveAffine(W, A, b)],
      [k.gemmNT(matrix(r, kk), dZ, A, 1 / 17, 0), naiveGemmNT(dZ, A, 1 / 17, 0, matrix(r, kk))],
      [k.gemmTN(matrix(kk, m), W, dZ), naiveGemmTN(W, dZ)],
    ];
    for (const [got, want] of pairs) for (let i = 0; i < got.data.length; i++) expect(Math.abs(got.data[i]! - want.data[i]!)).toBeLessThan(1e-13);
  });

  it('rejects operands whose shapes do not fit with BAD_SHAPE', () => {
    const expectShape = (f: () => unknown, what: RegExp): void => {
      try {
        f();
        expect.unreachable();
      } catch (e) {
        expect((e as NnError).code).toBe('BAD_SHAPE');
        expect((e as NnError).message).toMatch(what);
      }
    };
    expectShape(() => k.affine(matrix(2, 3), matrix(2, 4), matrix(5, 3)), /affine: W is 2x4 but A has 5 rows/);
    expectShape(() => k.affine(matrix(2, 2), matrix(2, 4), matrix(4, 3)), /affine: out is 2x2, expected 2x3/);
    expectShape(() => k.affine(matrix(2, 3), matrix(2, 4), matrix(4, 3), new Float64Array(3)), /b has 3 values/);
    expectShape(() => k.gemmNT(matrix(2, 3), matrix(2, 4), matrix(3, 5), 1, 0), /dZ has 4 columns but A has 5/);
    expectShape(() => k.gemmTN(matrix(3, 4), matrix(2, 3), matrix(5, 4)), /W has 2 rows but dZ has 5/);
  });
});

describe('rowMeans', () => {
  it('is (1/m) times the row sums, overwriting out', () => {
    const M = matrix(2, 3, Float64Array.from([1, 10, 2, 20, 3, 30])); // rows [1 2 3], [10 20 30]
    const out = Float64Array.from([NaN, NaN]);
    expect(Array.from(rowMeans(out, M, 1 / 4))).toEqual([1.5, 15]);
    expect(() => rowMeans(new Float64Array(3), M, 1)).toThrow(NnError);
  });

  it.each([1, 2, 3, 4, 5, 9])('sums each of %i rows in column order, as a plain loop does', (r) => {
    const m = 13, M = matrix(r, m, Float64Array.from({ length: r * m }, () => rng.normal()));
    const want = Array.from({ length: r }, (_, i) => {
      let s = 0;
      for (let j = 0; j < m; j++) s += M.data[i + j * r]!;
      return s * 0.25;
    });
    expect(Array.from(rowMeans(new Float64Array(r).fill(NaN), M, 0.25))).toEqual(want);
  });
});

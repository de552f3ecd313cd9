import { NnError } from './errors.js';
import type { Matrix } from './matrix.js';
import { THIN, thinAffine, thinGemmNT, thinGemmTN } from './thin-kernels.js';

/**
 * The matrix products a training step needs, on column-major matrices. Each writes
 * into `out` (taken first, returned), allocates nothing, and never reads `out` before
 * writing it, except where `beta` says so. Transposes are handled by loop order, not
 * by copying. A faster backend (WebAssembly) implements the same interface.
 */
export interface Kernels {
  readonly name: string;
  /**
   * Storage these kernels read in place (WebAssembly memory): a new zero-filled array
   * of `length` values, or undefined when the storage is full. Kernels without it
   * read plain Float64Arrays.
   */
  alloc?(length: number): Float64Array | undefined;
  /** Kernels of the same kind with new, empty storage of at least `bytes` bytes. */
  resized?(bytes: number): Kernels;
  /** out (r x m) = W (r x k) · A (k x m) + b broadcast over columns (b may be omitted). */
  affine(out: Matrix, W: Matrix, A: Matrix, b?: Float64Array): Matrix;
  /** out (r x k) = alpha · dZ (r x m) · A(k x m)^T + beta · out. */
  gemmNT(out: Matrix, dZ: Matrix, A: Matrix, alpha: number, beta: number): Matrix;
  /** out (k x m) = W(r x k)^T · dZ (r x m). */
  gemmTN(out: Matrix, W: Matrix, dZ: Matrix): Matrix;
}

// The checks build their message only when they fail: they run on every call of every step.
export function checkAffine(out: Matrix, W: Matrix, A: Matrix, b?: Float64Array): void {
  if (W.cols !== A.rows) throw new NnError('BAD_SHAPE', `affine: W is ${W.rows}x${W.cols} but A has ${A.rows} rows`);
  if (out.rows !== W.rows || out.cols !== A.cols) throw new NnError('BAD_SHAPE', `affine: out is ${out.rows}x${out.cols}, expected ${W.rows}x${A.cols}`);
  if (b !== undefined && b.length !== W.rows) throw new NnError('BAD_SHAPE', `affine: b has ${b.length} values, expected ${W.rows}`);
}

export function checkGemmNT(out: Matrix, dZ: Matrix, A: Matrix): void {
  if (dZ.cols !== A.cols) throw new NnError('BAD_SHAPE', `gemmNT: dZ has ${dZ.cols} columns but A has ${A.cols}`);
  if (out.rows !== dZ.rows || out.cols !== A.rows) throw new NnError('BAD_SHAPE', `gemmNT: out is ${out.rows}x${out.cols}, expected ${dZ.rows}x${A.rows}`);
}

export function checkGemmTN(out: Matrix, W: Matrix, dZ: Matrix): void {
  if (W.rows !== dZ.rows) throw new NnError('BAD_SHAPE', `gemmTN: W has ${W.rows} rows but dZ has ${dZ.rows}`);
  if (out.rows !== W.cols || out.cols !== dZ.cols) throw new NnError('BAD_SHAPE', `gemmTN: out is ${out.rows}x${out.cols}, expected ${W.cols}x${dZ.cols}`);
}

/** Plain TypeScript kernels: loops ordered so that the innermost one runs down a column. */
export const jsKernels: Kernels = {
  name: 'js',

  affine(out, W, A, b) {
    checkAffine(out, W, A, b);
    const r = W.rows, k = W.cols, m = A.cols;
    if (k <= THIN) {
      thinAffine(out.data, W.data, A.data, b, r, k, m);
      return out;
    }
    const o = out.data, w = W.data, a = A.data;
    for (let j = 0; j < m; j++) {
      const oj = j * r, aj = j * k;
      if (b === undefined) o.fill(0, oj, oj + r);
      else for (let i = 0; i < r; i++) o[oj + i] = b[i]!;
      let p = 0;
      for (; p + 1 < k; p += 2) {
        const a0 = a[aj + p]!, a1 = a[aj + p + 1]!;
        const w0 = p * r, w1 = w0 + r;
        for (let i = 0; i < r; i++) o[oj + i]! += w[w0 + i]! * a0 + w[w1 + i]! * a1;
      }
      if (p < k) {
        const a0 = a[aj + p]!, w0 = p * r;
        for (let i = 0; i < r; i++) o[oj + i]! += w[w0 + i]! * a0;
      }
    }
    return out;
  },

  gemmNT(out, dZ, A, alpha, beta) {
    checkGemmNT(out, dZ, A);
    const r = dZ.rows, m = dZ.cols, k = A.rows;
    if (k <= THIN) {
      thinGemmNT(out.data, dZ.data, A.data, alpha, beta, r, k, m);
      return out;
    }
    const o = out.data, d = dZ.data, a = A.data;
    for (let p = 0; p < k; p++) {
      const op = p * r;
      if (beta === 0) o.fill(0, op, op + r);
      else if (beta !== 1) for (let i = 0; i < r; i++) o[op + i]! *= beta;
      let j = 0;
      for (; j + 1 < m; j += 2) {
        const a0 = alpha * a[p + j * k]!, a1 = alpha * a[p + (j + 1) * k]!;
        const d0 = j * r, d1 = d0 + r;
        for (let i = 0; i < r; i++) o[op + i]! += d[d0 + i]! * a0 + d[d1 + i]! * a1;
      }
      if (j < m) {
        const a0 = alpha * a[p + j * k]!, d0 = j * r;
        for (let i = 0; i < r; i++) o[op + i]! += d[d0 + i]! * a0;
      }
    }
    return out;
  },

  gemmTN(out, W, dZ) {
    checkGemmTN(out, W, dZ);
    const r = W.rows, k = W.cols, m = dZ.cols;
    if (r <= THIN) {
      thinGemmTN(out.data, W.data, dZ.data, r, k, m);
      return out;
    }
    const o = out.data, w = W.data, d = dZ.data;
    for (let j = 0; j < m; j++) {
      const dj = j * r, oj = j * k;
      for (let p = 0; p < k; p++) {
        const wp = p * r;
        let s0 = 0, s1 = 0, i = 0;
        for (; i + 1 < r; i += 2) {
          s0 += w[wp + i]! * d[dj + i]!;
          s1 += w[wp + i + 1]! * d[dj + i + 1]!;
        }
        if (i < r) s0 += w[wp + i]! * d[dj + i]!;
        o[oj + p] = s0 + s1;
      }
    }
    return out;
  },
};

/** out[i] = (1/m) Σ_j M[i, j]: the bias gradient db = (1/m) · np.sum(dZ, axis=1). */
export function rowMeans(out: Float64Array, M: Matrix, scale: number): Float64Array {
  if (out.length !== M.rows) throw new NnError('BAD_SHAPE', `rowMeans: out has ${out.length} values, expected ${M.rows}`);
  const r = M.rows, m = M.cols, d = M.data;
  if (r <= THIN) {
    // the rows' sums side by side in locals, each in the same order as below
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    if (r === 1) for (let j = 0; j < m; j++) s0 += d[j]!;
    else if (r === 2)
      for (let j = 0; j < m; j++) {
        s0 += d[2 * j]!;
        s1 += d[2 * j + 1]!;
      }
    else if (r === 3)
      for (let j = 0; j < m; j++) {
        s0 += d[3 * j]!;
        s1 += d[3 * j + 1]!;
        s2 += d[3 * j + 2]!;
      }
    else
      for (let j = 0; j < m; j++) {
        s0 += d[4 * j]!;
        s1 += d[4 * j + 1]!;
        s2 += d[4 * j + 2]!;
        s3 += d[4 * j + 3]!;
      }
    out[0] = s0 * scale;
    if (r > 1) out[1] = s1 * scale;
    if (r > 2) out[2] = s2 * scale;
    if (r > 3) out[3] = s3 * scale;
    return out;
  }
  out.fill(0);
  for (let j = 0; j < m; j++) {
    const dj = j * r;
    for (let i = 0; i < r; i++) out[i]! += d[dj + i]!;
  }
  for (let i = 0; i < r; i++) out[i]! *= scale;
  return out;
}

import { assertShape } from './errors.js';
import type { Matrix } from './matrix.js';

export interface NormalizerState {
  count: number;
  mean: Float64Array;
  m2: Float64Array;
}

/**
 * Online standardization: running mean and variance per feature (Welford, merged
 * batch-wise with Chan's formula), applied as (x - mean) / sqrt(m2 / count).
 * A feature with zero variance is only centred.
 */
export class Normalizer {
  count = 0;
  mean: Float64Array;
  m2: Float64Array;
  private readonly batchMean: Float64Array;

  constructor(readonly n: number) {
    this.mean = new Float64Array(n);
    this.m2 = new Float64Array(n);
    this.batchMean = new Float64Array(n);
  }

  /** Folds the columns of X (n x m) into the running statistics. */
  update(X: Matrix): void {
    assertShape(X.rows === this.n, `Normalizer expects ${this.n} features, got ${X.rows}`);
    const n = this.n, mb = X.cols, x = X.data, bm = this.batchMean;
    if (mb === 0) return;
    bm.fill(0);
    for (let j = 0; j < mb; j++) for (let i = 0; i < n; i++) bm[i]! += x[i + j * n]!;
    for (let i = 0; i < n; i++) bm[i]! /= mb;
    const na = this.count, total = na + mb;
    for (let i = 0; i < n; i++) {
      let m2b = 0;
      for (let j = 0; j < mb; j++) {
        const d = x[i + j * n]! - bm[i]!;
        m2b += d * d;
      }
      const delta = bm[i]! - this.mean[i]!;
      this.mean[i]! += (delta * mb) / total;
      this.m2[i]! += m2b + (delta * delta * na * mb) / total;
    }
    this.count = total;
  }

  /** out = standardized X; `out` may be `X`. */
  apply(out: Matrix, X: Matrix): Matrix {
    assertShape(X.rows === this.n && out.rows === this.n && out.cols === X.cols, 'Normalizer.apply: shape mismatch');
    const n = this.n, x = X.data, o = out.data;
    for (let i = 0; i < n; i++) {
      const v = this.count > 0 ? this.m2[i]! / this.count : 0;
      const inv = v > 0 ? 1 / Math.sqrt(v) : 1;
      const mu = this.mean[i]!;
      for (let j = 0; j < X.cols; j++) o[i + j * n] = (x[i + j * n]! - mu) * inv;
    }
    return out;
  }

  getState(): NormalizerState {
    return { count: this.count, mean: this.mean.slice(), m2: this.m2.slice() };
  }

  setState(s: NormalizerState): void {
    assertShape(s.mean.length === this.n && s.m2.length === this.n, `Normalizer state must have ${this.n} features`);
    this.count = s.count;
    this.mean = Float64Array.from(s.mean);
    this.m2 = Float64Array.from(s.m2);
  }
}

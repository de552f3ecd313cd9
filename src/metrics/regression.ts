import { Sum } from './sum.js';

export interface RegressionFigures {
  rows: number;
  rmse: number;
  mae: number;
  r2: number;
  /** Mean of the squared errors / 2: the training cost's form, for holdout loss. */
  loss: number;
}

/**
 * RMSE, MAE and R² of predictions against targets, one sample at a time in O(1)
 * memory. The total sum of squares for R² is Welford's running form (no
 * cancellation from Σy² - n·ȳ²), on targets shifted by the first one, so R² agrees with a two-pass computation.
 */
export class RegressionMetrics {
  private n = 0;
  private readonly se = new Sum();
  private readonly ae = new Sum();
  private shift = 0;
  private mean = 0;
  private m2 = 0; // Σ (y - ȳ)²

  add(y: number, prediction: number): void {
    const e = prediction - y;
    this.se.add(e * e);
    this.ae.add(Math.abs(e));
    if (this.n++ === 0) this.shift = y;
    const v = y - this.shift; // shifted by the first target: the running mean stays small, its rounding too
    const d = v - this.mean;
    this.mean += d / this.n;
    this.m2 += d * (v - this.mean);
  }

  get samples(): number {
    return this.n;
  }

  figures(): RegressionFigures {
    const n = this.n, sse = this.se.value;
    // a constant target: 1 when predicted exactly, else 0 (scikit-learn's r2_score)
    const r2 = this.m2 === 0 ? (sse === 0 ? 1 : 0) : 1 - sse / this.m2;
    return { rows: n, rmse: n === 0 ? NaN : Math.sqrt(sse / n), mae: n === 0 ? NaN : this.ae.value / n, r2: n === 0 ? NaN : r2, loss: n === 0 ? NaN : sse / (2 * n) };
  }
}

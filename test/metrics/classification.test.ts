import { describe, expect, it } from 'vitest';
import { ClassificationMetrics } from '../../src/metrics/classification.js';
import { RegressionMetrics } from '../../src/metrics/regression.js';

describe('ClassificationMetrics', () => {
  it('counts a confusion matrix (rows: true class) and derives precision, recall, F1 and balanced accuracy', () => {
    const c = new ClassificationMetrics(3);
    // true, predicted
    const pairs = [[0, 0], [0, 0], [0, 1], [1, 1], [1, 1], [1, 1], [1, 0], [2, 1]];
    for (const [t, p] of pairs) c.add(t!, p!, 0.5);
    const f = c.figures();
    expect(f.confusion).toEqual([[2, 1, 0], [1, 3, 0], [0, 1, 0]]);
    expect(f.accuracy).toBe(5 / 8);
    expect(f.per_class[0]).toEqual({ precision: 2 / 3, recall: 2 / 3, f1: 2 / 3, support: 3 });
    expect(f.per_class[1]!.precision).toBe(3 / 5);
    expect(f.per_class[1]!.recall).toBe(3 / 4);
    expect(f.per_class[2]).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 }); // never predicted: 0, not NaN
    expect(f.balanced_accuracy).toBeCloseTo((2 / 3 + 3 / 4 + 0) / 3, 15);
    expect(f.log_loss).toBeCloseTo(Math.log(2), 15);
  });

  it('clips probabilities in log loss as scikit-learn does, so a confident mistake is finite', () => {
    const c = new ClassificationMetrics(2);
    c.addBinary(1, 0);
    c.addBinary(0, 0);
    expect(c.figures().log_loss).toBeCloseTo(-Math.log(1e-15) / 2, 12);
  });
});

describe('RegressionMetrics', () => {
  it('agrees with the two-pass definitions, even far from zero', () => {
    const r = new RegressionMetrics();
    const y = [1e6 + 1, 1e6 + 2, 1e6 + 4, 1e6 + 8], p = [1e6 + 1.5, 1e6 + 2, 1e6 + 3, 1e6 + 9];
    y.forEach((v, i) => r.add(v, p[i]!));
    const mean = y.reduce((a, b) => a + b) / 4;
    const sst = y.reduce((a, b) => a + (b - mean) ** 2, 0), sse = y.reduce((a, b, i) => a + (p[i]! - b) ** 2, 0);
    const f = r.figures();
    expect(f.rmse).toBeCloseTo(Math.sqrt(sse / 4), 12);
    expect(f.mae).toBeCloseTo((0.5 + 0 + 1 + 1) / 4, 12);
    expect(f.r2).toBeCloseTo(1 - sse / sst, 12);
  });
});

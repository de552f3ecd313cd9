import { describe, expect, it } from 'vitest';
import { decodeModelPb, encodeModelPb } from '../../src/codec/model-pb.js';
import { modelFromJson, modelToJson } from '../../src/codec/model-json.js';
import { Learner, type LearnerOptions } from '../../src/core/learner.js';
import { matrix, type Matrix } from '../../src/core/matrix.js';
import { Rng } from '../../src/core/rng.js';

/** House-price scale: y = 3e5 + 1e5 (x0 - 2 x1) + noise, in 2 features. */
function data(count: number, m: number, seed = 'target'): { X: Matrix; y: Float64Array }[] {
  const rng = Rng.fromSeed(seed);
  return Array.from({ length: count }, () => {
    const X = matrix(2, m, Float64Array.from({ length: 2 * m }, () => rng.normal()));
    const y = Float64Array.from({ length: m }, (_, j) => 3e5 + 1e5 * (X.data[2 * j]! - 2 * X.data[2 * j + 1]!) + 1e4 * rng.normal());
    return { X, y };
  });
}

const base: LearnerOptions = { inputs: 2, hidden: [8], activation: 'tanh', task: 'regression', learningRate: 0.01, optimizer: 'adam', standardize: true, seed: 3 };

function r2(l: Learner, test: { X: Matrix; y: Float64Array }[]): number {
  let ss = 0, st = 0, n = 0, sum = 0;
  for (const b of test) for (const v of b.y) (sum += v), n++;
  const mean = sum / n;
  for (const b of test) {
    const A = l.predictMany(b.X);
    b.y.forEach((v, j) => {
      ss += (A.data[j]! - v) ** 2;
      st += (v - mean) ** 2;
    });
  }
  return 1 - ss / st;
}

describe('regression target scaling (--standardize)', () => {
  const train = data(300, 32), test = data(10, 100, 'target-test');

  it('learns a target in the hundreds of thousands, and predicts in its units', () => {
    const scaled = Learner.create(base), raw = Learner.create({ ...base, standardizeTarget: false });
    for (const b of train) {
      scaled.learnMany(b.X, b.y);
      raw.learnMany(b.X, b.y);
    }
    const withScaling = r2(scaled, test), without = r2(raw, test);
    console.log(`held-out R² at house-price scale: ${withScaling.toFixed(4)} with target scaling, ${without.toFixed(4)} without`);
    expect(withScaling).toBeGreaterThan(0.97);
    expect(withScaling).toBeGreaterThan(without + 0.2);
    const A = scaled.predictMany(test[0]!.X);
    expect(Math.abs(A.data[0]! - test[0]!.y[0]!)).toBeLessThan(1e5); // in dollars, not in standard deviations
  });

  it('reports the cost in the target units: the scaled cost times the target variance', () => {
    const l = Learner.create(base);
    const twin = Learner.create(base);
    const b = train[0]!;
    const r = l.learnMany(b.X, b.y);
    // the twin learns the same batch standardized by hand with the same statistics
    const mean = b.y.reduce((s, v) => s + v, 0) / b.y.length;
    const variance = b.y.reduce((s, v) => s + (v - mean) ** 2, 0) / b.y.length;
    const scaledTwin = Learner.create({ ...base, standardizeTarget: false });
    const t = scaledTwin.learnMany(b.X, b.y.map((v) => (v - mean) / Math.sqrt(variance)));
    expect(r.cost / variance).toBeCloseTo(t.cost, 9);
    expect(twin.targetNormalizer).toBeDefined();
  });

  it('a refused update keeps the target statistics bit for bit', () => {
    const l = Learner.create(base);
    for (const b of train.slice(0, 3)) l.learnMany(b.X, b.y);
    const before = l.targetNormalizer!.getState();
    const r = l.learnMany(train[3]!.X, train[3]!.y.map((v) => v * 1e300)); // its variance overflows
    expect(r.refused).toBe(true);
    expect(l.targetNormalizer!.getState()).toEqual(before);
  });

  it('is saved in both model forms, and a loaded model predicts the same', () => {
    const l = Learner.create(base);
    for (const b of train.slice(0, 20)) l.learnMany(b.X, b.y);
    const want = Array.from(l.predictMany(test[0]!.X).data);
    for (const model of [modelFromJson(JSON.parse(JSON.stringify(modelToJson(l.toModel())))), decodeModelPb(encodeModelPb(l.toModel()))]) {
      expect(model.targetNormalizer!.count).toBe(20 * 32);
      expect(Array.from(Learner.fromModel(model).predictMany(test[0]!.X).data)).toEqual(want);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { matrix, type Matrix } from '../../src/core/matrix.js';
import { Normalizer } from '../../src/core/normalizer.js';
import { Rng } from '../../src/core/rng.js';
import '../reference/relative.js';

const N = 3, COUNT = 101;
const rng = Rng.fromSeed('normalizer');
// features of very different scales and offsets, as in breast_cancer
const data = matrix(N, COUNT, Float64Array.from({ length: N * COUNT }, (_, k) => [1000, 0.01, 5][k % N]! * rng.normal() + [2500, -0.3, 0][k % N]!));
const columns = (from: number, to: number): Matrix => matrix(N, to - from, data.data.slice(from * N, to * N));

/** Two-pass mean and population variance of each feature. */
function wholeData(): { mean: number[]; variance: number[] } {
  const mean = [], variance = [];
  for (let i = 0; i < N; i++) {
    let s = 0;
    for (let j = 0; j < COUNT; j++) s += data.data[i + j * N]!;
    const mu = s / COUNT;
    let v = 0;
    for (let j = 0; j < COUNT; j++) v += (data.data[i + j * N]! - mu) ** 2;
    mean.push(mu);
    variance.push(v / COUNT);
  }
  return { mean, variance };
}

describe('Normalizer', () => {
  it.each([[1], [7], [50], [101]])('merged batch by batch (batches of %i) equals the whole-data mean and variance', (size) => {
    const nz = new Normalizer(N);
    for (let from = 0; from < COUNT; from += size) nz.update(columns(from, Math.min(COUNT, from + size)));
    const { mean, variance } = wholeData();
    expect(nz.count).toBe(COUNT);
    for (let i = 0; i < N; i++) {
      expect(nz.mean[i]).toBeCloseRelative(mean[i]!, 1e-12);
      expect(nz.m2[i]! / nz.count).toBeCloseRelative(variance[i]!, 1e-12);
    }
  });

  it('standardizes as (x - mean) / sqrt(m2 / count)', () => {
    const nz = new Normalizer(N);
    nz.update(data);
    const out = nz.apply(matrix(N, COUNT), data);
    const { mean, variance } = wholeData();
    for (let j = 0; j < COUNT; j += 10)
      for (let i = 0; i < N; i++) expect(out.data[i + j * N]).toBeCloseRelative((data.data[i + j * N]! - mean[i]!) / Math.sqrt(variance[i]!), 1e-10);
  });

  it('only centres a feature with zero variance, and leaves data alone before any update', () => {
    const X = matrix(2, 3, Float64Array.of(5, 1, 5, 2, 5, 3)); // feature 0 is constant
    const nz = new Normalizer(2);
    expect(Array.from(nz.apply(matrix(2, 3), X).data)).toEqual(Array.from(X.data));
    nz.update(X);
    const out = nz.apply(matrix(2, 3), X);
    expect([out.data[0], out.data[2], out.data[4]]).toEqual([0, 0, 0]);
    expect(out.data[3]).toBe(0);
    expect(out.data[5]).toBeCloseRelative(1 / Math.sqrt(2 / 3), 1e-15);
  });

  it('applies in place when out is X', () => {
    const nz = new Normalizer(N);
    nz.update(data);
    const want = nz.apply(matrix(N, COUNT), data);
    const X = matrix(N, COUNT, data.data.slice());
    expect(nz.apply(X, X).data).toEqual(want.data);
  });

  it('getState/setState resume the same statistics, as copies', () => {
    const a = new Normalizer(N);
    a.update(columns(0, 40));
    const state = a.getState();
    const b = new Normalizer(N);
    b.setState(state);
    a.update(columns(40, COUNT));
    b.update(columns(40, COUNT));
    expect(b.getState()).toEqual(a.getState());
    expect(state.count).toBe(40); // the snapshot did not move
    expect(() => b.setState({ count: 1, mean: new Float64Array(2), m2: new Float64Array(3) })).toThrow(expect.objectContaining({ code: 'BAD_SHAPE' }));
  });

  it('ignores an empty batch and rejects one with the wrong number of features', () => {
    const nz = new Normalizer(N);
    nz.update(matrix(N, 0));
    expect(nz.count).toBe(0);
    expect(() => nz.update(matrix(N + 1, 2))).toThrow(expect.objectContaining({ code: 'BAD_SHAPE' }));
  });
});

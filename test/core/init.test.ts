import { describe, expect, it } from 'vitest';
import { checkInitScheme, initScale, initWeights } from '../../src/core/init.js';
import { matrix, toRows } from '../../src/core/matrix.js';
import { Rng } from '../../src/core/rng.js';

describe('initialization', () => {
  it('draws W = randn(rows, cols) · scale in numpy (row-major) order', () => {
    const W = initWeights(matrix(3, 4), Rng.fromSeed(5), 0.01);
    const rng = Rng.fromSeed(5);
    const want = Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => rng.normal() * 0.01));
    expect(toRows(W)).toEqual(want);
  });

  it('has the scales of the course (0.01), He (√(2/fan-in)) and Xavier (√(1/fan-in))', () => {
    expect(initScale('small', 64)).toBe(0.01);
    expect(initScale('he', 8)).toBe(0.5);
    expect(initScale('xavier', 4)).toBe(0.5);
  });

  it('rejects an unknown scheme with BAD_OPTION', () => {
    expect(checkInitScheme('he')).toBe('he');
    expect(() => checkInitScheme('orthogonal')).toThrow(expect.objectContaining({ code: 'BAD_OPTION' }));
  });
});

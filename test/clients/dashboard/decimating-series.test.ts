import { describe, expect, it } from 'vitest';
import { DecimatingSeries } from '../../../clients/dashboard/decimating-series.js';

describe('DecimatingSeries', () => {
  const x = (s: DecimatingSeries): number[] => s.aligned()[0];
  const col = (s: DecimatingSeries, k = 0): (number | null)[] => s.aligned()[k + 1]!;

  it('keeps every point exactly while the history has room', () => {
    const s = new DecimatingSeries(1, 8); // 2 exact + a history of up to 4
    for (let i = 0; i < 5; i++) s.push(i, [i * 10]);
    expect(x(s)).toEqual([0, 1, 2, 3, 4]);
    expect(col(s)).toEqual([0, 10, 20, 30, 40]);
    expect(s.resolution).toBe(1);
  });

  it('merges older points pairwise when full, keeping the newest quarter exact', () => {
    const s = new DecimatingSeries(1, 8); // 2 exact, history of 4 (+1 open bucket)
    for (let i = 0; i < 7; i++) s.push(i, [i * 10]);
    expect(s.resolution).toBe(2);
    // 0..3 became two means labelled by their first x; 4 waits in the open bucket; 5, 6 exact
    expect(x(s)).toEqual([0, 2, 4, 5, 6]);
    expect(col(s)).toEqual([5, 25, 40, 50, 60]);
  });

  it('stays bounded over a day of reports, with the whole run evenly covered', () => {
    const s = new DecimatingSeries(2, 2000);
    const n = 24 * 3600 * 20; // 20 reports a second for a day
    for (let i = 0; i < n; i++) s.push(i, [1, i % 2 === 0 ? NaN : 3]);
    const xs = x(s);
    expect(s.length).toBeLessThanOrEqual(2000);
    expect(s.length).toBe(xs.length);
    expect(s.length).toBeGreaterThan(1200);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    expect(xs[0]).toBe(0); // the start of the run is still there
    expect(xs.slice(-500)).toEqual(Array.from({ length: 500 }, (_, i) => n - 500 + i)); // the newest exactly
    // the older points are evenly spaced: every gap is the same stride
    const older = xs.slice(0, -500);
    expect(older.length).toBeGreaterThan(700);
    expect(new Set(older.slice(1).map((v, i) => v - older[i]!))).toEqual(new Set([s.resolution]));
    expect(col(s, 0).every((v) => v === 1)).toBe(true); // means of a constant stay constant
    expect(col(s, 1).slice(0, 700).every((v) => v === 3)).toBe(true); // gaps (NaN) do not pull means down
  });

  it('stores non-finite values as gaps (null) for uPlot', () => {
    const s = new DecimatingSeries(1, 8);
    s.push(0, [NaN]);
    s.push(1, [Infinity]);
    expect(col(s)).toEqual([null, null]);
  });

  it('forgets everything on clear', () => {
    const s = new DecimatingSeries(1, 8);
    for (let i = 0; i < 20; i++) s.push(i, [1]);
    s.clear();
    expect(s.length).toBe(0);
    expect(s.aligned()).toEqual([[], []]);
  });

  it('refuses a capacity too small to halve', () => {
    expect(() => new DecimatingSeries(1, 4)).toThrow(/capacity >= 8/);
  });

  it('merges min and max columns by their extremes, so a spike survives every halving', () => {
    const s = new DecimatingSeries(3, 64, ['mean', 'min', 'max']);
    for (let i = 0; i < 100_000; i++) {
      const v = i === 31_337 ? 50 : 1 + (i % 7) / 100;
      s.push(i, [v, v, v]);
    }
    expect(s.resolution).toBeGreaterThan(1000);
    const [xs, mean, lo, hi] = s.aligned();
    const at = xs.findLastIndex((v) => v <= 31_337);
    expect(hi[at]).toBe(50);
    expect(Math.max(...(hi as number[]))).toBe(50);
    expect(mean[at]!).toBeLessThan(1.1); // the mean hides it
    expect(Math.min(...(lo as number[]))).toBe(1);
  });
});

describe('emaSmooth (TensorBoard smoothing)', () => {
  it('is de-biased, keeps gaps, and does nothing at weight 0', async () => {
    const { emaSmooth } = await import('../../../clients/dashboard/smoothing.js');
    expect(emaSmooth([5, 5, 5], 0.9)).toEqual([5, 5, 5].map(() => expect.closeTo(5, 12)));
    expect(emaSmooth([1, null, 3], 0)).toEqual([1, null, 3]);
    const s = emaSmooth([0, 10, null, 10], 0.5);
    expect(s[0]).toBe(0);
    expect(s[1]).toBeCloseTo((0.5 * 0 * 0.5 + 0.5 * 10) / (1 - 0.25), 12); // (0.25*0 + 0.5*10)/(1-0.5^2)
    expect(s[2]).toBeNull();
    expect(s[3]).toBeCloseTo((0.5 * 5 + 0.5 * 10) / (1 - 0.125), 12);
  });
});

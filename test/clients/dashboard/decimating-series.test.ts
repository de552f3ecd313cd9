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
});

import { describe, expect, it } from 'vitest';
import { BINS, HistogramHistory, histogram } from '../../../clients/dashboard/histogram-history.js';

describe('histogram', () => {
  it('counts every value once, the extremes in the first and last bins', () => {
    const h = histogram(7, [-1, -0.5, 0, 0.5, 1]);
    expect(h.step).toBe(7);
    expect([h.lo, h.hi]).toEqual([-1, 1]);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(5);
    expect(h.counts[0]).toBe(1);
    expect(h.counts[BINS - 1]).toBe(1);
    expect(h.counts[BINS / 2]).toBe(1); // 0 sits at the start of the middle bin
  });

  it('gives equal values a tiny range rather than dividing by zero', () => {
    const h = histogram(0, [0.3, 0.3]);
    expect(h.hi).toBeGreaterThan(h.lo);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(2);
  });
});

describe('HistogramHistory', () => {
  it('never holds more than its capacity and keeps the newest column', () => {
    const hh = new HistogramHistory(16);
    for (let step = 0; step < 10_000; step++) hh.push(histogram(step, [step]));
    expect(hh.length).toBeLessThanOrEqual(16);
    expect(hh.last!.step).toBe(9999);
    const steps = hh.columns.map((c) => c.step);
    expect(steps[0]).toBe(0); // the start of the run stays
    expect(steps.slice(-8)).toEqual([9992, 9993, 9994, 9995, 9996, 9997, 9998, 9999]); // the newest half exactly
    const older = steps.slice(0, -8);
    const gaps = new Set(older.slice(1).map((s, i) => s - older[i]!));
    expect(gaps.size).toBe(1); // the older half evenly spaced
    expect(older.length).toBeGreaterThanOrEqual(4);
  });

  it('starts over when the step goes back (a reset model), and replaces a repeated step', () => {
    const hh = new HistogramHistory(8);
    hh.push(histogram(5, [1]));
    hh.push(histogram(5, [2]));
    expect(hh.length).toBe(1);
    expect(hh.columns[0]!.lo).toBeCloseTo(2, 5);
    hh.push(histogram(0, [3]));
    expect(hh.columns.map((c) => c.step)).toEqual([0]);
  });
});

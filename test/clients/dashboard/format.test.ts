import { describe, expect, it } from 'vitest';
import { tickLabels } from '../../../clients/dashboard/format.js';

/** uPlot's ticks for a range: multiples of incr from lo. */
const ticks = (lo: number, incr: number, n: number): number[] => Array.from({ length: n }, (_, i) => lo + i * incr);

describe('the dashboard tick labels', () => {
  const cases: [string, number[], number][] = [
    ['steps around 388 half a step apart', ticks(387, 0.5, 6), 0.5],
    ['thousands 100 apart', ticks(2100, 100, 5), 100],
    ['22 000.. 50 apart', ticks(22_000, 50, 6), 50],
    ['millions 20 000 apart', ticks(1_960_000, 20_000, 6), 20_000],
    ['costs 0.005 apart', ticks(0.68, 0.005, 5), 0.005],
    ['tiny costs', ticks(1e-5, 2e-6, 5), 2e-6],
    ['a billion', ticks(1.2e9, 1e8, 4), 1e8],
    ['costs 2.5 apart', ticks(0, 2.5, 4), 2.5],
    ['accuracy 0.25 apart', ticks(0, 0.25, 5), 0.25],
    ['steps 25 000 apart', ticks(0, 25_000, 5), 25_000],
    ['costs of a diverging regression, 5e12 apart', ticks(1e13, 5e12, 4), 5e12],
    ['costs beyond 1e15', ticks(1e16, 2e15, 4), 2e15],
  ];
  for (const [what, t, incr] of cases)
    it(`are distinct for ${what}`, () => {
      const labels = tickLabels(t, incr);
      expect(new Set(labels).size, labels.join(' ')).toBe(t.length);
      // and each reads back to its tick within half an increment
      labels.forEach((l, i) => {
        const m = /^(-?[\d.]+(?:e[-+]\d+)?)([kMGT]?)$/.exec(l)!;
        const v = Number(m[1]) * ({ '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12 } as Record<string, number>)[m[2]!]!;
        expect(Math.abs(v - t[i]!)).toBeLessThanOrEqual(incr / 100 + 1e-12); // exact: never 2.5 shown as 3
      });
    });

  it('shows no decimals on integer steps and keeps large labels short', () => {
    expect(tickLabels([0, 500, 1000, 1500], 500)).toEqual(['0', '500', '1000', '1500']);
    expect(tickLabels([20_000, 40_000, 60_000], 20_000)).toEqual(['20k', '40k', '60k']);
    expect(tickLabels([1e6, 2e6, 3e6], 1e6)).toEqual(['1M', '2M', '3M']);
  });
});

import { describe, expect, it } from 'vitest';
import { expNeg, log1pExpNeg } from '../../src/core/logistic.js';
import { Rng } from '../../src/core/rng.js';

/** |a - b| in units of the last place of b. */
const ulps = (a: number, b: number): number => (a === b ? 0 : Math.abs(a - b) / (Math.abs(b) * Number.EPSILON));

/** u >= 0: tiny, on and between the grid points (step 1/32), up to and past the grid's end at 40. */
function points(): number[] {
  const rng = Rng.fromSeed('logistic');
  const us = [0, 1e-300, 1e-12, 1e-5, 1 / 64, 0.5, 1, 2, 10, 36.7, 39.99, 40, 40.01, 60, 700, 745];
  for (let i = 0; i <= 32 * 40; i += 3) us.push(i / 32, (i + 0.5) / 32, (i + 0.49999) / 32);
  for (let k = 0; k < 20000; k++) us.push(Math.exp(7 * rng.uniform() - 6));
  return us;
}

describe('expNeg and log1pExpNeg', () => {
  it('are within 1 and 2 ulp of Math.exp(-u) and Math.log1p(Math.exp(-u))', () => {
    let worstExp = 0, worstLog = 0;
    for (const u of points()) {
      worstExp = Math.max(worstExp, ulps(expNeg(u), Math.exp(-u)));
      worstLog = Math.max(worstLog, ulps(log1pExpNeg(u), Math.log1p(Math.exp(-u))));
    }
    expect(worstExp).toBeLessThanOrEqual(1);
    expect(worstLog).toBeLessThanOrEqual(2);
  });

  it('give 1 and log 2 at 0, underflow to 0 far out, and NaN for NaN', () => {
    expect([expNeg(0), log1pExpNeg(0)]).toEqual([1, Math.LN2]);
    expect([expNeg(746), log1pExpNeg(746), expNeg(Infinity), log1pExpNeg(Infinity)]).toEqual([0, 0, 0, 0]);
    expect(expNeg(745)).toBeGreaterThan(0);
    expect(expNeg(NaN)).toBeNaN();
    expect(log1pExpNeg(NaN)).toBeNaN();
  });
});

import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/core/rng.js';
import { tanh } from '../../src/core/tanh.js';

/** |a - b| in units of the last place of b. */
const ulps = (a: number, b: number): number => (a === b ? 0 : Math.abs(a - b) / (Math.abs(b) * Number.EPSILON));

describe('tanh', () => {
  it('is within 3 ulp of Math.tanh from 1e-300 to 25, over the grid points, between them and near ±1/128', () => {
    const rng = Rng.fromSeed('tanh');
    const xs: number[] = [1e-300, 1e-20, 1e-9, 1 / 128, 3 / 128, 0.3, 0.625, 1, 2.5, 7, 19, 19.1, 20, 25];
    for (let i = 0; i <= 64 * 20; i += 7) xs.push(i / 64, (i + 0.5) / 64, (i + 0.49999) / 64);
    for (let k = 0; k < 20000; k++) xs.push(Math.exp(6 * rng.uniform() - 9) * 10 ** Math.floor(2 * rng.uniform()));
    let worst = 0, inRange = true;
    for (const x of xs)
      for (const v of [x, -x]) {
        const got = tanh(v), want = Math.tanh(v);
        worst = Math.max(worst, ulps(got, want));
        inRange &&= Math.sign(got) === Math.sign(want) && Math.abs(got) <= 1;
      }
    expect(worst).toBeLessThanOrEqual(3);
    expect(inRange).toBe(true);
  });

  it('is odd, exact at 0 (with its sign), ±1 far out, and NaN for NaN', () => {
    for (const x of [0.1, 0.7, 3.3]) expect(tanh(-x)).toBe(-tanh(x));
    expect(Object.is(tanh(0), 0)).toBe(true);
    expect(Object.is(tanh(-0), -0)).toBe(true);
    expect([tanh(20), tanh(800), tanh(Infinity), tanh(-Infinity), tanh(-1e308)]).toEqual([1, 1, 1, -1, -1]);
    expect(tanh(NaN)).toBeNaN();
  });
});

import { describe, expect, it } from 'vitest';
import { roundDecimal } from '../../src/sources/decimal-rounding.js';

let s = 77;
const rand = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const int = (n: number): number => Math.floor(rand() * n);

/** M = hi·10^r + lo as digits, times 10^e, the way Number() (correctly rounded) reads it. */
const exact = (hi: number, r: number, lo: number, e: number): number => Number(`${hi}${String(lo).padStart(r, '0')}e${e}`);

describe('roundDecimal', () => {
  it('rounds 16- to 19-digit mantissas times 10^±22 exactly as Number() does, or says it is not sure', () => {
    const wrong: string[] = [];
    let unsure = 0;
    for (let k = 0; k < 200_000; k++) {
      const hi = 1e14 + int(9e14), r = 1 + int(4), lo = int(10 ** r), e = int(45) - 22;
      const v = roundDecimal(hi, r, lo, e);
      if (Number.isNaN(v)) unsure++;
      else if (v !== exact(hi, r, lo, e)) wrong.push(`${hi}|${lo}e${e}: ${v} vs ${exact(hi, r, lo, e)}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(unsure).toBeLessThan(2000); // exact ties of integers, mostly
  });

  it('is right on decimals a digit away from halfway between two doubles', () => {
    const f = new Float64Array(1), bits = new BigUint64Array(f.buffer);
    const wrong: string[] = [];
    let checked = 0;
    for (let k = 0; k < 20_000; k++) {
      f[0] = (rand() + 0.5) * 10 ** (int(30) - 15);
      const a = f[0]!;
      bits[0]! += 1n;
      const mid = a / 2 + f[0]! / 2; // not exact, but within an ulp of halfway
      const [, lead, tail, x] = /^(\d)\.(\d{18})e([+-]\d+)$/.exec(mid.toExponential(18))!;
      const e = Number(x) - 18;
      if (e < -22 || e > 22) continue;
      for (const delta of [-1n, 0n, 1n]) {
        const digits = (BigInt(lead! + tail!) + delta).toString();
        if (digits.length !== 19) continue;
        const hi = Number(digits.slice(0, 15)), lo = Number(digits.slice(15));
        const v = roundDecimal(hi, 4, lo, e);
        checked++;
        if (!Number.isNaN(v) && v !== exact(hi, 4, lo, e)) wrong.push(`${digits}e${e}`);
      }
    }
    expect(checked).toBeGreaterThan(20_000);
    expect(wrong).toEqual([]);
  });

  it('is not sure of exact ties, which Number() settles (round half to even)', () => {
    expect(roundDecimal(900719925474099, 1, 3, 0)).toBeNaN(); // 2^53 + 1
    expect(roundDecimal(900719925474099, 1, 5, 0)).toBeNaN(); // 2^53 + 3
    expect(roundDecimal(900719925474099, 1, 4, 0)).toBe(9007199254740994);
  });
});

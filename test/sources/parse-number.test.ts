import { describe, expect, it } from 'vitest';
import { describeField, parseNumber } from '../../src/sources/parse-number.js';
import { TRICKY, bitsOf, numpyBits, numpyMissing } from './numpy-floats.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const parse = (s: string): number => {
  const b = bytes(`#${s}#`); // the number sits inside a larger buffer
  return parseNumber(b, 1, b.length - 1);
};

/** Decimal texts in every shape a CSV writer makes: lengths 1-25 digits, dots anywhere, exponents -340..320. */
function randomDecimals(count: number, seed: number): string[] {
  let s = seed >>> 0;
  const rand = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const int = (n: number): number => Math.floor(rand() * n);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const len = 1 + int(25);
    let digits = '';
    for (let i = 0; i < len; i++) digits += String(int(10));
    const dot = int(len + 2) - 1; // -1: no dot
    let t = dot < 0 ? digits : digits.slice(0, dot) + '.' + digits.slice(dot);
    if (t === '.') t = '0.';
    const e = rand() < 0.5 ? '' : `${rand() < 0.5 ? 'e' : 'E'}${['', '+', '-'][int(3)]}${int(rand() < 0.7 ? 23 : 340)}`;
    out.push(`${['', '-', '+'][int(3)]}${t}${e}`);
  }
  return out;
}

describe('parseNumber', () => {
  it('reads plain decimals and their signs', () => {
    expect(parse('17.99')).toBe(17.99);
    expect(parse('-0.5')).toBe(-0.5);
    expect(parse('+5')).toBe(5);
    expect(parse('.5')).toBe(0.5);
    expect(parse('5.')).toBe(5);
    expect(parse('1E5')).toBe(1e5);
    expect(parse('2.5e-3')).toBe(0.0025);
    expect(Object.is(parse('-0'), -0)).toBe(true);
    expect(Object.is(parse('-0.0e5'), -0)).toBe(true);
    expect(Object.is(parse('0'), 0)).toBe(true);
  });

  it('allows spaces and tabs around the number, not inside it', () => {
    expect(parse('  1.5')).toBe(1.5);
    expect(parse('1.5 \t')).toBe(1.5);
    expect(parse('\t-2 ')).toBe(-2);
    expect(parse('1 .5')).toBeNaN();
    expect(parse('- 1')).toBeNaN();
  });

  it.each(['', ' ', '-', '+', '.', '-.', 'e5', '.e5', '1e', '1e+', '1e-', '1.2.3', '1..2', '0x10', '1_000', '1,5', 'NaN', 'nan', 'Infinity', '-inf', 'abc', '1a', '١', '1e5.5', '--1', '+-1'])(
    'returns NaN for %j, which is not a plain decimal',
    (t) => expect(parse(t)).toBeNaN(),
  );

  it('gives huge exponents their limits: Infinity above the largest double, 0 below the smallest', () => {
    expect(parse('1e400')).toBe(Infinity);
    expect(parse('-1e400')).toBe(-Infinity);
    expect(parse('1e-400')).toBe(0);
    expect(parse('1e99999999999')).toBe(Infinity);
    expect(parse('0e99999999999')).toBe(0);
  });

  it('reads a mantissa of thousands of digits', () => {
    expect(parse('1'.repeat(5000))).toBe(Number('1'.repeat(5000)));
    expect(parse('0.' + '3'.repeat(5000))).toBe(Number('0.' + '3'.repeat(5000)));
  });

  describe.skipIf(numpyMissing !== undefined)(`is correctly rounded: the same doubles as numpy ${numpyMissing ?? ''}`, () => {
    it('on texts that trip parsers (halfway cases, subnormals, 2^53 + 1, long mantissas)', () => {
      const theirs = numpyBits(TRICKY);
      const ours = TRICKY.map((t) => bitsOf(parse(t)));
      const wrong = TRICKY.map((t, i) => (ours[i] === theirs[i] ? '' : `${t}: ${ours[i]} vs numpy ${theirs[i]}`)).filter(Boolean);
      expect(wrong).toEqual([]);
      expect(theirs).toHaveLength(TRICKY.length);
    });

    it('on 20000 random decimals of 1-25 digits with exponents up to ±340', () => {
      const texts = randomDecimals(20000, 11);
      const theirs = numpyBits(texts);
      const wrong = texts.filter((t, i) => bitsOf(parse(t)) !== theirs[i]);
      expect(wrong.slice(0, 10)).toEqual([]);
    });
  });
});

describe('describeField', () => {
  it('tells a non-finite number spelled out from text', () => {
    for (const t of ['NaN', 'nan', ' -inf', '+Infinity', 'INF ']) expect(describeField(t)).toBe('non-finite');
    for (const t of ['abc', '', 'in', 'Infinityy', '1']) expect(describeField(t)).toBe('text');
  });
});

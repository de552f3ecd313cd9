import { roundDecimal } from './decimal-rounding.js';
import { EXACT_INTEGERS, POW10 } from './pow10.js';

const enum Ch {
  Space = 32,
  Tab = 9,
  Plus = 43,
  Minus = 45,
  Dot = 46,
  Zero = 48,
  Nine = 57,
  LowerE = 101,
  UpperE = 69,
}

/**
 * Parses a decimal number from bytes [start, end) without making a string; spaces
 * and tabs around it are allowed. Returns NaN when the text is not a plain decimal
 * number (a caller tells apart "NaN"/"Infinity" and other words itself). Correctly
 * rounded, as strtod and numpy are. With M the digits as an integer and e the
 * decimal exponent, |e| <= 22 and:
 * - M < 2^53: Clinger's fast path, exact (one correctly rounded multiply or divide
 *   of two exact doubles);
 * - M of up to 19 digits: roundDecimal, double-double arithmetic that knows when
 *   it is sure;
 * and anything else (or what roundDecimal is not sure of) goes to Number(), which is
 * correctly rounded too.
 */
export function parseNumber(buf: Uint8Array, start: number, end: number): number {
  while (start < end && (buf[start] === Ch.Space || buf[start] === Ch.Tab)) start++;
  while (end > start && (buf[end - 1] === Ch.Space || buf[end - 1] === Ch.Tab)) end--;
  if (start === end) return NaN;
  let i = start;
  let negative = false;
  if (buf[i] === Ch.Minus || buf[i] === Ch.Plus) {
    negative = buf[i] === Ch.Minus;
    i++;
  }
  // M = hi·10^r + lo: hi takes the first 15 significant digits, lo up to 4 more
  let hi = 0, lo = 0, r = 0, digits = 0, scale = 0, sawDot = false, tooMany = false;
  for (; i < end; i++) {
    const c = buf[i]!;
    if (c >= Ch.Zero && c <= Ch.Nine) {
      digits++;
      if (hi < 1e14) hi = hi * 10 + (c - Ch.Zero);
      else if (r < 4) {
        lo = lo * 10 + (c - Ch.Zero);
        r++;
      } else tooMany = true;
      if (sawDot) scale--;
    } else if (c === Ch.Dot && !sawDot) sawDot = true;
    else break;
  }
  if (digits === 0) return NaN;
  let exponent = 0;
  if (i < end && (buf[i] === Ch.LowerE || buf[i] === Ch.UpperE)) {
    i++;
    let expNegative = false;
    if (i < end && (buf[i] === Ch.Minus || buf[i] === Ch.Plus)) {
      expNegative = buf[i] === Ch.Minus;
      i++;
    }
    const expStart = i;
    for (; i < end; i++) {
      const c = buf[i]!;
      if (c < Ch.Zero || c > Ch.Nine) break;
      if (exponent < 100000) exponent = exponent * 10 + (c - Ch.Zero);
    }
    if (i === expStart) return NaN;
    if (expNegative) exponent = -exponent;
  }
  if (i !== end) return NaN;
  const e = exponent + scale;
  if (!tooMany && e >= -22 && e <= 22) {
    const m = hi * POW10[r]! + lo; // below 2^53 only when M is, and then exact
    let value: number;
    if (m < EXACT_INTEGERS) value = e < 0 ? m / POW10[-e]! : m * POW10[e]!;
    else value = roundDecimal(hi, r, lo, e);
    if (value === value) return negative ? -value : value;
  }
  return Number(latin1(buf, start, end));
}

const ascii = new TextDecoder();

/** The bytes as text; they were checked above to be ASCII digits, signs, dots and e's. */
function latin1(buf: Uint8Array, start: number, end: number): string {
  const bytes = buf.subarray(start, end);
  return end - start <= 64 ? String.fromCharCode.apply(null, bytes as unknown as number[]) : ascii.decode(bytes);
}

/** What a non-numeric field is: a non-finite number spelled out, or just text. */
export function describeField(text: string): 'non-finite' | 'text' {
  const t = text.trim().replace(/^[+-]/, '').toLowerCase();
  return t === 'nan' || t === 'inf' || t === 'infinity' ? 'non-finite' : 'text';
}

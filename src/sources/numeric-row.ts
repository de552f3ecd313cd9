import { parseNumber } from './parse-number.js';
import { EXACT_INTEGERS, POW10 } from './pow10.js';

const QUOTE = 34, COMMA = 44, LF = 10, CR = 13, SPACE = 32, TAB = 9;
const PLUS = 43, MINUS = 45, DOT = 46, ZERO = 48, LOWER_E = 101, UPPER_E = 69;

/** What `NumericRow.scan` returns when the record needs the general reader. */
export const GENERAL = -1;

/**
 * The common case of a CSV record, read in one pass: fields that are plain decimal
 * numbers (optionally in quotes, with spaces or tabs around), separated by commas and
 * ended by LF or CRLF. Each number is parsed as its field is found, into one reused
 * buffer: no field offsets, no strings, no allocation per record.
 *
 * Anything else (an empty field, text, "" inside quotes, a line break inside quotes,
 * text after a closing quote) makes `scan` give up and return GENERAL; the general
 * reader then parses the record with exactly the same results for every field the
 * fast path accepts (the numbers go through the same correctly rounded arithmetic).
 */
export class NumericRow {
  /** The values of the last record scanned; the first `count` are valid. */
  values: Float64Array = new Float64Array(64);
  count = 0;

  private readonly tab: number; // a tab is blank around a number unless it is the delimiter

  /** Records with more bytes than this are left to the general reader, which reports them; `sep` is the delimiter's byte. */
  constructor(
    private readonly maxBytes: number,
    private readonly sep = COMMA,
  ) {
    this.tab = sep === TAB ? -1 : TAB;
  }

  /**
   * Scans the record at `pos`. The caller guarantees an LF at or after `pos` in `buf`:
   * every loop here stops at an LF, so no read goes past it and none needs a bounds check.
   * Returns the index just past the record's LF, or GENERAL.
   */
  scan(buf: Uint8Array, pos: number): number {
    let out = this.values, k = 0, i = pos;
    const sep = this.sep, tab = this.tab;
    for (;;) {
      let c = buf[i]!;
      const quoted = c === QUOTE;
      if (quoted) c = buf[++i]!;
      while (c === SPACE || c === tab) c = buf[++i]!;
      const fieldStart = i;
      const negative = c === MINUS;
      if (negative || c === PLUS) c = buf[++i]!;
      const intStart = i;
      let m = 0, d = c - ZERO;
      while (d >>> 0 < 10) {
        m = m * 10 + d; // exact while below 2^53; the rounded sum is >= 2^53 whenever the exact one is
        d = buf[++i]! - ZERO;
      }
      let digits = i - intStart, e = 0;
      if (d === DOT - ZERO) {
        const fraction = ++i;
        d = buf[i]! - ZERO;
        while (d >>> 0 < 10) {
          m = m * 10 + d;
          d = buf[++i]! - ZERO;
        }
        e = fraction - i;
        digits -= e;
      }
      if (digits === 0) return GENERAL;
      c = d + ZERO;
      if (c === LOWER_E || c === UPPER_E) {
        c = buf[++i]!;
        const expNegative = c === MINUS;
        if (expNegative || c === PLUS) c = buf[++i]!;
        const expStart = i;
        let x = 0;
        while ((d = c - ZERO) >>> 0 < 10) {
          x = x * 10 + d;
          c = buf[++i]!;
        }
        if (i === expStart) return GENERAL;
        e += expNegative ? -x : x;
      }
      const fieldEnd = i;
      while (c === SPACE || c === tab) c = buf[++i]!;
      if (quoted) {
        if (c !== QUOTE) return GENERAL;
        c = buf[++i]!;
      }
      if (k === out.length) {
        if (i - pos > this.maxBytes) return GENERAL;
        out = this.reserve(2 * k);
      }
      if (m < EXACT_INTEGERS && e >= -22 && e <= 22) {
        const v = e < 0 ? m / POW10[-e]! : m * POW10[e]!; // Clinger: exact operands, one rounding
        out[k++] = negative ? -v : v;
      } else out[k++] = parseNumber(buf, fieldStart, fieldEnd); // long mantissa or large exponent
      if (c === sep) {
        i++;
        continue;
      }
      if (c === LF) {
        this.count = k;
        return i + 1;
      }
      if (c === CR && buf[i + 1] === LF) {
        this.count = k;
        return i + 2;
      }
      return GENERAL;
    }
  }

  /** Makes room for `count` values, keeping those there; returns the buffer. */
  reserve(count: number): Float64Array {
    if (count > this.values.length) {
      const grown = new Float64Array(Math.max(count, 2 * this.values.length));
      grown.set(this.values);
      this.values = grown;
    }
    return this.values;
  }
}

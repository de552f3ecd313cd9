const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i); // exact up to 1e22

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
 * Parses a decimal number from bytes [start, end) without making a string.
 * Returns NaN when the text is not a plain decimal number (a caller tells apart
 * "NaN"/"Infinity" and other words itself). Correctly rounded: mantissas of at
 * most 15 digits with |exponent| <= 22 take Clinger's exact fast path (one
 * exactly-rounded multiply or divide of two exact doubles); anything else is
 * handed to Number(), which is correctly rounded too.
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
  let mantissa = 0, digits = 0, significant = 0, scale = 0, sawDot = false;
  for (; i < end; i++) {
    const c = buf[i]!;
    if (c >= Ch.Zero && c <= Ch.Nine) {
      digits++;
      if (c !== Ch.Zero || significant > 0) {
        significant++; // past 15 significant digits the slow path below takes over
        if (significant <= 15) {
          mantissa = mantissa * 10 + (c - Ch.Zero);
          if (sawDot) scale--;
        }
      } else if (sawDot) scale--; // a leading zero after the dot
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
  let value: number;
  if (significant <= 15 && e >= -22 && e <= 22) value = e < 0 ? mantissa / POW10[-e]! : mantissa * POW10[e]!;
  else value = Number(latin1(buf, start, end));
  return negative && value === value ? -Math.abs(value) : value;
}

function latin1(buf: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]!);
  return s;
}

/** What a non-numeric field is: a non-finite number spelled out, or just text. */
export function describeField(text: string): 'non-finite' | 'text' {
  const t = text.trim().replace(/^[+-]/, '').toLowerCase();
  return t === 'nan' || t === 'inf' || t === 'infinity' ? 'non-finite' : 'text';
}

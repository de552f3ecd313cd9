import { POW10 } from './pow10.js';

const SPLITTER = 134217729; // 2^27 + 1: Veltkamp's split of a double into two 26-bit halves

/** The rounding error of p = fl(a·b), exactly: a·b = p + error (Dekker's product; JS has no FMA). */
function productError(a: number, b: number, p: number): number {
  let c = SPLITTER * a;
  const ah = c - (c - a), al = a - ah;
  c = SPLITTER * b;
  const bh = c - (c - b), bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/**
 * The double nearest to M·10^e for M = hi·10^r + lo, a mantissa of 16 to 19 digits
 * (2^53 <= M < 10^19, hi < 10^15, r <= 4) and |e| <= 22: the decimals that CSV
 * writers print most (17 digits from shortest round-trip, 19 from "%.18e"), where
 * Clinger's fast path does not apply because M is not an exact double.
 *
 * M is held exactly as a double-double (mh + ml), multiplied or divided by the
 * exact 10^|e| with a relative error below 2^-93, and rounded. The result is
 * correctly rounded unless M·10^e lies within 2^-80 (relative) of a halfway point
 * between two doubles; then this returns NaN and the caller asks Number(). Both
 * neighbours of the approximation are rounded and must agree, so no ulp arithmetic
 * is needed: rounding is monotonic, and the exact value lies between them.
 */
export function roundDecimal(hi: number, r: number, lo: number, e: number): number {
  const scale = POW10[r]!;
  const p = hi * scale;
  const pe = productError(hi, scale, p);
  const mh = p + lo;
  const v = mh - p;
  const ml = p - (mh - v) + (lo - v) + pe; // integers below 2^12: exact, so M = mh + ml exactly
  let rh: number, rl: number;
  if (e >= 0) {
    const P = POW10[e]!;
    rh = mh * P;
    rl = productError(mh, P, rh) + ml * P;
  } else {
    const P = POW10[-e]!;
    rh = mh / P;
    const q = rh * P;
    rl = (mh - q - productError(rh, P, q) + ml) / P; // mh - q is exact (Sterbenz)
  }
  const err = rh * 2 ** -80;
  const up = rh + (rl + err), down = rh + (rl - err);
  return up === down ? up : NaN;
}

/**
 * e^-u and log(1 + e^-u) for u >= 0: all the sigmoid and the binary cross-entropy
 * need (σ(z) from e^-|z|, the loss from log(1 + e^-|z|)), within 2 ulp of
 * Math.exp and Math.log1p(Math.exp(-u)), and about twice as fast as those in V8.
 *
 * u = u_i + b with u_i = i/H the nearest grid point, |b| <= 1/(2H), and q = e^-b - 1
 * from its Taylor series up to b^7 (the rest is below 1e-17 of q). Then
 *   e^-u             = E_i + E_i·q,                    E_i = e^-u_i,
 *   log(1 + e^-u)    = L_i + log(1 + S_i·q),           L_i = log(1 + E_i), S_i = E_i / (1 + E_i),
 * the last logarithm from its series up to the 8th power (|S_i·q| < 0.008). Both
 * corrections are under 2% of the table value, so nothing cancels. Beyond the
 * grid (u > UMAX, and NaN) the functions take Math.exp and Math.log1p.
 */
const H = 32;
const UMAX = 40;
const N = UMAX * H;
/** E_i, L_i, S_i side by side for i = 0..N. */
const TABLE = new Float64Array(3 * (N + 1));
for (let i = 0; i <= N; i++) {
  const E = Math.exp(-i / H);
  TABLE[3 * i] = E;
  TABLE[3 * i + 1] = Math.log1p(E);
  TABLE[3 * i + 2] = E / (1 + E);
}

// The two series in Estrin's form: shorter chains of dependent operations than Horner's
// (each step of a chain waits for the last), which is what a loop of these waits on.

/** e^-b - 1 for |b| <= 1/(2H), to b^7. */
function expm1Neg(b: number): number {
  const b2 = b * b, b4 = b2 * b2;
  return (b2 * (1 / 2) - b) + b2 * b * (b * (1 / 24) - 1 / 6) + b4 * b * (b * (1 / 720) - 1 / 120 - b2 * (1 / 5040));
}

/** log(1 + v) for |v| < 0.008, to v^8. */
function log1pSmall(v: number): number {
  const v2 = v * v, v4 = v2 * v2;
  return (v - v2 * 0.5) + v2 * v * (1 / 3 - v * 0.25) + v4 * v * (1 / 5 - v * (1 / 6) + v2 * (1 / 7 - v * 0.125));
}

/** e^-u for u >= 0 (NaN gives NaN, +Infinity 0). */
export function expNeg(u: number): number {
  if (!(u <= UMAX)) return Math.exp(-u);
  const i = (u * H + 0.5) | 0;
  const E = TABLE[3 * i]!;
  return E + E * expm1Neg(u - i / H);
}

/** log(1 + e^-u) for u >= 0 (NaN gives NaN, +Infinity 0). */
export function log1pExpNeg(u: number): number {
  if (!(u <= UMAX)) return Math.log1p(Math.exp(-u));
  const i = (u * H + 0.5) | 0;
  return TABLE[3 * i + 1]! + log1pSmall(TABLE[3 * i + 2]! * expm1Neg(u - i / H));
}

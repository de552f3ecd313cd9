/**
 * TensorBoard's scalar smoothing: an exponential moving average with weight w
 * (0: none, 0.99: heavy), de-biased so the first points are not pulled to 0.
 * Gaps (null) stay gaps and do not move the average.
 */
export function emaSmooth(values: readonly (number | null)[], w: number): (number | null)[] {
  if (!(w > 0)) return values.slice();
  let last = 0, n = 0;
  return values.map((v) => {
    if (v == null || !Number.isFinite(v)) return null;
    last = last * w + (1 - w) * v;
    n++;
    return last / (1 - w ** n);
  });
}

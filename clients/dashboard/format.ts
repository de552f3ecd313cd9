/** Number formats for tiles, labels and the log. */

export function formatCount(v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (Math.abs(v) >= 1e9) return `${(v / 1e9).toFixed(2)}G`;
  if (Math.abs(v) >= 1e6) return `${(v / 1e6).toFixed(2)}M`;
  if (Math.abs(v) >= 1e4) return `${(v / 1e3).toFixed(1)}k`;
  return String(Math.round(v));
}

/** Four significant digits, exponent form for very small or large values. */
export function formatValue(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e5)) return v.toExponential(2);
  return Number(v.toPrecision(4)).toString();
}

export function formatPercent(v: number): string {
  return Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '–';
}

export function clockTime(d = new Date()): string {
  return d.toTimeString().slice(0, 8);
}

/**
 * Axis labels for ticks `incr` apart: as many decimals as the step needs and no
 * more, so neighbouring labels always differ (never "2.2k 2.2k" or "388 388"),
 * with one k/M/G/T suffix chosen for the whole axis when the values are large
 * (exponents beyond).
 */
export function tickLabels(ticks: readonly number[], incr: number): string[] {
  const top = Math.max(0, ...ticks.map((t) => Math.abs(t)));
  if (!(incr > 0) || !Number.isFinite(incr)) return ticks.map((t) => formatValue(t));
  if (top !== 0 && (top < 1e-3 || incr < 1e-4 || top >= 1e15)) return exponents(ticks, incr);
  const [unit, suffix] = top >= 1e12 ? [1e12, 'T'] : top >= 1e9 ? [1e9, 'G'] : top >= 1e6 ? [1e6, 'M'] : top >= 1e4 ? [1e3, 'k'] : [1, ''];
  const step = incr / unit;
  // the fewest decimals that write the increment exactly (2.5 needs one, 0.25 two)
  let decimals = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  while (decimals < 12 && Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) > 1e-6 * step * 10 ** decimals) decimals++;
  return ticks.map((t) => {
    const v = t / unit;
    const s = v.toFixed(decimals);
    return (Number(s) === 0 ? '0' : s) + (Number(s) === 0 ? '' : suffix);
  });
}

/** Exponent form with enough mantissa digits that neighbours differ. */
function exponents(ticks: readonly number[], incr: number): string[] {
  for (let digits = 1; digits <= 8; digits++) {
    const out = ticks.map((t) => (t === 0 ? '0' : t.toExponential(digits)));
    if (new Set(out).size === out.length || incr === 0) return out;
  }
  return ticks.map((t) => t.toExponential(8));
}

/** Width in CSS pixels the longest label needs at the axis font (for axis sizes that never clip). */
export function labelWidth(labels: readonly string[], ctx: CanvasRenderingContext2D | undefined, font = '12px system-ui, sans-serif'): number {
  if (ctx === undefined) return 8 * Math.max(0, ...labels.map((l) => l.length));
  ctx.font = font;
  return Math.max(0, ...labels.map((l) => ctx.measureText(l).width));
}

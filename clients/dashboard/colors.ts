/** Colour scales shared by every view (TensorFlow Playground's orange/blue convention). */

export type Rgb = readonly [number, number, number];

export const NEGATIVE: Rgb = [245, 147, 34]; // orange: negative weights, class 0
export const POSITIVE: Rgb = [8, 119, 189]; // blue: positive weights, class 1
export const MIDDLE: Rgb = [247, 247, 247];

/** Tableau 10, for the classes of a multiclass model. */
export const CLASS_COLORS: readonly Rgb[] = [
  [78, 121, 167], [242, 142, 43], [225, 87, 89], [118, 183, 178], [89, 161, 79],
  [237, 201, 72], [176, 122, 161], [255, 157, 167], [156, 117, 95], [186, 176, 172],
];

/** t in [-1, 1]: orange through near-white to blue. Writes into `out` at offset `o` (RGBA). */
export function divergingInto(out: Uint8ClampedArray, o: number, t: number): void {
  const c = Number.isFinite(t) ? Math.max(-1, Math.min(1, t)) : 0;
  const end = c < 0 ? NEGATIVE : POSITIVE, a = Math.abs(c);
  out[o] = MIDDLE[0] + (end[0] - MIDDLE[0]) * a;
  out[o + 1] = MIDDLE[1] + (end[1] - MIDDLE[1]) * a;
  out[o + 2] = MIDDLE[2] + (end[2] - MIDDLE[2]) * a;
  out[o + 3] = 255;
}

export function diverging(t: number, alpha = 1): string {
  const px = new Uint8ClampedArray(4);
  divergingInto(px, 0, t);
  return `rgba(${px[0]},${px[1]},${px[2]},${alpha})`;
}

export function classColor(k: number, alpha = 1): string {
  const c = CLASS_COLORS[((k % CLASS_COLORS.length) + CLASS_COLORS.length) % CLASS_COLORS.length]!;
  return `rgba(${c[0]},${c[1]},${c[2]},${alpha})`;
}

/** Sequential scale for regression outputs: t in [0, 1], light to dark blue. */
export function sequentialInto(out: Uint8ClampedArray, o: number, t: number): void {
  const c = Number.isFinite(t) ? Math.max(0, Math.min(1, t)) : 0;
  out[o] = 240 + (8 - 240) * c;
  out[o + 1] = 244 + (48 - 244) * c;
  out[o + 2] = 248 + (107 - 248) * c;
  out[o + 3] = 255;
}

/** The largest |v| over the arrays, never 0 (so it can divide). */
export function maxAbs(...arrays: readonly ArrayLike<number>[]): number {
  let m = 0;
  for (const a of arrays) for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]!));
  return m > 0 && Number.isFinite(m) ? m : 1;
}

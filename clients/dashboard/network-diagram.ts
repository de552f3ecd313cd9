import { fitCanvas } from './canvas.js';
import { diverging, maxAbs } from './colors.js';
import type { nnstream } from '../../src/codec/generated/nnstream.js';

const MAX_UNITS = 24; // units drawn per layer; the rest are summarized as "+k"
export const MAX_DRAWN_UNITS = MAX_UNITS;

/** Where the diagram drew each unit (CSS pixels in the canvas): layer l = 0 is the input. */
export interface DiagramLayout {
  units: { x: number; y: number }[][];
  spacing: number;
}

/**
 * The network as a diagram: one column of units per layer, one edge per weight,
 * coloured by sign (orange negative, blue positive) with width and opacity by
 * |w| relative to the largest weight of the network. Units are filled by their
 * bias on the same scale.
 */
export function drawNetwork(canvas: HTMLCanvasElement, snap: nnstream.v1.ParameterSnapshot, activations: readonly string[], inputNames: readonly string[] = [], unitPad = 0): DiagramLayout {
  const { ctx, width, height } = fitCanvas(canvas);
  const layers = snap.layers ?? [];
  if (layers.length === 0) return { units: [], spacing: 0 };
  const sizes = [layers[0]!.cols ?? 0, ...layers.map((l) => l.rows ?? 0)];
  const scale = maxAbs(...layers.map((l) => l.w ?? []));
  const bScale = maxAbs(...layers.map((l) => l.b ?? []), [scale]);
  const top = 14 + unitPad, bottom = 36 + unitPad, side = 26; // unitPad: room for what is drawn over a unit (its thumbnail)
  const shown = sizes.map((n) => Math.min(n, MAX_UNITS));
  // the inputs' names at the left of their units, when they are few enough to read
  ctx.font = '11px system-ui, sans-serif';
  const named = sizes[0]! <= 12 && inputNames.length === sizes[0];
  const nameW = named ? Math.min(width * 0.3, Math.max(...inputNames.map((n) => ctx.measureText(n).width)) + 14) : 0;
  const colX = (l: number): number => (l === 0 ? side + nameW : side + nameW + (l * (width - 2 * side - nameW)) / Math.max(1, sizes.length - 1));
  const h = height - top - bottom;
  const gapOf = (n: number): number => (n > 1 ? Math.min(h / (n - 1), 44) : 0); // small layers stay compact and centred
  const unitY = (l: number, i: number): number => {
    const n = shown[l]!, g = gapOf(n);
    return top + h / 2 + (i - (n - 1) / 2) * g;
  };
  const spacing = Math.min(...shown.map((n) => (n > 1 ? gapOf(n) : h)));
  const radius = Math.max(2, Math.min(9, spacing * 0.35));

  // edges, weakest first so strong ones stay on top
  layers.forEach((layer, l) => {
    const rows = layer.rows ?? 0, cols = layer.cols ?? 0, w = layer.w ?? [];
    const edges: { i: number; k: number; v: number }[] = [];
    for (let i = 0; i < Math.min(rows, MAX_UNITS); i++) for (let k = 0; k < Math.min(cols, MAX_UNITS); k++) edges.push({ i, k, v: w[i * cols + k]! });
    edges.sort((a, b) => Math.abs(a.v) - Math.abs(b.v));
    for (const e of edges) {
      const t = e.v / scale, a = Math.abs(t);
      ctx.strokeStyle = diverging(Math.sign(t), 0.15 + 0.85 * a);
      ctx.lineWidth = 0.4 + 4.6 * a;
      ctx.beginPath();
      ctx.moveTo(colX(l), unitY(l, e.k));
      ctx.lineTo(colX(l + 1), unitY(l + 1, e.i));
      ctx.stroke();
    }
  });

  // units
  ctx.lineWidth = 1;
  sizes.forEach((n, l) => {
    const b = l === 0 ? undefined : (layers[l - 1]!.b ?? []);
    for (let i = 0; i < shown[l]!; i++) {
      ctx.beginPath();
      ctx.arc(colX(l), unitY(l, i), radius, 0, 2 * Math.PI);
      ctx.fillStyle = b === undefined ? '#d9dee4' : diverging(b[i]! / bScale);
      ctx.fill();
      ctx.strokeStyle = '#4b5563';
      ctx.stroke();
      if (l === 0 && named) {
        ctx.fillStyle = '#1f2933';
        ctx.font = '11px system-ui, sans-serif';
        ctx.textAlign = 'right';
        ctx.textBaseline = 'middle';
        ctx.fillText(shorten(ctx, inputNames[i]!, nameW - 6), colX(l) - radius - 4, unitY(l, i));
        ctx.textBaseline = 'alphabetic';
      }
    }
    ctx.fillStyle = '#1f2933';
    ctx.font = '11px system-ui, sans-serif';
    ctx.textAlign = l === 0 ? 'left' : l === sizes.length - 1 ? 'right' : 'center';
    const x = l === 0 ? Math.max(2, colX(0) - side) : l === sizes.length - 1 ? width - 2 : colX(l);
    const name = l === 0 ? 'input' : (activations[l - 1] ?? layers[l - 1]!.activation ?? '');
    ctx.fillText(`${name} ${n}`, x, height - 14);
    if (n > shown[l]!) {
      ctx.fillStyle = '#66727f';
      ctx.fillText(`(${shown[l]} of ${n} shown)`, x, height - 2);
    }
  });
  return { units: shown.map((n, l) => Array.from({ length: n }, (_, i) => ({ x: colX(l), y: unitY(l, i) }))), spacing };
}

function shorten(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let t = text;
  while (t.length > 2 && ctx.measureText(t + '…').width > width) t = t.slice(0, -1);
  return t + '…';
}

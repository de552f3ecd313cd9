import { el, fitCanvas } from './canvas.js';
import { formatValue } from './format.js';
import { BINS, HistogramHistory, histogram } from './histogram-history.js';
import type { nnstream } from '../../src/codec/generated/nnstream.js';

interface LayerPlot {
  history: HistogramHistory;
  caption: HTMLElement;
  canvas: HTMLCanvasElement;
  shape: string;
}

/**
 * Per layer, the distribution of its weights over time (a density strip per
 * snapshot, like TensorBoard's histograms seen from above) and, at the right,
 * the histogram of the newest snapshot on the same value axis.
 */
export class WeightHistograms {
  private plots: LayerPlot[] = [];

  constructor(private readonly root: HTMLElement) {}

  /** Records a snapshot (every one received, drawn or not). */
  add(snap: nnstream.v1.ParameterSnapshot): void {
    const layers = snap.layers ?? [];
    const shapes = layers.map((l) => `${l.rows}x${l.cols}`);
    if (shapes.length !== this.plots.length || shapes.some((s, i) => s !== this.plots[i]!.shape)) this.build(shapes);
    layers.forEach((l, i) => this.plots[i]!.history.push(histogram(Number(snap.step), l.w ?? [])));
  }

  clear(): void {
    for (const p of this.plots) p.history.clear();
  }

  draw(): void {
    this.plots.forEach((p, i) => {
      const last = p.history.last;
      const [rows, cols] = p.shape.split('x');
      p.caption.textContent = `W[${i + 1}] ${rows}×${cols}: ${p.history.length} snapshots kept${last ? `, now in [${formatValue(last.lo)}, ${formatValue(last.hi)}]` : ''}`;
      drawPlot(p);
    });
  }

  private build(shapes: string[]): void {
    this.root.replaceChildren();
    this.plots = shapes.map((shape, i) => {
      const figure = el('figure'), caption = el('figcaption'), box = el('div', 'canvas-box'), canvas = el('canvas');
      canvas.dataset['layer'] = String(i + 1);
      box.append(canvas);
      figure.append(caption, box);
      this.root.append(figure);
      return { history: new HistogramHistory(240), caption, canvas, shape };
    });
  }
}

function drawPlot(p: LayerPlot): void {
  const { ctx, width, height } = fitCanvas(p.canvas);
  const cols = p.history.columns;
  if (cols.length === 0) return;
  const bottom = 16, top = 4, gap = 8;
  let { lo, hi } = p.history.range();
  const pad = (hi - lo) * 0.04 || 1e-3;
  lo -= pad;
  hi += pad;
  // the value labels' width decides the left margin: they are never clipped
  ctx.font = '11px system-ui, sans-serif';
  const left = Math.ceil(Math.max(24, ctx.measureText(formatValue(hi)).width, ctx.measureText(formatValue(lo)).width)) + 8;
  const nowW = Math.max(40, Math.floor(width * 0.22));
  const plotW = width - left - nowW - gap, plotH = height - top - bottom;
  const y = (v: number): number => top + plotH - ((v - lo) / (hi - lo)) * plotH;
  const first = cols[0]!.step, lastStep = cols[cols.length - 1]!.step, span = Math.max(1, lastStep - first);
  const x = (s: number): number => left + ((s - first) / span) * plotW;

  ctx.fillStyle = '#fafbfc';
  ctx.fillRect(left, top, plotW, plotH);
  for (let j = 0; j < cols.length; j++) {
    const c = cols[j]!;
    const x0 = cols.length === 1 ? left : x(c.step);
    const x1 = j + 1 < cols.length ? x(cols[j + 1]!.step) : left + plotW;
    const w = Math.max(1, x1 - x0 + 0.5);
    let max = 1;
    for (let b = 0; b < BINS; b++) max = Math.max(max, c.counts[b]!);
    const bw = (c.hi - c.lo) / BINS;
    for (let b = 0; b < BINS; b++) {
      const n = c.counts[b]!;
      if (n === 0) continue;
      const ya = y(c.lo + (b + 1) * bw), yb = y(c.lo + b * bw);
      ctx.fillStyle = `rgba(8,119,189,${(0.15 + 0.85 * (n / max)).toFixed(3)})`;
      ctx.fillRect(x0, ya, w, Math.max(1, yb - ya));
    }
  }
  // the newest histogram, same value axis
  const now = cols[cols.length - 1]!;
  let max = 1;
  for (let b = 0; b < BINS; b++) max = Math.max(max, now.counts[b]!);
  const nx = left + plotW + gap, bw = (now.hi - now.lo) / BINS;
  ctx.fillStyle = '#0b3d66';
  for (let b = 0; b < BINS; b++) {
    const n = now.counts[b]!;
    if (n === 0) continue;
    const ya = y(now.lo + (b + 1) * bw), yb = y(now.lo + b * bw);
    ctx.fillRect(nx, ya, (n / max) * nowW, Math.max(1, yb - ya - 0.5));
  }
  // zero line and labels
  ctx.strokeStyle = 'rgba(0,0,0,0.35)';
  ctx.setLineDash([3, 3]);
  if (lo < 0 && hi > 0) {
    ctx.beginPath();
    ctx.moveTo(left, y(0));
    ctx.lineTo(width, y(0));
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.fillStyle = '#66727f';
  ctx.font = '11px system-ui, sans-serif';
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  ctx.fillText(formatValue(hi), left - 4, top + 6);
  ctx.fillText(formatValue(lo), left - 4, top + plotH - 6);
  if (lo < 0 && hi > 0) ctx.fillText('0', left - 4, y(0));
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.fillText(`step ${first}`, left, height - 3);
  ctx.textAlign = 'right';
  ctx.fillText(`${lastStep}`, left + plotW, height - 3);
  ctx.fillText('now', width, height - 3);
}

import { divergingInto, maxAbs } from './colors.js';
import { el } from './canvas.js';
import { formatValue } from './format.js';
import type { nnstream } from '../../src/codec/generated/nnstream.js';

const MAX_CSS = 220; // px per matrix side
const MAX_CELL = 30;

interface LayerView {
  figure: HTMLElement;
  caption: HTMLElement;
  canvas: HTMLCanvasElement;
  rows: number;
  cols: number;
  w: readonly number[];
  b: readonly number[];
  scale: number;
  cell: number;
}

/**
 * One heatmap per layer: W (n[l] x n[l-1], row i = unit i, column k = input k),
 * a gap, then the bias column b. Colours are symmetric around 0 per layer
 * (orange negative, blue positive); pointing at a cell shows its value.
 */
export class WeightHeatmaps {
  private views: LayerView[] = [];

  constructor(private readonly root: HTMLElement) {}

  draw(snap: nnstream.v1.ParameterSnapshot): void {
    const layers = snap.layers ?? [];
    const shapeChanged = layers.length !== this.views.length || layers.some((l, i) => l.rows !== this.views[i]!.rows || l.cols !== this.views[i]!.cols);
    if (shapeChanged) this.build(layers);
    layers.forEach((l, i) => this.paint(this.views[i]!, l));
  }

  private build(layers: readonly nnstream.v1.Layer.$Properties[]): void {
    this.root.replaceChildren();
    this.views = layers.map((l, i) => {
      const rows = l.rows ?? 0, cols = l.cols ?? 0;
      const figure = el('figure', 'heatmap');
      const caption = el('figcaption');
      const canvas = el('canvas');
      canvas.width = cols + 2;
      canvas.height = rows;
      const cell = Math.max(1, Math.min(MAX_CELL, Math.floor(MAX_CSS / Math.max(rows, cols + 2))));
      canvas.style.width = `${(cols + 2) * cell}px`;
      canvas.style.height = `${rows * cell}px`;
      canvas.dataset['layer'] = String(i + 1);
      figure.append(caption, canvas);
      this.root.append(figure);
      const view: LayerView = { figure, caption, canvas, rows, cols, w: [], b: [], scale: 1, cell };
      canvas.addEventListener('mousemove', (ev) => this.point(view, i, ev));
      canvas.addEventListener('mouseleave', () => this.caption(view, i));
      return view;
    });
  }

  private paint(v: LayerView, l: nnstream.v1.Layer.$Properties): void {
    v.w = l.w ?? [];
    v.b = l.b ?? [];
    v.scale = maxAbs(v.w, v.b);
    const width = v.cols + 2, img = new ImageData(width, v.rows), px = img.data;
    for (let i = 0; i < v.rows; i++) {
      for (let k = 0; k < v.cols; k++) divergingInto(px, (i * width + k) * 4, v.w[i * v.cols + k]! / v.scale);
      divergingInto(px, (i * width + v.cols + 1) * 4, v.b[i]! / v.scale);
      px[(i * width + v.cols) * 4 + 3] = 0; // the gap
    }
    v.canvas.getContext('2d')!.putImageData(img, 0, 0);
    this.caption(v, this.views.indexOf(v));
  }

  private caption(v: LayerView, i: number): void {
    v.caption.textContent = `W[${i + 1}] ${v.rows}×${v.cols} · b[${i + 1}]   |w| ≤ ${formatValue(v.scale)}`;
  }

  private point(v: LayerView, i: number, ev: MouseEvent): void {
    const k = Math.floor(ev.offsetX / v.cell), r = Math.floor(ev.offsetY / v.cell);
    if (r < 0 || r >= v.rows) return;
    if (k < v.cols) v.caption.textContent = `W[${i + 1}][${r}][${k}] = ${formatValue(v.w[r * v.cols + k])}`;
    else if (k === v.cols + 1) v.caption.textContent = `b[${i + 1}][${r}] = ${formatValue(v.b[r])}`;
  }
}

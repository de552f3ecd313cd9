import { matrix, type Matrix } from '../../src/core/matrix.js';
import { fitCanvas, pixelCanvas } from './canvas.js';
import { CLASS_COLORS, NEGATIVE, POSITIVE, classColor, divergingInto, sequentialInto } from './colors.js';
import { formatValue } from './format.js';
import type { SnapshotModel } from './snapshot-model.js';
import type { Recent } from './recent.js';

const GRID = 100; // predictions per side of the input plane

interface Domain {
  lo: [number, number];
  hi: [number, number];
}

/**
 * For 2-input models: the model's output over the input plane as a heatmap (the
 * project's forward pass on a GRID x GRID lattice, in raw input units: the model
 * applies its own normalizer), the 0.5 contour for binary models, and the recent
 * samples on top coloured by label. The plane spans every recent sample seen so
 * far, so it does not jump from one snapshot to the next.
 */
export class DecisionBoundary {
  private domain: Domain | undefined;
  private provisional = false; // a domain guessed from the normalizer, replaced by the first samples
  private field: HTMLCanvasElement | undefined;
  private fieldStep = -1;
  private range: { lo: number; hi: number } = { lo: 0, hi: 1 };

  /** Widens the plane to hold these samples; true when it grew (the field must be recomputed). */
  include(recent: Recent): boolean {
    if (recent.n !== 2 || recent.m === 0) return false;
    const lo: [number, number] = [Infinity, Infinity], hi: [number, number] = [-Infinity, -Infinity];
    for (let j = 0; j < recent.m; j++)
      for (let i = 0; i < 2; i++) {
        const v = recent.x[j * 2 + i]!;
        if (!Number.isFinite(v)) continue;
        lo[i] = Math.min(lo[i]!, v);
        hi[i] = Math.max(hi[i]!, v);
      }
    if (!Number.isFinite(lo[0]) || !Number.isFinite(lo[1])) return false;
    const padded = pad({ lo, hi });
    const d = this.provisional ? undefined : this.domain;
    this.provisional = false;
    if (d !== undefined && padded.lo[0] >= d.lo[0] && padded.lo[1] >= d.lo[1] && padded.hi[0] <= d.hi[0] && padded.hi[1] <= d.hi[1]) return false;
    this.domain = d === undefined ? padded : { lo: [Math.min(d.lo[0], padded.lo[0]), Math.min(d.lo[1], padded.lo[1])], hi: [Math.max(d.hi[0], padded.hi[0]), Math.max(d.hi[1], padded.hi[1])] };
    this.field = undefined;
    return true;
  }

  /** Forgets the plane (after a reset, a new model may see other data). */
  clear(): void {
    this.domain = undefined;
    this.field = undefined;
  }

  draw(canvas: HTMLCanvasElement, model: SnapshotModel, recent: Recent | undefined): string {
    if (this.domain === undefined) {
      this.domain = fallbackDomain(model);
      this.provisional = true;
    }
    if (this.field === undefined || this.fieldStep !== model.step) this.compute(model);
    const d = this.domain;
    const { ctx, width, height } = fitCanvas(canvas);
    const left = 46, bottom = 20, top = 4, right = 6;
    const size = Math.max(10, Math.min(width - left - right, height - top - bottom));
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(this.field!, left, top, size, size);
    ctx.strokeStyle = '#9aa5b1';
    ctx.strokeRect(left + 0.5, top + 0.5, size - 1, size - 1);
    const px = (v: number): number => left + ((v - d.lo[0]) / (d.hi[0] - d.lo[0])) * size;
    const py = (v: number): number => top + size - ((v - d.lo[1]) / (d.hi[1] - d.lo[1])) * size;
    let shown = 0;
    if (recent !== undefined && recent.n === 2) {
      ctx.lineWidth = 1;
      ctx.strokeStyle = '#ffffff';
      for (let j = 0; j < recent.m; j++) {
        const y = recent.y[j]!;
        ctx.fillStyle = this.labelColor(model.task, y);
        ctx.beginPath();
        ctx.arc(px(recent.x[j * 2]!), py(recent.x[j * 2 + 1]!), 3.5, 0, 2 * Math.PI);
        ctx.fill();
        ctx.stroke();
        shown++;
      }
    }
    ctx.fillStyle = '#66727f';
    ctx.font = '11px system-ui, sans-serif';
    ctx.textAlign = 'left';
    ctx.fillText(formatValue(d.lo[0]), left, top + size + 14);
    ctx.textAlign = 'right';
    ctx.fillText(formatValue(d.hi[0]), left + size, top + size + 14);
    ctx.textAlign = 'center';
    ctx.fillText('x₁', left + size / 2, top + size + 14);
    ctx.save();
    ctx.translate(left - 6, top + size / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.fillText('x₂', 0, 0);
    ctx.restore();
    ctx.textAlign = 'right';
    ctx.fillText(formatValue(d.hi[1]), left - 3, top + 10);
    ctx.fillText(formatValue(d.lo[1]), left - 3, top + size);
    canvas.dataset['step'] = String(model.step);
    return this.legend(model, shown);
  }

  private labelColor(task: string, y: number): string {
    if (task === 'binary') return y >= 0.5 ? rgb(POSITIVE) : rgb(NEGATIVE);
    if (task === 'multiclass') return classColor(Math.round(y));
    const px = new Uint8ClampedArray(4);
    sequentialInto(px, 0, (y - this.range.lo) / (this.range.hi - this.range.lo || 1));
    return `rgb(${px[0]},${px[1]},${px[2]})`;
  }

  private legend(model: SnapshotModel, shown: number): string {
    const item = (html: string): string => `<span class="item">${html}</span> `; // the space lets lines break between items
    const swatch = (color: string, text: string): string => item(`<span class="swatch" style="background:${color}"></span>${text}`);
    const tail = item(`${shown} recent samples`) + item(`parameters of step ${model.step}`);
    if (model.task === 'binary') return item('P(y=1): 0<span class="bar"></span>1') + swatch(rgb(NEGATIVE), 'label 0') + swatch(rgb(POSITIVE), 'label 1') + tail;
    if (model.task === 'multiclass') return Array.from({ length: model.outputs }, (_, k) => swatch(classColor(k), `class ${k}`)).join('') + tail;
    return item(`output from ${formatValue(this.range.lo)} (light) to ${formatValue(this.range.hi)} (dark)`) + tail;
  }

  private compute(model: SnapshotModel): void {
    const d = this.domain!;
    const X: Matrix = matrix(2, GRID * GRID);
    for (let r = 0; r < GRID; r++)
      for (let c = 0; c < GRID; c++) {
        const j = r * GRID + c;
        X.data[2 * j] = d.lo[0] + ((c + 0.5) / GRID) * (d.hi[0] - d.lo[0]);
        X.data[2 * j + 1] = d.hi[1] - ((r + 0.5) / GRID) * (d.hi[1] - d.lo[1]);
      }
    const A = model.predict(X);
    const img = new ImageData(GRID, GRID), px = img.data;
    if (model.task === 'binary') paintBinary(px, A);
    else if (model.task === 'multiclass') paintMulticlass(px, A);
    else this.range = paintRegression(px, A);
    this.field = pixelCanvas(img);
    this.fieldStep = model.step;
  }
}

function paintBinary(px: Uint8ClampedArray, A: Matrix): void {
  const p = A.data;
  for (let j = 0; j < p.length; j++) divergingInto(px, j * 4, 2 * p[j]! - 1);
  // the decision boundary: cells where P crosses 0.5 against the right or lower neighbour
  for (let r = 0; r < GRID; r++)
    for (let c = 0; c < GRID; c++) {
      const j = r * GRID + c, s = p[j]! >= 0.5;
      const edge = (c + 1 < GRID && p[j + 1]! >= 0.5 !== s) || (r + 1 < GRID && p[j + GRID]! >= 0.5 !== s);
      if (edge) for (let k = 0; k < 3; k++) px[j * 4 + k] = 60;
    }
}

function paintMulticlass(px: Uint8ClampedArray, A: Matrix): void {
  const K = A.rows;
  for (let j = 0; j < A.cols; j++) {
    let best = 0;
    for (let k = 1; k < K; k++) if (A.data[j * K + k]! > A.data[j * K + best]!) best = k;
    const conf = (A.data[j * K + best]! - 1 / K) / (1 - 1 / K);
    const c = CLASS_COLORS[best % CLASS_COLORS.length]!, a = 0.25 + 0.75 * Math.max(0, Math.min(1, conf));
    for (let k = 0; k < 3; k++) px[j * 4 + k] = 255 + (c[k]! - 255) * a;
    px[j * 4 + 3] = 255;
  }
}

function paintRegression(px: Uint8ClampedArray, A: Matrix): { lo: number; hi: number } {
  let lo = Infinity, hi = -Infinity;
  for (const v of A.data) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  for (let j = 0; j < A.cols; j++) sequentialInto(px, j * 4, (A.data[j]! - lo) / (hi - lo || 1));
  return { lo, hi };
}

function pad(d: Domain): Domain {
  const out: Domain = { lo: [0, 0], hi: [0, 0] };
  for (let i = 0; i < 2; i++) {
    const span = d.hi[i]! - d.lo[i]! || Math.abs(d.lo[i]!) || 1;
    out.lo[i] = d.lo[i]! - span * 0.08;
    out.hi[i] = d.hi[i]! + span * 0.08;
  }
  return out;
}

function fallbackDomain(model: SnapshotModel): Domain {
  const s = model.inputScale();
  if (s === undefined) return { lo: [-1, -1], hi: [1, 1] };
  return { lo: [s.mean[0]! - 3 * s.sd[0]!, s.mean[1]! - 3 * s.sd[1]!], hi: [s.mean[0]! + 3 * s.sd[0]!, s.mean[1]! + 3 * s.sd[1]!] };
}

function rgb(c: readonly number[]): string {
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

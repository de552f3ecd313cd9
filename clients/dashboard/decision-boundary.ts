import { matrix, type Matrix } from '../../src/core/matrix.js';
import { fitCanvas, pixelCanvas } from './canvas.js';
import { CLASS_COLORS, NEGATIVE, POSITIVE, classColor, divergingInto, sequentialInto } from './colors.js';
import { formatValue } from './format.js';
import type { Names } from './names.js';
import type { SnapshotModel } from './snapshot-model.js';
import type { Recent } from './recent.js';

const GRID = 100; // predictions per side of the input plane
const THUMB = 28; // per side of a neuron's thumbnail

interface Domain {
  lo: [number, number];
  hi: [number, number];
}

/** A hidden unit: layer l (1-based, as in W[l]) and its index. */
export interface Neuron {
  layer: number;
  unit: number;
}

/**
 * The model's output over a plane of two inputs as a heatmap (the project's
 * forward pass on a GRID x GRID lattice, in raw input units: the model applies
 * its own normalizer), the 0.5 contour for binary models, and the recent samples
 * on top coloured by label. With 2 inputs the plane is the whole input space;
 * with more, it is a partial-dependence slice: two inputs chosen by the user, the
 * others held at their means, the samples projected onto the two axes. With a
 * focused hidden neuron the plane shows that neuron's activation instead
 * (TensorFlow Playground's neuron view). The plane spans every recent sample seen
 * so far, so it does not jump from one snapshot to the next.
 */
export class DecisionBoundary {
  private domain: Domain | undefined;
  private provisional = false; // a domain guessed from the normalizer, replaced by the first samples
  private field: HTMLCanvasElement | undefined;
  private fieldKey = '';
  private range: { lo: number; hi: number } = { lo: 0, hi: 1 };
  private labels: { lo: number; hi: number } = { lo: 0, hi: 1 };
  private axes: [number, number] = [0, 1];
  private means: Float64Array | undefined;
  focus: Neuron | undefined;

  /** The two inputs on the axes (feature indices). */
  get axisPair(): readonly [number, number] {
    return this.axes;
  }

  setAxes(i: number, j: number): void {
    if (i === this.axes[0] && j === this.axes[1]) return;
    this.axes = [i, j];
    this.clear();
  }

  /** Widens the plane to hold these samples; true when it grew (the field must be recomputed). */
  include(recent: Recent): boolean {
    if (recent.n < 2 || recent.m === 0) return false;
    this.means = meansOf(recent);
    const lo: [number, number] = [Infinity, Infinity], hi: [number, number] = [-Infinity, -Infinity];
    for (let j = 0; j < recent.m; j++)
      for (let i = 0; i < 2; i++) {
        const v = recent.x[j * recent.n + this.axes[i]!]!;
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

  /** The inputs (n x m) of a size x size lattice over the plane, the other inputs at their means. */
  lattice(model: SnapshotModel, size: number): Matrix {
    const d = this.plane(model), n = model.inputs, base = this.base(model);
    const X: Matrix = matrix(n, size * size);
    const [a, b] = this.axes;
    for (let r = 0; r < size; r++)
      for (let c = 0; c < size; c++) {
        const j = r * size + c;
        X.data.set(base, n * j);
        X.data[n * j + a] = d.lo[0] + ((c + 0.5) / size) * (d.hi[0] - d.lo[0]);
        X.data[n * j + b] = d.hi[1] - ((r + 0.5) / size) * (d.hi[1] - d.lo[1]);
      }
    return X;
  }

  /** Every hidden neuron's activation over the plane, as small images (hidden layers only, up to `max` per layer). */
  thumbnails(model: SnapshotModel, max: number): { neuron: Neuron; image: ImageData }[] {
    const A = model.layerOutputs(this.lattice(model, THUMB));
    const out: { neuron: Neuron; image: ImageData }[] = [];
    for (let l = 0; l < A.length - 1; l++)
      for (let i = 0; i < Math.min(A[l]!.rows, max); i++) out.push({ neuron: { layer: l + 1, unit: i }, image: neuronImage(A[l]!, i, THUMB, model.activations[l]!) });
    return out;
  }

  draw(canvas: HTMLCanvasElement, model: SnapshotModel, recent: Recent | undefined, names: Names): string {
    const d = this.plane(model);
    const key = `${model.step}:${this.focus ? `${this.focus.layer}.${this.focus.unit}` : 'out'}:${this.axes.join(',')}`;
    if (this.field === undefined || this.fieldKey !== key) this.compute(model, key);
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
    const [a, b] = this.axes;
    if (recent !== undefined && recent.n === model.inputs) {
      this.labels = labelRange(recent);
      ctx.lineWidth = 1;
      ctx.strokeStyle = '#ffffff';
      for (let j = 0; j < recent.m; j++) {
        ctx.fillStyle = this.labelColor(model.task, recent.y[j]!);
        ctx.beginPath();
        ctx.arc(px(recent.x[j * recent.n + a]!), py(recent.x[j * recent.n + b]!), 3.5, 0, 2 * Math.PI);
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
    ctx.fillStyle = '#1f2933';
    ctx.fillText(fit(ctx, names.features[a] ?? `x${a + 1}`, size - 120), left + size / 2, top + size + 14);
    ctx.save();
    ctx.translate(left - 6, top + size / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.fillText(fit(ctx, names.features[b] ?? `x${b + 1}`, size - 80), 0, 0);
    ctx.restore();
    ctx.fillStyle = '#66727f';
    ctx.textAlign = 'right';
    ctx.fillText(formatValue(d.hi[1]), left - 3, top + 10);
    ctx.fillText(formatValue(d.lo[1]), left - 3, top + size);
    canvas.dataset['step'] = String(model.step);
    canvas.dataset['axes'] = `${names.features[a]},${names.features[b]}`;
    canvas.dataset['focus'] = this.focus ? `${this.focus.layer}.${this.focus.unit}` : '';
    return this.legend(model, shown, names);
  }

  private plane(model: SnapshotModel): Domain {
    if (this.domain === undefined) {
      this.domain = fallbackDomain(model, this.axes);
      this.provisional = true;
    }
    return this.domain;
  }

  /** Where the inputs off the axes are held: the model's running means when it standardizes, else the recent samples' means. */
  private base(model: SnapshotModel): Float64Array {
    const s = model.inputScale();
    if (s !== undefined) return s.mean;
    return this.means !== undefined && this.means.length === model.inputs ? this.means : new Float64Array(model.inputs);
  }

  private labelColor(task: string, y: number): string {
    if (task === 'binary') return y >= 0.5 ? rgb(POSITIVE) : rgb(NEGATIVE);
    if (task === 'multiclass') return classColor(Math.round(y));
    const px = new Uint8ClampedArray(4);
    sequentialInto(px, 0, (y - this.labels.lo) / (this.labels.hi - this.labels.lo || 1)); // on the labels' own scale
    return `rgb(${px[0]},${px[1]},${px[2]})`;
  }

  private legend(model: SnapshotModel, shown: number, names: Names): string {
    const item = (html: string): string => `<span class="item">${html}</span> `; // the space lets lines break between items
    const swatch = (color: string, text: string): string => item(`<span class="swatch" style="background:${color}"></span>${escapeHtml(text)}`);
    const slice = model.inputs > 2 ? item('other inputs at their means') : '';
    const tail = slice + item(`${shown} recent samples`) + item(`parameters of step ${model.step}`);
    if (this.focus !== undefined) {
      const act = model.activations[this.focus.layer - 1] ?? '';
      const scale = act === 'relu' || act === 'leaky_relu' ? '0<span class="bar"></span>max' : act === 'sigmoid' ? '0<span class="bar"></span>1' : '−1<span class="bar"></span>1';
      return item(`<b>neuron ${this.focus.unit + 1} of hidden layer ${this.focus.layer}</b> (${escapeHtml(act)})`) + item(`activation ${scale}`) + tail;
    }
    if (model.task === 'binary') return item(`P(${escapeHtml(names.classes[1] ?? '1')}): 0<span class="bar"></span>1`) + swatch(rgb(NEGATIVE), names.classes[0] ?? '0') + swatch(rgb(POSITIVE), names.classes[1] ?? '1') + tail;
    if (model.task === 'multiclass') return Array.from({ length: model.outputs }, (_, k) => swatch(classColor(k), names.classes[k] ?? `class ${k}`)).join('') + tail;
    return item(`predicted ${escapeHtml(names.label || 'output')} from ${formatValue(this.range.lo)} (light) to ${formatValue(this.range.hi)} (dark)`) + item(`samples: label from ${formatValue(this.labels.lo)} to ${formatValue(this.labels.hi)}`) + tail;
  }

  private compute(model: SnapshotModel, key: string): void {
    const X = this.lattice(model, GRID);
    const img = new ImageData(GRID, GRID), px = img.data;
    if (this.focus !== undefined && this.focus.layer < model.activations.length) {
      const A = model.layerOutputs(X)[this.focus.layer - 1]!;
      img.data.set(neuronImage(A, Math.min(this.focus.unit, A.rows - 1), GRID, model.activations[this.focus.layer - 1]!).data);
    } else {
      const A = model.predict(X);
      if (model.task === 'binary') paintBinary(px, A);
      else if (model.task === 'multiclass') paintMulticlass(px, A);
      else this.range = paintRegression(px, A);
    }
    this.field = pixelCanvas(img);
    this.fieldKey = key;
  }
}

/** One neuron's activations (row i of A, a size x size lattice) on the orange–blue scale of its activation's range. */
function neuronImage(A: Matrix, i: number, size: number, activation: string): ImageData {
  const img = new ImageData(size, size), K = A.rows;
  let hi = 0;
  if (activation === 'relu' || activation === 'leaky_relu') for (let j = 0; j < A.cols; j++) hi = Math.max(hi, Math.abs(A.data[j * K + i]!));
  for (let j = 0; j < A.cols; j++) {
    const a = A.data[j * K + i]!;
    const t = activation === 'tanh' ? a : activation === 'sigmoid' ? 2 * a - 1 : hi > 0 ? a / hi : 0;
    divergingInto(img.data, j * 4, t);
  }
  return img;
}

function labelRange(r: Recent): { lo: number; hi: number } {
  let lo = Infinity, hi = -Infinity;
  for (let j = 0; j < r.m; j++) if (Number.isFinite(r.y[j])) {
    lo = Math.min(lo, r.y[j]!);
    hi = Math.max(hi, r.y[j]!);
  }
  return lo <= hi ? { lo, hi } : { lo: 0, hi: 1 };
}

function meansOf(r: Recent): Float64Array {
  const mean = new Float64Array(r.n);
  for (let j = 0; j < r.m; j++) for (let i = 0; i < r.n; i++) mean[i]! += r.x[j * r.n + i]! / r.m;
  return mean;
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

function fallbackDomain(model: SnapshotModel, axes: readonly [number, number]): Domain {
  const s = model.inputScale();
  if (s === undefined) return { lo: [-1, -1], hi: [1, 1] };
  const [a, b] = axes;
  return { lo: [s.mean[a]! - 3 * s.sd[a]!, s.mean[b]! - 3 * s.sd[b]!], hi: [s.mean[a]! + 3 * s.sd[a]!, s.mean[b]! + 3 * s.sd[b]!] };
}

/** The text, shortened with … to fit `width` pixels. */
function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width || text.length < 4) return text;
  let t = text;
  while (t.length > 3 && ctx.measureText(t + '…').width > width) t = t.slice(0, -1);
  return t + '…';
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function rgb(c: readonly number[]): string {
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

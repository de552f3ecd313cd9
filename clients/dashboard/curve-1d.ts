import { matrix } from '../../src/core/matrix.js';
import { fitCanvas } from './canvas.js';
import { NEGATIVE, POSITIVE, classColor } from './colors.js';
import { escapeHtml } from './decision-boundary.js';
import { formatValue } from './format.js';
import type { Names } from './names.js';
import type { Recent } from './recent.js';
import type { SnapshotModel } from './snapshot-model.js';

const POINTS = 200;

/**
 * For 1-input models: the model's output as a curve over the input (P(class)
 * per class for classification, the prediction for regression), with the recent
 * samples on it. Returns the legend.
 */
export function drawCurve(canvas: HTMLCanvasElement, model: SnapshotModel, recent: Recent | undefined, names: Names): string {
  const { ctx, width, height } = fitCanvas(canvas);
  const xs: number[] = [], ys: number[] = [];
  if (recent !== undefined && recent.n === 1) for (let j = 0; j < recent.m; j++) if (Number.isFinite(recent.x[j]) && Number.isFinite(recent.y[j])) {
    xs.push(recent.x[j]!);
    ys.push(recent.y[j]!);
  }
  let lo = Math.min(...xs), hi = Math.max(...xs);
  if (!(lo < hi)) [lo, hi] = Number.isFinite(lo) ? [lo - 1, lo + 1] : [-1, 1];
  const pad = (hi - lo) * 0.05;
  lo -= pad;
  hi += pad;
  const X = matrix(1, POINTS);
  for (let j = 0; j < POINTS; j++) X.data[j] = lo + ((j + 0.5) / POINTS) * (hi - lo);
  const A = model.predict(X), K = A.rows;
  const regression = model.task === 'regression';
  let yLo = 0, yHi = 1;
  if (regression) {
    yLo = Math.min(...A.data, ...ys);
    yHi = Math.max(...A.data, ...ys);
    if (!(yLo < yHi)) [yLo, yHi] = [yLo - 1, yLo + 1];
  }
  const left = 46, right = 8, top = 6, bottom = 24, w = width - left - right, h = Math.min(height - top - bottom, w);
  const px = (v: number): number => left + ((v - lo) / (hi - lo)) * w;
  const py = (v: number): number => top + h - ((v - yLo) / (yHi - yLo)) * h;
  ctx.strokeStyle = '#9aa5b1';
  ctx.strokeRect(left + 0.5, top + 0.5, w - 1, h - 1);
  // the samples: at their label (classification: at 0 or 1 of their class's curve)
  for (let j = 0; j < xs.length; j++) {
    const y = ys[j]!;
    ctx.fillStyle = regression ? 'rgba(8,119,189,0.45)' : model.task === 'binary' ? `rgba(${(y >= 0.5 ? POSITIVE : NEGATIVE).join(',')},0.6)` : classColor(Math.round(y), 0.6);
    ctx.beginPath();
    ctx.arc(px(xs[j]!), py(regression ? y : model.task === 'binary' ? (y >= 0.5 ? 1 : 0) : 1), 3, 0, 2 * Math.PI);
    ctx.fill();
  }
  const curves = model.task === 'multiclass' ? K : 1;
  for (let k = 0; k < curves; k++) {
    ctx.strokeStyle = model.task === 'multiclass' ? classColor(k) : '#0b3d66';
    ctx.lineWidth = 2;
    ctx.beginPath();
    for (let j = 0; j < POINTS; j++) {
      const v = A.data[j * K + k]!;
      if (j === 0) ctx.moveTo(px(X.data[j]!), py(v));
      else ctx.lineTo(px(X.data[j]!), py(v));
    }
    ctx.stroke();
  }
  ctx.lineWidth = 1;
  ctx.fillStyle = '#66727f';
  ctx.font = '11px system-ui, sans-serif';
  ctx.textAlign = 'left';
  ctx.fillText(formatValue(lo), left, top + h + 14);
  ctx.textAlign = 'right';
  ctx.fillText(formatValue(hi), left + w, top + h + 14);
  ctx.fillText(formatValue(yHi), left - 3, top + 10);
  ctx.fillText(formatValue(yLo), left - 3, top + h);
  ctx.textAlign = 'center';
  ctx.fillStyle = '#1f2933';
  ctx.fillText(names.features[0] ?? 'x1', left + w / 2, top + h + 14);
  canvas.dataset['step'] = String(model.step);
  canvas.dataset['axes'] = names.features[0] ?? '';
  const what = regression ? `predicted ${escapeHtml(names.label || 'output')}` : model.task === 'binary' ? `P(${escapeHtml(names.classes[1] ?? '1')})` : 'P(class), one curve per class';
  return `<span class="item">${what} over ${escapeHtml(names.features[0] ?? 'x1')}</span> <span class="item">${xs.length} recent samples</span> <span class="item">parameters of step ${model.step}</span>`;
}

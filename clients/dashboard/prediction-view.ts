import { matrix } from '../../src/core/matrix.js';
import { fitCanvas } from './canvas.js';
import { NEGATIVE, POSITIVE, classColor } from './colors.js';
import { formatPercent, formatValue } from './format.js';
import type { Recent } from './recent.js';
import type { SnapshotModel } from './snapshot-model.js';

/**
 * For models with other than 2 inputs: the newest parameters' predictions on the
 * most recent samples against their labels. Binary: predicted probability per
 * sample, one row per label, with the 0.5 threshold. Multiclass: a confusion
 * matrix. Regression: prediction against target with the y = x line.
 * Returns the legend text.
 */
export function drawPredictions(canvas: HTMLCanvasElement, model: SnapshotModel, recent: Recent | undefined): string {
  const { ctx, width, height } = fitCanvas(canvas);
  if (recent === undefined || recent.m === 0 || recent.n !== model.inputs) return 'waiting for recent samples…';
  const A = model.predict(matrix(recent.n, recent.m, recent.x));
  ctx.font = '11px system-ui, sans-serif';
  if (model.task === 'binary') return binary(ctx, width, height, A.data, recent);
  if (model.task === 'multiclass') return confusion(ctx, width, height, A.data, A.rows, recent);
  return regression(ctx, width, height, A.data, recent);
}

function binary(ctx: CanvasRenderingContext2D, width: number, height: number, p: Float64Array, r: Recent): string {
  const left = 56, right = 10, top = 10, bottom = 24, rowH = (height - top - bottom) / 2;
  const x = (v: number): number => left + v * (width - left - right);
  let correct = 0;
  ctx.fillStyle = '#66727f';
  ctx.textAlign = 'right';
  for (let label = 0; label < 2; label++) ctx.fillText(`label ${label}`, left - 6, top + rowH * (1 - label) + rowH / 2);
  ctx.strokeStyle = '#9aa5b1';
  ctx.strokeRect(left, top, width - left - right, height - top - bottom);
  ctx.setLineDash([4, 3]);
  ctx.beginPath();
  ctx.moveTo(x(0.5), top);
  ctx.lineTo(x(0.5), height - bottom);
  ctx.stroke();
  ctx.setLineDash([]);
  for (let j = 0; j < r.m; j++) {
    const label = r.y[j]! >= 0.5 ? 1 : 0;
    if ((p[j]! >= 0.5 ? 1 : 0) === label) correct++;
    const jitter = ((j * 0.6180339887) % 1) * 0.8 + 0.1; // golden-ratio spread, the same every frame
    ctx.fillStyle = label === 1 ? `rgba(${POSITIVE.join(',')},0.75)` : `rgba(${NEGATIVE.join(',')},0.75)`;
    ctx.beginPath();
    ctx.arc(x(p[j]!), top + rowH * (1 - label) + jitter * rowH, 3, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.fillStyle = '#66727f';
  ctx.textAlign = 'center';
  ['0', '0.5', '1'].forEach((t, i) => ctx.fillText(t, x(i / 2), height - 8));
  return `predicted P(y=1) of the ${r.m} most recent samples by label · ${formatPercent(correct / r.m)} right at 0.5`;
}

function confusion(ctx: CanvasRenderingContext2D, width: number, height: number, a: Float64Array, K: number, r: Recent): string {
  const counts = new Uint32Array(K * K);
  let correct = 0;
  for (let j = 0; j < r.m; j++) {
    let best = 0;
    for (let k = 1; k < K; k++) if (a[j * K + k]! > a[j * K + best]!) best = k;
    const label = Math.round(r.y[j]!);
    if (label >= 0 && label < K) counts[label * K + best]!++;
    if (label === best) correct++;
  }
  const left = 40, top = 22, size = Math.min(width - left - 8, height - top - 8), cell = size / K;
  let max = 1;
  for (const c of counts) max = Math.max(max, c);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (let t = 0; t < K; t++)
    for (let p = 0; p < K; p++) {
      const c = counts[t * K + p]!;
      ctx.fillStyle = `rgba(8,119,189,${(c / max).toFixed(3)})`;
      ctx.fillRect(left + p * cell, top + t * cell, cell - 1, cell - 1);
      if (cell >= 18 && c > 0) {
        ctx.fillStyle = c / max > 0.5 ? '#fff' : '#1f2933';
        ctx.fillText(String(c), left + (p + 0.5) * cell, top + (t + 0.5) * cell);
      }
    }
  ctx.fillStyle = '#66727f';
  for (let k = 0; k < K; k++) {
    ctx.fillStyle = classColor(k);
    ctx.fillText(String(k), left + (k + 0.5) * cell, top - 8);
    ctx.fillText(String(k), left - 10, top + (k + 0.5) * cell);
  }
  ctx.textBaseline = 'alphabetic';
  return `confusion of the ${r.m} most recent samples: rows are labels, columns predictions · ${formatPercent(correct / r.m)} right`;
}

function regression(ctx: CanvasRenderingContext2D, width: number, height: number, yHat: Float64Array, r: Recent): string {
  let lo = Infinity, hi = -Infinity, se = 0;
  for (let j = 0; j < r.m; j++) {
    lo = Math.min(lo, r.y[j]!, yHat[j]!);
    hi = Math.max(hi, r.y[j]!, yHat[j]!);
    se += (yHat[j]! - r.y[j]!) ** 2;
  }
  const left = 40, bottom = 22, top = 6, size = Math.min(width - left - 8, height - top - bottom), span = hi - lo || 1;
  const x = (v: number): number => left + ((v - lo) / span) * size;
  const y = (v: number): number => top + size - ((v - lo) / span) * size;
  ctx.strokeStyle = '#9aa5b1';
  ctx.strokeRect(left, top, size, size);
  ctx.beginPath();
  ctx.moveTo(x(lo), y(lo));
  ctx.lineTo(x(hi), y(hi));
  ctx.stroke();
  ctx.fillStyle = 'rgba(8,119,189,0.6)';
  for (let j = 0; j < r.m; j++) {
    ctx.beginPath();
    ctx.arc(x(r.y[j]!), y(yHat[j]!), 3, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.fillStyle = '#66727f';
  ctx.textAlign = 'center';
  ctx.fillText('label', left + size / 2, top + size + 16);
  ctx.textAlign = 'left';
  ctx.fillText(formatValue(lo), left, top + size + 16);
  ctx.textAlign = 'right';
  ctx.fillText(formatValue(hi), left + size, top + size + 16);
  return `prediction (up) against label (across) for the ${r.m} most recent samples · RMSE ${formatValue(Math.sqrt(se / r.m))}`;
}

import { matrix } from '../../src/core/matrix.js';
import { fitCanvas } from './canvas.js';
import { classColor } from './colors.js';
import { escapeHtml } from './decision-boundary.js';
import { formatPercent, formatValue } from './format.js';
import type { Names } from './names.js';
import type { Recent } from './recent.js';
import type { SnapshotModel } from './snapshot-model.js';

/** What the view measured on the recent samples (for the tiles and the health line). */
export interface RecentFigures {
  m: number;
  accuracy?: number;
  rmse?: number;
  r2?: number;
  /** Regression: the spread of the predictions relative to the labels' (near 0: predictions gone flat). */
  spread?: number;
}

export interface PredictionView {
  legend: string;
  table: string; // rows of an HTML table (per-class precision and recall)
  figures: RecentFigures | undefined;
}

/**
 * The newest parameters' predictions on the most recent samples against their
 * labels, per task. Classification: the confusion matrix with the class names,
 * and per-class precision and recall. Regression: predicted against actual with
 * the y = x line, RMSE and R².
 */
export function drawPredictions(canvas: HTMLCanvasElement, model: SnapshotModel, recent: Recent | undefined, names: Names): PredictionView {
  const { ctx, width, height } = fitCanvas(canvas);
  if (recent === undefined || recent.m === 0 || recent.n !== model.inputs) return { legend: 'waiting for recent samples…', table: '', figures: undefined };
  const A = model.predict(matrix(recent.n, recent.m, recent.x));
  ctx.font = '11px system-ui, sans-serif';
  if (model.task === 'regression') return regression(ctx, width, height, A.data, recent, names);
  return confusion(ctx, width, height, A.data, A.rows, recent, names, model.task === 'binary');
}

function confusion(ctx: CanvasRenderingContext2D, width: number, height: number, a: Float64Array, rows: number, r: Recent, names: Names, binary: boolean): PredictionView {
  const K = binary ? 2 : rows;
  const counts = new Uint32Array(K * K);
  let correct = 0;
  for (let j = 0; j < r.m; j++) {
    let best = 0;
    if (binary) best = a[j]! >= 0.5 ? 1 : 0;
    else for (let k = 1; k < K; k++) if (a[j * K + k]! > a[j * K + best]!) best = k;
    const label = binary ? (r.y[j]! >= 0.5 ? 1 : 0) : Math.round(r.y[j]!);
    if (label >= 0 && label < K) counts[label * K + best]!++;
    if (label === best) correct++;
  }
  const name = (k: number): string => names.classes[k] ?? String(k);
  // room for the names: at the left (rows: labels) and above (columns: predictions)
  const longest = Math.max(...Array.from({ length: K }, (_, k) => ctx.measureText(name(k)).width));
  const left = Math.min(width * 0.35, Math.max(30, longest + 18));
  const slanted = longest > Math.min(width - left - 8, height - 44) / K - 6; // names wider than a column are slanted
  const top = slanted ? Math.min(height * 0.3, Math.max(28, longest * 0.72 + 20)) : 26;
  const size = Math.max(20, Math.min(width - left - 8, height - top - 20)), cell = size / K;
  let max = 1;
  for (const c of counts) max = Math.max(max, c);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (let t = 0; t < K; t++)
    for (let p = 0; p < K; p++) {
      const c = counts[t * K + p]!;
      ctx.fillStyle = `rgba(8,119,189,${(c / max).toFixed(3)})`;
      ctx.fillRect(left + p * cell, top + t * cell, cell - 1, cell - 1);
      if (cell >= 16 && c > 0) {
        ctx.fillStyle = c / max > 0.5 ? '#fff' : '#1f2933';
        ctx.fillText(String(c), left + (p + 0.5) * cell, top + (t + 0.5) * cell);
      }
    }
  for (let k = 0; k < K; k++) {
    // the class's colour as a bar beside its row and above its column; the name in ink, readable whatever the colour
    ctx.fillStyle = classColor(k);
    ctx.fillRect(left - 5, top + k * cell + 1, 3, Math.max(1, cell - 3));
    ctx.fillRect(left + k * cell + 1, top - 5, Math.max(1, cell - 3), 3);
    ctx.fillStyle = '#1f2933';
    ctx.textAlign = 'right';
    ctx.fillText(name(k), left - 9, top + (k + 0.5) * cell);
    ctx.save();
    ctx.translate(left + (k + 0.5) * cell, top - 10);
    if (slanted) {
      ctx.rotate(-Math.PI / 4);
      ctx.textAlign = 'left';
    } else ctx.textAlign = 'center';
    ctx.fillText(name(k), 0, 0);
    ctx.restore();
  }
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#66727f';
  ctx.textAlign = 'center';
  ctx.fillText('predicted →', left + size / 2, Math.min(height - 4, top + size + 14));
  let table = '<tr><th>class</th><th>precision</th><th>recall</th><th>samples</th></tr>';
  for (let k = 0; k < K; k++) {
    let tp = counts[k * K + k]!, predicted = 0, actual = 0;
    for (let o = 0; o < K; o++) {
      predicted += counts[o * K + k]!;
      actual += counts[k * K + o]!;
    }
    tp = counts[k * K + k]!;
    table += `<tr data-class="${escapeHtml(name(k))}"><td>${escapeHtml(name(k))}</td><td>${predicted > 0 ? formatPercent(tp / predicted) : '–'}</td><td>${actual > 0 ? formatPercent(tp / actual) : '–'}</td><td>${actual}</td></tr>`;
  }
  return {
    legend: `confusion of the ${r.m} most recent samples: rows are labels, columns predictions · ${formatPercent(correct / r.m)} right`,
    table,
    figures: { m: r.m, accuracy: correct / r.m },
  };
}

function regression(ctx: CanvasRenderingContext2D, width: number, height: number, yHat: Float64Array, r: Recent, names: Names): PredictionView {
  let lo = Infinity, hi = -Infinity, se = 0, mean = 0, meanHat = 0;
  for (let j = 0; j < r.m; j++) {
    lo = Math.min(lo, r.y[j]!, yHat[j]!);
    hi = Math.max(hi, r.y[j]!, yHat[j]!);
    se += (yHat[j]! - r.y[j]!) ** 2;
    mean += r.y[j]! / r.m;
    meanHat += yHat[j]! / r.m;
  }
  let ss = 0, ssHat = 0;
  for (let j = 0; j < r.m; j++) {
    ss += (r.y[j]! - mean) ** 2;
    ssHat += (yHat[j]! - meanHat) ** 2;
  }
  const rmse = Math.sqrt(se / r.m), r2 = ss > 0 ? 1 - se / ss : NaN, spread = ss > 0 ? Math.sqrt(ssHat / ss) : NaN;
  const left = 44, bottom = 30, top = 6, size = Math.max(20, Math.min(width - left - 8, height - top - bottom)), span = hi - lo || 1;
  const x = (v: number): number => left + ((v - lo) / span) * size;
  const y = (v: number): number => top + size - ((v - lo) / span) * size;
  ctx.strokeStyle = '#9aa5b1';
  ctx.strokeRect(left, top, size, size);
  ctx.setLineDash([4, 3]);
  ctx.beginPath();
  ctx.moveTo(x(lo), y(lo));
  ctx.lineTo(x(hi), y(hi));
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillStyle = 'rgba(8,119,189,0.6)';
  for (let j = 0; j < r.m; j++) {
    ctx.beginPath();
    ctx.arc(x(r.y[j]!), y(yHat[j]!), 3, 0, 2 * Math.PI);
    ctx.fill();
  }
  const label = names.label || 'label';
  ctx.fillStyle = '#66727f';
  ctx.textAlign = 'center';
  ctx.fillText(`actual ${label}`, left + size / 2, top + size + 24);
  ctx.textAlign = 'left';
  ctx.fillText(formatValue(lo), left, top + size + 12);
  ctx.textAlign = 'right';
  ctx.fillText(formatValue(hi), left + size, top + size + 12);
  ctx.save();
  ctx.translate(left - 8, top + size / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textAlign = 'center';
  ctx.fillText('predicted', 0, 0);
  ctx.restore();
  ctx.textAlign = 'right';
  ctx.fillText(formatValue(hi), left - 3, top + 10);
  ctx.fillText(formatValue(lo), left - 3, top + size);
  return {
    legend: `predicted (up) against actual (across) for the ${r.m} most recent samples · dashed: y = x`,
    table: `<tr><th>recent samples</th><th>RMSE</th><th>R²</th></tr><tr><td>${r.m}</td><td>${formatValue(rmse)}</td><td>${formatValue(r2)}</td></tr>`,
    figures: { m: r.m, rmse, r2, spread },
  };
}

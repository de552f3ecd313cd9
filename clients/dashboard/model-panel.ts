import { byId, el } from './canvas.js';
import { formatCount, formatPercent, formatValue } from './format.js';
import type { nnstream } from '../../src/codec/generated/nnstream.js';

/** The model's shape and settings (from ModelInfo) in the top bar and the Model panel. */
export function showModelInfo(info: nnstream.v1.ModelInfo): void {
  const sizes = info.sizes ?? [];
  const line = byId('model-line');
  const list = byId('model-info');
  if (sizes.length === 0) {
    line.textContent = `${info.task || 'model'} · waiting for the first sample: the model takes its input size from it`;
    list.replaceChildren(el('dt', undefined, 'model'), el('dd', undefined, 'not created yet'));
    byId('boundary-legend').textContent = 'No model yet: the server creates it from the first sample it receives.';
    return;
  }
  const acts = info.activations ?? [];
  let params = 0;
  for (let l = 1; l < sizes.length; l++) params += sizes[l]! * (sizes[l - 1]! + 1);
  line.textContent = `${info.task} · ${sizes.join(' → ')} · ${acts.join(', ')} · ${info.optimizer} lr ${formatValue(info.learningRate)} · batch ${info.batchSize}`;
  const rows: [string, string][] = [
    ['task', info.task + (info.task === 'multiclass' ? ` (${info.classes} classes)` : '')],
    ['layer sizes', sizes.join(' → ')],
    ['activations', acts.join(', ')],
    ['parameters', formatCount(params)],
    ['optimizer', info.optimizer],
    ['learning rate', formatValue(info.learningRate)],
    ['batch size', String(info.batchSize)],
    ['L2', formatValue(info.l2)],
    ['standardized inputs', info.standardize ? 'yes (running mean and variance)' : 'no'],
    ['max wait', `${info.maxWaitMs} ms`],
    ['your role', info.role || '–'],
    ['server', `nnstream ${info.version || '?'}`],
  ];
  list.replaceChildren(...rows.flatMap(([k, v]) => [el('dt', undefined, k), el('dd', undefined, v)]));
}

/** The tiles above the charts, from the newest CostReport. */
export function showCost(r: nnstream.v1.CostReport): void {
  tile('stat-step', Number(r.step).toLocaleString('en-US'), Number(r.step));
  tile('stat-samples', Number(r.samples).toLocaleString('en-US'), Number(r.samples));
  tile('stat-rate', formatCount(r.samplesPerSecond), r.samplesPerSecond);
  tile('stat-cost', formatValue(r.smoothedCost), r.smoothedCost, `last batch: ${formatValue(r.cost)}`);
  tile('stat-accuracy', formatPercent(r.smoothedAccuracy), r.smoothedAccuracy, `last batch: ${formatPercent(r.accuracy)}`);
  tile('stat-clients', String(r.connections), r.connections);
}

/**
 * The task's own tiles: accuracy for classification; R² and RMSE for regression
 * (from the holdout when the model keeps one, else R² on the recent samples and
 * the progressive RMSE), never an accuracy that regression does not have.
 */
export function showTaskTiles(task: string, r: nnstream.v1.CostReport | undefined, recentR2: number | undefined): void {
  const regression = task === 'regression';
  byId('tile-rmse').hidden = !regression;
  const holdout = r !== undefined && Number(r.holdoutSamples) > 0;
  const k = byId('stat-accuracy-k');
  if (!regression) {
    const want = 'accuracy <small>(smoothed)</small>';
    if (k.innerHTML !== want) k.innerHTML = want;
    return;
  }
  const wantK = holdout ? 'R² <small>(holdout)</small>' : 'R² <small>(recent samples)</small>';
  if (k.innerHTML !== wantK) k.innerHTML = wantK;
  const r2 = holdout ? r!.holdoutR2 : (recentR2 ?? NaN);
  tile('stat-accuracy', formatValue(r2), r2);
  const rmse = holdout ? r!.holdoutRmse : r !== undefined && r.smoothedLoss >= 0 ? Math.sqrt(2 * r.smoothedLoss) : NaN;
  tile('stat-rmse', formatValue(rmse), rmse, holdout ? 'on the holdout' : 'progressive, smoothed');
  const rk = byId('tile-rmse').querySelector('.k')!;
  const wantR = holdout ? 'RMSE <small>(holdout)</small>' : 'RMSE <small>(smoothed)</small>';
  if (rk.innerHTML !== wantR) rk.innerHTML = wantR;
}

/** The model's live settings, as told by the newest CostReport or ModelInfo. */
export interface Settings {
  paused: boolean;
  learningRate: number;
}

/**
 * Training or paused, and the learning rate. Both come from whichever message
 * arrived last: a paused model sends no reports, and a report already on the wire
 * when a control took effect must not undo what the ModelInfo after it said.
 */
export function showSettings(s: Settings): void {
  tile('stat-lr', formatValue(s.learningRate), s.learningRate);
  tile('stat-state', s.paused ? 'paused' : 'training', s.paused ? 1 : 0);
  byId('stat-state').classList.toggle('paused', s.paused);
}

function tile(id: string, text: string, value: number, title?: string): void {
  const e = byId(id);
  if (e.textContent !== text) e.textContent = text;
  e.dataset['value'] = String(value);
  if (title !== undefined) e.title = title;
}

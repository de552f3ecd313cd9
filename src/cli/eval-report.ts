import type { Figures } from '../metrics/scorer.js';

/** The figures as one JSON object for scripts (keys of PRODUCT.md / issue 10). */
export function figuresJson(f: Figures, classNames: readonly string[], rejected: number): Record<string, unknown> {
  const json: Record<string, unknown> = { task: f.task, rows: f.rows, rejected };
  if (f.task === 'regression') return { ...json, rmse: f.rmse, mae: f.mae, r2: f.r2 };
  json['accuracy'] = f.accuracy;
  json['log_loss'] = f.log_loss;
  json['balanced_accuracy'] = f.balanced_accuracy;
  if (f.task === 'binary') json['auc'] = Number.isNaN(f.auc) ? null : f.auc;
  json['classes'] = classNames;
  json['confusion'] = f.confusion;
  const perClass: Record<string, unknown> = {};
  f.per_class!.forEach((c, i) => (perClass[classNames[i]!] = c));
  json['per_class'] = perClass;
  return json;
}

const fixed = (v: number | undefined, digits = 4): string => (v === undefined || Number.isNaN(v) ? 'n/a' : v.toFixed(digits));
const pct = (v: number | undefined): string => (v === undefined || Number.isNaN(v) ? 'n/a' : `${(100 * v).toFixed(2)}%`);
const pad = (s: string, w: number): string => (s.length >= w ? s : ' '.repeat(w - s.length) + s);
const sig = (v: number | undefined): string => (v === undefined || Number.isNaN(v) ? 'n/a' : Number(v.toPrecision(6)).toString());

/** The readable report: headline figures, per-class table and confusion matrix (rows: true class). */
export function figuresText(f: Figures, classNames: readonly string[], rejected: number, name: string): string {
  const lines: string[] = [`${name}: ${f.rows} rows scored${rejected > 0 ? `, ${rejected} rejected` : ''}`];
  if (f.task === 'regression') {
    lines.push(`RMSE ${sig(f.rmse)}`, `MAE  ${sig(f.mae)}`, `R²   ${fixed(f.r2, 6)}`);
    return lines.join('\n') + '\n';
  }
  lines.push(`accuracy          ${pct(f.accuracy)}`, `balanced accuracy ${pct(f.balanced_accuracy)}`, `log loss          ${fixed(f.log_loss, 6)}`);
  if (f.task === 'binary') lines.push(`ROC AUC           ${fixed(f.auc, 6)}`);
  const w = Math.max(5, ...classNames.map((c) => c.length));
  lines.push('', `${pad('class', w)}  precision  recall     f1  support`);
  f.per_class!.forEach((c, i) => lines.push(`${pad(classNames[i]!, w)}  ${pad(fixed(c.precision), 9)}  ${pad(fixed(c.recall), 6)}  ${pad(fixed(c.f1), 5)}  ${pad(String(c.support), 7)}`));
  const counts = f.confusion!.flat().map(String);
  const cw = Math.max(w, ...counts.map((s) => s.length));
  lines.push('', 'confusion matrix (rows: true class, columns: predicted)', `${pad('', w)}  ${classNames.map((c) => pad(c, cw)).join(' ')}`);
  f.confusion!.forEach((row, i) => lines.push(`${pad(classNames[i]!, w)}  ${row.map((v) => pad(String(v), cw)).join(' ')}`));
  return lines.join('\n') + '\n';
}

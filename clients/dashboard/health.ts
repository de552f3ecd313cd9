import { matrix } from '../../src/core/matrix.js';
import { formatPercent, formatValue } from './format.js';
import type { RecentFigures } from './prediction-view.js';
import type { Recent } from './recent.js';
import type { SnapshotModel } from './snapshot-model.js';

/** Above this largest |w| the weights are exploding. */
export const WEIGHT_WARN = 50;
/** Above this fraction of saturated or dead hidden units, the network is losing its capacity. */
export const UNITS_WARN = 0.5;
/** Regression predictions whose spread is below this share of the labels' have gone flat. */
export const FLAT_WARN = 0.05;

export interface Health {
  text: string;
  warn: boolean;
  maxAbsW: number;
  stuck: number; // fraction of hidden units saturated (tanh, sigmoid) or dead (ReLU)
}

/**
 * The model's health from its newest parameters and the recent samples: the
 * largest |w|, the share of hidden units that are saturated (tanh/sigmoid at
 * their flat tails on 90% of the samples) or dead (ReLU never active), flat
 * regression predictions, and the newest Alert. Any of them past its threshold
 * makes the line a warning.
 */
export function healthOf(model: SnapshotModel, recent: Recent | undefined, figures: RecentFigures | undefined, alert: string | undefined): Health {
  const maxAbsW = model.maxAbsWeight();
  const parts = [`largest |w| ${formatValue(maxAbsW)}`];
  const warnings: string[] = [];
  if (maxAbsW > WEIGHT_WARN) warnings.push(`weights growing large (|w| > ${WEIGHT_WARN})`);
  let stuck = 0;
  if (recent !== undefined && recent.m > 0 && recent.n === model.inputs) {
    const A = model.layerOutputs(matrix(recent.n, recent.m, recent.x));
    let units = 0, bad = 0;
    const kinds = new Set<string>();
    for (let l = 0; l < A.length - 1; l++) {
      const act = model.activations[l]!, H = A[l]!;
      kinds.add(act === 'relu' ? 'dead ReLUs' : act === 'leaky_relu' ? 'inactive leaky ReLUs' : `saturated ${act}`);
      for (let i = 0; i < H.rows; i++) {
        units++;
        let n = 0;
        for (let j = 0; j < H.cols; j++) {
          const a = H.data[j * H.rows + i]!;
          if (act === 'tanh' ? Math.abs(a) > 0.98 : act === 'sigmoid' ? a < 0.02 || a > 0.98 : a <= 0) n++;
        }
        if (act === 'relu' || act === 'leaky_relu' ? n === H.cols : n >= 0.9 * H.cols) bad++;
      }
    }
    if (units > 0) {
      stuck = bad / units;
      parts.push(`${[...kinds].join(' / ')}: ${bad} of ${units} hidden units (${formatPercent(stuck)})`);
      if (stuck >= UNITS_WARN) warnings.push(`${formatPercent(stuck)} of hidden units stuck`);
    }
  }
  if (figures?.spread !== undefined && Number.isFinite(figures.spread)) {
    parts.push(`prediction spread ${formatPercent(figures.spread)} of the labels'`);
    if (figures.spread < FLAT_WARN) warnings.push('predictions have gone flat');
  }
  if (alert !== undefined) warnings.push(alert);
  const warn = warnings.length > 0;
  return { text: `${warn ? `⚠ ${warnings.join(' · ')} — ` : 'model health: '}${parts.join(' · ')}`, warn, maxAbsW, stuck };
}

import { Sum } from './sum.js';

/** Per-class figures, as scikit-learn's classification_report gives them (zero_division = 0). */
export interface ClassFigures {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ClassificationFigures {
  rows: number;
  accuracy: number;
  log_loss: number;
  balanced_accuracy: number;
  /** confusion[true][predicted], counts, in class order. */
  confusion: number[][];
  per_class: ClassFigures[];
}

/**
 * Smallest probability used in log loss: scikit-learn's log_loss clips to
 * [eps, 1 - eps] with eps 1e-15, so a confident mistake costs 34.5, not Infinity.
 */
export const LOG_LOSS_EPS = 1e-15;

/**
 * Accuracy, log loss, balanced accuracy, per-class precision/recall/F1 and the
 * confusion matrix of a classifier, accumulated one sample at a time in O(K²)
 * memory. A sample is its true class and the K class probabilities (binary: K = 2,
 * p(0) = 1 - p(1)); the prediction is the most probable class (binary: p(1) > 0.5),
 * the learner's own rule.
 */
export class ClassificationMetrics {
  readonly k: number;
  private readonly counts: Float64Array; // k x k, row = true class
  private readonly logLoss = new Sum();
  private rows = 0;

  constructor(k: number) {
    this.k = k;
    this.counts = new Float64Array(k * k);
  }

  /** One sample: `label` its true class, `predicted` the decided class, `pTrue` the probability given to `label`. */
  add(label: number, predicted: number, pTrue: number): void {
    this.counts[label * this.k + predicted]!++;
    const p = Math.min(Math.max(pTrue, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
    this.logLoss.add(-Math.log(p));
    this.rows++;
  }

  /** A binary sample from p = p(class 1). */
  addBinary(label: number, p: number): void {
    this.add(label, p > 0.5 ? 1 : 0, label === 1 ? p : 1 - p);
  }

  /** A multiclass sample from its K probabilities at `probs[from .. from+K-1]`. */
  addProbabilities(label: number, probs: ArrayLike<number>, from = 0): void {
    let best = 0;
    for (let i = 1; i < this.k; i++) if (probs[from + i]! > probs[from + best]!) best = i;
    this.add(label, best, probs[from + label]!);
  }

  get samples(): number {
    return this.rows;
  }

  figures(): ClassificationFigures {
    const k = this.k, c = this.counts;
    const confusion: number[][] = [];
    for (let t = 0; t < k; t++) confusion.push(Array.from(c.subarray(t * k, t * k + k)));
    let correct = 0;
    for (let i = 0; i < k; i++) correct += c[i * k + i]!;
    const per_class: ClassFigures[] = [];
    let recallSum = 0, present = 0;
    for (let i = 0; i < k; i++) {
      let support = 0, predicted = 0;
      for (let j = 0; j < k; j++) {
        support += c[i * k + j]!;
        predicted += c[j * k + i]!;
      }
      const tp = c[i * k + i]!;
      const precision = predicted === 0 ? 0 : tp / predicted;
      const recall = support === 0 ? 0 : tp / support;
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      per_class.push({ precision, recall, f1, support });
      if (support > 0) {
        recallSum += recall;
        present++;
      }
    }
    const n = this.rows;
    return {
      rows: n,
      accuracy: n === 0 ? NaN : correct / n,
      log_loss: n === 0 ? NaN : this.logLoss.value / n,
      // the mean recall over the classes that occur (scikit-learn's balanced_accuracy_score)
      balanced_accuracy: present === 0 ? NaN : recallSum / present,
      confusion,
      per_class,
    };
  }
}

import type { Task } from '../core/loss.js';
import type { Matrix } from '../core/matrix.js';
import { RocAuc } from './auc.js';
import { ClassificationMetrics, type ClassFigures } from './classification.js';
import { RegressionMetrics } from './regression.js';

/** What `eval` reports (and a holdout evaluation, without AUC and the per-class detail). */
export interface Figures {
  task: Task;
  rows: number;
  /** The loss in the training cost's form: log loss (classification), mean squared error / 2 (regression). */
  loss: number;
  accuracy?: number;
  log_loss?: number;
  balanced_accuracy?: number;
  auc?: number;
  confusion?: number[][];
  per_class?: ClassFigures[];
  rmse?: number;
  mae?: number;
  r2?: number;
}

/**
 * Accumulates a model's outputs A[L] (k x m, one column per sample) against the
 * true labels into the task's figures. `auc` (binary only) is given when wanted.
 * `toUnits` maps a regression output and its target to the user's units.
 */
export class Scorer {
  private readonly cls: ClassificationMetrics | undefined;
  private readonly reg: RegressionMetrics | undefined;

  constructor(
    readonly task: Task,
    private readonly k: number,
    private readonly auc?: RocAuc,
    private readonly toUnits: (v: number) => number = (v) => v,
  ) {
    if (task === 'regression') this.reg = new RegressionMetrics();
    else this.cls = new ClassificationMetrics(task === 'binary' ? 2 : k);
  }

  get rows(): number {
    return this.cls?.samples ?? this.reg!.samples;
  }

  add(A: Matrix, labels: ArrayLike<number>): void {
    const a = A.data, m = A.cols;
    if (this.task === 'binary') {
      for (let j = 0; j < m; j++) {
        this.cls!.addBinary(labels[j]!, a[j]!);
        this.auc?.add(labels[j]!, a[j]!);
      }
    } else if (this.task === 'multiclass') {
      const k = this.k;
      for (let j = 0; j < m; j++) this.cls!.addProbabilities(labels[j]!, a, j * k);
    } else {
      const u = this.toUnits;
      for (let j = 0; j < m; j++) this.reg!.add(u(labels[j]!), u(a[j]!));
    }
  }

  figures(): Figures {
    if (this.reg !== undefined) {
      const r = this.reg.figures();
      return { task: this.task, rows: r.rows, loss: r.loss, rmse: r.rmse, mae: r.mae, r2: r.r2 };
    }
    const c = this.cls!.figures();
    const f: Figures = { task: this.task, rows: c.rows, loss: c.log_loss, accuracy: c.accuracy, log_loss: c.log_loss, balanced_accuracy: c.balanced_accuracy, confusion: c.confusion, per_class: c.per_class };
    if (this.auc !== undefined) f.auc = this.auc.value();
    return f;
  }
}

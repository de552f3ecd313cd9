import type { StepReport } from '../core/learner.js';
import type { Figures } from '../metrics/scorer.js';
import { Sum } from '../metrics/sum.js';

/** One epoch's progressive figures over all its rows: every batch scored before learning from it. */
class EpochFigures {
  readonly loss = new Sum();
  correct = 0;
  rows = 0;
  steps = 0;
  add(r: StepReport): void {
    this.loss.add(r.loss * r.m);
    this.correct += r.correct;
    this.rows += r.m;
    this.steps++;
  }
}

/**
 * What `train` says at the end, gathered as it runs: rows read and rejected, steps and epochs, the last epoch's mean progressive loss and accuracy
 * over all its rows (not the last batch's), the holdout figures, elapsed time.
 */
export class TrainSummary {
  private epochs = new Map<number, EpochFigures>();
  private lastEpoch = 0;
  private lastCost = NaN;
  holdout: { figures: Figures; epoch: number; step: number } | undefined;
  best: { loss: number; epoch: number; step: number } | undefined;
  stoppedEarly = false;
  private readonly started = process.hrtime.bigint();

  step(r: StepReport, epoch: number): void {
    let f = this.epochs.get(epoch);
    if (f === undefined) {
      f = new EpochFigures();
      this.epochs.set(epoch, f);
      this.epochs.delete(epoch - 2); // only the last and the current one are kept
    }
    if (!r.refused) f.add(r);
    this.lastEpoch = epoch;
    this.lastCost = r.cost;
  }

  /** Mean progressive loss and accuracy of an epoch, over all its rows. */
  epochMeans(epoch: number): { loss: number; accuracy: number; rows: number } | undefined {
    const f = this.epochs.get(epoch);
    if (f === undefined || f.rows === 0) return undefined;
    return { loss: f.loss.value / f.rows, accuracy: f.correct / f.rows, rows: f.rows };
  }

  /** The summary; rows rejected by reason are told by the RejectTally, before it. */
  text(o: { rowsRead: number; skipped: number; steps: number; saved?: string; regression: boolean }): string {
    const secs = Number(process.hrtime.bigint() - this.started) / 1e9;
    const lines = [
      `rows read ${o.rowsRead}, rows skipped ${o.skipped}, steps ${o.steps}, epochs ${this.lastEpoch}, final cost ${this.lastCost.toPrecision(7)} (last batch), elapsed ${secs.toFixed(2)} s` +
        (o.saved !== undefined ? `, saved ${o.saved}` : ''),
    ];
    const e = this.epochMeans(this.lastEpoch);
    if (e !== undefined)
      lines.push(`epoch ${this.lastEpoch} (the last): mean progressive loss ${e.loss.toPrecision(6)}${o.regression ? '' : `, accuracy ${(100 * e.accuracy).toFixed(2)}%`} over its ${e.rows} training rows`);
    const h = this.holdout;
    if (h !== undefined) {
      const f = h.figures;
      const detail = f.task === 'regression' ? `RMSE ${f.rmse!.toPrecision(6)}, R² ${f.r2!.toFixed(4)}` : `accuracy ${(100 * f.accuracy!).toFixed(2)}%`;
      lines.push(`holdout (${f.rows} rows, after step ${h.step}): loss ${f.loss.toPrecision(6)}, ${detail}`);
    }
    if (this.best !== undefined)
      lines.push(
        `early stopping: ${this.stoppedEarly ? 'stopped' : 'did not stop'}; the best holdout loss ${this.best.loss.toPrecision(6)} came at epoch ${this.best.epoch} (step ${this.best.step})` +
          (o.saved !== undefined ? `: its parameters were saved` : ''),
      );
    return lines.join('\n') + '\n';
  }
}

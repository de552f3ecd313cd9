import type { StepReport } from '../core/learner.js';

/** A single self-overwriting status line on stderr, only when stderr is a terminal. */
export class Progress {
  private last = 0;
  private readonly enabled: boolean;
  private readonly started = Date.now();
  private shown = false;

  constructor(enabled = process.stderr.isTTY === true) {
    this.enabled = enabled;
  }

  /** `rows`: rows trained so far in this run (all epochs). */
  update(rows: number, report: StepReport): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? Math.round(rows / secs) : 0;
    const acc = Number.isNaN(report.accuracy) ? '' : `  acc ${(100 * report.accuracy).toFixed(1)}%`;
    process.stderr.write(`\r\x1b[K${rate.toLocaleString('en')} rows/s  step ${report.step}  cost ${report.cost.toFixed(6)}${acc}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}

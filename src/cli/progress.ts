import type { StepReport } from '../core/learner.js';

export interface ProgressOptions {
  /** Show it at all (default: when stderr is a terminal). */
  enabled?: boolean;
  /** Overwrite one line on a terminal (default), or print a line a second into a log. */
  terminal?: boolean;
  /** The input file's size and the passes over it: for percent and ETA (stdin: none). */
  fileBytes?: number;
  epochs?: number;
  /** Bytes read so far, every epoch counted. */
  bytesRead?: () => number;
}

const clock = (secs: number): string => {
  if (!Number.isFinite(secs)) return '--:--';
  const s = Math.round(secs), h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
  return `${h > 0 ? `${h}:${String(m).padStart(2, '0')}` : String(m)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * The progress of a long run on stderr: for a file, a bar with the percent of the
 * file, the epoch, rows/s and the ETA; for stdin, rows and rows/s. On a terminal
 * one self-overwriting line (5 updates a second); into a log (--progress) one
 * line a second.
 */
export class Progress {
  private last = 0;
  private readonly enabled: boolean;
  private readonly terminal: boolean;
  private readonly started = Date.now();
  private shown = false;

  constructor(private readonly o: ProgressOptions = {}) {
    this.enabled = o.enabled ?? process.stderr.isTTY === true;
    this.terminal = o.terminal ?? process.stderr.isTTY === true;
  }

  /** `rows`: rows trained so far in this run (all epochs); `epoch`: the step's. */
  update(rows: number, report: StepReport, epoch = 1): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < (this.terminal ? 200 : 1000)) return;
    this.last = now;
    const line = this.line(rows, report, epoch, now);
    if (this.terminal) process.stderr.write(`\r\x1b[K${line}`);
    else process.stderr.write(`${line}\n`);
    this.shown = this.terminal;
  }

  line(rows: number, report: StepReport, epoch: number, now = Date.now()): string {
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? Math.round(rows / secs) : 0;
    const acc = Number.isNaN(report.accuracy) ? '' : `  acc ${(100 * report.accuracy).toFixed(1)}%`;
    const tail = `${rate.toLocaleString('en')} rows/s  step ${report.step}  cost ${report.cost.toFixed(6)}${acc}`;
    const { fileBytes, bytesRead } = this.o;
    if (fileBytes === undefined || bytesRead === undefined || fileBytes === 0) return `${rows.toLocaleString('en')} rows  ${tail}`;
    const epochs = this.o.epochs ?? 1, read = bytesRead();
    const inEpoch = Math.min(1, (read - (epoch - 1) * fileBytes) / fileBytes);
    const done = Math.min(1, read / (epochs * fileBytes));
    const eta = done > 0 ? (secs * (1 - done)) / done : Infinity;
    const width = 20, full = Math.max(0, Math.round(inEpoch * width));
    const bar = this.terminal ? `[${'#'.repeat(full)}${'.'.repeat(width - full)}] ` : '';
    return `${bar}${(100 * Math.max(0, inEpoch)).toFixed(1)}%  epoch ${epoch}/${epochs}  ${tail}  ETA ${clock(eta)}`;
  }

  clear(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}

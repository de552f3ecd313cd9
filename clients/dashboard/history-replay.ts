import type { nnstream } from '../../src/codec/generated/nnstream.js';
import type { TimeCharts } from './time-charts.js';

type CostReport = nnstream.v1.CostReport;

const FLUSH_MS = 300; // a replay with no live report after it (a model that has not stepped since) ends this long after its last report
const IDLE_MS = 1500; // no new step for this long: training paused or the data ran out
const REFRESH_MS = 30_000; // while live reports skip steps, the history is taken again this often

/**
 * The run's history as the server replays it (Subscribe.history): the charts
 * start over from it in one go, so no frame shows half a replay. Live reports
 * come at most a few dozen a second, so a fast run skips steps on the charts; the
 * page then asks for the history again (which holds every step, decimated): once
 * training is idle, and every REFRESH_MS while it runs.
 */
export class HistoryReplay {
  private pending: CostReport[] | undefined;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private lastLive = 0;
  private lastStep = -1;
  private lastAsked = 0;
  private askedWhileIdle = true;
  private staleTicks = 0;

  constructor(
    private readonly charts: TimeCharts,
    /** Sends Subscribe with history; false when the socket is not open. */
    private readonly ask: () => boolean,
    private readonly replayed: () => void,
  ) {
    setInterval(() => this.tick(), 500);
  }

  /** A replay is on its way (a new connection subscribed with history). */
  expect(): void {
    this.pending = [];
    this.lastAsked = performance.now();
  }

  history(r: CostReport): void {
    (this.pending ??= []).push(r);
    clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => this.flush(), FLUSH_MS);
  }

  /** A live report: it ends a replay (the server sends the newest live one right after it). */
  live(r: CostReport): void {
    this.flush();
    this.lastLive = performance.now();
    const step = Number(r.step);
    if (step !== this.lastStep) this.askedWhileIdle = false; // a new step, not the one a replay ends with
    this.lastStep = step;
  }

  private flush(): void {
    clearTimeout(this.flushTimer);
    const pending = this.pending;
    this.pending = undefined;
    if (pending === undefined || pending.length === 0) return;
    this.charts.clear();
    for (const r of pending) this.charts.add(r);
    this.replayed();
  }

  private tick(): void {
    if (this.pending !== undefined || !this.charts.gaps) return void (this.staleTicks = 0);
    const now = performance.now();
    // two stale ticks in a row: reports that merely waited behind a long task would have run between them
    this.staleTicks = !this.askedWhileIdle && now - this.lastLive > IDLE_MS ? this.staleTicks + 1 : 0;
    const idle = this.staleTicks >= 2, due = now - this.lastAsked > REFRESH_MS && now - this.lastLive < IDLE_MS;
    if (!idle && !due) return;
    if (idle) this.askedWhileIdle = true;
    this.staleTicks = 0;
    this.lastAsked = now;
    if (this.ask()) this.pending = [];
  }
}

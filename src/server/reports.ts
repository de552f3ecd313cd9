import { encodeEnvelope } from '../codec/protocol.js';
import { modelToSnapshot } from '../codec/model-pb.js';
import type { Report, Session } from './session.js';
import { due, markSent, trailingAt, type Stream, type Subscription } from './subscription.js';
import type { StepEvent, Trainer } from './trainer.js';
import type { CostHistory } from './history.js';
import type { nnstream } from '../codec/generated/nnstream.js';

type Kind = 'cost' | 'params' | 'recent';

/** How one stream is made: its subscription, its step number, and its report now or later. */
interface Source {
  kind: Kind;
  stream(sub: Subscription): Stream;
  /** A cost report is numbered by its step, a snapshot by the steps taken (its step + 1). */
  step(): number | undefined;
  report(sub: Subscription): Report | undefined;
}

/**
 * The reports subscribers get after each step: cost reports, parameter snapshots
 * and recent samples, each at the rate its subscriber asked, with a trailing send
 * of the newest one when a rate limit skipped it.
 */
export class Reports {
  private last: StepEvent | undefined;
  private readonly sources: Source[];

  constructor(
    private readonly trainer: Trainer,
    private readonly connections: () => number,
    private readonly history?: CostHistory,
  ) {
    this.sources = [
      {
        kind: 'cost',
        stream: (sub) => sub.cost,
        step: () => this.last?.report.step,
        // encoded when sent (it is small), so one held back for a slow reader still tells the state (paused?) then
        report: () => {
          const last = this.last;
          return last === undefined ? undefined : () => this.costBytes(last);
        },
      },
      { kind: 'params', stream: (sub) => sub.params, step: () => this.trainer.learner?.step, report: () => this.snapshotBytes() },
      { kind: 'recent', stream: (sub) => sub.recent, step: () => this.trainer.learner?.step, report: (sub) => this.recentBytes(sub.recentMax) },
    ];
  }

  /** A new subscriber sees the model as it is now, without waiting for a step. */
  subscribed(s: Session): void {
    // the retained history first, oldest first, then the live reports; sent as answers are
    // (a peer that asks again and again without reading is closed at the buffered-bytes limit)
    if (s.subscription.history && this.history !== undefined)
      for (const p of this.history.points()) if (s.open) s.send({ costReport: { ...p, history: true } });
    for (const src of this.sources) {
      const stream = src.stream(s.subscription), step = src.step();
      if (!stream.on || step === undefined || this.trainer.learner === undefined) continue;
      const report = src.report(s.subscription);
      if (report === undefined) continue;
      s.offer(src.kind, report);
      markSent(stream, step, Date.now());
    }
  }

  /** After a step: every subscriber whose stream is due gets its report; others may get a trailing one. */
  stepped(e: StepEvent, sessions: Iterable<Session>): void {
    this.last = e;
    const shared = new Map<string, Report | undefined>(); // snapshots are encoded once per step for everyone
    const reportOf = (src: Source, sub: Subscription): Report | undefined => {
      if (src.kind === 'cost') return src.report(sub);
      const key = src.kind === 'recent' ? `recent:${sub.recentMax}` : src.kind;
      if (!shared.has(key)) shared.set(key, src.report(sub));
      return shared.get(key);
    };
    for (const s of sessions) {
      const sub = s.subscription;
      for (const src of this.sources) {
        const stream = src.stream(sub), step = src.step()!;
        if (due(stream, step, e.time)) {
          markSent(stream, step, e.time);
          s.untrail(src.kind);
          const report = reportOf(src, sub);
          if (report !== undefined) s.offer(src.kind, report);
          continue;
        }
        const at = trailingAt(stream, step);
        if (at !== undefined)
          s.trail(src.kind, at, () => {
            const newest = src.step();
            if (!stream.on || newest === undefined || stream.lastStep >= newest) return undefined;
            markSent(stream, newest, Date.now());
            return src.report(sub);
          });
      }
    }
  }

  /** A step's CostReport, with the server's state (paused, connections, rate) as it is now. */
  private costBytes(e: StepEvent): Uint8Array {
    return encodeEnvelope({ costReport: this.costReport(e) });
  }

  /** A step's CostReport fields (also what the history keeps of the step). */
  costReport(e: StepEvent): nnstream.v1.CostReport.$Properties {
    const r = e.report;
    return {
      step: r.step, samples: r.samples, cost: r.cost, accuracy: r.accuracy, loss: r.loss, samplesPerSecond: e.samplesPerSecond, timeMs: e.time,
      batchSize: r.m, smoothedCost: e.smoothedCost, smoothedAccuracy: e.smoothedAccuracy, smoothedLoss: e.smoothedLoss, connections: this.connections(),
      paused: this.trainer.paused, learningRate: e.learningRate ?? this.trainer.learner?.optimizer.learningRate ?? 0,
      ...this.trainer.holdoutFields(),
    };
  }

  private snapshotBytes(): Uint8Array {
    const model = this.trainer.snapshot();
    const snap = modelToSnapshot(model, false);
    const n = model.normalizer;
    if (n !== undefined) snap.normalizer = { count: n.count, mean: Array.from(n.mean), m2: Array.from(n.m2) };
    snap.timeMs = Date.now();
    return encodeEnvelope({ parameterSnapshot: snap });
  }

  private recentBytes(max: number): Uint8Array {
    const r = this.trainer.recent.latest(max);
    return encodeEnvelope({ recentSamples: { n: r.n, m: r.m, x: Array.from(r.x), y: Array.from(r.y), step: this.trainer.learner?.step ?? 0 } });
  }
}

import { Subject, type Subscription } from 'rxjs';
import { NnError } from '../core/errors.js';
import type { Learner, StepReport } from '../core/learner.js';
import { lossFor, type Task } from '../core/loss.js';
import { matrix, type Matrix } from '../core/matrix.js';
import type { SourceEvent } from '../sources/sample.js';
import { miniBatch, type Batch } from '../stream/mini-batch.js';
import { ClientTable } from './clients.js';
import { RecentRing } from './recent.js';

export interface TrainerOptions {
  makeLearner: (inputs: number) => Learner;
  learner?: Learner;
  task: Task;
  classes: number;
  batch: number;
  maxWaitMs: number;
  maxQueuedBatches?: number;
}

/** Where a sample came from: its client and seq, to acknowledge it after its step. */
export interface SampleTag {
  client: string;
  seq: number;
}

export interface StepEvent {
  report: StepReport;
  time: number; // ms since the epoch
  samplesPerSecond: number;
  smoothedCost: number;
  smoothedAccuracy: number;
  smoothedLoss: number;
  /** Per client: the highest seq this step trained. */
  trained: Map<string, number>;
}

/**
 * The one model of a server and the pipeline feeding it: samples from every
 * connection (and stdin, and the demo) merge into one stream, are grouped into
 * mini-batches (a partial batch flushed after maxWaitMs), and each batch is one
 * training step. Steps run one per turn of the event loop, so predictions and
 * other messages are answered between steps and never wait behind a backlog.
 */
export class Trainer {
  learner: Learner | undefined;
  paused = false;
  readonly clients = new ClientTable();
  readonly steps = new Subject<StepEvent>();
  readonly changed = new Subject<void>(); // model created, reset, paused, lr changed
  readonly recent = new RecentRing(500);
  private readonly ingest = new Subject<SourceEvent>();
  private readonly queue: Batch[] = [];
  private scheduled = false;
  private readonly subscription: Subscription;
  private rateWindow: { t: number; samples: number }[] = [];
  private smoothedCost = NaN;
  private smoothedAccuracy = NaN;
  private smoothedLoss = NaN;
  private idleWaiters: (() => void)[] = [];
  private roomWaiters: (() => void)[] = [];
  readonly checkLabel: (y: number) => string | undefined;

  constructor(private readonly o: TrainerOptions) {
    this.learner = o.learner;
    const loss = lossFor(o.task);
    this.checkLabel = (y) => loss.checkLabel(y, o.classes);
    this.subscription = this.ingest.pipe(miniBatch(o.batch, { maxWaitMs: o.maxWaitMs })).subscribe((b) => {
      this.queue.push(b);
      this.schedule();
    });
  }

  get inputs(): number | undefined {
    return this.learner?.inputs;
  }

  get batchSize(): number {
    return this.o.batch;
  }

  get maxWaitMs(): number {
    return this.o.maxWaitMs;
  }

  /** Samples waiting for their step, in all batches (full or forming). */
  get backlog(): number {
    return this.queue.reduce((s, b) => s + b.X.cols, 0);
  }

  /**
   * Takes m samples (X column-major n x m) of one client into the pipeline, after
   * the edge has checked them. Samples at or below the client's accepted seq are
   * duplicates and are dropped; returns how many were taken.
   */
  accept(client: string, X: Float64Array, n: number, labels: Float64Array, firstSeq: number): number {
    if (this.learner === undefined) {
      this.learner = this.o.makeLearner(n);
      this.changed.next();
    }
    if (n !== this.learner.inputs) throw new NnError('BAD_SHAPE', `expected ${this.learner.inputs} features, got ${n}`);
    const c = this.clients.get(client);
    let taken = 0;
    for (let j = 0; j < labels.length; j++) {
      const seq = firstSeq === 0 ? c.accepted + 1 : firstSeq + j;
      if (seq <= c.accepted) continue; // a resent duplicate: already taken
      c.accepted = seq;
      c.pending++;
      taken++;
      const x = X.slice(j * n, j * n + n);
      this.recent.push(x, labels[j]!);
      this.ingest.next({ kind: 'sample', sample: { x, y: labels[j]!, tag: { client, seq } satisfies SampleTag } });
    }
    return taken;
  }

  pending(client: string): number {
    return this.clients.get(client).pending;
  }

  /** Resolves when the queue of full batches is short enough to take more (stdin pacing). */
  whenRoom(): Promise<void> {
    if (this.queue.length < (this.o.maxQueuedBatches ?? 4)) return Promise.resolve();
    return new Promise((r) => this.roomWaiters.push(r));
  }

  /** Resolves when every accepted sample has been trained (flushing the partial batch). */
  drain(): Promise<void> {
    this.ingest.next({ kind: 'epoch-end', epoch: 0 }); // flushes the forming batch now
    if (this.queue.length === 0 && !this.scheduled) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  predict(X: Matrix): { A: Matrix; step: number } {
    if (this.learner === undefined) throw new NnError('NOT_READY', 'the model does not exist yet: send a training sample first');
    return { A: this.learner.predictMany(X), step: this.learner.step };
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    this.changed.next();
    this.schedule();
  }

  setLearningRate(lr: number): void {
    if (this.learner === undefined) throw new NnError('NOT_READY', 'the model does not exist yet');
    this.learner.optimizer.learningRate = lr;
    this.changed.next();
  }

  reset(): void {
    if (this.learner === undefined) throw new NnError('NOT_READY', 'the model does not exist yet');
    this.learner.reset();
    this.smoothedCost = this.smoothedAccuracy = this.smoothedLoss = NaN;
    this.changed.next();
  }

  close(): void {
    this.subscription.unsubscribe();
    this.steps.complete();
    this.changed.complete();
  }

  private schedule(): void {
    if (this.scheduled || this.paused || this.queue.length === 0) {
      if (this.queue.length === 0 && !this.scheduled) this.wake(this.idleWaiters);
      return;
    }
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const batch = this.queue.shift();
      if (batch !== undefined && !this.paused) this.step(batch);
      else if (batch !== undefined) this.queue.unshift(batch);
      if (this.queue.length < (this.o.maxQueuedBatches ?? 4)) this.wake(this.roomWaiters);
      this.schedule();
    });
  }

  private wake(waiters: (() => void)[]): void {
    const w = waiters.splice(0);
    for (const r of w) r();
  }

  private step(batch: Batch): void {
    const learner = this.learner!;
    const report = learner.learnMany(matrix(learner.inputs, batch.X.cols, batch.X.data), batch.labels);
    const trained = new Map<string, number>();
    for (const t of batch.tags as SampleTag[]) {
      const c = this.clients.get(t.client);
      c.pending--;
      if (t.seq > c.trained) c.trained = t.seq;
      trained.set(t.client, c.trained);
    }
    const now = Date.now();
    const a = 0.05;
    if (Number.isFinite(report.cost)) this.smoothedCost = Number.isNaN(this.smoothedCost) ? report.cost : (1 - a) * this.smoothedCost + a * report.cost;
    if (Number.isFinite(report.loss)) this.smoothedLoss = Number.isNaN(this.smoothedLoss) ? report.loss : (1 - a) * this.smoothedLoss + a * report.loss;
    if (!Number.isNaN(report.accuracy))
      this.smoothedAccuracy = Number.isNaN(this.smoothedAccuracy) ? report.accuracy : (1 - a) * this.smoothedAccuracy + a * report.accuracy;
    this.steps.next({ report, time: now, samplesPerSecond: this.rate(now, report.m), smoothedCost: this.smoothedCost, smoothedAccuracy: this.smoothedAccuracy, smoothedLoss: this.smoothedLoss, trained });
  }

  /** Samples per second over the last two seconds. */
  private rate(now: number, m: number): number {
    const w = this.rateWindow;
    w.push({ t: now, samples: m });
    while (w.length > 1 && now - w[0]!.t > 2000) w.shift();
    const span = Math.max(now - w[0]!.t, 1);
    const total = w.reduce((s, e) => s + e.samples, 0) - (w.length > 1 ? w[0]!.samples : 0);
    return w.length > 1 ? (1000 * total) / span : 0;
  }
}

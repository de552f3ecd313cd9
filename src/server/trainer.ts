import { Subject, type Subscription } from 'rxjs';
import { NnError } from '../core/errors.js';
import type { Learner, StepReport } from '../core/learner.js';
import { lossFor, type Task } from '../core/loss.js';
import { matrix, type Matrix } from '../core/matrix.js';
import type { SourceEvent } from '../sources/sample.js';
import { miniBatch, type Batch } from '../stream/mini-batch.js';
import { Ledger, type LedgerOptions } from './ledger.js';
import type { ServerHoldout } from './holdout.js';
import { RecentRing } from './recent.js';
import { TrainThread } from './train-thread.js';
import type { ModelData } from '../core/model.js';
import { Schema } from '../schema/schema.js';

export interface TrainerOptions {
  makeLearner: (inputs: number) => Learner;
  learner?: Learner;
  task: Task;
  classes: number;
  batch: number;
  maxWaitMs: number;
  maxQueuedBatches?: number;
  /** Train in a worker thread (the default for `serve`), so the main thread stays free for I/O and predictions. */
  thread?: boolean;
  /** Threads sharing each large product in the training thread (default 1: the main thread keeps the other core). */
  trainThreads?: number;
  /** Nice levels the training thread runs below the process, on Linux (default 0: none). */
  trainNice?: number;
  /** A validation split of the stream (serve --holdout). */
  holdout?: ServerHoldout;
  /** Called when the training thread fails: the process cannot go on. */
  onFatal?: (e: Error) => void;
  /** How long unused client ids are kept, and how many at most. */
  ledger?: LedgerOptions;
  /** Batches end only when full or at `drain()`, never by time (a cluster leader: the log decides where batches end). */
  untimedBatches?: boolean;
}

/** Batches handed to the training thread and not yet answered. */
const MAX_IN_FLIGHT = 8;
/** Recent samples kept for decision-boundary plots. */
const RECENT = 500;

/** Where a sample came from: its client and seq, to acknowledge it after its step. */
export interface SampleTag {
  client: string;
  seq: number;
  at: number; // performance.now() when it was accepted (ack latency)
}

export interface StepEvent {
  report: StepReport;
  time: number; // ms since the epoch
  samplesPerSecond: number;
  smoothedCost: number;
  smoothedAccuracy: number;
  smoothedLoss: number;
  /** The learning rate the step used (it follows --lr-schedule). */
  learningRate?: number;
  /** Per client in the step: its ack now (the ledger's through seq). */
  trained: Map<string, number>;
  /** Per client whose samples were in a refused step: the seq runs not trained (holes to resend). */
  untrained: Map<string, [number, number][]>;
  /** How long the step's forward pass, backprop and update took. */
  stepSeconds: number;
  /** The batch's samples: who sent them and when they arrived. */
  tags: readonly SampleTag[];
}

/** What a sample costs while it waits for its step: x and y as float64. */
export const sampleBytes = (n: number): number => (n + 1) * 8;

/**
 * The one model of a server and the pipeline feeding it: samples from every
 * connection (and stdin, and the demo) merge into one stream, are grouped into
 * mini-batches (a partial batch flushed after maxWaitMs), and each batch is one
 * training step. With `thread`, steps run in a worker thread and `learner` is the
 * main thread's replica (synced from shared memory before a prediction or a
 * snapshot); without it, steps run one per turn of the event loop. Either way
 * predictions are answered from whole steps and never wait behind a backlog.
 */
export class Trainer {
  /** The model as the main thread sees it (counters current; parameters after `sync`). */
  learner: Learner | undefined;
  paused = false;
  readonly clients: Ledger;
  readonly steps = new Subject<StepEvent>();
  readonly changed = new Subject<void>(); // model created, reset, paused, lr changed
  readonly recent = new RecentRing(RECENT);
  private readonly ingest = new Subject<SourceEvent>();
  private readonly queue: Batch[] = [];
  private scheduled = false;
  private inFlight = 0;
  private thread: TrainThread | undefined;
  private readonly subscription: Subscription;
  private rateWindow: { t: number; samples: number }[] = [];
  private smoothedCost = NaN;
  private smoothedAccuracy = NaN;
  private smoothedLoss = NaN;
  private idleWaiters: (() => void)[] = [];
  private roomWaiters: (() => void)[] = [];
  readonly checkLabel: (y: number) => string | undefined;
  /** What the inputs and outputs mean, before a learner exists (afterwards it is the learner's). */
  schema: Schema | undefined;

  constructor(private readonly o: TrainerOptions) {
    this.learner = o.learner;
    this.clients = new Ledger(o.ledger);
    if (this.learner !== undefined) this.startThread();
    const loss = lossFor(o.task);
    this.checkLabel = (y) => (this.learner !== undefined ? this.learner.checkLabel(y) : loss.checkLabel(y, o.classes));
    this.subscription = this.ingest.pipe(miniBatch(o.batch, { ...(o.untimedBatches ? {} : { maxWaitMs: o.maxWaitMs }), alloc: (length) => this.takeBuffer(length) })).subscribe((b) => {
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
   * the edge has checked them. Seqs the ledger already holds are duplicates and are
   * dropped (firstSeq 0: the samples get the seqs after the client's last); returns
   * how many were taken.
   */
  accept(client: string, X: Float64Array, n: number, labels: Float64Array, firstSeq: number): number {
    if (this.learner === undefined) {
      this.learner = this.o.makeLearner(n);
      this.startThread();
      this.changed.next();
    }
    if (n !== this.learner.inputs) throw new NnError('BAD_SHAPE', `expected ${this.learner.inputs} features, got ${n}`);
    const c = this.clients.get(client);
    const m = labels.length;
    const first = firstSeq === 0 ? c.nextSeq() : firstSeq;
    const bytes = sampleBytes(n);
    const at = performance.now();
    let taken = 0;
    for (const [lo, hi] of c.take(first, first + m - 1)) {
      for (let seq = lo; seq <= hi; seq++) {
        const j = seq - first;
        if (this.o.holdout?.take(client, seq, X.subarray(j * n, j * n + n), labels[j]!)) {
          this.o.holdout.takeHeld(client);
          c.trained(seq, seq); // held out: used (for validation), never trained, and not waited for
          continue;
        }
        taken++;
        // a view is enough: the mini-batch copies it at once, and so does the ring
        if (m - j <= RECENT) this.recent.push(X, j * n, n, labels[j]!);
        this.ingest.next({ kind: 'sample', sample: { x: X.subarray(j * n, j * n + n), y: labels[j]!, tag: { client, seq, at } satisfies SampleTag } });
      }
    }
    c.pendingSamples += taken;
    c.pendingBytes += taken * bytes;
    this.clients.pendingBytes += taken * bytes;
    return taken;
  }

  /** The newest holdout figures as CostReport fields, when the stream keeps a holdout. */
  holdoutFields(): ReturnType<ServerHoldout['fields']> | Record<string, never> {
    return this.o.holdout?.fields() ?? {};
  }

  pending(client: string): number {
    return this.clients.peek(client)?.pendingSamples ?? 0;
  }

  /** Resolves when the queue of full batches is short enough to take more (stdin pacing). */
  whenRoom(): Promise<void> {
    if (this.queue.length < (this.o.maxQueuedBatches ?? 4)) return Promise.resolve();
    return new Promise((r) => this.roomWaiters.push(r));
  }

  /** Resolves when every accepted sample has been trained (flushing the partial batch). */
  drain(): Promise<void> {
    this.ingest.next({ kind: 'epoch-end', epoch: 0 }); // flushes the forming batch now
    if (this.idle) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  predict(X: Matrix): { A: Matrix; step: number } {
    if (this.learner === undefined) throw new NnError('NOT_READY', 'the model does not exist yet: send a training sample first');
    const step = this.sync();
    return { A: this.learner.predictMany(X), step };
  }

  /** The parameters of the newest whole step (no optimizer or RNG state: for subscribers). */
  snapshot(): ModelData {
    this.sync();
    return this.learner!.toModel();
  }

  /**
   * Everything a checkpoint holds, taken between two steps: the model with its
   * optimizer and RNG state, and the client seqs trained into exactly that model.
   */
  async capture(): Promise<{ model: ModelData; seqs: Record<string, number>; owners: Record<string, string> } | undefined> {
    if (this.learner === undefined) return undefined;
    const model = this.thread === undefined ? this.learner.toModel() : await this.thread.capture();
    const schema = this.learner.schema; // the main thread's: its fill means move here, as records arrive
    if (schema !== undefined) model.schema = schema instanceof Schema ? schema.toJSON() : schema;
    return { model, seqs: this.clients.trainedSeqs(), owners: this.clients.owners() };
  }

  private sync(): number {
    return this.thread === undefined ? this.learner!.step : this.thread.sync(this.learner!);
  }

  private startThread(): void {
    if (!this.o.thread || this.learner === undefined) return;
    this.thread = new TrainThread(this.learner, this.o.trainThreads ?? 1, this.o.trainNice ?? 0, (e) => (this.o.onFatal ?? ((err: Error) => { throw err; }))(e));
  }

  /** Batch buffers come back from the training thread and are used again: no allocation per step. */
  private readonly pool: Float64Array[] = [];

  private takeBuffer(length: number): Float64Array {
    while (this.pool.length > 0) {
      const b = this.pool.pop()!;
      if (b.length === length) return b;
    }
    return new Float64Array(length);
  }

  private giveBuffer(X: Float64Array): void {
    if (this.pool.length < MAX_IN_FLIGHT + 4) this.pool.push(new Float64Array(X.buffer));
  }

  private get idle(): boolean {
    return this.queue.length === 0 && !this.scheduled && this.inFlight === 0;
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    this.changed.next();
    this.schedule();
  }

  setLearningRate(lr: number): void {
    if (this.learner === undefined) throw new NnError('NOT_READY', 'the model does not exist yet');
    this.learner.optimizer.learningRate = lr;
    this.thread?.setLearningRate(lr);
    this.changed.next();
  }

  async reset(): Promise<void> {
    if (this.learner === undefined) throw new NnError('NOT_READY', 'the model does not exist yet');
    if (this.thread !== undefined) await this.thread.reset();
    this.learner.reset();
    this.sync();
    this.smoothedCost = this.smoothedAccuracy = this.smoothedLoss = NaN;
    this.changed.next();
  }

  close(): void {
    void this.thread?.close();
    this.subscription.unsubscribe();
    this.steps.complete();
    this.changed.complete();
  }

  private schedule(): void {
    if (this.thread !== undefined) return this.scheduleThread(this.thread);
    if (this.scheduled || this.paused || this.queue.length === 0) {
      if (this.idle) this.wake(this.idleWaiters);
      return;
    }
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const batch = this.queue.shift();
      if (batch !== undefined && !this.paused) {
        const learner = this.learner!;
        const t0 = performance.now();
        const report = learner.learnMany(matrix(learner.inputs, batch.X.cols, batch.X.data), batch.labels);
        this.afterStep(batch, report, learner.optimizer.learningRate, (performance.now() - t0) / 1000);
        this.giveBuffer(batch.X.data);
      } else if (batch !== undefined) this.queue.unshift(batch);
      if (this.queue.length < (this.o.maxQueuedBatches ?? 4)) this.wake(this.roomWaiters);
      this.schedule();
    });
  }

  /** Keeps a few batches with the training thread, so it never waits for the main thread. */
  private scheduleThread(thread: TrainThread): void {
    while (this.inFlight < MAX_IN_FLIGHT && !this.paused && this.queue.length > 0) {
      const batch = this.queue.shift()!;
      this.inFlight++;
      const X = batch.X, m = X.cols;
      thread.train(X.data, X.rows, m, batch.labels).then(
        ({ report, X: returned, lr, seconds }) => {
          this.inFlight--;
          this.giveBuffer(returned);
          const l = this.learner!;
          if (!report.refused && report.step + 1 > l.step) {
            l.step = report.step + 1;
            l.samples = report.samples;
          }
          this.afterStep(batch, report, lr, seconds);
          this.schedule();
        },
        () => undefined, // the thread's failure is fatal and reported through onFatal
      );
    }
    if (this.queue.length < (this.o.maxQueuedBatches ?? 4)) this.wake(this.roomWaiters);
    if (this.idle) this.wake(this.idleWaiters);
  }

  private wake(waiters: (() => void)[]): void {
    const w = waiters.splice(0);
    for (const r of w) r();
  }

  private afterStep(batch: Batch, report: StepReport, learningRate = this.learner!.optimizer.learningRate, stepSeconds = 0): void {
    const trained = new Map<string, number>();
    const untrained = new Map<string, [number, number][]>();
    const bytes = sampleBytes(batch.X.rows);
    // runs of consecutive seqs of one client: one ledger call per run, not per sample
    const tags = batch.tags as SampleTag[];
    for (let k = 0; k < tags.length; ) {
      const { client } = tags[k]!;
      const lo = tags[k]!.seq;
      let hi = lo, j = k + 1;
      while (j < tags.length && tags[j]!.client === client && tags[j]!.seq === hi + 1) hi = tags[j++]!.seq;
      const c = this.clients.get(client);
      c.pendingSamples -= j - k;
      c.pendingBytes -= (j - k) * bytes;
      this.clients.pendingBytes -= (j - k) * bytes;
      if (report.refused) {
        c.untrained(lo, hi);
        let runs = untrained.get(client);
        if (runs === undefined) untrained.set(client, (runs = []));
        runs.push([lo, hi]);
      } else c.trained(lo, hi);
      trained.set(client, c.through);
      k = j;
    }
    const holdout = this.o.holdout; // (held-out samples are settled in the ledger when taken: their ack follows)
    if (holdout !== undefined) {
      if (holdout.due(report.step)) {
        this.sync();
        holdout.evaluate(this.learner!);
      }
    }
    const now = Date.now();
    const a = 0.05;
    if (Number.isFinite(report.cost)) this.smoothedCost = Number.isNaN(this.smoothedCost) ? report.cost : (1 - a) * this.smoothedCost + a * report.cost;
    if (Number.isFinite(report.loss)) this.smoothedLoss = Number.isNaN(this.smoothedLoss) ? report.loss : (1 - a) * this.smoothedLoss + a * report.loss;
    if (!Number.isNaN(report.accuracy))
      this.smoothedAccuracy = Number.isNaN(this.smoothedAccuracy) ? report.accuracy : (1 - a) * this.smoothedAccuracy + a * report.accuracy;
    this.steps.next({ report, time: now, samplesPerSecond: this.rate(now, report.m), smoothedCost: this.smoothedCost, smoothedAccuracy: this.smoothedAccuracy, smoothedLoss: this.smoothedLoss, learningRate, trained, untrained, stepSeconds, tags: batch.tags as SampleTag[] });
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

import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { NnError } from '../core/errors.js';
import type { Learner } from '../core/learner.js';
import type { Task } from '../core/loss.js';
import { decodeLogRecord, encodeLogRecord } from '../codec/log-record.js';
import { Trainer, type StepEvent } from '../server/trainer.js';
import type { NatsCheckpointStore } from './checkpoint-store.js';
import type { ClusterNames } from './names.js';
import type { NatsSampleLog } from './sample-log.js';
import { deadline } from './deadline.js';
import { encodeStep } from './step-feed.js';
import type { NatsVersionFeed } from './version-feed.js';

export interface LeaderOptions {
  nc: NatsConnection;
  names: ClusterNames;
  node: string;
  log: NatsSampleLog;
  store: NatsCheckpointStore;
  feed: NatsVersionFeed;
  makeLearner: (inputs: number) => Learner;
  /** The starting model (a model file, or --inputs), used when the cluster holds no checkpoint yet: a fresh learner is made from it each time this node takes over. */
  initial?: import('../core/model.js').ModelData;
  fromCheckpoint: (model: import('../core/model.js').ModelData) => Learner;
  task: Task;
  classes: number;
  batch: number;
  maxWaitMs: number;
  checkpointEverySteps?: number;
  checkpointEveryMs?: number;
  versionEveryMs: number;
  thread: boolean;
  trainThreads: number;
  trainNice: number;
  /** The leader cannot go on (its checkpoint was overwritten by another, or the log failed): give up the lease. */
  onDeposed: (why: string) => void;
  say: (line: string) => void;
}

/** One entry of the log taken into the trainer and not yet wholly trained. */
interface Taken {
  seq: number;
  client: string; // '' for a flush mark or an entry of duplicates only
  last: number;
}

/**
 * The one trainer of a model in the cluster, while this node holds the lease:
 * loads the newest checkpoint, reads the log in order from the checkpoint's
 * stream sequence, and trains it in mini-batches of `batch` samples. Where a
 * partial batch ends is part of the log too: when the log goes quiet with samples
 * waiting, the leader appends a flush mark and ends the batch when it reads it,
 * so every replay of the log forms the same batches. A resent sample (its seq at
 * or below the client's trained mark) is dropped by the trainer as on one node,
 * so replaying from a checkpoint trains every sample exactly once.
 */
export class ClusterLeader {
  readonly trainer: Trainer;
  private readonly taken: Taken[] = [];
  private readonly trained = new Map<string, number>();
  private lastRead: number;
  private lastReadAt = Date.now();
  private lastReadFlush = false;
  private flushTriedAt = 0;
  private revision: number;
  private stopping = false;
  private stopRead: (() => Promise<void>) | undefined;
  private readonly subs: Subscription[] = [];
  private readonly timers: ReturnType<typeof setInterval>[] = [];
  private checkpointing: Promise<void> | undefined;
  private lastCheckpointStep: number;
  private lastCheckpointAt = Date.now();
  private versionAt = 0;
  private versionBusy = false;
  private versionDirty = false;
  private readonly stepTimes = new Map<number, number>();
  checkpoints = 0;

  private constructor(
    private readonly o: LeaderOptions,
    learner: Learner | undefined,
    clients: Record<string, number>,
    startSeq: number,
    revision: number,
  ) {
    this.revision = revision;
    this.lastRead = startSeq - 1;
    this.trainer = new Trainer({
      makeLearner: o.makeLearner, ...(learner ? { learner } : {}), task: o.task, classes: o.classes, batch: o.batch, maxWaitMs: o.maxWaitMs,
      thread: o.thread, trainThreads: o.trainThreads, trainNice: o.trainNice, untimedBatches: true,
      onFatal: (e) => o.onDeposed(`the training thread failed: ${e.message}`),
    });
    this.trainer.clients.restore(clients);
    for (const [id, seq] of Object.entries(clients)) this.trained.set(id, seq);
    this.lastCheckpointStep = learner?.step ?? 0;
    this.trainer.steps.subscribe((e) => this.onStep(e));
  }

  static async start(o: LeaderOptions): Promise<ClusterLeader> {
    const { checkpoint, revision } = await o.store.load();
    const learner = checkpoint !== undefined ? o.fromCheckpoint(checkpoint.model) : o.initial !== undefined ? o.fromCheckpoint(o.initial) : undefined;
    const start = checkpoint?.streamSeq ?? 1;
    o.say(checkpoint !== undefined ? `cluster: leading; resumed from the checkpoint at step ${learner!.step}, reading the log from ${start}` : `cluster: leading; no checkpoint yet, reading the log from ${start}`);
    const leader = new ClusterLeader(o, learner, checkpoint?.model.clients ?? {}, start, revision);
    await leader.run(start);
    return leader;
  }

  private async run(start: number): Promise<void> {
    const o = this.o;
    this.subs.push(o.nc.subscribe(o.names.clients, { callback: (_e, m) => {
      const c = this.trainer.clients.get(m.string());
      m.respond(JSON.stringify({ through: c.through, inLog: c.nextSeq() - 1 })); // everything the leader took came from the log
    } }));
    this.subs.push(o.nc.subscribe(o.names.control, { callback: (_e, m) => void this.onControl(m.json<{ action: string; lr?: number }>()).then(
      (seqs) => m.respond(JSON.stringify({ ok: true, seqs })),
      (e: unknown) => m.respond(JSON.stringify({ ok: false, code: (e as NnError).code ?? 'INTERNAL', message: (e as Error).message })),
    ) }));
    await this.openReader(start);
    const tick = Math.max(10, Math.min(o.maxWaitMs, 1000));
    this.timers.push(setInterval(() => this.maybeFlush(), tick));
    this.timers.push(setInterval(() => this.maybeCheckpoint(), 500));
    this.timers.push(setInterval(() => void this.watchReader(), 2000));
    this.publishVersion();
  }

  private readerGen = 0;
  private watching = false;
  private waitingRoom = false;

  private async openReader(from: number): Promise<void> {
    const { entries, stop } = await this.o.log.read(from);
    const gen = ++this.readerGen;
    this.stopRead = stop;
    void this.read(entries, gen).catch((e: unknown) => this.stopping || gen !== this.readerGen || this.o.onDeposed(`reading the log failed: ${(e as Error).message}`));
  }

  /**
   * An ordered consumer can stall for good after its NATS node died: when nothing
   * came for 3 s though the log has more, read again from the next entry.
   */
  private async watchReader(): Promise<void> {
    if (this.watching || this.stopping || this.waitingRoom || Date.now() - this.lastReadAt < 3000) return;
    this.watching = true;
    try {
      if ((await this.o.log.lastSeq()) <= this.lastRead || this.stopping) return;
      this.o.say(`cluster: the log reader stalled at ${this.lastRead}: reading again from ${this.lastRead + 1}`);
      const old = this.stopRead;
      this.readerGen++;
      await deadline(old?.() ?? Promise.resolve(), 2000, 'closing the stalled reader').catch(() => undefined);
      await deadline(this.openReader(this.lastRead + 1), 10_000, 'reopening the log reader');
      this.lastReadAt = Date.now();
    } catch (e) {
      this.o.say(`cluster: the log reader could not be checked or reopened (next try in 2 s): ${(e as Error).message}`);
    } finally {
      this.watching = false;
    }
  }

  private async read(entries: AsyncIterable<{ seq: number; data: Uint8Array }>, gen: number): Promise<void> {
    for await (const e of entries) {
      if (this.stopping || gen !== this.readerGen) return;
      if (e.seq <= this.lastRead) continue;
      this.waitingRoom = true;
      await this.trainer.whenRoom();
      this.waitingRoom = false;
      if (this.stopping || gen !== this.readerGen) return;
      this.lastRead = e.seq;
      this.lastReadAt = Date.now();
      let r;
      try {
        r = decodeLogRecord(e.data);
      } catch (err) {
        this.o.say(`cluster: log entry ${e.seq} skipped: ${(err as Error).message}`);
        this.done(e.seq);
        continue;
      }
      this.lastReadFlush = r.kind === 'flush';
      if (r.kind === 'flush') {
        this.taken.push({ seq: e.seq, client: '', last: 0 });
        void this.trainer.drain();
        continue;
      }
      try {
        const n = this.trainer.accept(r.client, r.X, r.n, r.y, r.firstSeq);
        if (n > 0) this.taken.push({ seq: e.seq, client: r.client, last: r.firstSeq + r.m - 1 });
        else this.done(e.seq);
      } catch (err) {
        // the same entry is refused on every replay (a shape that does not fit the model): skipped, deterministically
        this.o.say(`cluster: log entry ${e.seq} of ${r.client} skipped: ${(err as Error).message}`);
        this.done(e.seq);
      }
    }
    if (!this.stopping && gen === this.readerGen) this.o.onDeposed('the log consumer ended');
  }

  private done(seq: number): void {
    this.taken.push({ seq, client: '', last: 0 });
    this.popTrained();
  }

  private popTrained(): void {
    while (this.taken.length > 0) {
      const t = this.taken[0]!;
      if (t.client !== '' && (this.trained.get(t.client) ?? 0) < t.last) return;
      this.taken.shift();
    }
  }

  /** Where the leader is in the log: the last entry read, and where a successor would resume. */
  get position(): { read: number; resume: number } {
    return { read: this.lastRead, resume: this.resumeSeq };
  }

  /** The first stream sequence whose samples are not all trained. */
  private get resumeSeq(): number {
    return this.taken.length > 0 ? this.taken[0]!.seq : this.lastRead + 1;
  }

  private onStep(e: StepEvent): void {
    for (const [client, seq] of e.trained) this.trained.set(client, seq);
    this.popTrained();
    this.stepTimes.set(e.report.step + 1, e.time);
    if (this.stepTimes.size > 256) this.stepTimes.delete(this.stepTimes.keys().next().value!);
    const l = this.trainer.learner!;
    this.o.nc.publish(this.o.names.steps, encodeStep(e, { lr: l.optimizer.learningRate, paused: this.trainer.paused }));
    this.versionSoon();
    const every = this.o.checkpointEverySteps ?? 0;
    if (every > 0 && l.step - this.lastCheckpointStep >= every) this.maybeCheckpoint(true);
  }

  /** The log is quiet and samples wait in a partial batch: append a flush mark (once per position: its id names it). */
  private maybeFlush(): void {
    const now = Date.now();
    if (this.stopping || this.lastReadFlush || now - this.lastReadAt < this.o.maxWaitMs || now - this.flushTriedAt < this.o.maxWaitMs) return;
    if (!this.taken.some((t) => t.client !== '') || this.trainer.paused) return;
    this.flushTriedAt = now;
    void this.o.log.append(encodeLogRecord({ kind: 'flush' }), `flush:${this.lastRead}`, 2000).catch(() => undefined);
  }

  private versionTimer: ReturnType<typeof setTimeout> | undefined;
  private versionSaidAt = 0;

  /** A new version now, or exactly when the interval since the last one is up (leading and trailing edge). */
  private versionSoon(): void {
    const wait = this.versionAt + this.o.versionEveryMs - Date.now();
    if (wait <= 0 && !this.versionBusy) return this.publishVersion();
    this.versionDirty = true;
    this.versionTimer ??= setTimeout(() => {
      this.versionTimer = undefined;
      if (this.versionDirty) this.versionSoon();
    }, Math.max(1, wait));
  }

  private publishVersion(): void {
    if (this.stopping || this.trainer.learner === undefined) return;
    if (this.versionBusy) {
      this.versionDirty = true;
      return;
    }
    this.versionBusy = true;
    this.versionDirty = false;
    this.versionAt = Date.now();
    const model = this.trainer.snapshot();
    const l = this.trainer.learner;
    const info = { step: model.step, samples: model.samples, paused: this.trainer.paused, learningRate: l.optimizer.learningRate, time: this.stepTimes.get(model.step) ?? Date.now(), node: this.o.node };
    void this.o.feed.publish({ info, model }).catch((e: unknown) => {
      this.versionDirty = true; // the newest version must get out: tried again after the interval
      if (Date.now() - this.versionSaidAt > 5000) {
        this.versionSaidAt = Date.now();
        this.o.say(`cluster: model version ${model.step} not published (trying again): ${(e as Error).message}`);
      }
    }).finally(() => {
      this.versionBusy = false;
      if (this.versionDirty) this.versionSoon();
    });
  }

  private maybeCheckpoint(force = false): void {
    const step = this.trainer.learner?.step ?? 0;
    const byTime = (this.o.checkpointEveryMs ?? 0) > 0 && Date.now() - this.lastCheckpointAt >= this.o.checkpointEveryMs!;
    if (this.checkpointing === undefined && step !== this.lastCheckpointStep && (force || byTime)) void this.checkpoint().catch(() => undefined);
  }

  /** Captures the model between two steps with the log position it holds, and writes it with compare-and-set. */
  async checkpoint(): Promise<Record<string, number>> {
    while (this.checkpointing !== undefined) await this.checkpointing.catch(() => undefined);
    let seqs: Record<string, number> = {};
    const job = (async () => {
      const cap = await this.trainer.capture();
      if (cap === undefined || this.stopping) return;
      const streamSeq = this.resumeSeq; // taken with the capture: the same instant between two steps
      const live = new Set(this.taken.map((t) => t.client));
      seqs = {};
      for (const [id, seq] of this.trained) if (!id.startsWith('~') || live.has(id)) seqs[id] = seq;
      this.lastCheckpointStep = cap.model.step;
      this.lastCheckpointAt = Date.now();
      try {
        this.revision = await this.o.store.save({ model: { ...cap.model, clients: seqs }, streamSeq, node: this.o.node }, this.revision);
        this.checkpoints++;
      } catch (e) {
        if ((e as NnError).code === 'NOT_READY') this.o.onDeposed((e as Error).message); // another leader wrote after us
        else this.o.say(`cluster: checkpoint at step ${cap.model.step} not written (tried again later): ${(e as Error).message}`);
        throw e;
      }
    })();
    this.checkpointing = job;
    try {
      await job;
    } finally {
      this.checkpointing = undefined;
    }
    return seqs;
  }

  private async onControl(c: { action: string; lr?: number }): Promise<Record<string, number>> {
    switch (c.action) {
      case 'pause':
      case 'resume':
        this.trainer.setPaused(c.action === 'pause');
        break;
      case 'setLearningRate':
        this.trainer.setLearningRate(c.lr!);
        await this.checkpoint(); // a replay starts after it, so the change is where it was made
        break;
      case 'reset':
        await this.trainer.reset();
        this.lastCheckpointStep = -1;
        await this.checkpoint();
        break;
      case 'checkpoint':
        this.lastCheckpointStep = -1;
        await this.checkpoint();
        break;
      default:
        throw new NnError('BAD_CONTROL', `unknown control ${c.action}`);
    }
    this.versionBusy = false;
    this.publishVersion();
    return {};
  }

  async stop(): Promise<void> {
    this.stopping = true;
    for (const t of this.timers) clearInterval(t);
    clearTimeout(this.versionTimer);
    for (const s of this.subs) s.unsubscribe();
    this.trainer.close();
    await deadline(this.stopRead?.() ?? Promise.resolve(), 2000, 'closing the log reader').catch(() => undefined); // a reader whose server is gone may never answer
  }
}

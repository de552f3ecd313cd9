import type { WebSocket } from 'ws';
import { encodeEnvelope } from '../codec/protocol.js';
import type { AccessOptions, Role } from './auth.js';
import { localIntake } from './handlers.js';
import { localControls, type SampleIntake, type TrainingControls } from './intake.js';
import type { ServerContext } from './context.js';
import { dispatch, reject } from './dispatch.js';
import { HttpFront } from './http-front.js';
import { IntakeGate } from './intake-gate.js';
import { DEFAULT_LIMITS, type ServerLimits } from './limits.js';
import { Metrics } from './metrics.js';
import { modelInfo } from './model-info.js';
import { predictedLabels, recordsOf } from './records.js';
import { Session } from './session.js';
import { Reports } from './reports.js';
import { numbersOf, type CostHistory } from './history.js';
import type { StepEvent, Trainer } from './trainer.js';

export { DEFAULT_LIMITS, type ServerLimits } from './limits.js';

export interface ServerOptions {
  port: number;
  host: string;
  trainer: Trainer;
  task: string;
  standardize: boolean;
  access?: AccessOptions;
  limits?: Partial<ServerLimits>;
  dashboardDir?: string;
  /** Writes a checkpoint now; resolves with the client seqs it holds. */
  checkpoint?: () => Promise<Record<string, number>>;
  /** The cost history new subscribers may ask for (Subscribe.history). */
  history?: CostHistory;
  /** Where samples go (default: this process's trainer); `serve --cluster` appends them to the cluster's log. */
  intake?: SampleIntake;
  /** What controls act on (default: this process's trainer and `checkpoint`). */
  controls?: TrainingControls;
  /** Extra /healthz fields (the cluster's role and leader). */
  health?: () => Record<string, unknown>;
  log?: (line: string) => void;
}

/**
 * HTTP and WebSocket on one port: the dashboard at /, the protocol at /ws,
 * /healthz and /metrics. The HTTP side and the upgrade checks live in
 * http-front.ts, one handler per message kind in handlers.ts (dispatch.ts decodes
 * and routes a frame); this class holds the connections, by client id, and turns
 * the trainer's steps into acks and reports. Every rejected message is answered
 * with an Error and changes nothing.
 */
export class NnServer implements ServerContext {
  readonly metrics = new Metrics();
  readonly limits: ServerLimits;
  readonly trainer: Trainer;
  readonly reports: Reports;
  readonly task: string;
  readonly standardize: boolean;
  readonly checkpoint: (() => Promise<Record<string, number>>) | undefined;
  readonly history: CostHistory | undefined;
  readonly intake: SampleIntake;
  readonly controls: TrainingControls;
  private readonly front: HttpFront;
  private readonly all = new Set<Session>();
  private readonly byClient = new Map<string, Set<Session>>();
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private sweeper: ReturnType<typeof setInterval> | undefined;
  private readonly gate: IntakeGate;
  closing = false;

  constructor(private readonly o: ServerOptions) {
    this.trainer = o.trainer;
    this.task = o.task;
    this.standardize = o.standardize;
    this.checkpoint = o.checkpoint;
    this.history = o.history;
    this.limits = { ...DEFAULT_LIMITS, ...o.limits };
    this.intake = o.intake ?? localIntake(this);
    this.controls = o.controls ?? localControls(this.trainer, o.checkpoint);
    this.gate = new IntakeGate(Math.max(1, Math.floor(this.limits.maxReceivingBytes / this.limits.maxPayloadBytes)));
    this.front = new HttpFront({
      port: o.port,
      host: o.host,
      access: o.access ?? {},
      limits: this.limits,
      dashboardDir: o.dashboardDir,
      log: (line) => this.log(line),
      health: () => {
        const l = this.trainer.learner;
        return { status: this.closing ? 'stopping' : 'ok', step: l?.step ?? 0, samples: l?.samples ?? 0, connections: this.all.size, paused: this.trainer.paused, ...this.o.health?.() };
      },
      metrics: () => {
        this.metrics.connections = this.all.size;
        return this.metrics.render({ backlog: this.trainer.backlog, paused: this.trainer.paused, connections: this.roleCounts(), clientIds: this.trainer.clients.size, backlogBytes: this.trainer.clients.pendingBytes });
      },
      metricsType: () => this.metrics.contentType,
      closing: () => this.closing,
      full: () => this.all.size >= this.limits.maxConnections,
      onSocket: (ws, role, token) => this.onConnection(ws, role, token),
    });
    this.reports = new Reports(this.trainer, () => this.all.size, o.history);
    this.trainer.steps.subscribe((e) => this.onStep(e));
    this.trainer.changed.subscribe(() => this.broadcastModelInfo());
  }

  log(line: string): void {
    this.o.log?.(line);
  }

  async listen(): Promise<{ port: number; url: string }> {
    const at = await this.front.listen();
    this.heartbeat = setInterval(() => this.beat(), this.limits.heartbeatMs);
    this.heartbeat.unref();
    const sweep = this.trainer.clients.sweepEveryMs;
    if (sweep !== undefined) (this.sweeper = setInterval(() => this.trainer.clients.expire(), sweep)).unref();
    return at;
  }

  get connections(): number {
    return this.all.size;
  }

  sessions(): Iterable<Session> {
    return this.all;
  }

  /** Stops accepting connections and messages that add work. */
  stopAccepting(): void {
    this.closing = true;
    this.front.http.close();
  }

  /** The ack of a connection's client, as the ledger has it now. */
  ack(s: Session): void {
    const c = this.trainer.clients.get(s.clientId);
    s.send({ ack: { throughSeq: c.through, durableSeq: c.durable, modelStep: this.trainer.learner?.step ?? 0 } });
  }

  /** Sends durable acks after a checkpoint. */
  announceDurable(seqs: Record<string, number>): void {
    for (const id of Object.keys(seqs)) for (const s of this.byClient.get(id) ?? []) this.ack(s);
  }

  /** Closes every socket (1001: going away) and the HTTP server. */
  async close(code = 1001, reason = 'server shutting down'): Promise<void> {
    this.closing = true;
    if (this.heartbeat !== undefined) clearInterval(this.heartbeat);
    if (this.sweeper !== undefined) clearInterval(this.sweeper);
    for (const s of this.all) {
      s.dispose();
      s.ws.close(code, reason);
    }
    const deadline = Date.now() + 2000;
    while (this.all.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    for (const s of this.all) s.ws.terminate();
    await this.front.close();
  }

  private onConnection(ws: WebSocket, role: Role, token: string | undefined): void {
    const s = new Session(ws, role, this.trainer.clients.anonymousId(), this.limits, () => this.metrics.droppedMessages++);
    s.token = token;
    this.gate.watch(ws);
    this.all.add(s);
    this.join(s);
    ws.on('message', (data, isBinary) => {
      try {
        dispatch(this, s, data, isBinary);
      } catch (e) {
        reject(this, s, e, 0); // last resort: a handler bug answers INTERNAL, the connection and the server go on
      }
    });
    ws.on('pong', () => (s.alive = true));
    ws.on('error', (e) => this.log(`connection error: ${e.message}`));
    ws.on('close', () => {
      this.all.delete(s);
      this.leave(s);
      s.dispose();
    });
    s.send({ modelInfo: modelInfo(this.trainer, role, this.standardize, this.task) });
  }

  rebind(s: Session, id: string): void {
    this.leave(s);
    s.clientId = id;
    this.join(s);
  }

  private join(s: Session): void {
    let set = this.byClient.get(s.clientId);
    if (set === undefined) this.byClient.set(s.clientId, (set = new Set()));
    set.add(s);
    this.trainer.clients.attach(s.clientId);
  }

  private leave(s: Session): void {
    const set = this.byClient.get(s.clientId);
    set?.delete(s);
    if (set !== undefined && set.size === 0) this.byClient.delete(s.clientId);
    this.trainer.clients.detach(s.clientId);
  }

  private broadcastModelInfo(): void {
    for (const s of this.all) s.send({ modelInfo: modelInfo(this.trainer, s.role, this.standardize, this.task) });
  }

  private onStep(e: StepEvent): void {
    const r = e.report;
    const l = this.trainer.learner!;
    this.metrics.observeStep(e);
    if (r.refused) {
      this.metrics.refusedSteps++;
      const alert = encodeEnvelope({ alert: { code: 'DIVERGED', message: `step ${r.step}: the update would not have been finite (cost ${r.cost}) and was refused; the model keeps its last good parameters — lower the learning rate`, step: r.step, timeMs: e.time } });
      for (const s of this.all) if (s.subscription.cost.on) s.sendBytes(alert);
    } else {
      this.metrics.steps++;
      this.metrics.samples += r.m;
      this.metrics.cost = r.cost;
      this.metrics.accuracy = r.accuracy;
    }
    // every client whose samples were in a refused step is told which, and may resend them
    for (const [client, runs] of e.untrained) {
      const seqs = runs.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(', ');
      const message = `samples seq ${seqs} were in step ${r.step}, whose update would not have been finite (cost ${r.cost}): they were not trained; resend them (the whole batch was refused, whichever sample caused it)`;
      for (const s of this.byClient.get(client) ?? []) s.send({ error: { code: 'DIVERGED', message, ref: runs[0]![0], refKind: 'seq' } });
    }
    for (const [client, through] of e.trained) {
      const c = this.trainer.clients.get(client);
      for (const s of this.byClient.get(client) ?? []) s.send({ ack: { throughSeq: through, durableSeq: c.durable, modelStep: l.step } });
      this.trainer.clients.settle(client);
    }
    this.o.history?.add(numbersOf(this.reports.costReport(e)));
    this.reports.stepped(e, this.all);
  }

  private roleCounts(): { trainer: number; viewer: number } {
    const c = { trainer: 0, viewer: 0 };
    for (const s of this.all) c[s.role]++;
    return c;
  }

  private beat(): void {
    const now = Date.now();
    for (const s of this.all) {
      if (!s.alive) {
        s.ws.terminate();
        continue;
      }
      const sub = s.subscription;
      const subscribed = sub.cost.on || sub.params.on || sub.recent.on;
      if (!subscribed && this.limits.idleTimeoutMs > 0 && now - s.lastMessage > this.limits.idleTimeoutMs) {
        s.ws.close(1000, 'idle');
        continue;
      }
      s.alive = false;
      s.ws.ping();
    }
  }
}



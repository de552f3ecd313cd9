import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { isNnError, NnError } from '../core/errors.js';
import { matrix } from '../core/matrix.js';
import { decodeEnvelope, encodeEnvelope } from '../codec/protocol.js';
import type { nnstream } from '../codec/generated/nnstream.js';
import { originAllowed, roleOf, type AccessOptions, type Role } from './auth.js';
import { send, serveStatic } from './http-routes.js';
import { Metrics } from './metrics.js';
import { localControls, localIntake, type SampleIntake, type TrainingControls } from './intake.js';
import { modelInfo } from './model-info.js';
import { Session } from './session.js';
import { Reports } from './reports.js';
import { subscriptionOf } from './subscription.js';
import type { StepEvent, Trainer } from './trainer.js';
import { batchIn, predictIn, sampleIn, type Expect } from './validate.js';

export interface ServerLimits {
  maxPayloadBytes: number;
  maxSamplesPerMessage: number;
  maxPendingPerConnection: number;
  maxConnections: number;
  idleTimeoutMs: number; // a connection that neither sends nor subscribes is closed after this
  headersTimeoutMs: number;
  heartbeatMs: number;
  maxAbs: number;
  slowBytes: number;
  maxBufferedBytes: number;
}

/** Every limit's default (documented in `nnstream serve --help`). */
export const DEFAULT_LIMITS: ServerLimits = {
  maxPayloadBytes: 8 << 20,
  maxSamplesPerMessage: 65536,
  maxPendingPerConnection: 65536,
  maxConnections: 1024,
  idleTimeoutMs: 300_000,
  headersTimeoutMs: 10_000,
  heartbeatMs: 30_000,
  maxAbs: 1e100,
  slowBytes: 256 << 10,
  maxBufferedBytes: 64 << 20,
};

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
 * /healthz and /metrics. Every connection speaks protobuf Envelopes; every
 * rejected message is answered with an Error and changes nothing.
 */
export class NnServer {
  readonly metrics = new Metrics();
  readonly limits: ServerLimits;
  private readonly http: Server;
  private readonly wss: WebSocketServer;
  private readonly sessions = new Set<Session>();
  private readonly byClient = new Map<string, Set<Session>>();
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private closing = false;
  private readonly trainer: Trainer;
  private readonly reports: Reports;
  private readonly intake: SampleIntake;
  private readonly controls: TrainingControls;

  constructor(private readonly o: ServerOptions) {
    this.trainer = o.trainer;
    this.limits = { ...DEFAULT_LIMITS, ...o.limits };
    this.intake = o.intake ?? localIntake(this.trainer, () => this.limits.maxPendingPerConnection);
    this.controls = o.controls ?? localControls(this.trainer, o.checkpoint);
    this.http = createServer((req, res) => this.onRequest(req, res));
    this.http.headersTimeout = this.limits.headersTimeoutMs;
    this.http.requestTimeout = Math.max(this.limits.headersTimeoutMs, 30_000);
    this.wss = new WebSocketServer({ noServer: true, maxPayload: this.limits.maxPayloadBytes, perMessageDeflate: false, clientTracking: false });
    this.http.on('upgrade', (req, socket, head) => this.onUpgrade(req, socket, head));
    this.reports = new Reports(this.trainer, () => this.sessions.size);
    this.trainer.steps.subscribe((e) => this.onStep(e));
    this.trainer.changed.subscribe(() => this.broadcastModelInfo());
  }

  async listen(): Promise<{ port: number; url: string }> {
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(this.o.port, this.o.host, () => {
        this.http.off('error', reject);
        resolve();
      });
    });
    this.heartbeat = setInterval(() => this.beat(), this.limits.heartbeatMs);
    this.heartbeat.unref();
    const { port } = this.http.address() as AddressInfo;
    const host = this.o.host.includes(':') ? `[${this.o.host}]` : this.o.host;
    return { port, url: `http://${host}:${port}/` };
  }

  get connections(): number {
    return this.sessions.size;
  }

  /** Stops accepting connections and messages that add work. */
  stopAccepting(): void {
    this.closing = true;
    this.http.close();
  }

  /** Sends durable acks after a checkpoint. */
  announceDurable(seqs: Record<string, number>): void {
    for (const [id, seq] of Object.entries(seqs)) {
      const c = this.trainer.clients.get(id);
      for (const s of this.byClient.get(id) ?? []) s.send({ ack: { throughSeq: c.trained, durableSeq: seq, modelStep: this.trainer.learner?.step ?? 0 } });
    }
  }

  /** Closes every socket (1001: going away) and the HTTP server. */
  async close(code = 1001, reason = 'server shutting down'): Promise<void> {
    this.closing = true;
    if (this.heartbeat !== undefined) clearInterval(this.heartbeat);
    for (const s of this.sessions) {
      s.dispose();
      s.ws.close(code, reason);
    }
    const deadline = Date.now() + 2000;
    while (this.sessions.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    for (const s of this.sessions) s.ws.terminate();
    this.http.closeAllConnections?.();
    await new Promise<void>((r) => this.http.close(() => r()));
  }

  private onRequest(req: IncomingMessage, res: import('node:http').ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed\n');
    if (path === '/healthz') {
      const l = this.trainer.learner;
      return send(res, 200, 'application/json', JSON.stringify({ status: this.closing ? 'stopping' : 'ok', step: l?.step ?? 0, samples: l?.samples ?? 0, connections: this.sessions.size, paused: this.trainer.paused, ...this.o.health?.() }) + '\n');
    }
    if (path === '/metrics') {
      if (roleOf(req, this.o.access ?? {}) === undefined) return send(res, 401, 'text/plain', 'a token is required\n');
      this.metrics.connections = this.sessions.size;
      return send(res, 200, 'text/plain; version=0.0.4', this.metrics.render({ backlog: this.trainer.backlog, paused: this.trainer.paused }));
    }
    if (path === '/ws') return send(res, 426, 'text/plain', 'upgrade to WebSocket here\n');
    if (!serveStatic(req, res, this.o.dashboardDir)) send(res, 404, 'text/plain', 'not found\n');
  }

  private onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const refuse = (status: number, text: string): void => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${text.length + 1}\r\n\r\n${text}\n`);
    };
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path !== '/ws') return refuse(404, 'Not Found');
    if (this.closing) return refuse(503, 'Service Unavailable');
    if (!originAllowed(req, this.o.access ?? {})) return refuse(403, 'Forbidden');
    const role = roleOf(req, this.o.access ?? {});
    if (role === undefined) return refuse(401, 'Unauthorized');
    if (this.sessions.size >= this.limits.maxConnections) return refuse(503, 'Service Unavailable');
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, role));
  }

  private onConnection(ws: WebSocket, role: Role): void {
    const s = new Session(ws, role, this.trainer.clients.anonymousId(), this.limits, () => this.metrics.droppedMessages++);
    this.sessions.add(s);
    this.join(s);
    ws.on('message', (data, isBinary) => this.onMessage(s, data, isBinary));
    ws.on('pong', () => (s.alive = true));
    ws.on('error', (e) => this.o.log?.(`connection error: ${e.message}`));
    ws.on('close', () => {
      this.sessions.delete(s);
      this.leave(s);
      s.dispose();
    });
    s.send({ modelInfo: modelInfo(this.trainer, role, this.o.standardize, this.o.task) });
  }

  private join(s: Session): void {
    let set = this.byClient.get(s.clientId);
    if (set === undefined) this.byClient.set(s.clientId, (set = new Set()));
    set.add(s);
  }

  private leave(s: Session): void {
    const set = this.byClient.get(s.clientId);
    set?.delete(s);
    if (set !== undefined && set.size === 0) {
      this.byClient.delete(s.clientId);
      if (this.trainer.clients.get(s.clientId).pending === 0) this.trainer.clients.forget(s.clientId);
    }
  }

  private expect(): Expect {
    return { inputs: this.trainer.inputs, checkLabel: this.trainer.checkLabel, maxAbs: this.limits.maxAbs, maxSamples: this.limits.maxSamplesPerMessage };
  }

  private reject(s: Session, e: unknown, ref: number, refKind: '' | 'seq' | 'id' = ''): void {
    const err = isNnError(e) ? e : new NnError('INTERNAL', (e as Error).message ?? String(e));
    if (!isNnError(e)) this.o.log?.(`internal error: ${(e as Error).stack ?? e}`);
    this.metrics.error(err.code);
    s.send({ error: { code: err.code, message: err.message, ref, refKind } });
  }

  private onMessage(s: Session, data: RawData, isBinary: boolean): void {
    this.metrics.messages++;
    s.lastMessage = Date.now();
    if (!isBinary) return this.reject(s, new NnError('BAD_MESSAGE', 'text frames are not accepted: send a binary protobuf Envelope'), 0);
    const bytes = Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? new Uint8Array(data) : data;
    let env: nnstream.v1.Envelope;
    try {
      env = decodeEnvelope(bytes);
    } catch (e) {
      return this.reject(s, new NnError('BAD_MESSAGE', `not a protobuf Envelope: ${(e as Error).message}`), 0);
    }
    let ref = 0;
    let refKind: '' | 'seq' | 'id' = '';
    try {
      switch (env.body) {
        case 'hello':
          return void this.onHello(s, env.hello!)?.catch((e: unknown) => this.reject(s, e, 0));
        case 'sample':
          ref = Number(env.sample!.seq ?? 0);
          refKind = 'seq';
          return this.onSamples(s, () => sampleIn(env.sample!, this.expect()), ref);
        case 'sampleBatch':
          ref = Number(env.sampleBatch!.firstSeq ?? 0);
          refKind = 'seq';
          return this.onSamples(s, () => batchIn(env.sampleBatch!, this.expect()), ref);
        case 'predictRequest':
          ref = Number(env.predictRequest!.id ?? 0);
          refKind = 'id';
          return this.onPredict(s, env.predictRequest!);
        case 'subscribe':
          return this.onSubscribe(s, env.subscribe!);
        case 'control':
          ref = Number(env.control!.id ?? 0);
          refKind = 'id';
          return void this.onControl(s, env.control!).catch((e: unknown) => this.reject(s, e, ref, 'id'));
        case undefined:
          throw new NnError('BAD_MESSAGE', bytes.length === 0 ? 'empty message: an Envelope needs a body' : 'the Envelope has no known body (unknown fields only?)');
        default:
          throw new NnError('BAD_MESSAGE', `a client does not send ${env.body}`);
      }
    } catch (e) {
      this.reject(s, e, ref, refKind);
    }
  }

  private onHello(s: Session, h: nnstream.v1.Hello.$Properties): Promise<void> | undefined {
    const id = h.clientId ?? '';
    if (id !== '') {
      if (id.length > 128 || id.startsWith('~')) throw new NnError('BAD_MESSAGE', 'client_id must be 1-128 characters and not start with "~"');
      this.leave(s);
      s.clientId = id;
      s.named = true;
      this.join(s);
    }
    const answer = (c: { trained: number; durable: number }): void => s.send({ ack: { throughSeq: c.trained, durableSeq: c.durable, modelStep: this.trainer.learner?.step ?? 0 } });
    const figures = this.intake.hello(s.clientId); // the cluster asks its leader
    if (figures instanceof Promise) return figures.then(answer);
    answer(figures);
    return undefined;
  }

  private onSamples(s: Session, decode: () => ReturnType<typeof sampleIn>, ref: number): void {
    if (s.role !== 'trainer') throw new NnError('FORBIDDEN', 'this connection is read-only (viewer token): it cannot send samples');
    if (this.closing) throw new NnError('BUSY', 'the server is shutting down: samples are no longer accepted');
    this.intake.accept(s.clientId, decode(), ref, (m) => s.send(m));
  }

  private onPredict(s: Session, r: nnstream.v1.PredictRequest.$Properties): void {
    if (s.role !== 'trainer') throw new NnError('FORBIDDEN', 'this connection is read-only (viewer token): it cannot ask for predictions');
    const { n, m, X } = predictIn(r, this.expect());
    const { A, step } = this.trainer.predict(matrix(n, m, X));
    this.metrics.predictions++;
    s.send({ predictResponse: { id: r.id ?? 0, yHat: Array.from(A.data), modelStep: step, k: A.rows, m } });
  }

  private onSubscribe(s: Session, sub: nnstream.v1.Subscribe.$Properties): void {
    s.subscription = subscriptionOf(sub);
    this.reports.subscribed(s);
  }

  private async onControl(s: Session, c: nnstream.v1.Control.$Properties): Promise<void> {
    if (s.role !== 'trainer') throw new NnError('FORBIDDEN', 'this connection is read-only (viewer token): it cannot control training');
    const id = c.id ?? 0;
    let message = '';
    switch (c.action) {
      case 'pause':
        await this.controls.setPaused(true);
        message = 'training paused';
        break;
      case 'resume':
        await this.controls.setPaused(false);
        message = 'training resumed';
        break;
      case 'setLearningRate': {
        const lr = c.setLearningRate ?? NaN;
        if (!Number.isFinite(lr) || lr <= 0 || lr > 1e3) throw new NnError('BAD_CONTROL', `set_learning_rate must be a number in (0, 1000], got ${lr}`);
        await this.controls.setLearningRate(lr);
        message = `learning rate set to ${lr}`;
        break;
      }
      case 'reset':
        await this.controls.reset();
        message = 'model reset to new random parameters';
        break;
      case 'checkpoint': {
        if (this.controls.checkpoint === undefined) throw new NnError('BAD_CONTROL', 'no --checkpoint file is configured');
        const seqs = await this.controls.checkpoint();
        this.announceDurable(seqs);
        message = 'checkpoint written';
        break;
      }
      default:
        throw new NnError('BAD_CONTROL', 'Control needs an action: pause, resume, set_learning_rate, reset or checkpoint');
    }
    this.o.log?.(`control: ${message}`);
    s.send({ controlResult: { id, ok: true, action: c.action, message, modelInfo: modelInfo(this.trainer, s.role, this.o.standardize, this.o.task) } });
  }

  private broadcastModelInfo(): void {
    for (const s of this.sessions) s.send({ modelInfo: modelInfo(this.trainer, s.role, this.o.standardize, this.o.task) });
  }

  private onStep(e: StepEvent): void {
    const r = e.report;
    const l = this.trainer.learner!;
    if (r.refused) {
      this.metrics.refusedSteps++;
      const alert = encodeEnvelope({ alert: { code: 'DIVERGED', message: `step ${r.step}: the update would not have been finite (cost ${r.cost}) and was refused; the model keeps its last good parameters — lower the learning rate`, step: r.step, timeMs: e.time } });
      for (const s of this.sessions) if (s.subscription.cost.on) s.sendBytes(alert);
    } else {
      this.metrics.steps++;
      this.metrics.samples += r.m;
      this.metrics.cost = r.cost;
      this.metrics.accuracy = r.accuracy;
    }
    for (const [client, seq] of e.trained) {
      const c = this.trainer.clients.get(client);
      for (const s of this.byClient.get(client) ?? []) s.send({ ack: { throughSeq: seq, durableSeq: c.durable, modelStep: l.step } });
      if (c.pending === 0 && !this.byClient.has(client)) this.trainer.clients.forget(client);
    }
    this.reports.stepped(e, this.sessions);
  }

  private beat(): void {
    const now = Date.now();
    for (const s of this.sessions) {
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


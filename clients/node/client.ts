import { EventEmitter } from 'node:events';
import type WebSocket from 'ws';
import { decodeEnvelope, pb, type Envelope } from '../../src/codec/protocol.js';
import { Backoff } from './backoff.js';
import { sendCsv, type CsvSendOptions, type CsvSendSummary } from './csv.js';
import { NnstreamError } from './errors.js';
import { handshake } from './handshake.js';
import {
  controlFrame, plain, predictFrame, predictionOf, subscribeFrame,
  type Ack, type Alert, type ControlAction, type ControlResult, type ModelInfo, type Prediction,
  type SubscribeCallbacks, type SubscribeOptions,
} from './messages.js';
import type { ClientEvents, ClientOptions, ClientState, ClientStats } from './options.js';
import { Outbox, type SendGroup, type SendResult } from './outbox.js';
import { Requests } from './requests.js';
import { blockFrame, splitBlock, toBlock, type Block, type Samples } from './samples.js';
import { encodeRecords, predictRecordsFrame, type PlainRecord } from './records.js';

/**
 * A client of `nnstream serve`: streams labelled samples with backpressure (a
 * window of unacknowledged samples), asks for predictions, subscribes to the
 * model's progress, and sends controls, all on one WebSocket. It reconnects with
 * backoff; a client with a `clientId` then resends exactly the samples the server
 * does not hold.
 */
export class NnstreamClient extends EventEmitter<ClientEvents> {
  /** The latest ModelInfo (the server sends one on every connection and after every control). */
  modelInfo!: ModelInfo;
  state: ClientState = 'connecting';
  readonly stats: ClientStats = { samplesSent: 0, samplesAcked: 0, samplesRejected: 0, resent: 0, unprotected: 0, reconnects: 0, frames: 0 };

  private ws: WebSocket | undefined;
  private ready = false;
  private readonly outbox: Outbox;
  private readonly backoff: Backoff;
  private readonly requests = new Requests();
  private subscription: { frame: Uint8Array; callbacks: SubscribeCallbacks } | undefined;
  private readonly sentWaiters = new Map<object, () => void>();
  private idleWaiters: { resolve(): void; reject(e: NnstreamError): void }[] = [];
  private reconnectTimer: NodeJS.Timeout | undefined;
  private busyTimer: NodeJS.Timeout | undefined;
  private closing = false;
  private readonly window: number;
  private readonly maxBatch: number;

  private constructor(
    readonly url: string,
    private readonly o: ClientOptions,
  ) {
    super();
    this.window = positiveInt(o.window ?? 1024, 'window');
    this.maxBatch = Math.min(positiveInt(o.maxBatch ?? 256, 'maxBatch'), this.window);
    this.outbox = new Outbox({
      window: this.window,
      keepUntilDurable: o.clientId !== undefined && o.clientId !== '',
      maxKeptBytes: o.maxKeptBytes ?? 64 * 2 ** 20,
      whenKeptFull: o.whenKeptFull ?? 'drop',
      busyRetries: o.busyRetries ?? 5,
    });
    this.backoff = new Backoff(typeof o.reconnect === 'object' ? o.reconnect : {});
  }

  /** Connects and resolves once the server's ModelInfo (and, for a named client, its answer to Hello) arrived. */
  static async connect(url: string, options: ClientOptions = {}): Promise<NnstreamClient> {
    const client = new NnstreamClient(url, options);
    for (;;) {
      try {
        await client.open(false);
        return client;
      } catch (e) {
        const error = e as NnstreamError;
        if (!options.retryInitial || error.code === 'FORBIDDEN' || client.outOfAttempts()) {
          client.state = 'closed';
          throw error;
        }
        const delayMs = client.backoff.next();
        client.emit('reconnecting', { attempt: client.backoff.attempts, delayMs, error });
        await new Promise((r) => setTimeout(r, delayMs));
      }
    }
  }

  /** Seq of the newest sample the server has trained. */
  get throughSeq(): number {
    return this.outbox.through;
  }

  /** Seq of the newest sample held by the server's last checkpoint. */
  get durableSeq(): number {
    return this.outbox.durable;
  }

  /** Samples on the wire without an ack (never more than the window). */
  get unacked(): number {
    return this.outbox.unacked;
  }

  /** Samples kept for resending (unacknowledged, or trained but not yet in a checkpoint). */
  get held(): number {
    return this.outbox.held;
  }

  /** Sends samples and resolves once the server has trained all of them. */
  async send(samples: Samples): Promise<SendResult> {
    const { acked } = await this.write(samples);
    return acked;
  }

  /**
   * Queues samples and resolves as soon as the window lets them onto the wire, which
   * paces a producer to the server's speed. `acked` settles when they are trained
   * (a refusal also emits 'rejected', so ignoring `acked` is safe).
   */
  async write(samples: Samples): Promise<{ acked: Promise<SendResult> }> {
    this.assertOpen();
    return this.writeBlock(toBlock(samples, this.inputs()));
  }

  /** Resolves when every sample sent so far is acknowledged or refused. */
  flush(): Promise<void> {
    if (this.outbox.idle) return Promise.resolve();
    return new Promise((resolve, reject) => this.idleWaiters.push({ resolve, reject }));
  }

  /** Streams CSV rows (the first may be a header; the label is the column "label", else the last). */
  sendCsvRows(rows: Iterable<string> | AsyncIterable<string>, options: CsvSendOptions = {}): Promise<CsvSendSummary> {
    return sendCsv(this, { rows }, options);
  }

  /** Streams a CSV file without holding it in memory. */
  sendCsvFile(path: string, options: CsvSendOptions = {}): Promise<CsvSendSummary> {
    return sendCsv(this, { path }, options);
  }

  /**
   * Sends samples as plain objects, column name -> value (`{ sepal: 5.1, colour: 'red', species: 'setosa' }`),
   * encoded with the server's schema exactly as the server encodes a Record or a CSV row; resolves once trained.
   */
  async sendRecords(records: PlainRecord | readonly PlainRecord[]): Promise<SendResult> {
    this.assertOpen();
    const list = Array.isArray(records) ? (records as readonly PlainRecord[]) : [records as PlainRecord];
    return this.send(encodeRecords(this.modelInfo.schemaJson ?? '', list));
  }

  /** Predictions for plain objects (the server encodes them with its schema); `labels` holds the class names. */
  predictRecords(records: PlainRecord | readonly PlainRecord[], o: { timeoutMs?: number } = {}): Promise<Prediction> {
    this.assertOpen();
    const list = Array.isArray(records) ? (records as readonly PlainRecord[]) : [records as PlainRecord];
    if (list.length === 0) return Promise.reject(new NnstreamError('BAD_SHAPE', 'Expected at least one record'));
    const id = this.requests.newId();
    return this.requests.add<Prediction>('predict', id, predictRecordsFrame(id, list), (f) => this.transmit(f), o.timeoutMs);
  }

  /** Asks for predictions for m samples of n features (column-major), answered from the current parameters. */
  predict(x: ArrayLike<number>, shape: { n?: number; m?: number; timeoutMs?: number } = {}): Promise<Prediction> {
    this.assertOpen();
    const values = Float64Array.from(x);
    const n = shape.n ?? (shape.m !== undefined ? values.length / shape.m : (this.inputs() ?? values.length));
    const m = shape.m ?? values.length / n;
    if (!Number.isInteger(n) || n < 1 || !Number.isInteger(m) || m < 1 || n * m !== values.length) {
      const wanted =
        shape.n !== undefined && shape.m !== undefined ? `n*m = ${shape.n * shape.m} values`
        : shape.m !== undefined ? `${shape.m} samples of equal length`
        : `whole samples of ${n} features`;
      return Promise.reject(new NnstreamError('BAD_SHAPE', `Expected x to hold ${wanted}, got ${values.length} values`));
    }
    const bad = values.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) return Promise.reject(new NnstreamError('BAD_VALUE', `x[${bad}] is ${values[bad]}, not a finite number`));
    const id = this.requests.newId();
    return this.requests.add<Prediction>('predict', id, predictFrame(id, values, n, m), (f) => this.transmit(f), shape.timeoutMs);
  }

  /** Asks for cost reports, parameter snapshots and recent samples; a new subscription replaces the previous one. */
  subscribe(options: SubscribeOptions, callbacks: SubscribeCallbacks): { unsubscribe(): void } {
    this.assertOpen();
    const subscription = { frame: subscribeFrame(options, callbacks), callbacks };
    this.subscription = subscription;
    this.transmit(subscription.frame);
    return {
      unsubscribe: () => {
        if (this.subscription !== subscription) return;
        this.subscription = undefined;
        this.transmit(subscribeFrame({ cost: false, params: false, recent: false }, {}));
      },
    };
  }

  /** Sends a Control and resolves with its result; a refused control rejects with BAD_CONTROL (or the server's code). */
  control(action: ControlAction, timeoutMs?: number): Promise<ControlResult> {
    this.assertOpen();
    const id = this.requests.newId();
    return this.requests.add<ControlResult>('control', id, controlFrame(id, action), (f) => this.transmit(f), timeoutMs);
  }

  pause(): Promise<ControlResult> {
    return this.control({ pause: true });
  }

  resume(): Promise<ControlResult> {
    return this.control({ resume: true });
  }

  setLearningRate(lr: number): Promise<ControlResult> {
    return this.control({ setLearningRate: lr });
  }

  checkpoint(): Promise<ControlResult> {
    return this.control({ checkpoint: true });
  }

  /** Closes the socket (code 1000) and fails whatever is still waiting with CLOSED. */
  async close(): Promise<void> {
    if (this.state === 'closed') return;
    this.closing = true;
    clearTimeout(this.reconnectTimer);
    clearTimeout(this.busyTimer);
    const ws = this.ws;
    this.ws = undefined; // its close is ours: no 'disconnected', no reconnect
    this.shutdown(new NnstreamError('CLOSED', 'the client was closed'), false);
    if (ws !== undefined && ws.readyState !== ws.CLOSED) {
      await new Promise<void>((resolve) => {
        ws.once('close', () => resolve());
        ws.close(1000);
        setTimeout(() => {
          ws.terminate();
          resolve();
        }, 2000).unref();
      });
    }
    this.emit('closed');
  }

  // ---- internals ----

  /** Used by sendCsv: a validated block straight to the outbox. */
  async writeBlock(block: Block): Promise<{ acked: Promise<SendResult> }> {
    this.assertOpen();
    const parts = splitBlock(block, this.maxBatch);
    let group!: SendGroup;
    const acked = new Promise<SendResult>((resolve, reject) => {
      group = { samples: block.m, parts: parts.length, lastSeq: 0, modelStep: 0, failed: false, resolve, reject };
    });
    acked.catch(() => {}); // refusals are also emitted as 'rejected'
    const onAcked = group.resolve;
    group.resolve = (r) => {
      this.stats.samplesAcked += r.samples;
      onAcked(r);
    };
    const onRejected = group.reject;
    group.reject = (e) => {
      this.stats.samplesRejected += block.m;
      this.emit('rejected', e);
      onRejected(e);
    };
    const items = parts.map((part) => this.outbox.enqueue(part, group));
    const last = items[items.length - 1]!;
    const sent = new Promise<void>((resolve) => this.sentWaiters.set(last, resolve));
    this.pump();
    await Promise.race([sent, acked.then(() => {}, () => {})]);
    this.sentWaiters.delete(last);
    return { acked };
  }

  inputs(): number | undefined {
    const sizes = this.modelInfo?.sizes;
    return sizes !== undefined && sizes.length > 0 ? sizes[0] : undefined;
  }

  private assertOpen(): void {
    if (this.state === 'closed') throw new NnstreamError('CLOSED', 'the client is closed');
  }

  /** One connection attempt: resolves when the session is ready, rejects when it fails. */
  private async open(reconnect: boolean): Promise<void> {
    this.state = reconnect ? 'reconnecting' : 'connecting';
    const named = this.o.clientId !== undefined && this.o.clientId !== '';
    const sock = await handshake(this.url, {
      ...(this.o.token !== undefined ? { token: this.o.token } : {}),
      ...(named ? { clientId: this.o.clientId!, clientName: this.o.clientName ?? '' } : {}),
      maxPayload: this.o.maxPayload ?? 64 * 2 ** 20,
      timeoutMs: this.o.connectTimeoutMs ?? 10000,
    });
    if (this.closing) {
      sock.ws.close(1000);
      throw new NnstreamError('CLOSED', 'the client was closed');
    }
    const { ws, info, hello } = sock;
    this.ws = ws;
    this.modelInfo = info;
    const resentBefore = this.outbox.resent;
    if (reconnect || named) this.outbox.restart(hello !== undefined ? { through: hello.throughSeq, durable: hello.durableSeq } : undefined);
    this.stats.resent = this.outbox.resent;
    this.state = 'open';
    this.ready = true;
    this.backoff.reset();
    if (this.subscription !== undefined) this.transmit(this.subscription.frame);
    for (const frame of this.requests.frames('predict')) this.transmit(frame);
    this.emit('modelInfo', info);
    this.emit('connected', { reconnect, resent: this.outbox.resent - resentBefore });
    sock.takeOver(
      (data) => this.onFrame(data),
      (code, reason) => this.onClose(ws, code, reason),
    );
    this.pump();
  }

  private onClose(ws: WebSocket, code: number, reason: string): void {
    if (this.ws !== ws) return;
    this.ws = undefined;
    this.ready = false;
    this.emit('disconnected', { code, reason });
    const lost = (id: number): NnstreamError =>
      new NnstreamError('CLOSED', 'the connection was lost before the server answered; the control may or may not have been carried out', id);
    this.requests.failAll(lost, 'control');
    if (this.closing) return;
    if (this.o.reconnect === false) {
      this.shutdown(new NnstreamError('CLOSED', `the server closed the connection (${code}${reason !== '' ? ` ${reason}` : ''})`), true);
      return;
    }
    this.scheduleReconnect();
  }

  private scheduleReconnect(error?: NnstreamError): void {
    if (this.closing) return;
    if (this.outOfAttempts()) {
      this.shutdown(new NnstreamError('CLOSED', `gave up reconnecting to ${this.url} after ${this.backoff.attempts} attempts${error ? `: ${error.message}` : ''}`), true);
      return;
    }
    this.state = 'reconnecting';
    const delayMs = this.backoff.next();
    this.emit('reconnecting', { attempt: this.backoff.attempts, delayMs, ...(error ? { error } : {}) });
    this.reconnectTimer = setTimeout(() => {
      if (this.closing) return;
      this.stats.reconnects++;
      this.open(true).then(
        () => {},
        (e: NnstreamError) => {
          if (e.code === 'FORBIDDEN') this.shutdown(e, true);
          else this.scheduleReconnect(e);
        },
      );
    }, delayMs);
  }

  private outOfAttempts(): boolean {
    return this.backoff.attempts >= (this.o.maxReconnectAttempts ?? Infinity);
  }

  private shutdown(error: NnstreamError, emitClosed: boolean): void {
    this.closing = true;
    this.state = 'closed';
    this.ready = false;
    this.outbox.failAll(error);
    this.requests.failAll(() => error);
    for (const w of this.idleWaiters.splice(0)) w.reject(error);
    for (const resolve of this.sentWaiters.values()) resolve();
    this.sentWaiters.clear();
    if (emitClosed) {
      this.ws?.terminate();
      this.emit('closed', error);
    }
  }

  private onFrame(data: Buffer): void {
    let env: Envelope;
    try {
      env = decodeEnvelope(data);
    } catch (e) {
      this.emit('serverError', new NnstreamError('BAD_MESSAGE', `undecodable frame from the server: ${(e as Error).message}`));
      return;
    }
    switch (env.body) {
      case 'modelInfo':
        this.modelInfo = plain<ModelInfo>(pb.ModelInfo, env.modelInfo);
        this.emit('modelInfo', this.modelInfo);
        break;
      case 'ack': {
        const ack = plain<Ack>(pb.Ack, env.ack);
        this.outbox.onAck(ack.throughSeq, ack.durableSeq, ack.modelStep);
        clearTimeout(this.busyTimer);
        this.busyTimer = undefined;
        this.stats.unprotected = this.outbox.unprotected;
        this.emit('ack', ack);
        this.pump();
        break;
      }
      case 'predictResponse':
        this.requests.settle(Number(env.predictResponse!.id ?? 0), predictionOf(env.predictResponse as Parameters<typeof predictionOf>[0]));
        break;
      case 'controlResult': {
        const r = plain<ControlResult>(pb.ControlResult, env.controlResult);
        if (r.modelInfo != null) this.modelInfo = r.modelInfo as ModelInfo;
        this.requests.settle(r.id, r.ok ? r : new NnstreamError('BAD_CONTROL', r.message || `the server refused the control "${r.action}"`, r.id));
        break;
      }
      case 'costReport':
        this.subscription?.callbacks.onCost?.(plain(pb.CostReport, env.costReport));
        break;
      case 'parameterSnapshot':
        this.subscription?.callbacks.onParams?.(plain(pb.ParameterSnapshot, env.parameterSnapshot));
        break;
      case 'recentSamples':
        this.subscription?.callbacks.onRecent?.(plain(pb.RecentSamples, env.recentSamples));
        break;
      case 'alert': {
        const alert = plain<Alert>(pb.Alert, env.alert);
        this.subscription?.callbacks.onAlert?.(alert);
        this.emit('alert', alert);
        break;
      }
      case 'error':
        this.onServerError(env.error!);
        break;
      default:
        this.emit('serverError', new NnstreamError('BAD_MESSAGE', `unexpected message from the server: ${env.body ?? 'empty envelope'}`));
    }
  }

  private onServerError(e: NonNullable<Envelope['error']>): void {
    const ref = Number(e.ref ?? 0);
    const error = new NnstreamError(e.code || 'INTERNAL', e.message ?? '', ref);
    if (ref !== 0 && this.requests.has(ref)) this.requests.settle(ref, error);
    else if (ref !== 0 && this.outbox.onError(ref, error)) {
      if (error.code === 'BUSY') this.holdAfterBusy();
      this.pump();
    } else this.emit('serverError', error);
  }

  /** After BUSY nothing more goes out until the next ack shows the server has room (or a short pause passes). */
  private holdAfterBusy(): void {
    clearTimeout(this.busyTimer);
    this.busyTimer = setTimeout(() => {
      this.busyTimer = undefined;
      this.pump();
    }, 100);
  }

  private pump(): void {
    if (!this.ready || this.ws === undefined) return;
    if (this.busyTimer !== undefined) return this.checkIdle();
    for (let item = this.outbox.takeNext(); item !== undefined; item = this.outbox.takeNext()) {
      this.ws.send(blockFrame(item.block, item.firstSeq));
      this.stats.samplesSent += item.block.m;
      this.stats.frames++;
      const waiter = this.sentWaiters.get(item);
      if (waiter !== undefined) waiter();
    }
    this.checkIdle();
  }

  private checkIdle(): void {
    if (this.outbox.idle) for (const w of this.idleWaiters.splice(0)) w.resolve();
  }

  private transmit(frame: Uint8Array): void {
    if (this.ready && this.ws !== undefined) this.ws.send(frame);
  }
}

function positiveInt(v: number, name: string): number {
  if (!Number.isInteger(v) || v < 1) throw new NnstreamError('BAD_OPTION', `Expected ${name} to be an integer >= 1, got ${v}`);
  return v;
}

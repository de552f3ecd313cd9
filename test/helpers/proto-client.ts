import WebSocket from 'ws';
import { decodeEnvelope, encodeEnvelope } from '../../src/codec/protocol.js';
import type { nnstream } from '../../src/codec/generated/nnstream.js';

type Env = nnstream.v1.Envelope;
type Body = NonNullable<Env['body']>;

/**
 * A bare protocol client for tests: sends Envelopes (or raw frames) and lets a
 * test await the next message of a kind. Every received message is kept in order.
 */
export class ProtoClient {
  readonly received: Env[] = [];
  readonly receivedAt: number[] = []; // Date.now() of each received message
  private waiters: { body: Body; pred: (e: Env) => boolean; ok: (e: Env) => void }[] = [];
  closed: { code: number; reason: string } | undefined;

  /** Messages received, by body, including those no longer kept. */
  readonly counts = new Map<string, number>();

  private constructor(
    readonly ws: WebSocket,
    private readonly keep = Infinity,
  ) {
    ws.on('message', (data: Buffer) => {
      const env = decodeEnvelope(new Uint8Array(data));
      this.received.push(env);
      this.receivedAt.push(Date.now());
      this.counts.set(env.body ?? '', (this.counts.get(env.body ?? '') ?? 0) + 1);
      if (this.received.length > this.keep) {
        // a long run keeps only the newest messages, so the test's own memory stays bounded
        const drop = this.received.length - Math.ceil(this.keep / 2);
        for (const e of this.received.splice(0, drop)) this.taken.delete(e);
        this.receivedAt.splice(0, drop);
      }
      for (const w of [...this.waiters])
        if (env.body === w.body && w.pred(env)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.ok(env);
        }
    });
    ws.on('close', (code, reason) => (this.closed = { code, reason: reason.toString() }));
  }

  static async connect(url: string, opts: WebSocket.ClientOptions = {}, keep = Infinity): Promise<ProtoClient> {
    const ws = new WebSocket(url, opts);
    const c = new ProtoClient(ws, keep);
    await new Promise<void>((ok, fail) => {
      ws.once('open', () => ok());
      ws.once('error', fail);
      ws.once('unexpected-response', (_req, res) => fail(new Error(`HTTP ${res.statusCode}`)));
    });
    await c.next('modelInfo');
    return c;
  }

  send(props: nnstream.v1.Envelope.$Properties): void {
    this.ws.send(encodeEnvelope(props));
  }

  sendRaw(data: Uint8Array | string, binary = true): void {
    this.ws.send(data, { binary });
  }

  /** The next message with this body (also one already received and not yet taken by a waiter, when `seen` allows). */
  next(body: Body, pred: (e: Env) => boolean = () => true, timeoutMs = 5000): Promise<Env> {
    const have = this.received.find((e) => e.body === body && pred(e) && !this.taken.has(e));
    if (have) {
      this.taken.add(have);
      return Promise.resolve(have);
    }
    return new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`no ${body} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        body,
        pred,
        ok: (e) => {
          clearTimeout(timer);
          this.taken.add(e);
          ok(e);
        },
      });
    });
  }

  private taken = new Set<Env>();

  close(): void {
    this.ws.close();
  }
}

import { NnstreamError } from './errors.js';

interface Request {
  kind: 'predict' | 'control';
  frame: Uint8Array;
  resolve(value: unknown): void;
  reject(error: NnstreamError): void;
  timer?: NodeJS.Timeout;
}

/** Request ids live far above any seq, so an Error's `ref` names one or the other without doubt. */
const FIRST_REQUEST_ID = 2 ** 40;

/** Predictions and controls waiting for their answer, by id. */
export class Requests {
  private readonly pending = new Map<number, Request>();
  private nextId = FIRST_REQUEST_ID;

  newId(): number {
    return this.nextId++;
  }

  has(id: number): boolean {
    return this.pending.has(id);
  }

  /** Registers a request; `transmit` sends its frame now if the socket is open. */
  add<T>(kind: Request['kind'], id: number, frame: Uint8Array, transmit: (frame: Uint8Array) => void, timeoutMs?: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const r: Request = { kind, frame, resolve: resolve as (v: unknown) => void, reject };
      if (timeoutMs !== undefined)
        r.timer = setTimeout(() => this.settle(id, new NnstreamError('TIMEOUT', `no answer to ${kind} ${id} within ${timeoutMs} ms`, id)), timeoutMs);
      this.pending.set(id, r);
      transmit(frame);
    });
  }

  /** Resolves the request with the answer, or rejects it with an error. */
  settle(id: number, outcome: unknown): void {
    const r = this.pending.get(id);
    if (r === undefined) return;
    this.pending.delete(id);
    clearTimeout(r.timer);
    if (outcome instanceof NnstreamError) r.reject(outcome);
    else r.resolve(outcome);
  }

  /** Frames of the requests still waiting, to send again on a new connection. */
  frames(kind: Request['kind']): Uint8Array[] {
    return [...this.pending.values()].filter((r) => r.kind === kind).map((r) => r.frame);
  }

  failAll(error: (id: number) => NnstreamError, kind?: Request['kind']): void {
    for (const [id, r] of [...this.pending]) if (kind === undefined || r.kind === kind) this.settle(id, error(id));
  }
}

import { decodeEnvelope, encodeEnvelope, type Envelope } from '../../src/codec/protocol.js';
import type { nnstream } from '../../src/codec/generated/nnstream.js';

export type ConnectionState =
  | { kind: 'connecting'; attempt: number }
  | { kind: 'open'; reconnected: boolean }
  | { kind: 'closed'; attempt: number; retryInMs: number; reason: string };

export interface ConnectionHandlers {
  /** Called on every (re)open: send the subscription here. */
  open(): void;
  envelope(e: Envelope): void;
  state(s: ConnectionState): void;
  /** A frame that did not decode: the server and page disagree about the protocol. */
  bad(message: string): void;
}

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 4000;

/** The WebSocket address of this page's server, passing on `?token=` from the page's own URL. */
export function socketUrl(loc: Location = window.location): string {
  const scheme = loc.protocol === 'https:' ? 'wss:' : 'ws:';
  const token = new URLSearchParams(loc.search).get('token');
  return `${scheme}//${loc.host}/ws${token ? `?token=${encodeURIComponent(token)}` : ''}`;
}

/**
 * One WebSocket to the server that reopens itself, with a growing delay (250 ms up
 * to 4 s), whenever it closes: a restarted server is picked up without a reload.
 */
export class Connection {
  private ws: WebSocket | undefined;
  private attempt = 0;
  private everOpened = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly url: string,
    private readonly on: ConnectionHandlers,
  ) {}

  start(): void {
    this.attempt++;
    this.on.state({ kind: 'connecting', attempt: this.attempt });
    const ws = new WebSocket(this.url);
    ws.binaryType = 'arraybuffer';
    this.ws = ws;
    ws.onopen = () => {
      this.attempt = 0;
      this.on.state({ kind: 'open', reconnected: this.everOpened });
      this.everOpened = true;
      this.on.open();
    };
    ws.onmessage = (ev: MessageEvent) => {
      if (!(ev.data instanceof ArrayBuffer)) return this.on.bad('The server sent a text frame; the protocol uses binary frames only');
      let env: Envelope;
      try {
        env = decodeEnvelope(new Uint8Array(ev.data));
      } catch (e) {
        return this.on.bad(`A frame from the server did not decode: ${(e as Error).message}`);
      }
      this.on.envelope(env);
    };
    ws.onclose = (ev: CloseEvent) => {
      if (this.ws !== ws) return;
      this.ws = undefined;
      const retryInMs = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, this.attempt - 1));
      const reason = ev.reason || (ev.code === 1006 ? 'connection lost' : `closed (${ev.code})`);
      this.on.state({ kind: 'closed', attempt: this.attempt, retryInMs, reason });
      this.timer = setTimeout(() => this.start(), retryInMs);
    };
    // onerror is always followed by onclose, which does the reporting
    ws.onerror = () => undefined;
  }

  /** Sends one envelope; false when the socket is not open (the caller says so on screen). */
  send(props: nnstream.v1.Envelope.$Properties): boolean {
    const ws = this.ws;
    if (ws === undefined || ws.readyState !== WebSocket.OPEN) return false;
    ws.send(encodeEnvelope(props));
    return true;
  }

  get isOpen(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  stop(): void {
    clearTimeout(this.timer);
    const ws = this.ws;
    this.ws = undefined;
    ws?.close();
  }
}

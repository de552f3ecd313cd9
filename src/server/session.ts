import type { WebSocket } from 'ws';
import { encodeEnvelope } from '../codec/protocol.js';
import { pauseReading, resumeReading } from './read-pause.js';
import type { nnstream } from '../codec/generated/nnstream.js';
import type { Role } from './auth.js';
import { noSubscription, type Subscription } from './subscription.js';

export interface SessionLimits {
  /** Above this many unsent bytes a subscriber is slow: reports wait, newest wins. */
  slowBytes: number;
  /** Above this many unsent bytes the peer is not reading at all: the socket is closed. */
  maxBufferedBytes: number;
}

type Droppable = 'cost' | 'params' | 'recent';
const PAUSE_READING_BYTES = 64 << 10;
/** A report's bytes, or how to make them when it is sent (so a report that waited tells the state at send time). */
export type Report = Uint8Array | (() => Uint8Array);
const bytesOf = (r: Report): Uint8Array => (typeof r === 'function' ? r() : r);

/**
 * One WebSocket connection: its role, its client id, its subscription, and the
 * reports waiting for it. Reports to a slow reader are conflated (latest wins),
 * so it never makes the server buffer without bound.
 */
export class Session {
  clientId: string;
  named = false;
  /** The token this connection came with (what a named id is bound to when its Hello has no secret). */
  token: string | undefined;
  subscription: Subscription = noSubscription();
  lastMessage = Date.now();
  alive = true;
  private readonly waiting = new Map<Droppable, Report>();
  private retry: ReturnType<typeof setTimeout> | undefined;
  private readonly trailing = new Map<Droppable, ReturnType<typeof setTimeout>>();

  constructor(
    readonly ws: WebSocket,
    readonly role: Role,
    anonymousId: string,
    private readonly limits: SessionLimits,
    private readonly onDrop: () => void,
  ) {
    this.clientId = anonymousId;
  }

  get open(): boolean {
    return this.ws.readyState === this.ws.OPEN;
  }

  /**
   * Sends a message that must arrive (answers, acks, errors). A peer that does not
   * read them is not read either (see throttle), and is closed with 1008 above
   * maxBufferedBytes.
   */
  send(body: nnstream.v1.Envelope.$Properties): void {
    if (!this.open) return;
    if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
      this.ws.close(1008, 'not reading: too many unsent bytes');
      return;
    }
    this.ws.send(encodeEnvelope(body));
    this.throttle();
  }

  private readPaused: ReturnType<typeof setInterval> | undefined;

  /**
   * Stops reading from a peer that does not read its answers (more than 64 KiB of
   * them unsent, or slowBytes if lower), until they drain to half that: with a
   * thousand such peers, what each may hold is what the server holds.
   */
  /** More answers are unsent than a reading peer would leave: predictions get BUSY, reading stops. */
  get backlogged(): boolean {
    return this.ws.bufferedAmount > Math.min(PAUSE_READING_BYTES, this.limits.slowBytes);
  }

  private throttle(): void {
    const pauseAt = Math.min(PAUSE_READING_BYTES, this.limits.slowBytes);
    if (this.readPaused !== undefined || this.ws.bufferedAmount <= pauseAt) return;
    pauseReading(this.ws, 'unread answers');
    this.readPaused = setInterval(() => {
      if (this.open && this.ws.bufferedAmount > pauseAt / 2) return;
      clearInterval(this.readPaused);
      this.readPaused = undefined;
      resumeReading(this.ws, 'unread answers');
    }, 25);
  }

  sendBytes(bytes: Uint8Array): void {
    if (this.open) this.ws.send(bytes);
  }

  /** Sends a report now, or keeps it as the newest of its kind until the socket drains. */
  offer(kind: Droppable, report: Report): void {
    if (!this.open) return;
    if (this.ws.bufferedAmount <= this.limits.slowBytes && this.waiting.size === 0) {
      this.ws.send(bytesOf(report));
      return;
    }
    if (this.waiting.has(kind)) this.onDrop();
    this.waiting.set(kind, report);
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.retry !== undefined) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (!this.open) return;
      if (this.ws.bufferedAmount > this.limits.slowBytes) {
        this.scheduleRetry();
        return;
      }
      for (const [kind, report] of this.waiting) {
        this.waiting.delete(kind);
        this.ws.send(bytesOf(report));
      }
    }, 25);
  }

  /** At time `at`, offers what `produce` makes then (the newest report), unless one is already due before. */
  trail(kind: Droppable, at: number, produce: () => Report | undefined): void {
    if (this.trailing.has(kind)) return;
    this.trailing.set(kind, setTimeout(() => {
      this.trailing.delete(kind);
      const report = produce();
      if (report !== undefined) this.offer(kind, report);
    }, Math.max(0, at - Date.now())));
  }

  /** Cancels a pending trailing report (a newer one was just sent). */
  untrail(kind: Droppable): void {
    const t = this.trailing.get(kind);
    if (t !== undefined) clearTimeout(t);
    this.trailing.delete(kind);
  }

  dispose(): void {
    if (this.readPaused !== undefined) clearInterval(this.readPaused);
    this.readPaused = undefined;
    for (const t of this.trailing.values()) clearTimeout(t);
    this.trailing.clear();
    if (this.retry !== undefined) clearTimeout(this.retry);
    this.waiting.clear();
  }
}

import type { WebSocket } from 'ws';
import { pauseReading, resumeReading } from './read-pause.js';

/**
 * Bounds the memory of messages still arriving. A WebSocket message is held in
 * pieces until its last byte is in, so a hundred peers each halfway through an
 * 8 MB message hold 400 MB before any limit on accepted samples can see them.
 * Here a connection may go past `threshold` bytes of an unfinished message only
 * while it holds one of `receivers` places; the others stop being read (their
 * data waits in the kernel, at the sender) until a place is free. Small messages
 * never wait; a connection holding a place keeps it until its message is in, so
 * some message always completes.
 */
export class IntakeGate {
  private holders = 0;
  private readonly waiting: Entry[] = [];

  constructor(
    private readonly receivers: number,
    private readonly threshold = 256 << 10,
  ) {}

  /** Watches a connection's incoming bytes (its socket) and messages. */
  watch(ws: WebSocket): void {
    const socket = (ws as unknown as { _socket?: NodeJS.EventEmitter })._socket;
    if (socket === undefined) return;
    const e: Entry = { ws, unfinished: 0, completed: false, holds: false, queued: false };
    // ws reads each chunk first (its listener came first) and emits the messages it completes
    ws.on('message', () => (e.completed = true));
    socket.on('data', (chunk: Buffer) => {
      e.unfinished = e.completed ? 0 : e.unfinished + chunk.length;
      if (e.completed && e.holds) this.release(e);
      e.completed = false;
      if (e.unfinished > this.threshold && !e.holds && !e.queued) this.admit(e);
    });
    ws.on('close', () => {
      if (e.holds) this.release(e);
      const i = this.waiting.indexOf(e);
      if (i >= 0) this.waiting.splice(i, 1);
    });
  }

  private admit(e: Entry): void {
    if (this.holders < this.receivers) {
      this.holders++;
      e.holds = true;
      return;
    }
    e.queued = true;
    pauseReading(e.ws, 'intake');
    this.waiting.push(e);
  }

  private release(e: Entry): void {
    e.holds = false;
    this.holders--;
    while (this.holders < this.receivers && this.waiting.length > 0) {
      const next = this.waiting.shift()!;
      next.queued = false;
      if (next.ws.readyState !== next.ws.OPEN) continue;
      this.holders++;
      next.holds = true;
      resumeReading(next.ws, 'intake');
    }
  }
}

interface Entry {
  ws: WebSocket;
  unfinished: number; // bytes read of the message not yet complete
  completed: boolean; // a message completed in the chunk being read
  holds: boolean;
  queued: boolean;
}

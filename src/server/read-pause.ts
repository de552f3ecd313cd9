import type { WebSocket } from 'ws';

/**
 * Reading from a connection may be paused for several reasons at once (its peer
 * does not read its answers; too many large messages arriving): it is read again
 * only when no reason is left.
 */
const reasons = new WeakMap<WebSocket, Set<string>>();

export function pauseReading(ws: WebSocket, reason: string): void {
  let set = reasons.get(ws);
  if (set === undefined) reasons.set(ws, (set = new Set()));
  if (set.size === 0) ws.pause();
  set.add(reason);
}

export function resumeReading(ws: WebSocket, reason: string): void {
  const set = reasons.get(ws);
  if (set === undefined || !set.delete(reason)) return;
  if (set.size === 0) ws.resume(); // also while closing: the peer's close frame must be read
}

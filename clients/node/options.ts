// What a user of NnstreamClient configures (ClientOptions) and observes (its state,
// events and counters); the behaviour is in client.ts.
import type { BackoffOptions } from './backoff.js';
import type { NnstreamError } from './errors.js';
import type { Ack, Alert, ModelInfo } from './messages.js';

export interface ClientOptions {
  /** Sent as `Authorization: Bearer TOKEN`. */
  token?: string;
  /** A stable id: the server keeps this client's seqs across reconnects and restarts, and the client resends what was not kept. */
  clientId?: string;
  clientName?: string;
  /** Most samples on the wire without an ack (default 1024); after a BUSY the client keeps under what the server held. */
  window?: number;
  /** Most samples in one frame (default 256). */
  maxBatch?: number;
  /** Reconnect after a lost connection (default true), with these delays. */
  reconnect?: boolean | BackoffOptions;
  /** Give up after this many failed reconnect attempts in a row (default: never). */
  maxReconnectAttempts?: number;
  /** Whether `connect` keeps trying while the server is not up yet (default false: it fails at once). */
  retryInitial?: boolean;
  /** Time for one connection attempt: handshake, ModelInfo and, for a named client, the answer to Hello (default 10000 ms). */
  connectTimeoutMs?: number;
  /** Bytes of trained samples a named client keeps until a checkpoint holds them (default 64 MiB). */
  maxKeptBytes?: number;
  /** When that store is full: 'drop' its oldest samples (counted in stats.unprotected, default) or 'wait' for a checkpoint. */
  whenKeptFull?: 'drop' | 'wait';
  /** Times a frame refused with BUSY is sent again before its send fails (default 5). */
  busyRetries?: number;
  /** Largest frame accepted from the server (default 64 MiB). */
  maxPayload?: number;
}

export type ClientState = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface ClientEvents {
  modelInfo: [info: ModelInfo];
  ack: [ack: Ack];
  connected: [event: { reconnect: boolean; resent: number }];
  disconnected: [event: { code: number; reason: string }];
  reconnecting: [event: { attempt: number; delayMs: number; error?: NnstreamError }];
  /** A send the server (or the client's own checks) refused. Its promise is rejected as well. */
  rejected: [error: NnstreamError];
  /** An error that answers no request of this client (e.g. an undecodable frame, ref 0). */
  serverError: [error: NnstreamError];
  alert: [alert: Alert];
  /** The client gave up (closed by the user, refused access, or out of reconnect attempts). */
  closed: [error?: NnstreamError];
}

export interface ClientStats {
  samplesSent: number;
  samplesAcked: number;
  samplesRejected: number;
  resent: number;
  unprotected: number;
  reconnects: number;
  frames: number;
}

/** Every limit of a server, each with its command-line option in `nnstream serve --help`. */
export interface ServerLimits {
  maxPayloadBytes: number;
  maxSamplesPerMessage: number;
  maxPendingPerConnection: number; // samples of one client accepted and not yet trained
  maxPendingBytesPerConnection: number; // the same, in bytes (x and y as float64)
  maxPendingBytes: number; // all clients together: the memory budget of the training backlog
  maxSeqGap: number; // a message whose seqs reach further than this past the client's ack is rejected
  maxReceivingBytes: number; // all connections together: bytes of large messages still arriving
  maxConnections: number;
  idleTimeoutMs: number; // a connection that neither sends nor subscribes is closed after this
  headersTimeoutMs: number;
  heartbeatMs: number;
  maxAbs: number;
  slowBytes: number; // unsent bytes above which reports are conflated, predictions answered BUSY and reading paused
  maxBufferedBytes: number; // unsent bytes above which the peer is closed (1008)
}

/** Every limit's default (documented in `nnstream serve --help`). */
export const DEFAULT_LIMITS: ServerLimits = {
  maxPayloadBytes: 8 << 20,
  maxSamplesPerMessage: 65536,
  maxPendingPerConnection: 65536,
  maxPendingBytesPerConnection: 64 << 20,
  maxPendingBytes: 256 << 20,
  maxSeqGap: 1 << 24,
  maxReceivingBytes: 64 << 20,
  maxConnections: 1024,
  idleTimeoutMs: 300_000,
  headersTimeoutMs: 10_000,
  heartbeatMs: 30_000,
  maxAbs: 1e100,
  slowBytes: 256 << 10,
  maxBufferedBytes: 1 << 20,
};

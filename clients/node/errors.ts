/**
 * Codes a client sees: the server's `Error.code` values (docs/protocol.md), the
 * same checks made before sending (BAD_SHAPE, BAD_VALUE), BAD_OPTION and BAD_INPUT
 * (CSV files) as in src/core/errors.ts, and three of the client's own: CLOSED (the
 * client was closed, or the connection was lost with a request that cannot be
 * replayed), TIMEOUT, and CONNECT (no connection could be made).
 */
export type ClientErrorCode =
  | 'BAD_MESSAGE' | 'BAD_SAMPLE' | 'BAD_SHAPE' | 'BAD_VALUE' | 'BAD_LABEL' | 'BUSY' | 'FORBIDDEN' | 'TOO_LARGE'
  | 'NOT_READY' | 'BAD_CONTROL' | 'DIVERGED' | 'INTERNAL' | 'BAD_OPTION' | 'BAD_INPUT' | 'CLOSED' | 'TIMEOUT' | 'CONNECT';

/**
 * The client's one error type. The codes are a superset of the server's closed set
 * (src/core/errors.ts) because a client also fails in ways a server cannot (a lost
 * connection), and because it must carry whatever code a newer server sends.
 */
export class NnstreamError extends Error {
  override readonly name = 'NnstreamError';
  constructor(
    readonly code: ClientErrorCode | (string & {}),
    message: string,
    /** The seq (first seq of a batch) or request id the error answers; 0 when none. */
    readonly ref = 0,
  ) {
    super(message);
  }
}

export function isNnstreamError(e: unknown): e is NnstreamError {
  return e instanceof NnstreamError;
}

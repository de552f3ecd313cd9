/**
 * The one error type of nnstream. Its codes are a closed set and match the wire
 * protocol's `Error.code`, so a failure found anywhere can be answered on the socket.
 */
export const ERROR_CODES = [
  'BAD_MESSAGE', // undecodable bytes, unknown or empty message
  'BAD_SAMPLE', // a sample that cannot be used (generic)
  'BAD_SHAPE', // wrong dimension, x/n/m mismatch
  'BAD_VALUE', // NaN, Infinity, absurd magnitude, not a number
  'BAD_LABEL', // a label that does not fit the task
  'BAD_OPTION', // an invalid command-line or constructor option
  'BAD_MODEL', // a model file or checkpoint that cannot be loaded
  'BAD_INPUT', // empty input, missing file, oversized record
  'BUSY', // too many pending samples on a connection
  'FORBIDDEN', // the connection's role does not allow the message
  'TOO_LARGE', // a message or record over a configured limit
  'NOT_READY', // the model does not exist yet (e.g. inputs unknown)
  'BAD_CONTROL', // a Control message that cannot be carried out
  'DIVERGED', // an update that would make the model non-finite
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class NnError extends Error {
  override readonly name = 'NnError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isNnError(e: unknown): e is NnError {
  return e instanceof NnError;
}

/** Asserts a condition inside the core, where inputs were validated at the edge. */
export function assertShape(ok: boolean, what: string): asserts ok {
  if (!ok) throw new NnError('BAD_SHAPE', what);
}

import { NnError } from '../core/errors.js';

/**
 * One entry of a model's sample log (the JetStream stream of `serve --cluster`):
 * samples of one client with consecutive seqs, or a flush mark that ends the
 * forming mini-batch (so batch boundaries are part of the log and every replay
 * of it forms the same batches).
 *
 * Layout (little-endian): u8 version (1), u8 kind (1 samples, 2 flush),
 * u16 client id length L, L bytes UTF-8 client id, f64 first seq, u32 n, u32 m,
 * n*m f64 x (column-major), m f64 y.
 */
export type LogRecord =
  | { kind: 'samples'; client: string; firstSeq: number; n: number; m: number; X: Float64Array; y: Float64Array }
  | { kind: 'flush' };

const HEADER = 1 + 1 + 2 + 8 + 4 + 4;

/** Bytes of a samples record holding m samples of n features for this client. */
export function logRecordBytes(client: string, n: number, m: number): number {
  return HEADER + new TextEncoder().encode(client).length + 8 * m * (n + 1);
}

export function encodeLogRecord(r: LogRecord): Uint8Array {
  if (r.kind === 'flush') return Uint8Array.of(1, 2, 0, 0);
  const id = new TextEncoder().encode(r.client);
  const out = new Uint8Array(HEADER + id.length + 8 * r.m * (r.n + 1));
  const v = new DataView(out.buffer);
  v.setUint8(0, 1);
  v.setUint8(1, 1);
  v.setUint16(2, id.length, true);
  out.set(id, 4);
  let o = 4 + id.length;
  v.setFloat64(o, r.firstSeq, true);
  v.setUint32(o + 8, r.n, true);
  v.setUint32(o + 12, r.m, true);
  o += 16;
  for (let i = 0; i < r.n * r.m; i++, o += 8) v.setFloat64(o, r.X[i]!, true);
  for (let j = 0; j < r.m; j++, o += 8) v.setFloat64(o, r.y[j]!, true);
  return out;
}

export function decodeLogRecord(bytes: Uint8Array): LogRecord {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4 || v.getUint8(0) !== 1) throw new NnError('BAD_MESSAGE', `not an nnstream log record (version ${bytes[0]}, ${bytes.length} bytes)`);
  const kind = v.getUint8(1);
  if (kind === 2) return { kind: 'flush' };
  const len = v.getUint16(2, true);
  if (kind !== 1 || bytes.length < HEADER + len) throw new NnError('BAD_MESSAGE', `a log record of kind ${kind} and ${bytes.length} bytes is truncated`);
  const client = new TextDecoder().decode(bytes.subarray(4, 4 + len));
  let o = 4 + len;
  const firstSeq = v.getFloat64(o, true), n = v.getUint32(o + 8, true), m = v.getUint32(o + 12, true);
  o += 16;
  if (bytes.length !== o + 8 * m * (n + 1)) throw new NnError('BAD_MESSAGE', `a log record of ${m} samples x ${n} features has ${bytes.length} bytes`);
  const X = new Float64Array(n * m), y = new Float64Array(m);
  for (let i = 0; i < n * m; i++, o += 8) X[i] = v.getFloat64(o, true);
  for (let j = 0; j < m; j++, o += 8) y[j] = v.getFloat64(o, true);
  return { kind: 'samples', client, firstSeq, n, m, X, y };
}

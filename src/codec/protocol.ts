// (the generated module configures protobufjs so that 64-bit fields are plain numbers)
import { nnstream } from './generated/nnstream.js';

/** The generated message classes of package nnstream.v1 (static code from proto/nnstream.proto). */
export const pb = nnstream.v1;
export type Envelope = nnstream.v1.Envelope;
export type EnvelopeBody = NonNullable<nnstream.v1.Envelope['body']>;

export function encodeEnvelope(props: nnstream.v1.Envelope.$Properties): Uint8Array {
  return pb.Envelope.encode(props).finish();
}

export function decodeEnvelope(bytes: Uint8Array): nnstream.v1.Envelope {
  return pb.Envelope.decode(bytes);
}

/**
 * Storage reused from one decoded message to the next, so a server decoding
 * thousands of large batches a second allocates nothing for them. What `take`
 * returns is valid until the next `take`.
 */
export class DoubleScratch {
  private buf = new Float64Array(0);
  take(length: number): Float64Array {
    if (this.buf.length < length) this.buf = new Float64Array(Math.max(length, 2 * this.buf.length));
    return this.buf.subarray(0, length);
  }
}

/**
 * Doubles from a message that offers them packed (`repeated double`) or as raw
 * little-endian bytes. Returns undefined when both are set or the bytes are not
 * a whole number of float64 values. Without `scratch` the result is a fresh copy;
 * with it, the result is a view (of the message, or of the scratch) valid only
 * until the message or the scratch is used again.
 */
export function doublesOf(packed: readonly number[] | null | undefined, raw: Uint8Array | null | undefined, scratch?: DoubleScratch): Float64Array | undefined {
  const hasRaw = raw != null && raw.length > 0;
  const hasPacked = packed != null && packed.length > 0;
  if (hasRaw && hasPacked) return undefined;
  if (!hasRaw) {
    const values = packed ?? [];
    const out = scratch === undefined ? new Float64Array(values.length) : scratch.take(values.length);
    for (let i = 0; i < values.length; i++) out[i] = values[i]!;
    return out;
  }
  if (raw.length % 8 !== 0) return undefined;
  const length = raw.length / 8;
  if (scratch !== undefined && littleEndian && raw.byteOffset % 8 === 0) return new Float64Array(raw.buffer, raw.byteOffset, length);
  const out = scratch === undefined ? new Float64Array(length) : scratch.take(length);
  if (littleEndian) new Uint8Array(out.buffer, out.byteOffset, raw.length).set(raw); // one memcpy, whatever raw's alignment
  else {
    const view = new DataView(raw.buffer, raw.byteOffset, raw.length);
    for (let i = 0; i < out.length; i++) out[i] = view.getFloat64(i * 8, true);
  }
  return out;
}

/** Raw little-endian bytes of the doubles (the fast form of a `bytes ..._raw` field). */
export function rawBytes(values: Float64Array): Uint8Array {
  if (littleEndian) return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  const out = new Uint8Array(values.length * 8);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setFloat64(i * 8, v, true));
  return out;
}

const littleEndian = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

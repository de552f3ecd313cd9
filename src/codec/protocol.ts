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
 * Doubles from a message that offers them packed (`repeated double`) or as raw
 * little-endian bytes. Returns undefined when both are set or the bytes are not
 * a whole number of float64 values.
 */
export function doublesOf(packed: readonly number[] | null | undefined, raw: Uint8Array | null | undefined): Float64Array | undefined {
  const hasRaw = raw != null && raw.length > 0;
  const hasPacked = packed != null && packed.length > 0;
  if (hasRaw && hasPacked) return undefined;
  if (!hasRaw) return Float64Array.from(packed ?? []);
  if (raw.length % 8 !== 0) return undefined;
  const out = new Float64Array(raw.length / 8);
  if (raw.byteOffset % 8 === 0 && littleEndian) out.set(new Float64Array(raw.buffer, raw.byteOffset, raw.length / 8));
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

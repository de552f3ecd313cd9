import { createHash } from 'node:crypto';
import { NnError } from '../core/errors.js';
import type { ModelFormat } from './model-file.js';

/**
 * A SHA-256 over every byte of a model file, stored in the file itself as its
 * last field, so that the file stays a plain model file for every reader:
 * - JSON: a last key, `…,"checksum":"sha256:HEX"}` (HEX over the text with that key removed);
 * - .pb: ParameterSnapshot field 31 (`checksum`) appended after the encoded message
 *   (HEX over the bytes before it). Protobuf readers that do not know it skip it.
 */
const PREFIX = 'sha256:';
const HEX_LENGTH = 64;
// field 31, wire type 2 (length-delimited): tag varint 0xFA 0x01, then the length 71
const PB_TRAILER_HEAD = [0xfa, 0x01, PREFIX.length + HEX_LENGTH];
const PB_TRAILER = PB_TRAILER_HEAD.length + PREFIX.length + HEX_LENGTH;
const JSON_TRAILER = /,"checksum":"sha256:([0-9a-f]{64})"\}\n?$/;

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** The file content with its checksum added. */
export function seal(content: Uint8Array | string, format: ModelFormat): Uint8Array | string {
  if (format === 'json') {
    const text = (content as string).replace(/\n$/, '');
    if (!text.endsWith('}')) throw new NnError('INTERNAL', 'a model JSON text ends with }');
    return `${text.slice(0, -1)},"checksum":"${PREFIX}${sha256(text)}"}\n`;
  }
  const bytes = content as Uint8Array;
  const out = new Uint8Array(bytes.length + PB_TRAILER);
  out.set(bytes);
  out.set(PB_TRAILER_HEAD, bytes.length);
  out.set(new TextEncoder().encode(PREFIX + sha256(bytes)), bytes.length + PB_TRAILER_HEAD.length);
  return out;
}

/**
 * Checks a file's checksum. Returns 'ok' when it matches, 'none' when the file
 * has none (written without one); throws BAD_MODEL when it does not match.
 */
export function verify(bytes: Uint8Array, format: ModelFormat): 'ok' | 'none' {
  let expected: string, actual: string;
  if (format === 'json') {
    const text = new TextDecoder().decode(bytes);
    const m = JSON_TRAILER.exec(text);
    if (m === null) return 'none';
    expected = m[1]!;
    actual = sha256(text.slice(0, m.index) + '}');
  } else {
    const at = bytes.length - PB_TRAILER;
    if (at < 0 || PB_TRAILER_HEAD.some((b, i) => bytes[at + i] !== b)) return 'none';
    const stored = new TextDecoder().decode(bytes.subarray(at + PB_TRAILER_HEAD.length));
    if (!stored.startsWith(PREFIX)) return 'none';
    expected = stored.slice(PREFIX.length);
    actual = sha256(bytes.subarray(0, at));
  }
  if (expected !== actual) throw new NnError('BAD_MODEL', `checksum mismatch (stored ${expected.slice(0, 12)}…, content ${actual.slice(0, 12)}…): the file is damaged`);
  return 'ok';
}

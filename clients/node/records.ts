import { encodeEnvelope } from '../../src/codec/protocol.js';
import { RowEncoder, isProblem } from '../../src/schema/encoder.js';
import { Schema } from '../../src/schema/schema.js';
import { NnstreamError } from './errors.js';
import type { SampleMatrix } from './samples.js';

/** A sample as a plain object: column name -> value (numbers, text, or null/undefined for missing). */
export type PlainRecord = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** The record's fields as the protocol's text map (missing values left out). */
export function recordFields(r: PlainRecord): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(r)) if (v !== null && v !== undefined) out[k] = typeof v === 'number' ? String(v) : String(v);
  return out;
}

/** A PredictRecords frame: the server encodes the records with its schema. */
export function predictRecordsFrame(id: number, records: readonly PlainRecord[]): Uint8Array {
  return encodeEnvelope({ predictRecords: { id, records: records.map((r) => ({ fields: recordFields(r) })) } });
}

/**
 * Labelled records encoded with the server's schema (ModelInfo.schema_json) by the
 * same RowEncoder the server uses for Records and CSV rows, as a sample matrix: so
 * they travel with the client's acks, windows and resends like any samples.
 */
export function encodeRecords(schemaJson: string, records: readonly PlainRecord[]): SampleMatrix {
  if (schemaJson === '') throw new NnstreamError('NOT_READY', 'the server has no schema (start it with --model, --schema or --stdin): send vectors, or records once it has one');
  const schema = Schema.fromJSON(JSON.parse(schemaJson), 'the server schema');
  const names = [...schema.features.map((f) => f.name), schema.label.name];
  const encoder = new RowEncoder(schema, names, names.length, { labels: 'required' });
  const n = schema.inputs, m = records.length;
  if (m === 0) throw new NnstreamError('BAD_SHAPE', 'Expected at least one record');
  const x = new Float64Array(n * m), y = new Float64Array(m);
  records.forEach((r, j) => {
    const f = recordFields(r);
    const fields = names.map((name) => f[name] ?? '');
    const label = encoder.encode(x.subarray(j * n, j * n + n), undefined, (i) => fields[i] ?? '', fields.length);
    if (isProblem(label)) throw new NnstreamError(label.code, m === 1 ? label.reason : `record ${j}: ${label.reason}`);
    y[j] = label;
  });
  return { n, m, x, y };
}

import { NnError } from '../core/errors.js';
import { RowEncoder, isProblem } from '../schema/encoder.js';
import type { Schema } from '../schema/schema.js';
import type { nnstream } from '../codec/generated/nnstream.js';
import type { Incoming } from './validate.js';

type RecordMsg = nnstream.v1.Record.$Properties;

/**
 * Socket records (column name -> text) encoded with the model's schema, by the
 * same RowEncoder as CSV rows: a record is a row whose header is the schema's
 * columns; a field it leaves out is a missing value, a field the schema does not
 * know is ignored. One bad record rejects the whole message, which changes nothing.
 */
export class RecordCodec {
  private readonly names: string[];
  private readonly train: RowEncoder;
  private readonly predict: RowEncoder;

  constructor(readonly schema: Schema, maxAbs: number) {
    this.names = [...schema.features.map((f) => f.name), schema.label.name];
    this.train = new RowEncoder(schema, this.names, this.names.length, { labels: 'required', maxAbs, learnFill: true });
    this.predict = new RowEncoder(schema, this.names, this.names.length, { labels: 'optional', maxAbs });
  }

  /** Labelled records as a column-major batch, for training. */
  samples(records: readonly RecordMsg[], firstSeq: number, maxSamples: number): Incoming {
    const { X, labels } = this.encode(records, this.train, maxSamples, 'a record batch');
    return { n: this.schema.inputs, m: records.length, X, labels, firstSeq };
  }

  /** Records as a column-major n x m matrix, for prediction (a label field, if any, is ignored). */
  inputs(records: readonly RecordMsg[], maxSamples: number): { n: number; m: number; X: Float64Array } {
    return { n: this.schema.inputs, m: records.length, X: this.encode(records, this.predict, maxSamples, 'a prediction').X };
  }

  private encode(records: readonly RecordMsg[], encoder: RowEncoder, maxSamples: number, what: string): { X: Float64Array; labels: Float64Array } {
    const m = records.length, n = this.schema.inputs;
    if (m === 0) throw new NnError('BAD_SHAPE', `no records: ${what} needs at least one`);
    if (m > maxSamples) throw new NnError('TOO_LARGE', `${m} records: at most ${maxSamples} per message`);
    const X = new Float64Array(n * m), labels = new Float64Array(m);
    const names = this.names;
    const fills = this.schema.features.map((f) => (f.kind === 'number' ? [f.count, f.mean] : undefined)); // put back if a record is bad
    for (let j = 0; j < m; j++) {
      const f = records[j]!.fields ?? {};
      const fields = names.map((name) => f[name] ?? '');
      const y = encoder.encode(X.subarray(j * n, j * n + n), undefined, (i) => fields[i] ?? '', fields.length);
      if (isProblem(y)) {
        this.schema.features.forEach((c, i) => {
          if (c.kind === 'number') [c.count, c.mean] = fills[i] as [number, number];
        });
        throw new NnError(y.code, m === 1 ? y.reason : `record ${j}: ${y.reason}`);
      }
      labels[j] = y;
    }
    return { X, labels };
  }
}

/** The codec of a schema, made once per schema. */
const codecs = new WeakMap<Schema, RecordCodec>();
export function recordCodec(schema: Schema, maxAbs: number): RecordCodec {
  let c = codecs.get(schema);
  if (c === undefined) codecs.set(schema, (c = new RecordCodec(schema, maxAbs)));
  return c;
}

/** Classification with a schema: the class name of each sample's prediction. */
export function classNames(schema: Schema | undefined, decide: (j: number) => number, m: number): string[] {
  if (schema === undefined || schema.task === 'regression') return [];
  return Array.from({ length: m }, (_, j) => schema.classes[decide(j)] ?? '');
}

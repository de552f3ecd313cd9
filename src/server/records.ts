import { NnError } from '../core/errors.js';
import { RowEncoder, fill, inputPositions, isProblem } from '../schema/encoder.js';
import { isMissing, naSet } from '../schema/values.js';
import type { Schema } from '../schema/schema.js';
import type { nnstream } from '../codec/generated/nnstream.js';
import type { Matrix } from '../core/matrix.js';
import { schemaOf } from './model-info.js';
import type { Trainer } from './trainer.js';
import type { Incoming } from './validate.js';

type RecordMsg = nnstream.v1.Record.$Properties;

/**
 * Socket records (column name -> text) encoded with the model's schema, by the
 * same RowEncoder as CSV rows: a record is a row whose header is the schema's
 * columns; a field it leaves out is a missing value, a field the schema does not
 * know is ignored. One bad record rejects the whole message, which changes nothing
 * (the fill means move only with the records the trainer takes).
 */
export class RecordCodec {
  private readonly names: string[];
  private readonly train: RowEncoder;
  private readonly predict: RowEncoder;

  constructor(readonly schema: Schema, maxAbs: number) {
    this.names = [...schema.features.map((f) => f.name), schema.label.name];
    this.train = new RowEncoder(schema, this.names, this.names.length, { labels: 'required', maxAbs });
    this.predict = new RowEncoder(schema, this.names, this.names.length, { labels: 'optional', maxAbs });
  }

  /**
   * Labelled records as a column-major batch, for training. Nothing changes until
   * `learned(taken)` is called once the trainer took them: then the values of the
   * records taken (the last `taken`: resent duplicates come first) move the fill means.
   */
  samples(records: readonly RecordMsg[], firstSeq: number, maxSamples: number): Incoming & { learned(taken: number): void } {
    const { X, labels } = this.encode(records, this.train, maxSamples, 'a record batch');
    const n = this.schema.inputs, m = records.length;
    return { n, m, X, labels, firstSeq, learned: (taken) => this.learn(records, X, m - taken) };
  }

  private learn(records: readonly RecordMsg[], X: Float64Array, from: number): void {
    const s = this.schema, n = s.inputs, at = inputPositions(s), na = naSet(s.na);
    for (let j = Math.max(0, from); j < records.length; j++) {
      const f = records[j]!.fields ?? {};
      s.features.forEach((c, k) => {
        if (c.kind === 'number' && !isMissing(f[c.name] ?? '', na)) fill(c, X[j * n + at[k]!]!);
      });
    }
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
    for (let j = 0; j < m; j++) {
      const f = records[j]!.fields ?? {};
      const fields = names.map((name) => f[name] ?? '');
      const y = encoder.encode(X.subarray(j * n, j * n + n), undefined, (i) => fields[i] ?? '', fields.length);
      if (isProblem(y)) throw new NnError(y.code, m === 1 ? y.reason : `record ${j}: ${y.reason}`);
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

/** The codec of socket records for the trainer's schema; NOT_READY when it has none. */
export function recordsOf(trainer: Trainer, maxAbs: number): RecordCodec {
  const schema = schemaOf(trainer);
  if (schema === undefined) throw new NnError('NOT_READY', 'the server has no schema, so records by column name cannot be read: start it with --model (a model trained from a CSV), --schema FILE, or --stdin; or send Sample vectors');
  return recordCodec(schema, maxAbs);
}

/** Classification with a schema: the class name of each sample's prediction (A: k x m outputs); [] otherwise. */
export function predictedLabels(trainer: Trainer, A: Matrix): string[] {
  const schema = schemaOf(trainer), learner = trainer.learner;
  if (schema === undefined || schema.task === 'regression' || learner === undefined) return [];
  return Array.from({ length: A.cols }, (_, j) => schema.classes[learner.loss.decide(A, j)] ?? '');
}

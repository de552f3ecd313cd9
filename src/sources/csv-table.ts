import { NnError } from '../core/errors.js';
import { RowEncoder, isProblem, type EncoderOptions } from '../schema/encoder.js';
import { SchemaBuilder, type InferOptions } from '../schema/infer.js';
import type { Schema } from '../schema/schema.js';
import { CsvParser, type CsvRecord } from './csv-parser.js';
import { toInputError, type ByteSource } from './csv-source.js';
import { describeField } from './parse-number.js';
import type { Rejected, Sample } from './sample.js';
import { VectorSlab } from './vector-slab.js';

/** The first record's fields when it is a header (it has a field that is text, not a number), else undefined. */
export function headerOf(first: CsvRecord, schema?: Schema): string[] | undefined {
  if (first.numeric) return undefined;
  const fields = first.fields().map((f) => f.trim());
  if (!fields.some((f) => f !== '' && describeField(f) === 'text' && !Number.isFinite(Number(f)))) return undefined;
  if (schema !== undefined && !schema.features.some((f) => fields.includes(f.name))) return undefined; // data with text in it
  return fields;
}

/** A record kept aside (while a schema is inferred from the first rows), valid after the parser moved on. */
export class HeldRecord {
  readonly line: number;
  readonly values: Float64Array;
  readonly count: number;
  readonly unclosedQuote: boolean;
  private readonly text: string[] | undefined;

  constructor(r: CsvRecord) {
    this.line = r.line;
    this.values = r.values.slice();
    this.count = r.values.length;
    this.unclosedQuote = r.unclosedQuote;
    this.text = r.numeric ? undefined : r.fields();
  }

  get numeric(): boolean {
    return this.text === undefined;
  }

  fields(): string[] {
    return this.text ?? Array.from(this.values, String);
  }

  field(i: number): string {
    return this.text?.[i] ?? String(this.values[i]);
  }
}

type Row = CsvRecord | HeldRecord;

/** Encodes CSV records with a schema bound to the input's header: each one a Sample or a Rejected row. */
export class TableRows {
  private readonly slab = new VectorSlab();
  readonly encoder: RowEncoder;

  constructor(readonly schema: Schema, header: string[] | undefined, width: number, o: EncoderOptions) {
    this.encoder = new RowEncoder(schema, header, width, o);
  }

  toSample(r: Row): { sample: Sample } | { rejected: Rejected } {
    if (r.unclosedQuote) return { rejected: { line: r.line, code: 'BAD_VALUE', reason: 'a quoted field is not closed before the end of the input', group: 'an unclosed quote' } };
    const x = this.slab.take(this.schema.inputs);
    const y = this.encoder.encode(x, r.values, (i) => r.field(i), r.values.length);
    if (isProblem(y)) return { rejected: { line: r.line, code: y.code, reason: y.reason, group: y.group } };
    return { sample: { x, y, line: r.line } };
  }
}

export interface InferredFile {
  schema: Schema;
  header: boolean;
  rows: number;
  notes: string[];
}

/**
 * Scans a whole input once to learn its schema (streamed: memory bounded by the
 * distinct values kept per column, not by the file).
 */
export async function inferSchema(open: ByteSource, o: InferOptions & { delimiter?: number | 'auto'; maxRecordBytes?: number }): Promise<InferredFile> {
  const parser = new CsvParser(o.maxRecordBytes, o.delimiter ?? 'auto');
  const builder = new SchemaBuilder(o);
  let first = true, header = false;
  const onRecord = (r: CsvRecord): void => {
    if (first) {
      first = false;
      const names = headerOf(r);
      header = names !== undefined;
      builder.columns(names, r.values.length);
      if (header) return;
    }
    builder.add(r.values, (i) => r.field(i), r.values.length);
  };
  try {
    for await (const chunk of open()) parser.push(chunk, onRecord);
    parser.end(onRecord);
  } catch (e) {
    throw toInputError(e);
  }
  if (first) throw new NnError('BAD_INPUT', 'the input is empty');
  if (builder.rows === 0) throw new NnError('BAD_INPUT', 'the input has a header but no data rows');
  const schema = builder.finish();
  return { schema, header, rows: builder.rows, notes: builder.notes };
}

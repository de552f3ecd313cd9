import { NnError } from '../core/errors.js';
import { RowEncoder, isProblem, type EncoderOptions } from '../schema/encoder.js';
import { SchemaBuilder, type InferOptions } from '../schema/infer.js';
import type { Schema } from '../schema/schema.js';
import { CsvParser, type CsvRecord } from './csv-parser.js';
import { toInputError, type ByteSource } from './csv-source.js';
import { describeField } from './parse-number.js';
import type { Rejected, Sample, SourceEvent } from './sample.js';
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

/**
 * The records of one input turned into source events through a schema: the one
 * given, or one inferred from the first `infer.rows` rows, which are held (a
 * bounded buffer) and then encoded in order. With `learnFill`, rows after those
 * the schema was inferred from move its fill means.
 */
export class SchemaReader {
  private table: TableRows | undefined;
  private builder: SchemaBuilder | undefined;
  private held: HeldRecord[] = [];
  private names: string[] | undefined;
  private width = 0;
  private readonly encoder: EncoderOptions;

  constructor(
    private readonly o: { schema?: Schema; infer?: InferOptions & { rows: number }; learnFill?: boolean; labels: 'required' | 'optional'; maxAbs?: number },
    private readonly emit: (e: SourceEvent) => void,
  ) {
    this.encoder = { labels: o.labels, ...(o.maxAbs !== undefined ? { maxAbs: o.maxAbs } : {}) };
  }

  /** The first record of a pass; returns true when it is the header (and so no row). */
  first(r: CsvRecord, epoch: number): boolean {
    if (epoch > 1) return this.names !== undefined;
    this.names = headerOf(r, this.o.schema);
    this.width = r.values.length;
    if (this.o.schema !== undefined) this.start(this.o.schema, this.o.learnFill ?? false);
    else {
      this.builder = new SchemaBuilder(this.o.infer);
      this.builder.columns(this.names, this.width);
    }
    return this.names !== undefined;
  }

  /** A data row: a sample, a rejected row (first pass only), or held while the schema is inferred. */
  row(r: CsvRecord | HeldRecord, epoch: number): void {
    if (this.builder !== undefined) {
      this.builder.add(r.values, (i) => r.field(i), r.values.length);
      this.held.push(new HeldRecord(r));
      if (this.held.length >= this.o.infer!.rows) this.settle();
      return;
    }
    const result = this.table!.toSample(r);
    if ('sample' in result) this.emit({ kind: 'sample', sample: result.sample });
    else if (epoch === 1) this.emit({ kind: 'rejected', rejected: result.rejected });
  }

  /** The end of a pass: a schema still being inferred is settled from the rows held. */
  end(): void {
    if (this.builder !== undefined && this.held.length > 0) this.settle();
  }

  private start(s: Schema, learnFill: boolean): void {
    this.table = new TableRows(s, this.names, this.width, { ...this.encoder, learnFill });
    this.emit({ kind: 'header', names: this.names ?? [], featureNames: s.featureNames, schema: s });
  }

  /** Infers the schema from the rows held, then encodes them in order (they count in the fill means already). */
  private settle(): void {
    const s = this.builder!.finish();
    this.builder = undefined;
    this.start(s, false);
    for (const r of this.held) this.row(r, 1);
    this.held = [];
    if (this.o.learnFill) this.table = new TableRows(s, this.names, this.width, { ...this.encoder, learnFill: true });
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

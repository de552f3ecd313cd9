import { NnError } from '../core/errors.js';
import type { CsvRecord } from './csv-parser.js';
import { describeField } from './parse-number.js';
import type { Rejected, Sample } from './sample.js';
import { VectorSlab } from './vector-slab.js';

export interface CsvSchemaOptions {
  /** Name of the label column (default "label", else the last column). */
  label?: string;
  /** Whether rows carry a label: 'required' (training), 'optional' (prediction). */
  labels: 'required' | 'optional';
  /** Features the model expects, when known. */
  inputs?: number;
  /** Why a label does not fit the task, if it does not. */
  checkLabel?: (y: number) => string | undefined;
  /** Largest absolute feature value accepted (default 1e100): absurd magnitudes are rejected. */
  maxAbs?: number;
}

/**
 * Decides from the first record whether there is a header and which column is the
 * label, then turns each record into a Sample or a Rejected row with its reason.
 */
export class CsvSchema {
  names: string[] | undefined;
  private labelIndex = -1; // -1: no label column
  private columns = 0;
  private decided = false;
  private readonly maxAbs: number;
  private readonly slab = new VectorSlab(); // the samples' x: copied into a batch and dropped soon after

  constructor(private readonly o: CsvSchemaOptions) {
    this.maxAbs = o.maxAbs ?? 1e100;
  }

  get featureNames(): string[] {
    const names = this.names ?? Array.from({ length: this.columns }, (_, i) => (i === this.labelIndex ? 'label' : `x${i + 1}`));
    return names.filter((_, i) => i !== this.labelIndex);
  }

  get features(): number {
    return this.columns - (this.labelIndex >= 0 ? 1 : 0);
  }

  /** Reads the first record; returns true when it was a header (and so carries no sample). */
  decide(first: CsvRecord): boolean {
    this.decided = true;
    const header = !first.numeric && first.fields().some((f) => describeField(f) === 'text');
    const fields = first.fields().map((f) => f.trim());
    this.columns = fields.length;
    if (header) this.names = fields;
    const wanted = this.o.label ?? 'label';
    let label = header ? fields.indexOf(wanted) : -1;
    if (label < 0 && this.o.label !== undefined && header)
      throw new NnError('BAD_INPUT', `line ${first.line}: no column named "${this.o.label}" in the header (${fields.join(', ')})`);
    if (this.o.labels === 'required') {
      if (this.columns < 2) throw new NnError('BAD_INPUT', `line ${first.line}: expected at least 2 columns (features and a label), got ${this.columns}`);
      if (label < 0) label = this.columns - 1;
    } else if (label < 0) {
      const n = this.o.inputs;
      if (n !== undefined && this.columns === n + 1) label = this.columns - 1;
    }
    this.labelIndex = label;
    if (this.o.inputs !== undefined && this.features !== this.o.inputs)
      throw new NnError('BAD_SHAPE', `line ${first.line}: the model expects ${this.o.inputs} features, the input has ${this.features} (${this.columns} columns${label >= 0 ? ' with the label' : ''})`);
    return header;
  }

  /** The record as a sample, or why it cannot be one. */
  toSample(r: CsvRecord): { sample: Sample } | { rejected: Rejected } {
    if (!this.decided) throw new Error('CsvSchema.toSample before decide');
    if (r.unclosedQuote) return reject(r.line, 'BAD_VALUE', 'a quoted field is not closed before the end of the input');
    const v = r.values;
    if (v.length !== this.columns) return reject(r.line, 'BAD_SHAPE', `expected ${this.columns} columns, got ${v.length}`);
    const x = this.slab.take(this.features);
    const labelIndex = this.labelIndex, maxAbs = this.maxAbs;
    let k = 0;
    for (let i = 0; i < v.length; i++) {
      if (i === labelIndex) continue;
      const value = v[i]!;
      const a = Math.abs(value);
      if (!(a <= maxAbs) || a === Infinity) {
        if (!Number.isFinite(value)) return badField(r, i, this.names);
        return reject(r.line, 'BAD_VALUE', `column ${this.columnName(i)}: ${value} exceeds the largest accepted magnitude ${maxAbs}`);
      }
      x[k++] = value;
    }
    let y = NaN;
    if (this.labelIndex >= 0) {
      y = v[this.labelIndex]!;
      if (!Number.isFinite(y) && this.o.labels === 'optional') return { sample: { x, y: NaN, line: r.line } }; // predicting: only carried along
      if (!Number.isFinite(y)) return badField(r, this.labelIndex, this.names);
      const why = this.o.checkLabel?.(y);
      if (why !== undefined) return reject(r.line, 'BAD_LABEL', why);
    }
    return { sample: { x, y, line: r.line } };
  }

  private columnName(i: number): string {
    return this.names?.[i] !== undefined ? `"${this.names[i]}"` : String(i + 1);
  }
}

function reject(line: number, code: Rejected['code'], reason: string): { rejected: Rejected } {
  return { rejected: { line, code, reason } };
}

function badField(r: CsvRecord, i: number, names: string[] | undefined): { rejected: Rejected } {
  const text = r.fields()[i] ?? '';
  const col = names?.[i] !== undefined ? `"${names[i]}"` : String(i + 1);
  if (text.trim() === '') return reject(r.line, 'BAD_VALUE', `column ${col} is empty`);
  if (describeField(text) === 'non-finite') return reject(r.line, 'BAD_VALUE', `column ${col} holds ${text.trim()}, not a finite number`);
  return reject(r.line, 'BAD_VALUE', `column ${col} is not a number: ${JSON.stringify(text.length > 40 ? text.slice(0, 40) + '…' : text)}`);
}

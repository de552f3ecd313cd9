import { NnError, type ErrorCode } from '../core/errors.js';
import type { Schema } from './schema.js';
import { classKey, isMissing, MISSING, naSet, numberOf } from './values.js';

/** Why a row cannot be a sample: `group` names the reason without the row's values, for counts by reason. */
export interface RowProblem {
  code: ErrorCode;
  reason: string;
  group: string;
}

export interface EncoderOptions {
  /** 'required' when training (a row without a label is rejected), 'optional' when predicting. */
  labels: 'required' | 'optional';
  /** Largest |value| of a numeric feature (default 1e100). */
  maxAbs?: number;
  /** Whether the values seen move the fill means of numeric columns (training a stream). */
  learnFill?: boolean;
}

/**
 * A schema bound to one input's columns: maps a row (by header name, or by
 * position when the input has no header) onto the network's inputs x and the
 * label's output index or value y. CSV rows, socket records and the server's
 * stdin all go through `encode`, so a value means the same wherever it comes from.
 */
export class RowEncoder {
  /** Where each feature of the schema is in the row. */
  private readonly at: number[];
  /** Where the label is, or -1 when the input has none. */
  readonly labelAt: number;
  /** Fields a row must have (a trailing empty header name may be left off). */
  private readonly width: number;
  private readonly minWidth: number;
  private readonly na: Set<string>;
  private readonly slots: (Map<string, number> | undefined)[];
  private readonly maxAbs: number;
  private readonly learnFill: boolean;
  private readonly regression: boolean;
  private readonly allNumbers: boolean;
  private readonly missing: Uint8Array; // per feature, for the row being encoded: filled, so not counted in the fill mean

  constructor(
    readonly schema: Schema,
    header: readonly string[] | undefined,
    width: number,
    private readonly o: EncoderOptions,
  ) {
    const names = header?.map((h) => h.trim()) ?? positional(schema, width);
    this.at = schema.features.map((f) => {
      const i = names.indexOf(f.name);
      if (i < 0)
        throw new NnError('BAD_SHAPE', header === undefined
          ? `the input has ${width} columns and no header: the model reads ${schema.columns.length} columns (${schema.columns.join(', ')}), or ${schema.features.length} without the label`
          : `the input has no column "${f.name}", which the model needs (its columns: ${names.join(', ')})`);
      return i;
    });
    this.labelAt = names.indexOf(schema.label.name);
    if (this.labelAt < 0 && o.labels === 'required') throw new NnError('BAD_SHAPE', `the input has no label column "${schema.label.name}" (its columns: ${names.join(', ')})`);
    this.width = names.length;
    this.minWidth = header !== undefined && names[names.length - 1] === '' ? names.length - 1 : names.length;
    this.na = naSet(schema.na);
    this.slots = schema.features.map((f) => (f.kind === 'category' ? new Map(f.categories.map((c, i) => [c, i])) : undefined));
    this.maxAbs = o.maxAbs ?? 1e100;
    this.learnFill = o.learnFill ?? false;
    this.regression = schema.task === 'regression';
    this.allNumbers = schema.numeric;
    this.missing = new Uint8Array(schema.features.length);
  }

  /** The row only needs its numbers (no text field is read) when every feature is numeric. */
  get numeric(): boolean {
    return this.schema.numeric;
  }

  /**
   * Writes the row's network inputs into x (length schema.inputs) and returns its
   * label (NaN when the input has none), or the problem that keeps it out.
   * `values`: the row's fields as numbers (NaN where not one), when known;
   * `field(i)`: field i as text, read only for text columns, missing values and messages.
   */
  encode(x: Float64Array, values: ArrayLike<number> | undefined, field: (i: number) => string, count: number): number | RowProblem {
    if (count !== this.width && count !== this.minWidth && !(count === this.width + 1 && field(count - 1).trim() === '')) // a trailing delimiter is fine
      return problem('BAD_SHAPE', `expected ${this.width} columns, got ${count}`, 'wrong number of columns');
    const s = this.schema, at = this.at, missing = this.missing;
    const y = this.allNumbers && values !== undefined && this.numbersOnly(x, values) ? this.label(values, field) : this.general(x, values, field);
    if (this.learnFill && typeof y === 'number') {
      // the values of an accepted row move the fill means (a filled one does not)
      for (let k = 0; k < at.length; k++) {
        const f = s.features[k]!;
        if (f.kind === 'number' && missing[k] === 0) fill(f, x[k]!);
      }
    }
    return y;
  }

  /** The common row: every feature a number in `values`, written at x[k]; false when one is not (the general path then reads the row). */
  private numbersOnly(x: Float64Array, values: ArrayLike<number>): boolean {
    const at = this.at, maxAbs = this.maxAbs, missing = this.missing;
    for (let k = 0; k < at.length; k++) {
      const v = values[at[k]!]!;
      if (!(Math.abs(v) <= maxAbs)) return false; // NaN, infinite or too large: the general path says which
      x[k] = v;
    }
    missing.fill(0);
    return true;
  }

  private general(x: Float64Array, values: ArrayLike<number> | undefined, field: (i: number) => string): number | RowProblem {
    const s = this.schema, at = this.at, decimal = s.decimal, missing = this.missing;
    let p = 0;
    for (let k = 0; k < at.length; k++) {
      const f = s.features[k]!, i = at[k]!;
      missing[k] = 0;
      if (f.kind === 'number') {
        let v = values === undefined || i >= values.length ? NaN : values[i]!;
        if (v !== v) {
          const t = field(i);
          if (isMissing(t, this.na)) {
            v = f.count > 0 ? f.mean : 0;
            missing[k] = 1;
          } else {
            v = numberOf(t, decimal);
            if (v !== v) return notNumber(f.name, t);
          }
        }
        const a = Math.abs(v);
        if (!(a <= this.maxAbs)) {
          if (a === Infinity) return problem('BAD_VALUE', `column "${f.name}" holds ${v}, not a finite number`, `column "${f.name}" is not finite`);
          return problem('BAD_VALUE', `column "${f.name}": ${v} exceeds the largest accepted magnitude ${this.maxAbs}`, `column "${f.name}" is too large`);
        }
        x[p++] = v;
      } else {
        const t = field(i);
        const slots = this.slots[k]!;
        const size = f.categories.length + 1;
        const key = isMissing(t, this.na) ? MISSING : t.trim();
        const slot = slots.get(key) ?? slots.get(classKey(key, decimal)) ?? f.categories.length; // a number in any spelling: 3.0 is 3
        x.fill(0, p, p + size);
        x[p + slot] = 1;
        p += size;
      }
    }
    return this.label(values, field);
  }

  /** The row's label: its output index or value, NaN when the input has none, or why it cannot be used. */
  private label(values: ArrayLike<number> | undefined, field: (i: number) => string): number | RowProblem {
    const s = this.schema, decimal = s.decimal;
    const li = this.labelAt;
    if (li < 0 || this.o.labels === 'optional') return NaN; // predicting: a label column is only carried along
    let y = values === undefined || li >= values.length ? NaN : values[li]!;
    const name = s.label.name;
    if (y !== y) {
      const t = field(li);
      if (isMissing(t, this.na)) {
        return problem('BAD_LABEL', `the label "${name}" is missing`, `the label "${name}" is missing`);
      }
      if (this.regression) {
        y = numberOf(t, decimal);
        if (!Number.isFinite(y)) return problem('BAD_LABEL', `the label "${name}" is not a number: ${quote(t)}`, `the label "${name}" is not a number`);
        return y;
      }
      return this.classIndexOf(classKey(t, decimal), t);
    }
    if (!Number.isFinite(y)) return problem('BAD_LABEL', `the label "${name}" holds ${y}, not a finite number`, `the label "${name}" is not finite`);
    if (this.regression) return y;
    return this.classIndexOf(String(y), String(y));
  }

  private classIndexOf(key: string, text: string): number | RowProblem {
    const c = this.schema.classOf(key);
    if (c !== undefined) return c;
    const classes = this.schema.classes;
    const list = classes.length <= 12 ? classes.join(', ') : `${classes.slice(0, 12).join(', ')}, …`;
    return problem('BAD_LABEL', `class ${quote(text)} is not one of the model's classes (${list})`, `a class the schema does not know (its classes: ${list}; fix the list with --classes)`);
  }
}

/** Headerless input: the training input's columns when it has as many, else the features alone. */
function positional(schema: Schema, width: number): string[] {
  if (width === schema.columns.length) return schema.columns;
  const names = schema.features.map((f) => f.name);
  return width === names.length ? names : schema.columns;
}

/** Where each feature's first network input is (a number's only one, a category block's first). */
export function inputPositions(schema: Schema): number[] {
  let p = 0;
  return schema.features.map((f) => {
    const at = p;
    p += f.kind === 'number' ? 1 : f.categories.length + 1;
    return at;
  });
}

/** Folds a value into a numeric column's fill mean. */
export function fill(f: { count: number; mean: number }, v: number): void {
  f.count++;
  f.mean += (v - f.mean) / f.count;
}

function quote(t: string): string {
  const s = t.trim();
  return JSON.stringify(s.length > 40 ? s.slice(0, 40) + '…' : s);
}

function notNumber(name: string, t: string): RowProblem {
  const lower = t.trim().replace(/^[+-]/, '').toLowerCase();
  if (lower === 'inf' || lower === 'infinity') return problem('BAD_VALUE', `column "${name}" holds ${t.trim()}, not a finite number`, `column "${name}" is not finite`);
  return problem('BAD_VALUE', `column "${name}" is not a number: ${quote(t)}`, `column "${name}" is text`);
}

function problem(code: ErrorCode, reason: string, group: string): RowProblem {
  return { code, reason, group };
}

export function isProblem(v: number | RowProblem): v is RowProblem {
  return typeof v !== 'number';
}

import { NnError } from '../core/errors.js';
import type { Task } from '../core/loss.js';
import { Schema, type FeatureColumn, type LabelSpec } from './schema.js';
import { classKey, DEFAULT_NA, isMissing, MISSING, naSet, numberOf, sortClasses } from './values.js';

export interface InferOptions {
  label?: string;
  features?: string[];
  ignore?: string[];
  /** Columns to one-hot even when they hold numbers (codes such as a zip code or a class of ticket). */
  categorical?: string[];
  task?: Task;
  /** A count K (classes 0..K-1) or the class names, fixed in advance. */
  classes?: number | string[];
  positive?: string;
  maxCategories?: number;
  na?: string[];
  decimal?: '.' | ',';
}

/** Label column names looked for (any case), in order, when --label is not given (then the last column). */
export const LABEL_NAMES = ['label', 'class', 'target'];
/** Distinct text values of a column kept while inferring: memory is bounded by this, not by the input. */
const DISTINCT_CAP = 10_000;
/** Distinct numbers kept per column: enough to tell a class label (or a coded category) from a measurement. */
const NUMBER_CAP = 1024;
/** A numeric label with at most this many distinct integers is a classification label. */
const MAX_INFERRED_CLASSES = 50;

/** What the scan learns about one column, in bounded memory. */
class ColumnStats {
  numbers = 0;
  texts = 0;
  missing = 0;
  sum = 0;
  distinct = new Map<string, number>(); // text value -> count, up to DISTINCT_CAP values
  overflow = false;
  numbersSeen = new Map<number, number>(); // number -> count, up to NUMBER_CAP values
  numbersOverflow = false;
  integers = true;
  consecutive = true; // each value is the previous one + 1
  private last = NaN;

  constructor(readonly name: string) {}

  add(text: string | undefined, value: number, na: ReadonlySet<string>, decimal: '.' | ','): void {
    let v = value;
    if (v !== v) {
      const t = text ?? '';
      if (isMissing(t, na)) {
        this.missing++;
        this.count(MISSING);
        this.consecutive = false;
        return;
      }
      v = numberOf(t, decimal);
      if (v !== v) {
        this.texts++;
        this.integers = this.consecutive = false;
        this.count(t.trim());
        return;
      }
    }
    this.numbers++;
    this.sum += v;
    if (!Number.isInteger(v)) this.integers = false;
    if (this.consecutive && this.last === this.last && v !== this.last + 1) this.consecutive = false;
    this.last = v;
    if (this.numbersOverflow) return;
    const c = this.numbersSeen.get(v);
    if (c !== undefined) this.numbersSeen.set(v, c + 1);
    else if (this.numbersSeen.size < NUMBER_CAP) this.numbersSeen.set(v, 1);
    else this.numbersOverflow = true;
  }

  /** Every distinct value with its count, numbers as text (when all were kept). */
  values(): [string, number][] {
    return [...this.distinct, ...[...this.numbersSeen].map(([v, c]): [string, number] => [String(v), c])];
  }

  /** Distinct values, counting numbers (more than the caps: overflow). */
  get distinctCount(): number {
    return this.distinct.size + this.numbersSeen.size;
  }

  get anyOverflow(): boolean {
    return this.overflow || this.numbersOverflow;
  }

  private count(key: string): void {
    const c = this.distinct.get(key);
    if (c !== undefined) this.distinct.set(key, c + 1);
    else if (this.distinct.size < DISTINCT_CAP) this.distinct.set(key, 1);
    else this.overflow = true;
  }

  get rows(): number {
    return this.numbers + this.texts + this.missing;
  }

  /** Mostly text: a categorical column (a few stray words in a numeric one are bad rows instead, reported). */
  get isText(): boolean {
    return this.texts > 0 && this.texts >= this.numbers;
  }
}

/**
 * Learns a schema from rows, streamed: per column whether it holds numbers or
 * text, its categories, its mean, and the label's classes. Memory is bounded by
 * the number of distinct values kept (DISTINCT_CAP per column), not by the rows.
 */
export class SchemaBuilder {
  private names: string[] = [];
  private header = false;
  private stats: ColumnStats[] = [];
  private readonly na: Set<string>;
  private readonly decimal: '.' | ',';
  /** Notes for the user (columns dropped as ids), filled by `finish`. */
  readonly notes: string[] = [];
  rows = 0;

  constructor(private readonly o: InferOptions = {}) {
    this.na = naSet(o.na);
    this.decimal = o.decimal ?? '.';
  }

  /** The input's columns: its header names, or undefined for a headerless input of `width` columns. */
  columns(names: readonly string[] | undefined, width: number): void {
    this.header = names !== undefined;
    this.names = names?.map((n) => n.trim()) ?? Array.from({ length: width }, (_, i) => `x${i + 1}`);
    const twice = this.names.find((n, i) => n !== '' && this.names.indexOf(n) !== i);
    if (twice !== undefined) throw new NnError('BAD_INPUT', `the header names the column "${twice}" twice: columns are read by name, so each needs its own`);
    if (!this.header && this.names.length > 0) this.names[this.names.length - 1] = this.o.label ?? 'label';
    this.stats = this.names.map((n) => new ColumnStats(n));
  }

  /** One row: its fields as numbers (NaN where not one) and, on demand, field i as text. */
  add(values: ArrayLike<number> | undefined, field: (i: number) => string, count: number): void {
    const width = this.stats.length;
    const trailing = count === width + 1 && field(width).trim() === ''; // a trailing delimiter
    if (count !== width && !trailing && !(count === width - 1 && this.names[width - 1] === '')) return; // a bad row: the encoder says why
    this.rows++;
    for (let i = 0; i < Math.min(count, width); i++) {
      const v = values === undefined || i >= values.length ? NaN : values[i]!;
      this.stats[i]!.add(v !== v ? field(i) : undefined, v, this.na, this.decimal);
    }
  }

  /** The schema the rows call for, or a BAD_INPUT/BAD_OPTION error saying which option fixes the input. */
  finish(): Schema {
    const o = this.o, names = this.names;
    const has = (n: string): boolean => names.includes(n);
    const labelName = this.labelName();
    const label = this.stats[names.indexOf(labelName)]!;
    for (const n of [...(o.features ?? []), ...(o.ignore ?? []), ...(o.categorical ?? [])])
      if (!has(n)) throw new NnError('BAD_OPTION', `no column named "${n}" in the input (its columns: ${names.join(', ')})`);
    if (o.features?.includes(labelName)) throw new NnError('BAD_OPTION', `--features names the label column "${labelName}"`);
    const features: FeatureColumn[] = [];
    for (const s of this.stats) {
      if (s === label) continue;
      if (o.features !== undefined ? !o.features.includes(s.name) : o.ignore?.includes(s.name)) continue;
      if (s.name === '' && s.missing === s.rows) continue; // a trailing delimiter on every line
      if (o.features === undefined && this.looksLikeId(s)) {
        this.notes.push(`column "${s.name}" holds ${s.consecutive ? 'consecutive' : 'distinct'} integers (a row id?): ignored; name it in --features to keep it`);
        continue;
      }
      features.push(this.feature(s));
    }
    if (o.features !== undefined) features.sort((a, b) => o.features!.indexOf(a.name) - o.features!.indexOf(b.name));
    if (features.length === 0) throw new NnError('BAD_INPUT', `no feature columns besides the label "${labelName}"`);
    return new Schema({ version: 1, features, label: this.labelSpec(label), columns: [...names], na: o.na === undefined ? [...DEFAULT_NA] : ['', ...o.na], decimal: this.decimal });
  }

  private labelName(): string {
    const names = this.names;
    if (this.o.label !== undefined) {
      if (!names.includes(this.o.label)) throw new NnError('BAD_INPUT', `no column named "${this.o.label}" in the header (${names.join(', ')})`);
      return this.o.label;
    }
    for (const want of LABEL_NAMES) {
      const i = names.findIndex((n) => n.toLowerCase() === want);
      if (i >= 0) return names[i]!;
    }
    return names[names.length - 1]!;
  }

  private looksLikeId(s: ColumnStats): boolean {
    if (s.texts > 0 || s.missing > 0 || !s.integers) return false;
    if (s.consecutive && s.numbers >= 20) return true;
    // named like an id, and every value distinct (or more distinct values than are kept)
    return /^(id|.*_id|index|unnamed: ?\d+)?$/i.test(s.name) && (s.numbersOverflow || s.numbersSeen.size === s.numbers) && s.numbers >= 20;
  }

  private feature(s: ColumnStats): FeatureColumn {
    if (!s.isText && !this.o.categorical?.includes(s.name)) return { name: s.name, kind: 'number', count: s.numbers, mean: s.numbers > 0 ? s.sum / s.numbers : 0 };
    const max = this.o.maxCategories ?? 50;
    const byCount = s.values().sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const kept = byCount.slice(0, max);
    const covered = kept.reduce((t, [, c]) => t + c, 0);
    if (s.anyOverflow || (byCount.length > max && covered < 0.5 * s.rows))
      throw new NnError('BAD_INPUT', `column "${s.name}" is text with ${s.anyOverflow ? `more than ${s.distinctCount}` : byCount.length} distinct values (an id or a timestamp?): drop it with --ignore "${s.name}", or raise --max-categories (now ${max})`);
    return { name: s.name, kind: 'category', categories: kept.map(([k]) => k).sort() };
  }

  private labelSpec(s: ColumnStats): LabelSpec {
    const o = this.o;
    const seen = s.values().map(([k]) => k).filter((k) => k !== MISSING).map((k) => classKey(k, this.decimal));
    const list = (cs: string[]): string => (cs.length <= 12 ? cs.join(', ') : `${cs.slice(0, 12).join(', ')}, … (${cs.length})`);
    let task = o.task ?? (o.classes !== undefined ? 'multiclass' : undefined);
    if (task === 'regression') {
      if (s.isText) throw new NnError('BAD_INPUT', `the label "${s.name}" holds text (${list(sortClasses(seen).slice(0, 5))}): a regression target must be numeric; use --task binary or multiclass, or --label NAME`);
      return { name: s.name, task };
    }
    let classes: string[];
    if (Array.isArray(o.classes)) classes = o.classes.map((c) => classKey(c, this.decimal));
    else if (typeof o.classes === 'number') classes = Array.from({ length: o.classes }, (_, i) => String(i));
    else {
      if (s.anyOverflow || (!s.isText && (!s.integers || seen.length > MAX_INFERRED_CLASSES)) || (s.isText && seen.length > 1000))
        throw new NnError('BAD_INPUT', `the label "${s.name}" has ${s.anyOverflow ? 'more than a thousand' : seen.length} distinct values${s.integers ? '' : ', not all integers'}: for a numeric target use --task regression; otherwise choose the label with --label NAME`);
      classes = sortClasses(seen);
      if (classes.length === 1) {
        if (classes[0] === '0' || classes[0] === '1') classes = ['0', '1'];
        else throw new NnError('BAD_INPUT', `the label "${s.name}" has one value only (${classes[0]}): a classifier needs two classes or more (--classes a,b fixes them in advance)`);
      }
      if (classes.length === 0) throw new NnError('BAD_INPUT', `the label "${s.name}" is missing on every row`);
    }
    task ??= classes.length === 2 ? 'binary' : 'multiclass';
    if (task === 'binary' && classes.length !== 2)
      throw new NnError('BAD_INPUT', `the label "${s.name}" has ${classes.length} classes (${list(classes)}): use --task multiclass (or leave --task out)`);
    if (new Set(classes).size !== classes.length) throw new NnError('BAD_OPTION', `--classes lists a class twice: ${classes.join(', ')}`);
    if (o.positive !== undefined) {
      if (task !== 'binary') throw new NnError('BAD_OPTION', '--positive is for a binary task');
      const p = classKey(o.positive, this.decimal);
      if (!classes.includes(p)) throw new NnError('BAD_OPTION', `--positive ${o.positive} is not one of the classes (${classes.join(', ')})`);
      classes = [classes.find((c) => c !== p)!, p];
    }
    return { name: s.name, task, classes };
  }
}

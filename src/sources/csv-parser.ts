import { RecordEnd, decodeFields, fieldSpans, splitFields, type FieldSpans } from './csv-fields.js';
import { GENERAL, NumericRow } from './numeric-row.js';
import { parseNumber } from './parse-number.js';
import { detectDelimiter } from '../schema/dialect.js';

/**
 * One CSV record: its values when every field is a number, else its fields as text.
 * The record and its `values` belong to the parser and are valid only until the
 * `emit` call that hands them over returns: copy what you keep.
 */
export interface CsvRecord {
  readonly line: number; // 1-based line where the record starts
  readonly values: Float64Array; // one per field, NaN where a field is not a number
  readonly numeric: boolean; // every field parsed as a finite-or-not number
  readonly unclosedQuote: boolean; // the input ended inside a quoted field of this record
  fields(): string[]; // the raw fields as text (decoded on demand, for headers and messages)
  field(i: number): string; // field i as text ("" past the last one), decoded alone
}

export class CsvRecordTooLarge extends Error {
  constructor(
    readonly line: number,
    readonly limit: number,
  ) {
    super(`line ${line}: a record longer than ${limit} bytes (an unterminated quote?)`);
  }
}

const LF = 10, CR = 13;
const utf8 = new TextDecoder();
const EMPTY = new Uint8Array(0);

/** The parser's one record, refilled for each record it emits. */
class RecordView implements CsvRecord {
  line = 0;
  values: Float64Array = new Float64Array(0);
  numeric = true;
  unclosedQuote = false;
  buf: Uint8Array = EMPTY;
  start = 0;
  stop = 0; // the record's bytes are buf[start, stop), without the line break
  sep = 44;
  spans: FieldSpans | undefined; // the general reader's fields of this record; undefined on the fast path

  fields(): string[] {
    return decodeFields(this.buf, this.start, this.stop, this.sep);
  }

  field(i: number): string {
    const s = this.spans;
    if (s === undefined) return this.fields()[i] ?? '';
    if (i >= s.count) return '';
    const text = textOf(this.buf, s.starts[i]!, s.ends[i]!);
    return s.quoted[i] ? text.replaceAll('""', '"') : text;
  }
}

/**
 * A streaming CSV reader over bytes: RFC 4180 quotes (with "" escapes and line
 * breaks inside quotes), CRLF or LF, a UTF-8 BOM, and numbers parsed straight from
 * the bytes. Records of plain numbers are parsed in one pass as their fields are
 * found (NumericRow); any other record goes through the general reader. A record
 * split across chunks is kept aside and scanned once per chunk it spans. A record
 * longer than `maxRecordBytes` stops the reader at once, so a stray quote cannot
 * swallow memory.
 */
export class CsvParser {
  private line = 1;
  private first = true; // the BOM question is open until 3 bytes have come
  private head: Uint8Array = EMPTY; // the first bytes, while fewer than 3
  private pending = new Uint8Array(256); // an unfinished record, carried to the next chunk
  private pendingLength = 0;
  private recordEnd: RecordEnd; // where the scan of the pending record stands
  private row: NumericRow;
  private sep: number; // the delimiter's byte
  private detect: boolean; // the delimiter is still to be found from the first line
  private readonly spans = fieldSpans();
  private readonly record = new RecordView();
  private view: Float64Array = new Float64Array(0); // row.values[0, count), remade when either changes
  private viewOf: Float64Array = this.view;

  /**
   * `delimiter`: the field delimiter's byte (default a comma), or 'auto' to find it
   * in the first line among , ; tab | (see detectDelimiter).
   */
  constructor(private readonly maxRecordBytes = 1 << 20, delimiter: number | 'auto' = 44) {
    this.detect = delimiter === 'auto';
    this.sep = delimiter === 'auto' ? 44 : delimiter;
    this.row = new NumericRow(maxRecordBytes, this.sep);
    this.recordEnd = new RecordEnd(this.sep);
  }

  /** The delimiter's byte (the detected one once the first line has been read). */
  get delimiter(): number {
    return this.sep;
  }

  private setDelimiter(first: Uint8Array): void {
    this.detect = false;
    this.sep = detectDelimiter(first);
    this.row = new NumericRow(this.maxRecordBytes, this.sep);
    this.recordEnd = new RecordEnd(this.sep);
  }

  /** Feeds a chunk; calls `emit` for every complete record in it. */
  push(chunk: Uint8Array, emit: (r: CsvRecord) => void): void {
    if (this.first) {
      const bytes = this.head.length === 0 ? chunk : concat(this.head, chunk);
      if (bytes.length < 3 || (this.detect && bytes.indexOf(LF) < 0 && bytes.length <= this.maxRecordBytes)) {
        this.head = bytes.slice();
        return;
      }
      this.first = false;
      this.head = EMPTY;
      chunk = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
      if (this.detect) this.setDelimiter(chunk);
    }
    let pos = 0;
    if (this.pendingLength > 0) {
      const end = this.recordEnd.find(chunk, 0, chunk.length);
      const upTo = end < 0 ? chunk.length : end;
      if (this.pendingLength + upTo - (end < 0 ? 0 : 1) > this.maxRecordBytes) throw new CsvRecordTooLarge(this.line, this.maxRecordBytes);
      this.keep(chunk, 0, upTo);
      if (end < 0) return;
      const length = this.pendingLength;
      this.pendingLength = 0;
      this.take(this.pending, 0, length, emit);
      pos = end;
    }
    this.records(chunk, pos, emit);
  }

  /** Ends the input: the last record may lack its line break. */
  end(emit: (r: CsvRecord) => void): void {
    if (this.first) {
      this.first = false;
      let head = this.head;
      this.head = EMPTY;
      if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) head = head.subarray(3);
      if (this.detect) this.setDelimiter(head);
      this.records(head, 0, emit);
    }
    if (this.pendingLength === 0) return;
    this.keep(Uint8Array.of(LF), 0, 1); // the line break the input did not have
    const length = this.pendingLength;
    this.pendingLength = 0;
    this.take(this.pending, 0, length, emit);
  }

  /** Emits the whole records of buf from pos on and keeps the unfinished tail. */
  private records(buf: Uint8Array, pos: number, emit: (r: CsvRecord) => void): void {
    const n = buf.length, max = this.maxRecordBytes;
    const last = buf.lastIndexOf(LF); // NumericRow may read up to here without bounds checks
    let scanned = false; // whether recordEnd has already scanned the tail
    while (pos <= last) {
      const c = buf[pos];
      if (c === LF || (c === CR && buf[pos + 1] === LF)) {
        this.line++; // an empty line carries no record
        pos += c === LF ? 1 : 2;
        continue;
      }
      let end = this.row.scan(buf, pos);
      if (end !== GENERAL) {
        if (end - pos - 1 > max) throw new CsvRecordTooLarge(this.line, max);
        this.emitNumeric(buf, pos, end, emit);
        pos = end;
        continue;
      }
      this.recordEnd.reset();
      end = this.recordEnd.find(buf, pos, n);
      if (end < 0) {
        scanned = true; // its line breaks are all inside quotes
        break;
      }
      if (end - pos - 1 > max) throw new CsvRecordTooLarge(this.line, max);
      this.general(buf, pos, end, emit);
      pos = end;
    }
    if (pos === n) return;
    if (n - pos > max) throw new CsvRecordTooLarge(this.line, max);
    if (!scanned) {
      this.recordEnd.reset();
      this.recordEnd.find(buf, pos, n);
    }
    this.keep(buf, pos, n);
  }

  /** Emits the one whole record buf[pos, end), which ends with LF. */
  private take(buf: Uint8Array, pos: number, end: number, emit: (r: CsvRecord) => void): void {
    if (end - pos === 1 || (end - pos === 2 && buf[pos] === CR)) this.line++;
    else if (this.row.scan(buf, pos) === end) this.emitNumeric(buf, pos, end, emit);
    else this.general(buf, pos, end, emit);
  }

  /** Emits the record NumericRow has just read from buf[pos, end). */
  private emitNumeric(buf: Uint8Array, pos: number, end: number, emit: (r: CsvRecord) => void): void {
    const r = this.record;
    r.line = this.line++;
    r.values = this.values(this.row.count);
    r.numeric = true;
    r.unclosedQuote = false;
    r.sep = this.sep;
    r.spans = undefined;
    r.buf = buf;
    r.start = pos;
    r.stop = end - 1;
    emit(r);
  }

  /** Emits the record buf[pos, end) (ending with LF) through the general reader. */
  private general(buf: Uint8Array, pos: number, end: number, emit: (r: CsvRecord) => void): void {
    const r = this.record;
    r.line = this.line;
    for (let i = pos; i < end; i++) if (buf[i] === LF) this.line++;
    const s = splitFields(buf, pos, end - 1, this.spans, this.sep);
    if (s.count === 1 && s.starts[0] === s.ends[0] && !s.quoted[0]) return; // only a CR: an empty line
    const values = this.row.reserve(s.count);
    let numeric = !s.unclosed;
    for (let f = 0; f < s.count; f++) {
      const v = parseNumber(buf, s.starts[f]!, s.ends[f]!);
      values[f] = v;
      if (v !== v) numeric = false;
    }
    r.values = this.values(s.count);
    r.numeric = numeric;
    r.unclosedQuote = s.unclosed;
    r.sep = this.sep;
    r.spans = s;
    r.buf = buf;
    r.start = pos;
    r.stop = end - 1;
    emit(r);
  }

  private values(count: number): Float64Array {
    const all = this.row.values;
    if (this.view.length !== count || this.viewOf !== all) {
      this.view = all.subarray(0, count);
      this.viewOf = all;
    }
    return this.view;
  }

  /** Appends buf[from, to) to the pending record; the caller has checked the size limit. */
  private keep(buf: Uint8Array, from: number, to: number): void {
    const need = this.pendingLength + to - from;
    if (need > this.pending.length) {
      const grown = new Uint8Array(Math.max(need, 2 * this.pending.length));
      grown.set(this.pending.subarray(0, this.pendingLength));
      this.pending = grown;
    }
    this.pending.set(buf.subarray(from, to), this.pendingLength);
    this.pendingLength = need;
  }
}

/** buf[start, end) as text: short ASCII without a decoder (a category, a class), else UTF-8. */
function textOf(buf: Uint8Array, start: number, end: number): string {
  if (end - start <= 32) {
    let ascii = true;
    for (let i = start; i < end; i++) if (buf[i]! >= 0x80) ascii = false;
    if (ascii) return String.fromCharCode.apply(null, buf.subarray(start, end) as unknown as number[]);
  }
  return utf8.decode(buf.subarray(start, end));
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

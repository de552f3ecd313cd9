import { parseNumber } from './parse-number.js';

/** One CSV record: its values when every field is a number, else its fields as text. */
export interface CsvRecord {
  line: number; // 1-based line where the record starts
  values: Float64Array; // NaN where a field is not a number
  numeric: boolean; // every field parsed as a finite-or-not number
  fields(): string[]; // the raw fields as text (decoded on demand, for headers and messages)
}

export class CsvRecordTooLarge extends Error {
  constructor(
    readonly line: number,
    readonly limit: number,
  ) {
    super(`line ${line}: a record longer than ${limit} bytes (an unterminated quote?)`);
  }
}

const QUOTE = 34, COMMA = 44, LF = 10, CR = 13;

/**
 * A streaming CSV reader over bytes: RFC 4180 quotes (with "" escapes and line
 * breaks inside quotes), CRLF or LF, a UTF-8 BOM, and numbers parsed straight from
 * the bytes. A record longer than `maxRecordBytes` stops the reader at once, so a
 * stray quote cannot swallow memory.
 */
export class CsvParser {
  private rest: Uint8Array = new Uint8Array(0);
  private line = 1;
  private first = true;
  private starts: number[] = [];
  private ends: number[] = [];
  private quoted: boolean[] = [];

  constructor(private readonly maxRecordBytes = 1 << 20) {}

  /** Feeds a chunk; calls `emit` for every complete record in it. */
  push(chunk: Uint8Array, emit: (r: CsvRecord) => void): void {
    let buf: Uint8Array;
    if (this.rest.length === 0) buf = chunk;
    else {
      buf = new Uint8Array(this.rest.length + chunk.length);
      buf.set(this.rest);
      buf.set(chunk, this.rest.length);
    }
    let pos = 0;
    if (this.first && buf.length >= 3) {
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
      this.first = false;
    } else if (this.first && buf.length < 3) {
      this.rest = buf.slice();
      return;
    }
    pos = this.records(buf, pos, false, emit);
    const left = buf.length - pos;
    if (left > this.maxRecordBytes) throw new CsvRecordTooLarge(this.line, this.maxRecordBytes);
    this.rest = left === 0 ? new Uint8Array(0) : buf.slice(pos);
  }

  /** Ends the input: the last record may lack its line break. */
  end(emit: (r: CsvRecord) => void): void {
    if (this.rest.length === 0) return;
    const buf = this.rest;
    let pos = 0;
    if (this.first && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
    this.first = false;
    this.records(buf, pos, true, emit);
    this.rest = new Uint8Array(0);
  }

  /** Parses whole records from pos on; returns where the unfinished tail begins. */
  private records(buf: Uint8Array, pos: number, final: boolean, emit: (r: CsvRecord) => void): number {
    const n = buf.length;
    while (pos < n) {
      const recordStart = pos;
      const starts = this.starts, ends = this.ends, quoted = this.quoted;
      starts.length = ends.length = quoted.length = 0;
      let i = pos, breaks = 0, complete = false;
      // one record: fields separated by commas, ended by LF (CR before it ignored)
      for (;;) {
        if (i < n && buf[i] === QUOTE) {
          let j = i + 1;
          for (;;) {
            while (j < n && buf[j] !== QUOTE) {
              if (buf[j] === LF) breaks++;
              j++;
            }
            if (j + 1 < n && buf[j + 1] === QUOTE) j += 2; // "" inside quotes
            else break;
          }
          if (j >= n) break; // quote not closed yet: wait for more input
          starts.push(i + 1);
          ends.push(j);
          quoted.push(true);
          i = j + 1;
          while (i < n && buf[i] !== COMMA && buf[i] !== LF) i++; // tolerate text after the closing quote
        } else {
          const s = i;
          while (i < n && buf[i] !== COMMA && buf[i] !== LF) i++;
          starts.push(s);
          ends.push(i > s && buf[i - 1] === CR && (i === n || buf[i] === LF) ? i - 1 : i);
          quoted.push(false);
        }
        if (i < n && buf[i] === COMMA) {
          i++;
          continue;
        }
        if (i < n && buf[i] === LF) {
          i++;
          complete = true;
        } else if (final) complete = true;
        break;
      }
      if (!complete) return recordStart;
      if (i - recordStart - (buf[i - 1] === LF ? 1 : 0) > this.maxRecordBytes) throw new CsvRecordTooLarge(this.line, this.maxRecordBytes);
      const line = this.line;
      this.line += breaks + (i > 0 && buf[i - 1] === LF ? 1 : 0);
      pos = i;
      const blank = starts.length === 1 && ends[0] === starts[0] && !quoted[0];
      if (blank) continue; // empty lines carry no record
      emit(this.record(buf, line));
    }
    return pos;
  }

  private record(buf: Uint8Array, line: number): CsvRecord {
    const k = this.starts.length;
    const values = new Float64Array(k);
    let numeric = true;
    for (let f = 0; f < k; f++) {
      const v = this.quoted[f] ? parseQuotedNumber(buf, this.starts[f]!, this.ends[f]!) : parseNumber(buf, this.starts[f]!, this.ends[f]!);
      values[f] = v;
      if (v !== v) numeric = false;
    }
    const starts = this.starts.slice(), ends = this.ends.slice(), quoted = this.quoted.slice();
    const bytes = numeric ? undefined : buf.slice(starts[0]!, ends[k - 1]!);
    const base = starts[0]!;
    return {
      line,
      values,
      numeric,
      fields: () =>
        starts.map((s, f) => {
          if (bytes === undefined) return String(values[f]);
          const text = new TextDecoder().decode(bytes.subarray(s - base, ends[f]! - base));
          return quoted[f] ? text.replaceAll('""', '"') : text;
        }),
    };
  }
}

function parseQuotedNumber(buf: Uint8Array, start: number, end: number): number {
  return parseNumber(buf, start, end);
}

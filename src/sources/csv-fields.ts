const QUOTE = 34, COMMA = 44, LF = 10, CR = 13;

const enum At {
  FieldStart,
  Unquoted, // also text after a closing quote, which is tolerated and ignored
  Quoted,
  QuoteInQuoted, // a quote inside quotes: the closing one, or the first of ""
}

/**
 * Finds where a CSV record ends (the LF after it, outside quotes), resumably: a record
 * split across chunks is scanned once, chunk by chunk, however many chunks it spans.
 */
export class RecordEnd {
  private at = At.FieldStart;

  /** `sep`: the field delimiter's byte (a comma by default). */
  constructor(private readonly sep = COMMA) {}

  /** Starts a new record. */
  reset(): void {
    this.at = At.FieldStart;
  }

  /** True when the bytes so far end inside an open quoted field. */
  get inQuotes(): boolean {
    return this.at === At.Quoted;
  }

  /** Scans buf[from, to) on from where the last call stopped; returns the index just past the record's LF, or -1. */
  find(buf: Uint8Array, from: number, to: number): number {
    let at = this.at;
    const sep = this.sep;
    for (let i = from; i < to; i++) {
      const c = buf[i]!;
      if (at === At.Quoted) {
        if (c === QUOTE) at = At.QuoteInQuoted;
      } else if (c === LF) {
        this.at = At.FieldStart;
        return i + 1;
      } else if (c === sep) at = At.FieldStart;
      else if (at === At.FieldStart) at = c === QUOTE ? At.Quoted : At.Unquoted;
      else if (at === At.QuoteInQuoted) at = c === QUOTE ? At.Quoted : At.Unquoted;
    }
    this.at = at;
    return -1;
  }
}

/** Where the fields of one record lie: [starts[f], ends[f]) for f < count, quotes excluded. */
export interface FieldSpans {
  starts: number[];
  ends: number[];
  quoted: boolean[];
  count: number;
  /** The last field opened a quote that the record never closed (only at the end of the input). */
  unclosed: boolean;
}

export function fieldSpans(): FieldSpans {
  return { starts: [], ends: [], quoted: [], count: 0, unclosed: false };
}

/**
 * Splits one whole record, buf[start, stop) without its line break, into fields per
 * RFC 4180: commas separate fields; a field that starts with a quote runs to the
 * closing quote ("" inside stands for one quote, and commas and line breaks are
 * data); text after a closing quote is ignored; a CR that ends the record is not data.
 */
export function splitFields(buf: Uint8Array, start: number, stop: number, s: FieldSpans, sep = COMMA): FieldSpans {
  let k = 0, i = start;
  s.unclosed = false;
  for (;;) {
    if (i < stop && buf[i] === QUOTE) {
      let j = i + 1;
      for (;;) {
        while (j < stop && buf[j] !== QUOTE) j++;
        if (j + 1 < stop && buf[j + 1] === QUOTE) j += 2;
        else break;
      }
      if (j >= stop) {
        s.unclosed = true;
        set(s, k++, i + 1, stop, true);
        i = stop;
      } else {
        set(s, k++, i + 1, j, true);
        i = j + 1;
        while (i < stop && buf[i] !== sep) i++;
      }
    } else {
      const f = i;
      while (i < stop && buf[i] !== sep) i++;
      set(s, k++, f, i === stop && i > f && buf[i - 1] === CR ? i - 1 : i, false);
    }
    if (i >= stop) break;
    i++; // past the delimiter
  }
  s.count = k;
  return s;
}

function set(s: FieldSpans, f: number, start: number, end: number, quoted: boolean): void {
  s.starts[f] = start;
  s.ends[f] = end;
  s.quoted[f] = quoted;
}

const utf8 = new TextDecoder();

/** The fields of buf[start, stop) as text (UTF-8, "" in quoted fields read as one quote). */
export function decodeFields(buf: Uint8Array, start: number, stop: number, sep = COMMA): string[] {
  const s = splitFields(buf, start, stop, fieldSpans(), sep);
  const out: string[] = [];
  for (let f = 0; f < s.count; f++) {
    const text = utf8.decode(buf.subarray(s.starts[f], s.ends[f]));
    out.push(s.quoted[f] ? text.replaceAll('""', '"') : text);
  }
  return out;
}

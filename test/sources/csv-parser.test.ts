import { describe, expect, it } from 'vitest';
import { CsvParser, CsvRecordTooLarge, type CsvRecord } from '../../src/sources/csv-parser.js';
import { parseNumber } from '../../src/sources/parse-number.js';
import { TRICKY, bitsOf, numpyBits, numpyMissing } from './numpy-floats.js';

interface Got {
  line: number;
  numeric: boolean;
  values: number[];
  fields: string[];
  unclosedQuote?: true;
}

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Everything the parser emits for `input` fed in chunks of `chunk` bytes (all at once by default), and how it stopped. */
function parseAll(input: string | Uint8Array, chunk = Infinity, maxRecordBytes?: number): { records: Got[]; error?: string } {
  const bytes = typeof input === 'string' ? encode(input) : input;
  const parser = new CsvParser(maxRecordBytes);
  const records: Got[] = [];
  const emit = (r: CsvRecord): void => {
    records.push({ line: r.line, numeric: r.numeric, values: Array.from(r.values), fields: r.fields(), ...(r.unclosedQuote ? { unclosedQuote: true as const } : {}) });
  };
  try {
    const step = Math.min(chunk, Math.max(1, bytes.length));
    for (let i = 0; i < bytes.length; i += step) parser.push(bytes.slice(i, i + step), emit); // a copy: the parser may not keep the caller's bytes
    parser.end(emit);
    return { records };
  } catch (e) {
    if (!(e instanceof CsvRecordTooLarge)) throw e;
    return { records, error: `${e.message} [line ${e.line}]` };
  }
}

const rec = (line: number, values: number[], fields: string[] = values.map(String)): Got => ({ line, numeric: values.every((v) => !Number.isNaN(v)), values, fields });

describe('CsvParser', () => {
  it('reads numeric records with their line numbers and fields', () => {
    expect(parseAll('1,2.5,-3\n4e2,0.125,+6\n')).toEqual({
      records: [rec(1, [1, 2.5, -3]), rec(2, [400, 0.125, 6], ['4e2', '0.125', '+6'])],
    });
  });

  it('hands over a header as text fields with NaN values', () => {
    const { records } = parseAll('x1,x2,label\n1,2,0\n');
    expect(records[0]).toEqual({ line: 1, numeric: false, values: [NaN, NaN, NaN], fields: ['x1', 'x2', 'label'] });
    expect(records[1]).toEqual(rec(2, [1, 2, 0]));
  });

  it('skips a UTF-8 BOM, also when it comes a byte at a time', () => {
    const input = '\ufeffa,b\n1,2\n';
    for (const chunk of [Infinity, 1, 2])
      expect(parseAll(input, chunk).records).toEqual([{ line: 1, numeric: false, values: [NaN, NaN], fields: ['a', 'b'] }, rec(2, [1, 2])]);
    expect(parseAll('\ufeff').records).toEqual([]);
    expect(parseAll('\ufeff1').records).toEqual([rec(1, [1])]);
  });

  it('keeps bytes that only begin like a BOM', () => {
    const input = new Uint8Array([0xef, 0xbb]);
    expect(parseAll(input).records).toEqual([{ line: 1, numeric: false, values: [NaN], fields: ['\ufffd'] }]);
  });

  it('takes CRLF line ends, drops the CR from the last field and skips empty CRLF lines', () => {
    expect(parseAll('1,2\r\n\r\n3,x\r\n"4","5"\r\n').records).toEqual([
      rec(1, [1, 2]),
      { line: 3, numeric: false, values: [3, NaN], fields: ['3', 'x'] },
      rec(4, [4, 5]),
    ]);
  });

  it('skips empty lines but counts them', () => {
    expect(parseAll('\n\n1\n\n\n2\n\n').records).toEqual([rec(3, [1]), rec(6, [2])]);
  });

  it('reads quoted fields with "" escapes, commas and line breaks, and numbers the next records right', () => {
    const { records } = parseAll('"1.5","a ""b"" c","x,y","one\ntwo\r\nthree",3\n7,8,9,10,11\n"\n",2\n5\n');
    expect(records).toEqual([
      { line: 1, numeric: false, values: [1.5, NaN, NaN, NaN, 3], fields: ['1.5', 'a "b" c', 'x,y', 'one\ntwo\r\nthree', '3'] },
      rec(4, [7, 8, 9, 10, 11]),
      { line: 5, numeric: false, values: [NaN, 2], fields: ['\n', '2'] },
      rec(7, [5]),
    ]);
  });

  it('reads quoted numbers, with spaces or tabs around numbers inside or outside the quotes', () => {
    expect(parseAll('"1", 2 ,\t3\t," -4.5 ",""\n').records).toEqual([
      { line: 1, numeric: false, values: [1, 2, 3, -4.5, NaN], fields: ['1', ' 2 ', '\t3\t', ' -4.5 ', ''] },
    ]);
    expect(parseAll('" 1 "\n').records).toEqual([rec(1, [1], [' 1 '])]);
  });

  it('ignores text after a closing quote, as before', () => {
    expect(parseAll('"1"x,2\n"3" ,4\n').records).toEqual([rec(1, [1, 2], ['1', '2']), rec(2, [3, 4], ['3', '4'])]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseAll('ab"c,1\n2\n').records).toEqual([{ line: 1, numeric: false, values: [NaN, 1], fields: ['ab"c', '1'] }, rec(2, [2])]);
  });

  it('reports empty fields, words and NaN or Infinity spelled out as NaN values of a non-numeric record', () => {
    expect(parseAll('1,,3,\nNaN,Infinity,-inf,abc,1e\n').records).toEqual([
      { line: 1, numeric: false, values: [1, NaN, 3, NaN], fields: ['1', '', '3', ''] },
      { line: 2, numeric: false, values: [NaN, NaN, NaN, NaN, NaN], fields: ['NaN', 'Infinity', '-inf', 'abc', '1e'] },
    ]);
  });

  it('reads a last record without its line break, also one ending in CR', () => {
    expect(parseAll('1,2\n3,4').records).toEqual([rec(1, [1, 2]), rec(2, [3, 4])]);
    expect(parseAll('1,2\n3,4\r').records).toEqual([rec(1, [1, 2]), rec(2, [3, 4])]);
    expect(parseAll('1,2\n"a,b"').records).toEqual([rec(1, [1, 2]), { line: 2, numeric: false, values: [NaN], fields: ['a,b'] }]);
    expect(parseAll('1\n\r').records).toEqual([rec(1, [1])]);
  });

  it('marks a record whose quote the input never closes', () => {
    expect(parseAll('1,2\n3,"4\n5\n').records).toEqual([
      rec(1, [1, 2]),
      { line: 2, numeric: false, values: [3, NaN], fields: ['3', '4\n5\n'], unclosedQuote: true },
    ]);
  });

  it('reads records of hundreds of fields', () => {
    const values = Array.from({ length: 500 }, (_, i) => i / 8 - 20);
    const text = values.join(',') + '\n' + values.map((v) => `"${v}"`).join(',') + '\n' + values.slice(0, 3).join(',') + '\n';
    const { records } = parseAll(text);
    expect(records.map((r) => r.values)).toEqual([values, values, values.slice(0, 3)]);
  });

  it('parses numbers to the same doubles as numpy in unquoted, quoted and spaced fields', () => {
    if (numpyMissing !== undefined) return expect(numpyMissing).toBe(undefined);
    const theirs = numpyBits(TRICKY);
    for (const wrap of [(t: string) => t, (t: string) => `"${t}"`, (t: string) => ` ${t}\t`]) {
      const rows = [TRICKY.map(wrap).join(','), ...TRICKY.map(wrap)].join('\r\n') + '\r\n';
      const { records } = parseAll(rows);
      expect(records.map((r) => r.numeric)).toEqual(records.map(() => true));
      expect(records[0]!.values.map(bitsOf)).toEqual(theirs);
      expect(records.slice(1).map((r) => bitsOf(r.values[0]!))).toEqual(theirs);
    }
  });

  describe('record size limit', () => {
    const tooLarge = (line: number, limit: number): string => `line ${line}: a record longer than ${limit} bytes (an unterminated quote?) [line ${line}]`;

    it('throws CsvRecordTooLarge for a numeric record inside one chunk, naming its first line', () => {
      const r = parseAll('1,2\n"a\nb"\n' + '1,'.repeat(20) + '1\n5\n', Infinity, 16);
      expect(r.records.map((x) => x.line)).toEqual([1, 2]);
      expect(r.error).toBe(tooLarge(4, 16));
    });

    it('throws for an unterminated quote once its record passes the limit, in any chunking', () => {
      const input = 'a,b\n1,2\n"' + '1'.repeat(200) + '\n3,4\n';
      for (const chunk of [Infinity, 1, 7, 64]) {
        const r = parseAll(input, chunk, 64);
        expect(r.error).toBe(tooLarge(3, 64));
        expect(r.records.map((x) => x.line)).toEqual([1, 2]);
      }
    });

    it('takes a record of exactly the limit, CR included, and refuses one byte more', () => {
      const exact = '1234567,8\r\n'; // 9 bytes and CR before the LF
      expect(parseAll(exact, Infinity, 10).records).toEqual([rec(1, [1234567, 8])]);
      expect(parseAll(exact, 3, 10).records).toEqual([rec(1, [1234567, 8])]);
      expect(parseAll(exact, Infinity, 9).error).toBe(tooLarge(1, 9));
      expect(parseAll(exact, 3, 9).error).toBe(tooLarge(1, 9));
      expect(parseAll('"12",3\n', Infinity, 6).error).toBeUndefined();
      expect(parseAll('"12",3\n', Infinity, 5).error).toBe(tooLarge(1, 5));
    });

    it('refuses a record with more fields than fit in the limit', () => {
      expect(parseAll('1,'.repeat(5000) + '1\n', 4096, 1000).error).toBe(tooLarge(1, 1000));
      expect(parseAll('1,'.repeat(5000) + '1\n', Infinity, 1000).error).toBe(tooLarge(1, 1000));
    });
  });
});

describe('CsvParser on chunks', () => {
  const corpus = [
    '\ufeffx1,"x 2",label\r\n',
    '1.5,-2,0\r\n',
    '\r\n',
    '"3","4e-1",1\n',
    '123456789.123456789,0.30000000000000004,1\n',
    '"multi\nline ""quoted""\r\ntext",5,6\n',
    '\n',
    '7,NaN,Infinity\n',
    ' 8 ,\t9\t,"  10  "\n',
    '1e22,1e23,9007199254740993\n',
    '2.2250738585072014e-308,-0,+5\n',
    '.5,5.,1E5\n',
    ',,\n',
    '"a,b",c"d,é\n',
    '11,12,13',
  ].join('');
  const whole = parseAll(corpus);

  it('the corpus reads as expected in one chunk', () => {
    expect(whole.records.map((r) => r.line)).toEqual([1, 2, 4, 5, 6, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(whole.records[0]!.fields).toEqual(['x1', 'x 2', 'label']);
    expect(whole.records[4]!.fields[0]).toBe('multi\nline "quoted"\r\ntext');
    expect(whole.records[12]!.values).toEqual([11, 12, 13]);
    expect(whole.records[11]!.fields).toEqual(['a,b', 'c"d', 'é']);
  });

  it.each([1, 2, 3, 7, 64])('gives the same records in chunks of %i bytes', (chunk) => {
    expect(parseAll(corpus, chunk)).toEqual(whole);
  });

  it('gives the same records when the input is cut at every byte position', () => {
    const bytes = encode(corpus);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const parser = new CsvParser();
      const records: Got[] = [];
      const emit = (r: CsvRecord): void => void records.push({ line: r.line, numeric: r.numeric, values: Array.from(r.values), fields: r.fields(), ...(r.unclosedQuote ? { unclosedQuote: true as const } : {}) });
      parser.push(bytes.slice(0, cut), emit);
      parser.push(bytes.slice(cut), emit);
      parser.end(emit);
      expect(records, `cut at ${cut}`).toEqual(whole.records);
    }
  });

  it('reads numbers split at every position of a long numeric row the same as whole', () => {
    const row = TRICKY.join(',') + '\n';
    const one = parseAll(row).records[0]!.values.map(bitsOf);
    for (let cut = 1; cut < row.length; cut++) {
      const parser = new CsvParser();
      let got: string[] = [];
      const emit = (r: CsvRecord): void => void (got = Array.from(r.values, bitsOf));
      parser.push(encode(row.slice(0, cut)), emit);
      parser.push(encode(row.slice(cut)), emit);
      parser.end(emit);
      expect(got, `cut at ${cut}`).toEqual(one);
    }
  });

  it('agrees with itself on 3000 random records of numbers, quotes, spaces, words and empty fields, in any chunking', () => {
    let s = 5;
    const rand = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const pieces = ['0', '1', '-2.5', '+.5', '5.', '1e3', '1E-3', '12345678901234567890', '0.1', '-0', 'x', '', ' 7 ', '"8"', '" 9 "', '"a""b"', '"c\nd"', '"e,f"', 'NaN', '1e', '.', '-', '"1"z', '\t3', '9\r'];
    const lines: string[] = [];
    for (let r = 0; r < 3000; r++) lines.push(Array.from({ length: 1 + Math.floor(rand() * 6) }, () => pick(pieces)).join(','));
    const text = lines.join(pick(['\n', '\r\n'])) + '\n';
    const one = parseAll(text);
    expect(one.records.length).toBeGreaterThan(2900);
    // the one-pass numeric reader and the general one (behind fields()) agree on every field
    const general = (field: string): string => {
      const b = encode(field);
      return bitsOf(parseNumber(b, 0, b.length));
    };
    expect(one.records.filter((r) => r.fields.map(general).join() !== r.values.map(bitsOf).join())).toEqual([]);
    expect(one.records.filter((r) => r.numeric).length).toBeGreaterThan(100);
    for (const chunk of [1, 5, 13, 100, 4096]) expect(parseAll(text, chunk)).toEqual(one);
  });
});

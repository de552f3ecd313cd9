import { describe, expect, it } from 'vitest';
import { decimalOption, delimiterOption, detectDelimiter } from '../../src/schema/dialect.js';
import { CsvParser, type CsvRecord } from '../../src/sources/csv-parser.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

function records(text: string, delimiter: number | 'auto', chunk = 3): { values: number[]; fields: string[] }[] {
  const p = new CsvParser(1 << 20, delimiter);
  const out: { values: number[]; fields: string[] }[] = [];
  const emit = (r: CsvRecord): void => void out.push({ values: Array.from(r.values), fields: r.fields() });
  const b = bytes(text);
  for (let i = 0; i < b.length; i += chunk) p.push(b.subarray(i, i + chunk), emit);
  p.end(emit);
  return out;
}

describe('delimiter detection', () => {
  it.each([
    ['a,b,c\n', ','],
    ['a;b;c\n1,5;2;3\n', ';'],
    ['a\tb\tc\n', '\t'],
    ['a|b|c\n', '|'],
    ['"x;y",b,c\n', ','], // inside quotes it does not count
    ['single\n', ','],
  ])('finds the delimiter of %j', (text, d) => {
    expect(String.fromCharCode(detectDelimiter(bytes(text)))).toBe(d);
  });

  it.each([';', '\t', '|'])('the parser reads %j files, header detected across chunks, numbers on the fast path', (d) => {
    const rows = records(['a', 'b', 'label'].join(d) + '\n' + ['1.5', '2', '0'].join(d) + '\n' + ['3', '"4"', '1'].join(d) + '\n', 'auto');
    expect(rows[0]!.fields).toEqual(['a', 'b', 'label']);
    expect(rows.slice(1).map((r) => r.values)).toEqual([[1.5, 2, 0], [3, 4, 1]]);
  });

  it('--delimiter accepts one character or tab; --decimal . or ,', () => {
    expect(delimiterOption('tab')).toBe(9);
    expect(delimiterOption(';')).toBe(59);
    expect(delimiterOption(undefined)).toBe('auto');
    expect(() => delimiterOption(';;')).toThrow(/one ASCII character/);
    expect(decimalOption(',')).toBe(',');
    expect(() => decimalOption('x')).toThrow(/--decimal/);
  });
});

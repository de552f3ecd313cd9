import { describe, expect, it } from 'vitest';
import { RecordEnd, decodeFields, fieldSpans, splitFields } from '../../src/sources/csv-fields.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('RecordEnd', () => {
  const records = ['1,2\n', '"a\nb",c\n', '"x""\n""y"\n', '"q"tail"\n', 'ab"c\n', ',,\n', '"",""\n', '\n'];

  it.each(records)('finds the end of %j past line breaks inside quotes only', (text) => {
    const b = bytes(text + 'NEXT\n');
    const end = new RecordEnd();
    expect(end.find(b, 0, b.length)).toBe(bytes(text).length);
  });

  it.each(records)('finds the same end of %j fed one byte at a time', (text) => {
    const b = bytes(text + 'NEXT\n');
    const end = new RecordEnd();
    let found = -1;
    for (let i = 0; i < b.length && found < 0; i++) found = end.find(b, i, i + 1);
    expect(found).toBe(bytes(text).length);
  });

  it('says when the bytes so far end inside quotes, and starts afresh after reset', () => {
    const end = new RecordEnd();
    expect(end.find(bytes('1,"a\n'), 0, 5)).toBe(-1);
    expect(end.inQuotes).toBe(true);
    end.reset();
    expect(end.inQuotes).toBe(false);
    expect(end.find(bytes('1\n'), 0, 2)).toBe(2);
  });
});

describe('splitFields', () => {
  it('gives each field its span, quotes excluded, and drops the CR that ends the record', () => {
    const b = bytes('1,"a,b",,"c""d"x,e\r');
    const s = splitFields(b, 0, b.length, fieldSpans());
    expect(s.count).toBe(5);
    expect(Array.from({ length: s.count }, (_, f) => [s.starts[f], s.ends[f], s.quoted[f]])).toEqual([
      [0, 1, false],
      [3, 6, true],
      [8, 8, false],
      [10, 14, true],
      [17, 18, false],
    ]);
    expect(s.unclosed).toBe(false);
  });

  it('marks an unclosed quote and runs its field to the end', () => {
    const b = bytes('1,"ab\ncd');
    const s = splitFields(b, 0, b.length, fieldSpans());
    expect([s.count, s.starts[1], s.ends[1], s.unclosed]).toEqual([2, 3, 8, true]);
  });

  it('decodes fields as UTF-8 text with "" read as one quote', () => {
    expect(decodeFields(bytes('é,"say ""hi""",'), 0, bytes('é,"say ""hi""",').length)).toEqual(['é', 'say "hi"', '']);
  });
});

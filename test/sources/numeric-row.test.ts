import { describe, expect, it } from 'vitest';
import { GENERAL, NumericRow } from '../../src/sources/numeric-row.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

function scan(text: string, maxBytes = 1 << 20): { end: number; values: number[] } {
  const row = new NumericRow(maxBytes);
  const end = row.scan(bytes(text), 0);
  return { end, values: end === GENERAL ? [] : Array.from(row.values.subarray(0, row.count)) };
}

describe('NumericRow', () => {
  it('reads a record of plain numbers in one pass and returns where the next begins', () => {
    expect(scan('1,-2.5,+.5,5.,1e3,2E-2\nrest')).toEqual({ end: 23, values: [1, -2.5, 0.5, 5, 1000, 0.02] });
    expect(scan('"1", 2 ,\t3\r\nrest')).toEqual({ end: 12, values: [1, 2, 3] });
    expect(scan('12345678901234567890,0.30000000000000004\n').values).toEqual([12345678901234567890, 0.30000000000000004]);
  });

  it.each(['\n', '1,,2\n', '1,\n', 'x\n', '"1"x\n', '"1\n2"\n', '""\n', '1\r,2\n', '1e\n', '.\n', '-\n', '1 2\n', ' "1"\n', '"a""b"\n', 'NaN\n'])(
    'leaves %j to the general reader',
    (text) => expect(scan(text).end).toBe(GENERAL),
  );

  it('grows for wide records, and leaves one wider than the limit to the general reader', () => {
    const wide = Array.from({ length: 1000 }, (_, i) => i).join(',') + '\n';
    expect(scan(wide).values).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(scan(wide, 500).end).toBe(GENERAL);
  });
});

import { describe, expect, it } from 'vitest';
import { CsvParser, type CsvRecord } from '../../src/sources/csv-parser.js';
import { HeldRecord, SchemaReader } from '../../src/sources/csv-table.js';
import type { SourceEvent } from '../../src/sources/sample.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

function parse(text: string, each: (r: CsvRecord) => void): void {
  const p = new CsvParser(1 << 20, 'auto');
  p.push(bytes(text), each);
  p.end(each);
}

describe('reading fields one at a time', () => {
  it('decodes ASCII, UTF-8 and quoted fields alone, and "" past the last one', () => {
    const got: string[][] = [];
    parse('a,b,c\nZürich,"say ""hi""",plain\n', (r) => got.push([0, 1, 2, 3].map((i) => r.field(i))));
    expect(got[1]).toEqual(['Zürich', 'say "hi"', 'plain', '']);
  });

  it('a held record keeps its fields after the parser moved on', () => {
    const held: HeldRecord[] = [];
    parse('x,y\n1,red\n2,blue\n', (r) => held.push(new HeldRecord(r)));
    expect(held.map((h) => [h.line, h.field(0), h.field(1), h.numeric])).toEqual([[1, 'x', 'y', false], [2, '1', 'red', false], [3, '2', 'blue', false]]);
  });
});

describe('SchemaReader', () => {
  it('holds the first rows, infers the schema from them, then emits the header and every row in order', () => {
    const events: SourceEvent[] = [];
    const reader = new SchemaReader({ labels: 'required', infer: { rows: 3 } }, (e) => events.push(e));
    let first = true;
    parse('colour,x,label\nred,1,no\nblue,2,yes\nred,3,no\ngreen,4,yes\n', (r) => {
      if (first) {
        first = false;
        if (reader.first(r, 1)) return;
      }
      reader.row(r, 1);
    });
    reader.end();
    expect(events.map((e) => e.kind)).toEqual(['header', 'sample', 'sample', 'sample', 'sample']);
    const header = events[0] as Extract<SourceEvent, { kind: 'header' }>;
    expect(header.featureNames).toEqual(['colour=blue', 'colour=red', 'colour=(other)', 'x']); // green came after the rows it learned from
    const last = events[4] as Extract<SourceEvent, { kind: 'sample' }>;
    expect([Array.from(last.sample.x), last.sample.y, last.sample.line]).toEqual([[0, 0, 1, 4], 1, 5]);
  });
});

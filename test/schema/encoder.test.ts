import { describe, expect, it } from 'vitest';
import { RowEncoder, isProblem } from '../../src/schema/encoder.js';
import { SchemaBuilder } from '../../src/schema/infer.js';
import type { Schema } from '../../src/schema/schema.js';

function schemaOf(lines: string[]): Schema {
  const b = new SchemaBuilder();
  const rows = lines.map((l) => l.split(','));
  b.columns(rows[0], rows[0]!.length);
  for (const r of rows.slice(1)) b.add(undefined, (i) => r[i]!, r.length);
  return b.finish();
}

const schema = schemaOf(['x,colour,label', '1,red,no', '3,blue,yes', '5,red,no', 'NA,blue,yes']);

function encode(e: RowEncoder, fields: string[]): { x: number[]; y: number } | string {
  const x = new Float64Array(schema.inputs);
  const y = e.encode(x, undefined, (i) => fields[i]!, fields.length);
  return isProblem(y) ? y.reason : { x: Array.from(x), y };
}

describe('RowEncoder', () => {
  const e = new RowEncoder(schema, ['x', 'colour', 'label'], 3, { labels: 'required' });

  it('one-hots categories, maps classes to their index, fills a missing number with the mean', () => {
    expect(schema.featureNames).toEqual(['x', 'colour=blue', 'colour=red', 'colour=(other)']);
    expect(encode(e, ['2', 'red', 'yes'])).toEqual({ x: [2, 0, 1, 0], y: 1 });
    expect(encode(e, ['', 'blue', 'no'])).toEqual({ x: [3, 1, 0, 0], y: 0 });
  });

  it('maps a category never seen to (other), never to an error', () => {
    expect(encode(e, ['2', 'green', 'no'])).toEqual({ x: [2, 0, 0, 1], y: 0 });
  });

  it('matches columns by header name in any order; extra columns are ignored', () => {
    const other = new RowEncoder(schema, ['note', 'label', 'colour', 'x'], 4, { labels: 'required' });
    const x = new Float64Array(4);
    expect(other.encode(x, undefined, (i) => ['hi', 'yes', 'red', '2'][i]!, 4)).toBe(1);
    expect(Array.from(x)).toEqual([2, 0, 1, 0]);
  });

  it('a row with a trailing delimiter (one more, empty field) is read; a real extra field is not', () => {
    expect(encode(e, ['2', 'red', 'yes', ''])).toEqual({ x: [2, 0, 1, 0], y: 1 });
    expect(encode(e, ['2', 'red', 'yes', 'x'])).toMatch(/expected 3 columns, got 4/);
  });

  it('a missing feature column is an error naming it', () => {
    expect(() => new RowEncoder(schema, ['x', 'label'], 2, { labels: 'required' })).toThrow(/no column "colour"/);
  });

  it('rejects a class the schema does not know, with that reason', () => {
    expect(encode(e, ['2', 'red', 'maybe'])).toMatch(/class "maybe" is not one of the model's classes \(no, yes\)/);
  });

  it('rejects a row without its label, saying so', () => {
    expect(encode(e, ['2', 'red', 'NA'])).toMatch(/the label "label" is missing/);
  });

  it('rejects text in a numeric column, naming the column', () => {
    expect(encode(e, ['abc', 'red', 'no'])).toMatch(/column "x" is not a number: "abc"/);
  });

  it('predicting, the label may be absent', () => {
    const p = new RowEncoder(schema, ['colour', 'x'], 2, { labels: 'optional' });
    const x = new Float64Array(4);
    expect(p.encode(x, undefined, (i) => ['blue', '7'][i]!, 2)).toBeNaN();
    expect(Array.from(x)).toEqual([7, 1, 0, 0]);
  });

  it('predicting, a label column is carried along whatever it holds, never a reason to reject the row', () => {
    const p = new RowEncoder(schema, ['x', 'colour', 'label'], 3, { labels: 'optional' });
    for (const label of ['maybe', 'NA', 'Infinity']) expect(p.encode(new Float64Array(4), undefined, (i) => ['1', 'red', label][i]!, 3)).toBeNaN();
  });

  it('with learnFill, values seen move the fill mean', () => {
    const s = schema.clone();
    const l = new RowEncoder(s, ['x', 'colour', 'label'], 3, { labels: 'required', learnFill: true });
    l.encode(new Float64Array(4), undefined, (i) => ['11', 'red', 'no'][i]!, 3);
    expect(s.features[0]).toMatchObject({ count: 4, mean: 5 });
  });

  it('reads a numeric category in any spelling (3.0 is the category 3)', async () => {
    const { SchemaBuilder: B } = await import('../../src/schema/infer.js');
    const b = new B({ categorical: ['code'] });
    b.columns(['code', 'label'], 2);
    for (const r of [['1', 'a'], ['3', 'b'], ['3', 'a']]) b.add(undefined, (i) => r[i]!, 2);
    const s = b.finish();
    const enc = new RowEncoder(s, ['code', 'label'], 2, { labels: 'required' });
    const x = new Float64Array(s.inputs);
    enc.encode(x, [3, NaN], (i) => ['3.0', 'a'][i]!, 2);
    expect(Array.from(x)).toEqual([0, 1, 0]);
  });
});

import { describe, expect, it } from 'vitest';
import { NnError } from '../../src/core/errors.js';
import { SchemaBuilder } from '../../src/schema/infer.js';
import { RecordCodec } from '../../src/server/records.js';

function schema() {
  const b = new SchemaBuilder();
  const rows = [['1', 'red', 'no'], ['3', 'blue', 'yes'], ['5', 'red', 'no']];
  b.columns(['x', 'colour', 'label'], 3);
  for (const r of rows) b.add(undefined, (i) => r[i]!, 3);
  return b.finish();
}

describe('RecordCodec', () => {
  it('encodes records by name, as CSV rows with those header names', () => {
    const c = new RecordCodec(schema(), 1e100);
    const inc = c.samples([{ fields: { colour: 'blue', x: '2', label: 'yes', extra: '?' } }, { fields: { label: 'no' } }], 7, 100);
    expect(inc).toMatchObject({ n: 4, m: 2, firstSeq: 7 });
    // the second: x filled with the mean of 1, 3 and 5; colour (missing) -> (other)
    expect(Array.from(inc.X)).toEqual([2, 1, 0, 0, 3, 0, 0, 1]);
    expect(Array.from(inc.labels)).toEqual([1, 0]);
  });

  it('the fill means move only with the records the trainer took (a resent duplicate comes first)', () => {
    const s = schema();
    const c = new RecordCodec(s, 1e100);
    const inc = c.samples([{ fields: { x: '100', colour: 'red', label: 'no' } }, { fields: { x: '7', colour: 'red', label: 'no' } }], 1, 100);
    expect(s.features[0]).toMatchObject({ count: 3, mean: 3 }); // nothing yet
    inc.learned(1);
    expect(s.features[0]).toMatchObject({ count: 4, mean: 4 }); // 1, 3, 5 and 7: the duplicate's 100 is not counted
  });

  it('one bad record rejects the whole message and leaves the fill means as they were', () => {
    const s = schema();
    const c = new RecordCodec(s, 1e100);
    const before = JSON.stringify(s);
    let err: unknown;
    try {
      c.samples([{ fields: { x: '10', colour: 'red', label: 'no' } }, { fields: { x: '1', colour: 'red', label: 'maybe' } }], 1, 100);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(NnError);
    expect((err as NnError).code).toBe('BAD_LABEL');
    expect((err as NnError).message).toMatch(/^record 1: class "maybe"/);
    expect(JSON.stringify(s)).toBe(before);
  });

  it('checks the count of records against the limit before encoding', () => {
    const c = new RecordCodec(schema(), 1e100);
    expect(() => c.inputs(Array.from({ length: 5 }, () => ({ fields: {} })), 4)).toThrow(/at most 4/);
    expect(() => c.inputs([], 4)).toThrow(/no records/);
  });
});

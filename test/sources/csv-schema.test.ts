import { describe, expect, it } from 'vitest';
import { NnError } from '../../src/core/errors.js';
import { CsvParser, type CsvRecord } from '../../src/sources/csv-parser.js';
import { CsvSchema, type CsvSchemaOptions } from '../../src/sources/csv-schema.js';
import type { Rejected, Sample } from '../../src/sources/sample.js';

/** Runs `text` through a real parser and the schema, as csvSource does. */
function read(text: string, o: CsvSchemaOptions = { labels: 'required' }, chunk = Infinity) {
  const schema = new CsvSchema(o);
  const parser = new CsvParser();
  const samples: Sample[] = [], rejected: Rejected[] = [];
  let header: boolean | undefined;
  const emit = (r: CsvRecord): void => {
    if (header === undefined && (header = schema.decide(r))) return;
    const res = schema.toSample(r);
    if ('sample' in res) samples.push(res.sample);
    else rejected.push(res.rejected);
  };
  const bytes = new TextEncoder().encode(text);
  const step = Math.min(chunk, bytes.length);
  for (let i = 0; i < bytes.length; i += step) parser.push(bytes.subarray(i, i + step), emit);
  parser.end(emit);
  return { schema, header, samples, rejected };
}

const xs = (samples: Sample[]): number[][] => samples.map((s) => Array.from(s.x));

describe('CsvSchema', () => {
  it('takes a first row with a word in it as the header, and the column named label as the label', () => {
    const r = read('a,label,"b c"\n1,0,2\n3,1,4\n');
    expect(r.header).toBe(true);
    expect(r.schema.names).toEqual(['a', 'label', 'b c']);
    expect(r.schema.featureNames).toEqual(['a', 'b c']);
    expect(xs(r.samples)).toEqual([[1, 2], [3, 4]]);
    expect(r.samples.map((s) => [s.y, s.line])).toEqual([[0, 2], [1, 3]]);
  });

  it('takes a numeric first row as data, with the last column as the label', () => {
    const r = read('1,2,0\n3,4,1\n');
    expect(r.header).toBe(false);
    expect(r.schema.featureNames).toEqual(['x1', 'x2']);
    expect(xs(r.samples)).toEqual([[1, 2], [3, 4]]);
    expect(r.samples.map((s) => s.y)).toEqual([0, 1]);
  });

  it('keeps every sample intact while the parser reuses its buffers for later rows', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [i, i + 0.5, -i - 1, i % 2]);
    const r = read('a,b,c,label\n' + rows.map((row) => row.join(',')).join('\n') + '\n', { labels: 'required' }, 4096);
    expect(xs(r.samples)).toEqual(rows.map((row) => row.slice(0, 3)));
    expect(r.samples.map((s) => s.y)).toEqual(rows.map((row) => row[3]));
    r.samples[0]!.x[0] = 99; // samples do not share their values
    expect(Array.from(r.samples[1]!.x)).toEqual([1, 1.5, -2]);
  });

  it('rejects bad rows with their line and reason, and goes on', () => {
    const r = read(['a,b,label', '1,2,0', '1,x,1', '3,4', '5,NaN,1', 'Infinity,1,0', '1,,0', '1e200,1,0', '"1,2,1', ''].join('\n'), {
      labels: 'required',
      checkLabel: (y) => (y === 0 || y === 1 ? undefined : `bad label ${y}`),
    });
    expect(xs(r.samples)).toEqual([[1, 2]]);
    expect(r.rejected).toEqual([
      { line: 3, code: 'BAD_VALUE', reason: 'column "b" is not a number: "x"' },
      { line: 4, code: 'BAD_SHAPE', reason: 'expected 3 columns, got 2' },
      { line: 5, code: 'BAD_VALUE', reason: 'column "b" holds NaN, not a finite number' },
      { line: 6, code: 'BAD_VALUE', reason: 'column "a" holds Infinity, not a finite number' },
      { line: 7, code: 'BAD_VALUE', reason: 'column "b" is empty' },
      { line: 8, code: 'BAD_VALUE', reason: 'column "a": 1e+200 exceeds the largest accepted magnitude 1e+100' },
      { line: 9, code: 'BAD_VALUE', reason: 'a quoted field is not closed before the end of the input' },
    ]);
  });

  it('checks the label with checkLabel and refuses a non-finite label', () => {
    const r = read('1,7\n1,nan\n2,1\n', { labels: 'required', checkLabel: (y) => (y === 1 ? undefined : `want 1, got ${y}`) });
    expect(r.rejected).toEqual([
      { line: 1, code: 'BAD_LABEL', reason: 'want 1, got 7' },
      { line: 2, code: 'BAD_VALUE', reason: 'column 2 holds nan, not a finite number' },
    ]);
    expect(xs(r.samples)).toEqual([[2]]);
  });

  it('refuses a header without the label column asked for', () => {
    expect(() => read('a,b\n1,2\n', { labels: 'required', label: 'y' })).toThrow(new NnError('BAD_INPUT', 'line 1: no column named "y" in the header (a, b)'));
  });

  it('refuses a first row whose width does not fit the model', () => {
    const err = (() => {
      try {
        read('1,2,3,0\n', { labels: 'required', inputs: 2 });
      } catch (e) {
        return e as NnError;
      }
    })();
    expect(err?.code).toBe('BAD_SHAPE');
    expect(err?.message).toBe('line 1: the model expects 2 features, the input has 3 (4 columns with the label)');
  });

  it('reads rows without a label for prediction, and takes the extra column as the label when there is one', () => {
    const none = read('1,2\n3,4\n', { labels: 'optional', inputs: 2 });
    expect(xs(none.samples)).toEqual([[1, 2], [3, 4]]);
    expect(none.samples.every((s) => Number.isNaN(s.y))).toBe(true);
    const labelled = read('1,2,1\n', { labels: 'optional', inputs: 2 });
    expect(labelled.samples.map((s) => s.y)).toEqual([1]);
  });
});

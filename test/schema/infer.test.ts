import { describe, expect, it } from 'vitest';
import { NnError } from '../../src/core/errors.js';
import { SchemaBuilder, type InferOptions } from '../../src/schema/infer.js';
import type { Schema } from '../../src/schema/schema.js';

/** Infers a schema from rows given as text (the first is the header). */
function infer(lines: string[], o: InferOptions = {}): { schema: Schema; notes: string[] } {
  const b = new SchemaBuilder(o);
  const rows = lines.map((l) => l.split(','));
  b.columns(rows[0], rows[0]!.length);
  for (const r of rows.slice(1)) b.add(undefined, (i) => r[i]!, r.length);
  return { schema: b.finish(), notes: b.notes };
}

function fails(lines: string[], o: InferOptions, message: RegExp): void {
  let err: unknown;
  try {
    infer(lines, o);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(NnError);
  expect((err as NnError).message).toMatch(message);
}

const rows = (n: number, f: (i: number) => string): string[] => Array.from({ length: n }, (_, i) => f(i));

describe('schema inference', () => {
  it('learns text classes in sorted order; three make a multiclass task', () => {
    const { schema } = infer(['a,species', '1,virginica', '2,setosa', '3,versicolor', '4,setosa']);
    expect(schema.task).toBe('multiclass');
    expect(schema.classes).toEqual(['setosa', 'versicolor', 'virginica']);
  });

  it.each([
    [['-1', '+1', '-1'], ['-1', '1']],
    [['1', '2', '2'], ['1', '2']],
    [['yes', 'no', 'yes'], ['no', 'yes']],
    [['true', 'false'], ['false', 'true']],
    [['10', '9', '10'], ['9', '10']], // numbers sort numerically
  ])('two labels %j make a binary task with classes %j (the second is positive)', (labels, classes) => {
    const { schema } = infer(['x,label', ...labels.map((l, i) => `${i},${l}`)]);
    expect(schema.task).toBe('binary');
    expect(schema.classes).toEqual(classes);
  });

  it('--positive chooses the positive class', () => {
    expect(infer(['x,label', '1,yes', '2,no'], { positive: 'no' }).schema.classes).toEqual(['yes', 'no']);
  });

  it('--task binary with three classes is an error that suggests multiclass', () => {
    fails(['x,label', '1,a', '2,b', '3,c'], { task: 'binary' }, /3 classes \(a, b, c\): use --task multiclass/);
  });

  it('--classes without --task means multiclass, even with two classes', () => {
    expect(infer(['x,label', '1,a', '2,b'], { classes: ['a', 'b', 'c'] }).schema.task).toBe('multiclass');
  });

  it('finds a label column named class when there is no "label", wherever it is', () => {
    const { schema } = infer(['class,a,b', 'x,1,2', 'y,3,4']);
    expect(schema.label.name).toBe('class');
    expect(schema.features.map((f) => f.name)).toEqual(['a', 'b']);
  });

  it('a numeric label with many distinct values asks for --task regression', () => {
    fails(['a,price', ...rows(100, (i) => `${i % 7},${1000 + i * 13.5}`)], {}, /--task regression/);
    expect(infer(['a,price', ...rows(100, (i) => `${i % 7},${1000 + i * 13.5}`)], { task: 'regression' }).schema.task).toBe('regression');
  });

  it('a text column becomes a sorted one-hot block with an (other) slot', () => {
    const { schema } = infer(['colour,x,label', 'red,1,0', 'blue,2,1', 'red,3,0', ',4,1']);
    expect(schema.features[0]).toEqual({ name: 'colour', kind: 'category', categories: ['(missing)', 'blue', 'red'] });
    expect(schema.featureNames).toEqual(['colour=(missing)', 'colour=blue', 'colour=red', 'colour=(other)', 'x']);
    expect(schema.inputs).toBe(5);
  });

  it('--categorical one-hots a column of numeric codes', () => {
    const lines = ['pclass,x,label', '1,0.5,0', '3,0.1,1', '2,0.7,0', '3,0.2,1'];
    expect(infer(lines).schema.features[0]!.kind).toBe('number');
    expect(infer(lines, { categorical: ['pclass'] }).schema.features[0]).toEqual({ name: 'pclass', kind: 'category', categories: ['1', '2', '3'] });
  });

  it('keeps the --max-categories most frequent categories', () => {
    const { schema } = infer(['c,label', ...rows(100, (i) => `${i < 90 ? 'common' + (i % 3) : 'rare' + i},${i % 2}`)], { maxCategories: 3 });
    expect(schema.features[0]).toMatchObject({ categories: ['common0', 'common1', 'common2'] });
  });

  it('a text column of mostly distinct values (a timestamp) is an error naming it and --ignore', () => {
    const lines = ['ts,x,label', ...rows(200, (i) => `2024-01-01T00:${String(i).padStart(4, '0')},${i % 5},${i % 2}`)];
    fails(lines, {}, /column "ts" is text with 200 distinct values.*--ignore "ts"/);
    expect(infer(lines, { ignore: ['ts'] }).schema.features.map((f) => f.name)).toEqual(['x']);
  });

  it('drops a column of consecutive integers (a row id) and says so', () => {
    const { schema, notes } = infer(['id,x,label', ...rows(50, (i) => `${i + 1},${(i * 7) % 5},${i % 2}`)]);
    expect(schema.features.map((f) => f.name)).toEqual(['x']);
    expect(notes[0]).toMatch(/column "id" holds consecutive integers/);
    expect(infer(['id,x,label', ...rows(50, (i) => `${i + 1},${(i * 7) % 5},${i % 2}`)], { features: ['id', 'x'] }).schema.features.map((f) => f.name)).toEqual(['id', 'x']);
  });

  it('drops a column named like an id whose integers are all distinct, in any order', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => (i * 7919) % 3001); // a permutation
    const { schema, notes } = infer(['customer_id,x,label', ...ids.map((id, i) => `${id},${i % 5},${i % 2}`)]);
    expect(schema.features.map((f) => f.name)).toEqual(['x']);
    expect(notes[0]).toMatch(/column "customer_id" holds distinct integers/);
  });

  it('--features chooses and orders the columns; an unknown name is an error', () => {
    expect(infer(['a,b,c,label', '1,2,3,0', '4,5,6,1'], { features: ['c', 'a'] }).schema.features.map((f) => f.name)).toEqual(['c', 'a']);
    fails(['a,b,label', '1,2,0', '3,4,1'], { ignore: ['z'] }, /no column named "z"/);
  });

  it('a numeric column keeps the mean of its values, missing ones left out', () => {
    const { schema } = infer(['a,label', '1,0', 'NA,1', '3,0', '?,1']);
    expect(schema.features[0]).toEqual({ name: 'a', kind: 'number', count: 2, mean: 2 });
  });

  it('ignores the empty last column that a trailing delimiter makes', () => {
    const { schema } = infer(['a,b,label,', '1,2,0,', '3,4,1,']);
    expect(schema.features.map((f) => f.name)).toEqual(['a', 'b']);
  });

  it('a headerless input names its columns x1.. and takes the last as the label', () => {
    const b = new SchemaBuilder();
    b.columns(undefined, 3);
    b.add([1, 2, 0], (i) => String([1, 2, 0][i]), 3);
    b.add([3, 4, 1], (i) => String([3, 4, 1][i]), 3);
    const s = b.finish();
    expect(s.featureNames).toEqual(['x1', 'x2']);
    expect(s.label.name).toBe('label');
  });

  it('round-trips through its JSON form', async () => {
    const { schema } = infer(['colour,x,label', 'red,1,no', 'blue,2,yes']);
    const { Schema } = await import('../../src/schema/schema.js');
    expect(Schema.fromJSON(JSON.parse(JSON.stringify(schema))).toJSON()).toEqual(schema.toJSON());
  });
});

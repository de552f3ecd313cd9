import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nnstream } from '../helpers/cli.js';
import { DATA, ROOT, jsonLines } from '../reference/processes.js';

const dir = mkdtempSync(join(tmpdir(), 'nnstream-schema-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

/** Iris-like rows: species by name, two measurements, a colour category. */
function iris(n: number, seed = 1): string[] {
  let s = seed;
  const rnd = (): number => ((s = (s * 16807) % 2147483647) / 2147483647);
  const species = ['setosa', 'versicolor', 'virginica'];
  return Array.from({ length: n }, (_, i) => {
    const k = i % 3;
    return [(k * 2 + rnd()).toFixed(3), (3 - k + rnd()).toFixed(3), ['red', 'green', 'blue'][Math.floor(rnd() * 3)]!, species[k]!].join(',');
  });
}
const IRIS = ['a,b,colour,species', ...iris(300)].join('\n') + '\n';

describe('the numeric path stays exact', () => {
  const fixture = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'numeric-default-costs.json'), 'utf8')) as {
    planar: { epochs: number; costs: number[]; layers: { W: number[][]; b: number[] }[] };
    breast_cancer_train: { epochs: number; costs: number[] };
  };

  it('a 0/1 numeric file with default options trains bit-identically to the code before schemas', async () => {
    const model = join(dir, 'planar.json');
    const r = await nnstream(['train', join(DATA, 'planar.csv'), '--epochs', String(fixture.planar.epochs), '--report', 'json', '--quiet', '--save', model]);
    expect(r.code).toBe(0);
    expect(jsonLines<{ cost: number }>(r.stdout).map((s) => s.cost)).toEqual(fixture.planar.costs); // toEqual on numbers: exact
    const saved = JSON.parse(readFileSync(model, 'utf8')) as { layers: { W: number[][]; b: number[] }[] };
    expect(saved.layers.map((l) => ({ W: l.W, b: l.b }))).toEqual(fixture.planar.layers);
    const c = await nnstream(['train', join(DATA, 'breast_cancer_train.csv'), '--epochs', String(fixture.breast_cancer_train.epochs), '--report', 'json', '--quiet']);
    expect(jsonLines<{ cost: number }>(c.stdout).map((s) => s.cost)).toEqual(fixture.breast_cancer_train.costs);
    // and through stdin (the schema inferred from the first rows, which are then trained in order): the first epoch's steps
    const stdin = await nnstream(['train', '-', '--report', 'json', '--quiet'], readFileSync(join(DATA, 'planar.csv')));
    const perEpoch = Math.ceil(400 / 64);
    expect(jsonLines<{ cost: number }>(stdin.stdout).map((s) => s.cost)).toEqual(fixture.planar.costs.slice(0, perEpoch));
  });
});

describe('labels, classes and predictions by name', () => {
  const data = file('iris.csv', IRIS);
  const model = join(dir, 'iris.pb');

  it('infers a multiclass task from text labels and predicts class names, p_CLASS columns', async () => {
    const t = await nnstream(['train', data, '--label', 'species', '--hidden', '8', '--optimizer', 'adam', '--lr', '0.02', '--epochs', '40', '--standardize', '--save', model]);
    expect(t.code).toBe(0);
    const p = await nnstream(['predict', '--model', model, data]);
    expect(p.code).toBe(0);
    const lines = p.stdout.trim().split('\n');
    expect(lines[0]).toBe('prediction,p_setosa,p_versicolor,p_virginica');
    const truth = IRIS.trim().split('\n').slice(1).map((l) => l.split(',')[3]);
    const acc = lines.slice(1).filter((l, i) => l.split(',')[0] === truth[i]).length / truth.length;
    expect(acc).toBeGreaterThan(0.95);
  });

  it('predicts the same with the columns in another order, extra columns ignored, and without the label', async () => {
    const rows = IRIS.trim().split('\n').map((l) => l.split(','));
    const reordered = file('iris-reordered.csv', rows.map((r, i) => [i === 0 ? 'note' : 'x', r[2], r[3], r[1], r[0]].join(',')).join('\n') + '\n');
    const unlabelled = file('iris-nolabel.csv', rows.map((r) => [r[1], r[2], r[0]].join(',')).join('\n') + '\n');
    const [a, b, c] = await Promise.all([data, reordered, unlabelled].map((f) => nnstream(['predict', '--model', model, f])));
    expect(a!.code).toBe(0);
    expect(a!.stdout.trim().split('\n')).toHaveLength(301);
    expect(b!.stdout).toBe(a!.stdout);
    expect(c!.stdout).toBe(a!.stdout);
  });

  it('a model from before schemas predicts rows whose label column holds text (it is only carried along)', async () => {
    const legacy = join(dir, 'legacy.json');
    const t = await nnstream(['train', join(DATA, 'planar.csv'), '--epochs', '1', '--save', legacy, '--quiet']);
    expect(t.code).toBe(0);
    const m = JSON.parse(readFileSync(legacy, 'utf8'));
    delete m.schema;
    writeFileSync(legacy, JSON.stringify(m));
    const r = await nnstream(['predict', '--model', legacy, '--label', 'species', file('legacy-in.csv', 'a,b,species\n1,2,setosa\n3,4,virginica\n')]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').slice(1).every((l) => /^[01],0\.\d+/.test(l))).toBe(true);
  });

  it('a missing feature column is an error naming it', async () => {
    const r = await nnstream(['predict', '--model', model, file('iris-short.csv', 'a,species\n1,setosa\n')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/no column "b", which the model needs/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('--task binary on three classes fails before training and suggests multiclass', async () => {
    const save = join(dir, 'never.json');
    const r = await nnstream(['train', data, '--task', 'binary', '--save', save]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/3 classes \(setosa, versicolor, virginica\): use --task multiclass/);
    expect(existsSync(save)).toBe(false);
  });

  it('--classes without --task is multiclass; a class not in the list is rejected and counted', async () => {
    const r = await nnstream(['train', data, '--classes', 'setosa,versicolor', '--max-rejected', '50%', '--report', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/line 4: class "virginica" is not one of the model's classes \(setosa, versicolor\)/);
    expect(r.stderr).toMatch(/rejected rows by reason: 100 × a class the schema does not know/);
  });

  it('without --label, a label column named class is found wherever it is, and a note says which it took', async () => {
    const rows = IRIS.trim().split('\n').map((l) => l.split(','));
    const f = file('class-first.csv', rows.map((r, i) => [i === 0 ? 'class' : r[3], r[0], r[1], r[2]].join(',')).join('\n') + '\n');
    const r = await nnstream(['train', f, '--epochs', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/note: the label is column "class" \(3 classes: setosa, versicolor, virginica\); --label NAME chooses another/);
  });

  it('-1/+1 labels: predict prints -1 and 1', async () => {
    const csv = ['x,y,label', ...Array.from({ length: 200 }, (_, i) => `${(i % 20) - 10},${i % 3},${(i % 20) - 10 > 0 ? '+1' : '-1'}`)].join('\n') + '\n';
    const f = file('pm.csv', csv), m = join(dir, 'pm.json');
    expect((await nnstream(['train', f, '--epochs', '30', '--standardize', '--save', m])).code).toBe(0);
    const p = await nnstream(['predict', '--model', m, f]);
    const preds = new Set(p.stdout.trim().split('\n').slice(1).map((l) => l.split(',')[0]));
    expect([...preds].sort()).toEqual(['-1', '1']);
    expect(JSON.parse(readFileSync(m, 'utf8')).schema.label).toEqual({ name: 'label', task: 'binary', classes: ['-1', '1'] });
  });
});

describe('loud when rows are dropped', () => {
  it('fails when more than --max-rejected of the rows are rejected, naming the biggest reason and the fix', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => `${i % 7},${i < 190 ? (i % 5) / 2 : 'n/k'},${i % 2}`);
    const save = join(dir, 'rejected.json');
    const r = await nnstream(['train', file('rej.csv', ['a,b,label', ...rows].join('\n') + '\n'), '--na-values', 'NA', '--save', save]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/10 of 200 rows were rejected \(5\.0%, more than --max-rejected 1%\); the biggest reason: column "b" is text \(10 rows\): if "b" is the label, use --label b; to leave it out, --ignore b/);
    expect(r.stderr.match(/^line \d+:/gm)).toHaveLength(5); // the first few of a reason, then only counted
    expect(existsSync(save)).toBe(false);
  });

  it('a flood of bad rows is cut short early, before the whole input is read', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => (i < 20 ? `${i % 7},${i % 2}` : `${i % 7},${i % 2},extra`));
    const r = await nnstream(['train', '-', '--infer-rows', '10'], ['a,label', ...rows].join('\n') + '\n');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/of 1\d{3} rows read so far were rejected .*the biggest reason: wrong number of columns .*--delimiter/);
  });

  it('a header that names a column twice is an error', async () => {
    const r = await nnstream(['train', file('twice.csv', 'a,a,label\n1,2,0\n3,4,1\n')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/names the column "a" twice/);
  });

  it('a missing label skips the row and says so; missing features are filled', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => `${i % 10 === 0 ? 'NA' : i % 7},${i === 50 ? '' : i % 2}`);
    const r = await nnstream(['train', file('nolabel.csv', ['a,label', ...rows].join('\n') + '\n'), '--max-rejected', '5%']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/line 52: the label "label" is missing/);
    expect(r.stderr).toMatch(/rows read 100, rows skipped 1/);
  });
});

describe('stdin and schema files', () => {
  it('infers from the first --infer-rows rows of stdin, then rejects a class it does not know', async () => {
    const rows = iris(300).map((l, i) => (i === 250 ? l.replace(/[a-z]+$/, 'setosa-x') : l));
    const m = join(dir, 'stdin.json');
    const r = await nnstream(['train', '-', '--infer-rows', '100', '--max-rejected', '1%', '--save', m], ['a,b,colour,species', ...rows].join('\n') + '\n');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/line 252: class "setosa-x" is not one of the model's classes \(setosa, versicolor, virginica\)/);
    const schema = JSON.parse(readFileSync(m, 'utf8')).schema;
    expect(schema.features.map((f: { name: string }) => f.name)).toEqual(['a', 'b', 'colour']);
    // --schema FILE: the same schema, taken from the model file, trains stdin without inferring
    const again = await nnstream(['train', '-', '--schema', m, '--infer-rows', '1'], ['species,colour,b,a', ...iris(30).map((l) => l.split(',').reverse().join(','))].join('\n') + '\n');
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/rows read 30, rows skipped 0/);
  });

  it('a --schema file that cannot be used is one clear error line', async () => {
    const bad = file('bad-schema.json', '{"features": [{"name": "a", "kind": "colour"}], "label": {"name": "label", "task": "binary", "classes": ["0", "1"]}}');
    for (const [f, message] of [[join(dir, 'none.json'), /Schema file not found/], [file('not-json.json', '{'), /not valid JSON/], [bad, /kind must be "number" or "category"/]] as const) {
      const r = await nnstream(['train', '-', '--schema', f], 'a,label\n1,0\n');
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('export keeps the schema between .pb and .json', async () => {
    const pbModel = join(dir, 'stdin.pb'), json = join(dir, 'stdin-back.json');
    expect((await nnstream(['export', join(dir, 'stdin.json'), '--out', pbModel])).code).toBe(0);
    expect((await nnstream(['export', pbModel, '--out', json])).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8')).schema).toEqual(JSON.parse(readFileSync(join(dir, 'stdin.json'), 'utf8')).schema);
  });

  it('says in --help what the cost is in', async () => {
    const r = await nnstream(['train', '--help']);
    expect(r.stdout).toMatch(/in the target's units/);
    expect(r.stdout).toMatch(/--max-categories/);
  });
});

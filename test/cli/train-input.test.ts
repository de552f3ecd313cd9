import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nnstream } from '../helpers/cli.js';

const PLANAR = new URL('../../../shared/data/planar.csv', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'nnstream-cli-'));
const file = (name: string, text: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const steps = (stdout: string): { step: number; cost: number; samples: number; m: number }[] =>
  stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('nnstream train: input handling', () => {
  it('reads CSV from stdin and reports one JSON object per step', async () => {
    const r = await nnstream(['train', '--batch', '100', '--report', 'json'], readFileSync(PLANAR));
    expect(r.code).toBe(0);
    const s = steps(r.stdout);
    expect(s.map((x) => x.step)).toEqual([0, 1, 2, 3]);
    expect(s.map((x) => x.samples)).toEqual([100, 200, 300, 400]);
    expect(r.stderr).toMatch(/rows read 400, rows skipped 0, steps 4, epochs 1, final cost [\d.]+ \(last batch\), elapsed/);
  });

  it('never lets a batch span two epochs: the last batch of each epoch is smaller', async () => {
    const r = await nnstream(['train', PLANAR, '--batch', '150', '--epochs', '2', '--report', 'json']);
    expect(r.code).toBe(0);
    expect(steps(r.stdout).map((x) => x.m)).toEqual([150, 150, 100, 150, 150, 100]);
  });

  it('skips bad rows, naming each line and reason, and trains on the rest', async () => {
    // NaN is a missing value (filled with the column's mean), not a bad row; 7 is not one of the classes given
    const csv = ['a,b,label', '1,2,0', '1,x,1', '3,4', '5,NaN,1', 'Infinity,1,0', '1,2,7', '1,2,1', '', '2,2,0'].join('\n');
    const r = await nnstream(['train', file('bad.csv', csv), '--batch', '10', '--report', 'json', '--classes', '0,1', '--task', 'binary', '--max-rejected', '100%']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/line 3: column "b" is not a number: "x"/);
    expect(r.stderr).toMatch(/line 4: expected 3 columns, got 2/);
    expect(r.stderr).not.toMatch(/line 5/);
    expect(r.stderr).toMatch(/line 6: column "a" holds Infinity/);
    expect(r.stderr).toMatch(/line 7: class "7" is not one of the model's classes \(0, 1\)/);
    expect(r.stderr).toMatch(/rows read 8, rows skipped 4/);
    expect(steps(r.stdout)[0]!.m).toBe(4);
  });

  it('--strict stops at the first bad row with a non-zero exit and saves nothing', async () => {
    const save = join(dir, 'strict.json');
    const r = await nnstream(['train', file('strict.csv', 'a,label\n1,0\nzz,1\n2,1\n'), '--strict', '--save', save]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/line 3: column "a" is not a number/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(existsSync(save)).toBe(false);
  });

  it('accepts a UTF-8 BOM, CRLF line ends and quoted numeric fields', async () => {
    const csv = '\ufeff"x1","x2","label"\r\n"1.5",2,0\r\n3,"-4e-1",1\r\n';
    const r = await nnstream(['train', file('crlf.csv', csv), '--report', 'json', '--batch', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/rows read 2, rows skipped 0/);
    expect(steps(r.stdout)).toHaveLength(1);
  });

  it('takes the label column by name, wherever it is', async () => {
    const r = await nnstream(['train', file('first.csv', 'label,a,b\n0,1,2\n1,3,4\n'), '--label', 'label', '--report', 'json', '--save', join(dir, 'first.json')]);
    expect(r.code).toBe(0);
    const model = JSON.parse(readFileSync(join(dir, 'first.json'), 'utf8'));
    expect(model.layers[0].W[0]).toHaveLength(2);
  });

  for (const [what, args, input, pattern] of [
    ['empty input', ['train'], '', /the input is empty/],
    ['header-only input', ['train'], 'a,b,label\n', /header but no data rows/],
    ['a missing file', ['train', '/nonexistent/data.csv'], undefined, /file not found/],
    ['an unknown option', ['train', '--frobnicate'], '', /Unknown option '--frobnicate'/],
    ['a bad option value', ['train', '--batch', '0'], '', /Expected --batch to be an integer >= 1, got 0/],
    ['an unknown command', ['fly'], undefined, /unknown command "fly"/],
    ['a missing label column', ['train', '--label', 'y'], 'a,b\n1,2\n', /no column named "y"/],
    ['a record over the size limit', ['train', '--max-record-bytes', '64'], 'a,label\n"' + '1'.repeat(200) + '\n', /longer than 64 bytes/],
  ] as const)
    it(`rejects ${what} with one line and a non-zero exit`, async () => {
      const r = await nnstream([...args], input);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });

  it('has --help on every command', async () => {
    for (const cmd of ['train', 'predict', 'export', 'serve']) {
      const r = await nnstream([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`Usage: nnstream ${cmd}`));
    }
  });
});

describe('nnstream predict and export', () => {
  it('prints prediction and p for a binary model, with or without the label column', async () => {
    const model = join(dir, 'planar.pb');
    const t = await nnstream(['train', PLANAR, '--epochs', '200', '--batch', '400', '--lr', '1.2', '--seed', '2', '--save', model]);
    expect(t.code).toBe(0);
    const withLabel = await nnstream(['predict', '--model', model, PLANAR]);
    expect(withLabel.code).toBe(0);
    const lines = withLabel.stdout.trim().split('\n');
    expect(lines[0]).toBe('prediction,p');
    expect(lines).toHaveLength(401);
    const noLabel = readFileSync(PLANAR, 'utf8').split('\n').map((l) => l.split(',').slice(0, 2).join(',')).join('\n');
    const without = await nnstream(['predict', '--model', model], noLabel.replace('x1,x2', 'x1,x2'));
    expect(without.stdout).toBe(withLabel.stdout);
    const [pred, p] = lines[1]!.split(',').map(Number);
    expect(pred).toBe(p! > 0.5 ? 1 : 0);
  });

  it('prints p_CLASS per class for a multiclass model and applies its standardization', async () => {
    const csv = Array.from({ length: 90 }, (_, i) => `${(i % 3) * 100 + (i % 7)},${(i % 3) * 50},${i % 3}`).join('\n');
    const data = file('three.csv', 'a,b,label\n' + csv + '\n');
    const model = join(dir, 'three.json');
    const t = await nnstream(['train', data, '--task', 'multiclass', '--classes', '3', '--standardize', '--optimizer', 'adam', '--lr', '0.05', '--epochs', '60', '--batch', '30', '--save', model]);
    expect(t.code).toBe(0);
    const json = JSON.parse(readFileSync(model, 'utf8'));
    expect(json.normalizer.count).toBe(90 * 60);
    const r = await nnstream(['predict', '--model', model, data]);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('prediction,p_0,p_1,p_2');
    const correct = lines.slice(1).filter((l, i) => Number(l.split(',')[0]) === i % 3).length;
    expect(correct).toBe(90);
  });

  it('keeps output rows aligned with input rows when a row is bad', async () => {
    const model = join(dir, 'planar.pb');
    const r = await nnstream(['predict', '--model', model], 'x1,x2\n1,2\nfoo,2\n3,4\n');
    expect(r.stdout.trim().split('\n')).toHaveLength(4);
    expect(r.stdout.split('\n')[2]).toBe(',');
    expect(r.stderr).toMatch(/line 3: column "x1" is not a number/);
  });

  it('converts a model between .pb and .json without losing anything', async () => {
    const pbModel = join(dir, 'planar.pb');
    const asJson = join(dir, 'planar-export.json');
    const back = join(dir, 'planar-back.pb');
    expect((await nnstream(['export', pbModel, '--out', asJson])).code).toBe(0);
    expect((await nnstream(['export', asJson, '--out', back])).code).toBe(0);
    expect(readFileSync(back)).toEqual(readFileSync(pbModel));
    const json = JSON.parse(readFileSync(asJson, 'utf8'));
    expect(json.format).toBe('nnstream.model.v1');
    expect(json.layers[0].W).toHaveLength(4);
    expect(json.layers[0].W[0]).toHaveLength(2);
  });

  it('refuses a broken model file with a clear error', async () => {
    const broken = file('broken.json', '{"format":"nnstream.model.v1","task":"binary","layers":[{"activation":"tanh","W":[[1,2]],"b":[0,0]},{"activation":"sigmoid","W":[[1]],"b":[0]}]}');
    const r = await nnstream(['predict', '--model', broken], '1,2\n');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/broken.json: Layer 1: "b" has 2 values, W has 1 rows/);
  });

  it('continues from --init: same counters, optimizer state and parameters', async () => {
    const a = join(dir, 'half.json');
    const full = await nnstream(['train', PLANAR, '--optimizer', 'adam', '--lr', '0.01', '--epochs', '4', '--batch', '100', '--report', 'json']);
    await nnstream(['train', PLANAR, '--optimizer', 'adam', '--lr', '0.01', '--epochs', '2', '--batch', '100', '--save', a]);
    const rest = await nnstream(['train', PLANAR, '--init', a, '--epochs', '2', '--batch', '100', '--report', 'json']);
    const f = steps(full.stdout), r = steps(rest.stdout);
    expect(r.map((s) => s.step)).toEqual(f.slice(8).map((s) => s.step));
    expect(r.map((s) => s.cost)).toEqual(f.slice(8).map((s) => s.cost));
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/core/rng.js';
import { nnstream } from '../helpers/cli.js';
import { DATA, findPython, runPython } from '../reference/processes.js';
import { relativeDifference } from '../reference/relative.js';

const dir = mkdtempSync(join(tmpdir(), 'nnstream-eval-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

/** A regression file: y = 3·x1 - 2·x2 + 0.5·x1·x2 + noise, seeded. */
function regressionCsv(rows: number, seed: string, scale = 1): string {
  const rng = Rng.fromSeed(seed);
  const lines = ['x1,x2,label'];
  for (let i = 0; i < rows; i++) {
    const a = 2 * rng.normal(), b = rng.normal();
    lines.push(`${a},${b},${scale * (3 * a - 2 * b + 0.5 * a * b + 0.3 * rng.normal()) + 100 * scale}`);
  }
  return lines.join('\n') + '\n';
}

/** The CSV with its label column mapped through `names` and moved to `at` (a text-class, reordered variant). */
function relabeled(path: string, names: (v: string) => string, at: number): string {
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n').map((l) => l.split(','));
  const move = (r: string[], label: string): string => {
    const rest = r.slice(0, -1);
    rest.splice(at, 0, label);
    return rest.join(',');
  };
  return [move(header!, 'label'), ...rows.map((r) => move(r, names(r.at(-1)!)))].join('\n') + '\n';
}

const DIGIT_NAMES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

interface Case {
  name: string;
  task: 'binary' | 'multiclass' | 'regression';
  data: () => string;
  train: string[];
}

const CASES: Case[] = [
  { name: 'binary', task: 'binary', data: () => join(DATA, 'breast_cancer_train.csv'), train: ['--standardize', '--hidden', '8', '--lr', '0.5', '--epochs', '3'] },
  { name: 'binary, text classes, label first', task: 'binary', data: () => file('planar-text.csv', relabeled(join(DATA, 'planar.csv'), (v) => (v === '1' ? 'red' : 'blue'), 0)), train: ['--hidden', '6', '--lr', '1', '--epochs', '10', '--batch', '20'] },
  { name: 'multiclass', task: 'multiclass', data: () => join(DATA, 'digits_train.csv'), train: ['--task', 'multiclass', '--classes', '10', '--standardize', '--hidden', '16', '--lr', '0.5', '--epochs', '2'] },
  { name: 'multiclass, text classes', task: 'multiclass', data: () => file('digits-text.csv', relabeled(join(DATA, 'digits_train.csv'), (v) => DIGIT_NAMES[Number(v)]!, 10)), train: ['--standardize', '--hidden', '16', '--lr', '0.5', '--epochs', '2'] },
  { name: 'regression', task: 'regression', data: () => file('reg.csv', regressionCsv(600, 'eval-reg')), train: ['--task', 'regression', '--hidden', '8', '--lr', '0.01', '--epochs', '30', '--batch', '16'] },
  { name: 'regression, scaled target', task: 'regression', data: () => file('reg-scaled.csv', regressionCsv(600, 'eval-reg2', 1e5)), train: ['--task', 'regression', '--standardize', '--hidden', '8', '--lr', '0.05', '--epochs', '20', '--batch', '16'] },
];

const sklearn = findPython(['sklearn', 'numpy']);

describe('nnstream eval --json agrees with scikit-learn on predict\'s output', () => {
  if (sklearn.python === undefined) {
    it.skip(`skipped: ${sklearn.reason}`, () => {});
    return;
  }
  const python = sklearn.python;
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const task = c.task;
    const data = c.data();
    const model = join(dir, `${name.replace(/\W+/g, '-')}.json`);
    const t = await nnstream(['train', data, '--quiet', '--save', model, ...c.train]);
    expect(t.stderr).toBe('');
    expect(t.code).toBe(0);
    const pred = await nnstream(['predict', '--model', model, data]);
    expect(pred.code).toBe(0);
    const predFile = file(`${name.replace(/\W+/g, '-')}-pred.csv`, pred.stdout);
    const ours = await nnstream(['eval', '--model', model, data, '--json']);
    expect(ours.stderr).toBe('');
    expect(ours.code).toBe(0);
    const a = JSON.parse(ours.stdout) as Record<string, unknown>;
    const ref = runPython(python, 'metrics_ref.py', [task, data, predFile, model]);
    expect(ref.stderr).toBe('');
    const b = JSON.parse(ref.stdout) as Record<string, unknown>;
    expect(a['rows']).toBe(b['rows']);
    const close = (k: string, rtol = 1e-9): void => {
      expect(typeof a[k], k).toBe('number');
      expect(relativeDifference(a[k] as number, b[k] as number), `${k}: ${a[k]} vs ${b[k]}`).toBeLessThanOrEqual(rtol);
    };
    if (task === 'regression') {
      close('rmse');
      close('mae');
      close('r2');
      expect(a['r2']).toBeGreaterThan(0.5); // it learned something: the check is not of a constant
    } else {
      expect(a['accuracy']).toBe(b['accuracy']); // exactly
      close('log_loss');
      close('balanced_accuracy');
      expect(a['confusion']).toEqual(b['confusion']);
      const pa = a['per_class'] as Record<string, Record<string, number>>, pb = b['per_class'] as Record<string, Record<string, number>>;
      expect(Object.keys(pa)).toEqual(Object.keys(pb));
      for (const [cls, f] of Object.entries(pb)) for (const [k, v] of Object.entries(f)) expect(relativeDifference(pa[cls]![k]!, v), `${cls}.${k}`).toBeLessThanOrEqual(1e-12);
      if (task === 'binary') {
        close('auc');
        // the AUC's external merge (runs of 16 scores in temporary files) gives the very same figure
        const spilled = await nnstream(['eval', '--model', model, data, '--json', '--auc-memory', '16']);
        expect(JSON.parse(spilled.stdout).auc).toBe(a['auc']);
      }
    }
  });
});

describe('nnstream eval', () => {
  it('prints a readable report with per-class figures and a confusion matrix', async () => {
    const model = join(dir, 'planar.json');
    await nnstream(['train', join(DATA, 'planar.csv'), '--quiet', '--save', model, '--lr', '1', '--epochs', '5', '--batch', '40']);
    const r = await nnstream(['eval', '--model', model, join(DATA, 'planar.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/400 rows scored/);
    expect(r.stdout).toMatch(/accuracy\s+\d+\.\d\d%/);
    expect(r.stdout).toMatch(/log loss\s+\d\.\d+/);
    expect(r.stdout).toMatch(/ROC AUC\s+\d\.\d+/);
    expect(r.stdout).toMatch(/class\s+precision\s+recall\s+f1\s+support/);
    expect(r.stdout).toMatch(/confusion matrix/);
  });

  it('reports bad rows with their line and reason, and leaves them out of the figures', async () => {
    const model = join(dir, 'planar.json');
    const lines = readFileSync(join(DATA, 'planar.csv'), 'utf8').trim().split('\n');
    const messy = [...lines.slice(0, 11), '1.0,zz,1', '1.0,2.0', '0.5,0.5,3', ...lines.slice(11)].join('\n');
    const r = await nnstream(['eval', '--model', model, file('messy.csv', messy), '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/line 12: column "x2" is not a number/);
    expect(r.stderr).toMatch(/line 13: expected 3 columns, got 2/);
    expect(r.stderr).toMatch(/line 14: class "3" is not one of the model.s classes \(0, 1\)/);
    expect(r.stderr).toMatch(/rejected rows by reason: .*wrong number of columns/);
    const clean = JSON.parse((await nnstream(['eval', '--model', model, join(DATA, 'planar.csv'), '--json'])).stdout);
    const got = JSON.parse(r.stdout);
    expect(got.rows).toBe(400);
    expect(got.rejected).toBe(3);
    expect(got.accuracy).toBe(clean.accuracy);
    expect(got.auc).toBe(clean.auc);
  });

  it('matches columns by header name: a file with its columns in another order and an extra one scores the same', async () => {
    const model = join(dir, 'planar.json');
    const lines = readFileSync(join(DATA, 'planar.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
    const reordered = lines.map(([x1, x2, y], i) => [i === 0 ? 'note' : `row${i}`, y, x2, x1].join(',')).join('\n') + '\n';
    const a = JSON.parse((await nnstream(['eval', '--model', model, join(DATA, 'planar.csv'), '--json'])).stdout);
    const b = await nnstream(['eval', '--model', model, file('reordered.csv', reordered), '--json']);
    expect(b.code).toBe(0);
    expect(JSON.parse(b.stdout)).toEqual(a);
  });

  it('reads stdin, and fails with a clear message without --model or with --strict on a bad row', async () => {
    const model = join(dir, 'planar.json');
    const r = await nnstream(['eval', '--model', model, '--json'], readFileSync(join(DATA, 'planar.csv')));
    expect(JSON.parse(r.stdout).rows).toBe(400);
    const none = await nnstream(['eval', join(DATA, 'planar.csv')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Expected --model MODEL/);
    const strict = await nnstream(['eval', '--model', model, '--strict'], 'x1,x2,label\n1,2,0\n1,q,1\n');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/line 3: column "x2" is not a number/);
    expect(strict.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

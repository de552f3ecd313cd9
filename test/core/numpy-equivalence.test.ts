import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Rng } from '../../src/core/rng.js';
import { nnstream } from '../helpers/cli.js';
import { DATA, findPython, jsonLines, runPython } from '../reference/processes.js';
import { maxRelativeDifference } from '../reference/relative.js';

/**
 * PRODUCT.md, "Exact": same data, same initial parameters, same options → the same
 * costs as an independent numpy implementation (test/reference/numpy_ref.py), to
 * 1e-9 relative, at every step.
 *
 * "Depth" is the number of weight layers L: depth 1 has no hidden layer (logistic,
 * softmax or linear regression), depth 2 one hidden layer, depth 3 two. The cases
 * below are a covering set, not the full product: every task meets every depth,
 * every optimizer and L2 and standardization both on and off, and every hidden
 * activation appears in every task.
 */
const RTOL = 1e-9;

type Task = 'binary' | 'multiclass' | 'regression';
type Hidden = 'sigmoid' | 'tanh' | 'relu' | 'leaky_relu';

interface Case {
  name: string;
  data: 'planar' | 'cancer' | 'digits' | 'radius';
  task: Task;
  hidden: [number, Hidden][];
  optimizer: 'sgd' | 'momentum' | 'adam';
  lr: number;
  batch: number;
  epochs: number;
  l2: number;
  standardize: boolean;
}

const CASES: Case[] = [
  // binary: planar (2 features, 400 rows) and breast cancer (30 features, 427 rows)
  { name: 'binary depth 1 (logistic regression), sgd', data: 'planar', task: 'binary', hidden: [], optimizer: 'sgd', lr: 0.1, batch: 64, epochs: 20, l2: 0, standardize: false },
  { name: 'binary depth 2 tanh, sgd, L2', data: 'planar', task: 'binary', hidden: [[4, 'tanh']], optimizer: 'sgd', lr: 1.2, batch: 64, epochs: 30, l2: 0.01, standardize: false },
  { name: 'binary depth 3 relu, adam, standardized', data: 'planar', task: 'binary', hidden: [[8, 'relu'], [4, 'relu']], optimizer: 'adam', lr: 0.01, batch: 100, epochs: 50, l2: 0, standardize: true },
  { name: 'binary depth 3 leaky_relu+sigmoid, momentum, L2, standardized', data: 'planar', task: 'binary', hidden: [[6, 'leaky_relu'], [3, 'sigmoid']], optimizer: 'momentum', lr: 0.5, batch: 50, epochs: 25, l2: 0.1, standardize: true },
  { name: 'binary depth 2 sigmoid on breast cancer, adam, L2, standardized', data: 'cancer', task: 'binary', hidden: [[8, 'sigmoid']], optimizer: 'adam', lr: 0.01, batch: 64, epochs: 10, l2: 0.5, standardize: true },
  // multiclass: the first 300 rows of digits (64 pixels, 10 classes)
  { name: 'multiclass depth 1 (softmax regression), sgd, standardized', data: 'digits', task: 'multiclass', hidden: [], optimizer: 'sgd', lr: 0.05, batch: 32, epochs: 5, l2: 0, standardize: true },
  { name: 'multiclass depth 2 relu, momentum, L2, standardized', data: 'digits', task: 'multiclass', hidden: [[16, 'relu']], optimizer: 'momentum', lr: 0.1, batch: 50, epochs: 6, l2: 0.01, standardize: true },
  { name: 'multiclass depth 3 tanh+leaky_relu, adam, L2', data: 'digits', task: 'multiclass', hidden: [[16, 'tanh'], [8, 'leaky_relu']], optimizer: 'adam', lr: 0.005, batch: 64, epochs: 5, l2: 0.05, standardize: false },
  { name: 'multiclass depth 2 sigmoid, sgd', data: 'digits', task: 'multiclass', hidden: [[10, 'sigmoid']], optimizer: 'sgd', lr: 0.1, batch: 40, epochs: 4, l2: 0, standardize: false },
  // regression: breast cancer's mean_radius from 7 other "mean" measurements
  { name: 'regression depth 1 (linear regression), sgd, standardized', data: 'radius', task: 'regression', hidden: [], optimizer: 'sgd', lr: 0.05, batch: 64, epochs: 20, l2: 0, standardize: true },
  { name: 'regression depth 2 tanh, momentum, L2, standardized', data: 'radius', task: 'regression', hidden: [[6, 'tanh']], optimizer: 'momentum', lr: 0.02, batch: 50, epochs: 20, l2: 0.1, standardize: true },
  { name: 'regression depth 3 relu+sigmoid, adam', data: 'radius', task: 'regression', hidden: [[8, 'relu'], [4, 'sigmoid']], optimizer: 'adam', lr: 0.01, batch: 64, epochs: 20, l2: 0, standardize: false },
  { name: 'regression depth 2 leaky_relu, sgd, L2', data: 'radius', task: 'regression', hidden: [[8, 'leaky_relu']], optimizer: 'sgd', lr: 0.0005, batch: 32, epochs: 10, l2: 0.2, standardize: false },
];

const OUTPUT = { binary: 'sigmoid', multiclass: 'softmax', regression: 'linear' } as const;

const dir = mkdtempSync(join(tmpdir(), 'nnstream-numpy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readCsv(path: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  return { header: lines[0]!.split(','), rows: lines.slice(1).map((l) => l.split(',')) };
}

function writeCsv(name: string, header: string[], rows: string[][]): string {
  const path = join(dir, name);
  writeFileSync(path, [header, ...rows].map((r) => r.join(',')).join('\n') + '\n');
  return path;
}

/** The data files of the cases: shared sets in place, derived ones in the temp dir. */
const files = {
  planar: join(DATA, 'planar.csv'),
  cancer: join(DATA, 'breast_cancer_train.csv'),
  digits: ((): string => {
    const { header, rows } = readCsv(join(DATA, 'digits_train.csv'));
    return writeCsv('digits300.csv', header, rows.slice(0, 300));
  })(),
  radius: ((): string => {
    const { header, rows } = readCsv(join(DATA, 'breast_cancer_train.csv'));
    const features = ['mean_texture', 'mean_smoothness', 'mean_compactness', 'mean_concavity', 'mean_concave_points', 'mean_symmetry', 'mean_fractal_dimension'];
    const cols = [...features, 'mean_radius'].map((f) => {
      const i = header.indexOf(f);
      if (i < 0) throw new Error(`breast_cancer_train.csv has no column ${f}`);
      return i;
    });
    return writeCsv('radius.csv', [...features, 'label'], rows.map((r) => cols.map((i) => r[i]!)));
  })(),
};

const inputs = { planar: 2, cancer: 30, digits: 64, radius: 7 };

/** A model JSON with random parameters: W ~ N(0, 2/fan-in) (He), b ~ N(0, 0.1²). */
function initialModel(c: Case, seed: number): string {
  const rng = Rng.fromSeed(`numpy-equivalence-${seed}`);
  const units = [...c.hidden.map(([n]) => n), c.task === 'multiclass' ? 10 : 1];
  const acts = [...c.hidden.map(([, g]) => g), OUTPUT[c.task]];
  let fanIn = inputs[c.data];
  const layers = units.map((n, l) => {
    const scale = Math.sqrt(2 / fanIn);
    const W = Array.from({ length: n }, () => Array.from({ length: fanIn }, () => rng.normal() * scale));
    const b = Array.from({ length: n }, () => rng.normal() * 0.1);
    fanIn = n;
    return { activation: acts[l], W, b };
  });
  const path = join(dir, `init-${seed}.json`);
  writeFileSync(path, JSON.stringify({ format: 'nnstream.model.v1', task: c.task, step: 0, layers }));
  return path;
}

function options(c: Case): string[] {
  return [
    '--lr', String(c.lr), '--batch', String(c.batch), '--epochs', String(c.epochs), '--optimizer', c.optimizer,
    '--l2', String(c.l2), ...(c.standardize ? ['--standardize'] : []),
    '--task', c.task, ...(c.task === 'multiclass' ? ['--classes', '10'] : []),
  ];
}

interface Step {
  step: number;
  cost: number;
  accuracy: number | null;
}

const py = findPython(['numpy']);
const worst: { name: string; max: number }[] = [];

describe(`nnstream train equals the numpy reference to ${RTOL} relative`, () => {
  afterAll(() => {
    if (worst.length > 0) console.log(`largest relative cost difference per case:\n${worst.map((w) => `  ${w.max.toExponential(2)}  ${w.name}`).join('\n')}`);
  });

  if (py.python === undefined) {
    it.skip(`skipped: ${py.reason}`, () => {});
    return;
  }
  const python = py.python;

  it.each(CASES.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, i) => {
    const init = initialModel(c, i);
    const ours = await nnstream(['train', files[c.data], '--init', init, '--report', 'json', '--quiet', ...options(c)]);
    expect(ours.stderr).toBe('');
    expect(ours.code).toBe(0);
    const theirs = runPython(python, 'numpy_ref.py', [files[c.data], '--init', init, ...options(c)]);
    expect(theirs.stderr).toBe('');
    expect(theirs.code).toBe(0);
    const a = jsonLines<Step>(ours.stdout), b = jsonLines<Step>(theirs.stdout);

    const rows = c.data === 'digits' ? 300 : c.data === 'planar' ? 400 : 427;
    expect(a.length).toBe(c.epochs * Math.ceil(rows / c.batch));
    expect(a.map((s) => s.step)).toEqual(b.map((s) => s.step));
    expect(a.map((s) => s.cost)).toAllBeCloseRelative(b.map((s) => s.cost), RTOL);
    expect(a.map((s) => s.accuracy)).toEqual(b.map((s) => s.accuracy));
    worst.push({ name: c.name, max: maxRelativeDifference(a.map((s) => s.cost), b.map((s) => s.cost)).max });

    // it learns: the mean cost of the last epoch is below that of the first
    const perEpoch = Math.ceil(rows / c.batch);
    const mean = (s: Step[]): number => s.reduce((t, x) => t + x.cost, 0) / s.length;
    expect(mean(a.slice(-perEpoch))).toBeLessThan(mean(a.slice(0, perEpoch)));
  });
});

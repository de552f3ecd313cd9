import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/core/rng.js';
import { nnstream } from '../helpers/cli.js';
import { DATA, jsonLines } from '../reference/processes.js';

const PLANAR = join(DATA, 'planar.csv');
const CANCER = join(DATA, 'breast_cancer_train.csv');
const dir = mkdtempSync(join(tmpdir(), 'nnstream-day2-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

interface Step {
  step: number;
  cost: number;
  loss: number;
  accuracy: number | null;
  samples: number;
  m: number;
  epoch: number;
  lr: number;
  holdout_loss?: number;
  holdout_accuracy?: number;
  holdout_samples?: number;
}

/** The file's data rows in a seeded random order (the header first). */
function permuted(path: string, seed: string): string {
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  const rng = Rng.fromSeed(seed);
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rng.uniform() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return [header, ...rows].join('\n') + '\n';
}

/** House prices in dollars: a target of 1e5..6e5 that no one scaled. */
function housesCsv(scale = 1): string {
  const rng = Rng.fromSeed('houses');
  const lines = ['area,rooms,label'];
  for (let i = 0; i < 500; i++) {
    const area = 50 + 250 * rng.uniform(), rooms = 1 + Math.floor(5 * rng.uniform());
    lines.push(`${area.toFixed(1)},${rooms},${((1500 * area + 20000 * rooms + 10000 * rng.normal()) / scale).toFixed(scale === 1 ? 0 : 6)}`);
  }
  return lines.join('\n') + '\n';
}

const perEpoch = (steps: Step[]): Map<number, number> => {
  const rows = new Map<number, number>();
  for (const s of steps) rows.set(s.epoch, (rows.get(s.epoch) ?? 0) + s.m);
  return rows;
};

describe('train --shuffle', () => {
  const run = (seed: string, extra: string[] = []) => nnstream(['train', PLANAR, '--shuffle', '--seed', seed, '--epochs', '3', '--batch', '30', '--report', 'json', '--quiet', ...extra]);

  it('gives identical reports for the same seed, different ones for another, and uses every row once per epoch', async () => {
    const [a, b, c, plain] = await Promise.all([run('5'), run('5'), run('6'), nnstream(['train', PLANAR, '--seed', '5', '--epochs', '3', '--batch', '30', '--report', 'json', '--quiet'])]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
    const steps = jsonLines<Step>(a.stdout);
    expect([...perEpoch(steps)]).toEqual([[1, 400], [2, 400], [3, 400]]);
    expect(steps.map((s) => s.m)).toEqual(jsonLines<Step>(plain.stdout).map((s) => s.m)); // 14 batches an epoch, the last of 10
    expect(steps.map((s) => s.cost)).not.toEqual(jsonLines<Step>(plain.stdout).map((s) => s.cost));
  });

  it('uses every row once per epoch with a shuffle buffer too, when the input exceeds --shuffle-memory', async () => {
    const r = await run('5', ['--shuffle-memory', '4K', '--shuffle-buffer', '50']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/does not fit --shuffle-memory: shuffling with a buffer/);
    expect([...perEpoch(jsonLines<Step>(r.stdout))]).toEqual([[1, 400], [2, 400], [3, 400]]);
  });

  it('on a label-sorted file reaches the accuracy of the unsorted file, where file order does not', async () => {
    const unsorted = file('planar-unsorted.csv', permuted(PLANAR, 'unsorted'));
    const accuracy = async (input: string, extra: string[]): Promise<number> => {
      const model = join(dir, `acc-${extra.length}-${input === PLANAR}.json`);
      const t = await nnstream(['train', input, '--epochs', '20', '--batch', '20', '--lr', '0.5', '--hidden', '8', '--quiet', '--save', model, ...extra]);
      expect(t.code).toBe(0);
      return JSON.parse((await nnstream(['eval', '--model', model, PLANAR, '--json'])).stdout).accuracy as number;
    };
    const [sorted, shuffled, reference] = await Promise.all([accuracy(PLANAR, []), accuracy(PLANAR, ['--shuffle']), accuracy(unsorted, [])]);
    console.log(`planar accuracy: sorted file ${sorted}, sorted with --shuffle ${shuffled}, unsorted file ${reference}`);
    expect(shuffled).toBeGreaterThanOrEqual(reference - 0.03);
    expect(sorted).toBeLessThan(shuffled - 0.03);
  });
});

describe('train --holdout and --early-stopping', () => {
  it('keeps the holdout rows out of training and reports their figures after every epoch', async () => {
    const r = await nnstream(['train', PLANAR, '--holdout', '0.25', '--epochs', '4', '--batch', '50', '--lr', '1', '--report', 'json']);
    expect(r.code).toBe(0);
    const steps = jsonLines<Step>(r.stdout);
    const trained = perEpoch(steps).get(1)!;
    const evaluated = steps.filter((s) => s.holdout_loss !== undefined);
    expect(evaluated.map((s) => s.epoch)).toEqual([1, 2, 3, 4]); // on each epoch's last step
    expect(trained + evaluated[0]!.holdout_samples!).toBe(400);
    expect(evaluated[0]!.holdout_samples!).toBeGreaterThan(70);
    expect(evaluated[0]!.holdout_samples!).toBeLessThan(130);
    expect(r.stderr).toMatch(new RegExp(`holdout \\(${evaluated[0]!.holdout_samples} rows, after step ${steps.at(-1)!.step}\\): loss [\\d.]+, accuracy [\\d.]+%`));
    // the same rows every time: another run with the same seed holds out the same rows
    const again = await nnstream(['train', PLANAR, '--holdout', '0.25', '--epochs', '4', '--batch', '50', '--lr', '1', '--report', 'json']);
    expect(again.stdout).toBe(r.stdout);
  });

  it('on a run set up to overfit, stops before the last epoch and saves the parameters with the best holdout loss reported', async () => {
    const [header, ...rows] = readFileSync(CANCER, 'utf8').trim().split('\n');
    const few = file('few.csv', [header, ...rows.slice(0, 40)].join('\n') + '\n');
    const holdout = file('few-holdout.csv', [header, ...rows.slice(40, 200)].join('\n') + '\n');
    const model = join(dir, 'early.json');
    const r = await nnstream(['train', few, '--holdout-file', holdout, '--early-stopping', '10', '--epochs', '300', '--hidden', '64', '--standardize', '--lr', '0.5', '--batch', '8', '--save', model, '--report', 'json']);
    expect(r.code).toBe(0);
    const steps = jsonLines<Step>(r.stdout);
    const evaluated = steps.filter((s) => s.holdout_loss !== undefined);
    const last = steps.at(-1)!.epoch;
    expect(last).toBeLessThan(300);
    const best = evaluated.reduce((a, b) => (b.holdout_loss! < a.holdout_loss! ? b : a));
    expect(last).toBe(best.epoch + 10); // patience: 10 epochs without improvement
    expect(r.stderr).toMatch(new RegExp(`early stopping: stopped; the best holdout loss [\\d.]+ came at epoch ${best.epoch} \\(step ${best.step}\\): its parameters were saved`));
    const scored = JSON.parse((await nnstream(['eval', '--model', model, holdout, '--json'])).stdout);
    expect(Math.abs(scored.log_loss - best.holdout_loss!) / best.holdout_loss!).toBeLessThan(1e-12);
    console.log(`early stopping: best holdout loss ${best.holdout_loss} at epoch ${best.epoch}, stopped after epoch ${last} of 300; the saved model scores ${scored.log_loss}`);
  });

  it('on stdin evaluates the holdout every N steps, and early stopping counts those evaluations', async () => {
    const input = readFileSync(PLANAR);
    const r = await nnstream(['train', '--holdout', '0.2', '--holdout-every', '2', '--batch', '20', '--lr', '1', '--report', 'json', '--quiet'], input);
    expect(r.code).toBe(0);
    const steps = jsonLines<Step>(r.stdout);
    const at = steps.filter((s) => s.holdout_loss !== undefined).map((s) => s.step);
    const last = steps.at(-1)!.step;
    expect(at).toEqual([...Array.from({ length: Math.floor((last + 1) / 2) }, (_, i) => 2 * i + 1), ...((last + 1) % 2 === 1 ? [last] : [])]);
    const stop = await nnstream(['train', '--holdout', '0.2', '--holdout-every', '1', '--early-stopping', '2', '--batch', '10', '--lr', '5', '--hidden', '32', '--report', 'json', '--quiet'], input);
    expect(stop.code).toBe(0);
    expect(jsonLines<Step>(stop.stdout).at(-1)!.samples).toBeLessThan(320);
  });

  it('refuses --early-stopping without a holdout, and a holdout fraction outside (0, 1)', async () => {
    const a = await nnstream(['train', PLANAR, '--early-stopping', '3']);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/--early-stopping needs a holdout/);
    const b = await nnstream(['train', PLANAR, '--holdout', '1.5']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/--holdout to be a fraction between 0 and 1/);
  });
});

describe('train --lr-schedule', () => {
  it('changes the learning rate exactly as documented, in every report', async () => {
    const r = await nnstream(['train', PLANAR, '--lr-schedule', 'step:3:0.5', '--lr', '0.8', '--batch', '50', '--report', 'json', '--quiet']);
    expect(r.code).toBe(0);
    expect(jsonLines<Step>(r.stdout).map((s) => s.lr)).toEqual([0.8, 0.8, 0.8, 0.4, 0.4, 0.4, 0.2, 0.2]);
    const cos = await nnstream(['train', PLANAR, '--lr-schedule', 'cosine:4', '--lr', '1', '--batch', '50', '--report', 'json', '--quiet']);
    expect(jsonLines<Step>(cos.stdout).map((s) => s.lr)).toEqual([0, 1, 2, 3, 4, 4, 4, 4].map((t) => (1 + Math.cos((Math.PI * t) / 4)) / 2));
  });

  it('continues bit-identically when a run is resumed from its saved model', async () => {
    const opts = ['--lr-schedule', 'exp:0.97', '--lr', '0.05', '--optimizer', 'adam', '--batch', '32', '--report', 'json', '--quiet'];
    const whole = await nnstream(['train', CANCER, '--standardize', '--epochs', '4', '--save', join(dir, 'whole.json'), ...opts]);
    const first = await nnstream(['train', CANCER, '--standardize', '--epochs', '2', '--save', join(dir, 'half.json'), ...opts]);
    const rest = await nnstream(['train', CANCER, '--init', join(dir, 'half.json'), '--epochs', '2', '--save', join(dir, 'resumed.json'), ...opts.slice(4)]);
    expect(rest.stderr).toBe('');
    const strip = (s: Step): Omit<Step, 'epoch'> => ({ ...s, epoch: undefined }) as Omit<Step, 'epoch'>;
    const a = jsonLines<Step>(whole.stdout), b = [...jsonLines<Step>(first.stdout), ...jsonLines<Step>(rest.stdout)];
    expect(b.map(strip)).toEqual(a.map(strip));
    expect(a.at(-1)!.lr).toBe(0.05 * Math.pow(0.97, a.length - 1));
    expect(readFileSync(join(dir, 'resumed.json'), 'utf8')).toBe(readFileSync(join(dir, 'whole.json'), 'utf8'));
  });
});

describe('train on a diverging run', () => {
  it('exits non-zero naming the step and the likely causes, and leaves no model file', async () => {
    const model = join(dir, 'diverged.json');
    const r = await nnstream(['train', file('houses.csv', housesCsv()), '--task', 'regression', '--lr', '1', '--epochs', '20', '--save', model]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/step \d+: the run diverged: .*the learning rate 1 is likely too high.*the target is unscaled \(its values reach [\d.e+]+/);
    expect(r.stderr).toMatch(/nothing saved/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(existsSync(model)).toBe(false);
  });

  it('saves the last finite parameters with --save-on-divergence, still exiting non-zero', async () => {
    const model = join(dir, 'diverged-saved.json');
    const r = await nnstream(['train', file('houses.csv', housesCsv()), '--task', 'regression', '--lr', '1', '--epochs', '20', '--save', model, '--save-on-divergence']);
    expect(r.code).toBe(1);
    const saved = JSON.parse(readFileSync(model, 'utf8'));
    expect(saved.layers.flatMap((l: { W: number[][]; b: number[] }) => [...l.W.flat(), ...l.b]).every(Number.isFinite)).toBe(true);
  });

  it('passes with a sane learning rate on the scaled target', async () => {
    const model = join(dir, 'sane.json');
    const r = await nnstream(['train', file('houses-scaled.csv', housesCsv(1e5)), '--task', 'regression', '--lr', '0.01', '--standardize', '--epochs', '20', '--save', model]);
    expect(r.code).toBe(0);
    expect(existsSync(model)).toBe(true);
  });
});

describe('train summary and progress', () => {
  it('says rows read, rejected by reason, epochs, and the last epoch\'s mean progressive loss and accuracy over all its rows', async () => {
    const csv = readFileSync(PLANAR, 'utf8').trim().split('\n');
    const messy = [...csv.slice(0, 5), '1,zz,0', '1,2', '1,2,3,4', ...csv.slice(5)].join('\n') + '\n';
    const r = await nnstream(['train', file('messy-planar.csv', messy), '--epochs', '3', '--batch', '64', '--lr', '1', '--report', 'json', '--max-rejected', '5%']);
    expect(r.code).toBe(0);
    const steps = jsonLines<Step>(r.stdout).filter((s) => s.epoch === 3);
    const rows = steps.reduce((a, s) => a + s.m, 0);
    const loss = steps.reduce((a, s) => a + s.loss * s.m, 0) / rows;
    const acc = steps.reduce((a, s) => a + s.accuracy! * s.m, 0) / rows;
    expect(r.stderr).toMatch(/rows read 403, rows skipped 3, steps 21, epochs 3, final cost [\d.]+ \(last batch\), elapsed [\d.]+ s/);
    expect(r.stderr).toMatch(/rejected rows by reason: 2 × wrong number of columns; 1 × column "x2" is text/);
    const m = /epoch 3 \(the last\): mean progressive loss ([\d.]+), accuracy ([\d.]+)% over its 400 training rows/.exec(r.stderr);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeCloseTo(loss, 5);
    expect(Number(m![2])).toBeCloseTo(100 * acc, 2);
  });

  it('--progress writes progress lines into a log: percent of the file, epoch, rows/s and ETA', async () => {
    const r = await nnstream(['train', PLANAR, '--progress', '--epochs', '2', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^[\d.]+%  epoch 1\/2  [\d,]+ rows\/s  step 0  cost [\d.]+  acc [\d.]+%  ETA \d+:\d\d$/m);
    const stdin = await nnstream(['train', '--progress', '--quiet'], readFileSync(PLANAR));
    expect(stdin.stderr).toMatch(/^\d+ rows  [\d,]+ rows\/s  step 0/m);
  });
});

import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/core/rng.js';
import { RocAuc, arrayCursor, memoryRuns, mergeCursors } from '../../src/metrics/auc.js';
import { fileRuns } from '../../src/storage/spill-runs.js';

/** The definition, O(P·N): P(score of a positive > score of a negative), ties one half. */
function bruteAuc(labels: number[], scores: number[]): number {
  let s = 0, p = 0, n = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== 1) continue;
    p++;
    for (let j = 0; j < labels.length; j++) if (labels[j] !== 1) s += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
  }
  for (const l of labels) if (l !== 1) n++;
  return s / (p * n);
}

function data(count: number, seed: string, levels?: number): { labels: number[]; scores: number[] } {
  const rng = Rng.fromSeed(seed);
  const labels: number[] = [], scores: number[] = [];
  for (let i = 0; i < count; i++) {
    const y = rng.uniform() < 0.4 ? 1 : 0;
    let s = 1 / (1 + Math.exp(-(rng.normal() + (y ? 0.8 : 0))));
    if (levels !== undefined) s = Math.round(s * levels) / levels; // many ties
    labels.push(y);
    scores.push(s);
  }
  return { labels, scores };
}

describe('RocAuc', () => {
  it.each([
    ['distinct scores, all in memory', undefined, 1 << 20],
    ['heavy ties, all in memory', 7, 1 << 20],
    ['distinct scores, spilled in runs of 10 (memory)', undefined, 20],
    ['heavy ties, spilled in runs of 3 (memory)', 5, 6],
  ])('is exact: %s', (_name, levels, budget) => {
    const { labels, scores } = data(700, `auc-${levels}-${budget}`, levels);
    const auc = new RocAuc(memoryRuns(), budget);
    labels.forEach((y, i) => auc.add(y, scores[i]!));
    if (budget < 100) expect(auc.runs).toBeGreaterThan(10);
    expect(auc.value()).toBe(bruteAuc(labels, scores));
  });

  it('spills to temporary files and gets the same figure as in memory', () => {
    const { labels, scores } = data(5000, 'auc-files', 50);
    const inMemory = new RocAuc(memoryRuns()), onDisk = new RocAuc(fileRuns(), 64);
    labels.forEach((y, i) => {
      inMemory.add(y, scores[i]!);
      onDisk.add(y, scores[i]!);
    });
    expect(onDisk.runs).toBeGreaterThan(100);
    const v = inMemory.value();
    expect(onDisk.value()).toBe(v);
    expect(v).toBe(bruteAuc(labels, scores));
  });

  it('is NaN when a class is absent, 1 for a perfect ranking, 0.5 for all ties', () => {
    const one = new RocAuc();
    one.add(1, 0.3);
    expect(one.value()).toBeNaN();
    const perfect = new RocAuc();
    [0.1, 0.2, 0.8, 0.9].forEach((s, i) => perfect.add(i < 2 ? 0 : 1, s));
    expect(perfect.value()).toBe(1);
    const ties = new RocAuc();
    [0, 1, 0, 1].forEach((y) => ties.add(y, 0.5));
    expect(ties.value()).toBe(0.5);
  });

  it('merges ascending cursors into one ascending sequence', () => {
    const m = mergeCursors([arrayCursor(Float64Array.of(1, 4, 9)), arrayCursor(Float64Array.of()), arrayCursor(Float64Array.of(2, 4, 10, 11))]);
    const out: number[] = [];
    for (let v = m.next(); v !== undefined; v = m.next()) out.push(v);
    expect(out).toEqual([1, 2, 4, 4, 9, 10, 11]);
  });
});

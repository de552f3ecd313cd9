import { describe, expect, it } from 'vitest';
import { CostHistory } from '../../src/server/history.js';
import { decodeModel, encodeModel } from '../../src/storage/model-file.js';
import { Learner } from '../../src/core/learner.js';

/** A report of step k: a falling cost, with a spike of 50 at step `spike`. */
const report = (k: number, spike = -1): Record<string, number> => ({ step: k, samples: 8 * (k + 1), cost: k === spike ? 50 : 1 / (1 + k / 100), accuracy: 0.5 + k / 10_000, timeMs: 1e12 + k, learningRate: 0.01 });

describe('CostHistory', () => {
  it('keeps every step until it is full, then halves its resolution and stays within its capacity', () => {
    const h = new CostHistory(100);
    for (let k = 0; k < 50; k++) h.add(report(k));
    expect(h.points().map((p) => p['step'])).toEqual(Array.from({ length: 50 }, (_, k) => k));
    for (let k = 50; k < 100_000; k++) {
      h.add(report(k));
      expect(h.length).toBeLessThanOrEqual(100);
    }
    const pts = h.points();
    expect(pts[0]!['step']).toBe(0); // still from the first step
    expect(pts.length).toBeGreaterThan(40);
    expect(h.resolution).toBeGreaterThan(500);
    // uniform: every point but the open one stands for `resolution` steps
    const gaps = pts.slice(1).map((p, i) => p['step']! - pts[i]!['step']!);
    expect(new Set(gaps.slice(0, -1))).toEqual(new Set([h.resolution]));
    // each point's cost is the mean of its steps, and lies between their min and max
    for (const p of pts) expect(p['costMin']!).toBeLessThanOrEqual(p['cost']!) && expect(p['cost']!).toBeLessThanOrEqual(p['costMax']!);
    const first = pts[0]!, n = h.resolution;
    let mean = 0;
    for (let k = 0; k < n; k++) mean += report(k)['cost']! / n;
    expect(first['cost']).toBeCloseTo(mean, 12);
    expect(first['costMax']).toBe(1);
  });

  it('keeps a spike at a known step through any decimation (cost_max of its bucket)', () => {
    const h = new CostHistory(64);
    const spike = 12_345;
    for (let k = 0; k < 40_000; k++) h.add(report(k, spike));
    const pts = h.points();
    const i = pts.findIndex((p, j) => p['step']! <= spike && (pts[j + 1]?.['step'] ?? Infinity) > spike);
    expect(pts[i]!['costMax']).toBe(50);
    expect(pts[i]!['cost']).toBeLessThan(1); // the mean hides it; the max does not
    expect(pts.filter((p) => p['costMax'] === 50)).toHaveLength(1);
    expect(Math.max(...pts.map((p) => p['costMax']!))).toBe(50);
  });

  it('starts again when the step goes back (a reset model)', () => {
    const h = new CostHistory(16);
    for (let k = 0; k < 100; k++) h.add(report(k));
    h.add(report(0));
    expect(h.points().map((p) => p['step'])).toEqual([0]);
  });

  it('is restored from saved points with their spacing, min and max, and goes on from there', () => {
    const h = new CostHistory(64);
    for (let k = 0; k < 10_000; k++) h.add(report(k, 777));
    const saved = h.points(10_000);
    const r = new CostHistory(64, saved);
    expect(r.points()).toEqual(saved);
    expect(r.resolution).toBe(h.resolution);
    for (let k = 10_000; k < 20_000; k++) r.add(report(k));
    expect(r.length).toBeLessThanOrEqual(64);
    expect(r.points()[0]!['step']).toBe(0);
    expect(Math.max(...r.points().map((p) => p['costMax']!))).toBe(50);
  });

  it('fits a saved history into a smaller --history-points, spikes kept', () => {
    const h = new CostHistory(64);
    for (let k = 0; k < 10_000; k++) h.add(report(k, 4321));
    const r = new CostHistory(16, h.points());
    expect(r.length).toBeLessThanOrEqual(16);
    expect(r.points()[0]!['step']).toBe(0);
    expect(Math.max(...r.points().map((p) => p['costMax']!))).toBe(50);
  });

  it('refuses a capacity below 4', () => {
    expect(() => new CostHistory(3)).toThrow(/capacity >= 4/);
  });
});

describe('the history in model files (checkpoints)', () => {
  const model = Learner.create({ task: 'binary', inputs: 2, hidden: [3], activation: 'tanh', learningRate: 0.1, seed: 1 }).toModel();
  const h = new CostHistory(32);
  for (let k = 0; k < 500; k++) h.add({ ...report(k, 99), accuracy: k % 2 ? NaN : 0.5 });
  const history = h.points();
  for (const format of ['json', 'pb'] as const)
    it(`survives a round trip through the ${format} form, NaN included`, () => {
      const back = decodeModel(toBytes(encodeModel({ ...model, history }, format)), format);
      expect(back.history).toHaveLength(history.length);
      history.forEach((p, i) => {
        for (const [k, v] of Object.entries(p)) expect(back.history![i]![k], `${k} of point ${i}`).toEqual(v);
      });
    });

  it('rejects a JSON history whose lists differ in length', () => {
    const json = JSON.parse(encodeModel({ ...model, history }, 'json') as string);
    json.history.cost.pop();
    expect(() => decodeModel(toBytes(JSON.stringify(json)), 'json')).toThrow(/history.cost must be a list of/);
  });
});

function toBytes(v: Uint8Array | string): Uint8Array {
  return typeof v === 'string' ? new TextEncoder().encode(v) : v;
}

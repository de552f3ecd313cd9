import { describe, expect, it } from 'vitest';
import { healthOf } from '../../../clients/dashboard/health.js';
import { SnapshotModel } from '../../../clients/dashboard/snapshot-model.js';
import { Learner } from '../../../src/core/learner.js';
import type { HiddenActivationName } from '../../../src/core/activations.js';
import { modelToSnapshot } from '../../../src/codec/model-pb.js';
import { pb } from '../../../src/codec/protocol.js';
import type { Recent } from '../../../clients/dashboard/recent.js';

/** A model as the dashboard gets it (a decoded ParameterSnapshot), its W[1] and b[1] scaled or shifted. */
function model(activation: HiddenActivationName, scaleW1 = 1, shiftB1 = 0, task: 'binary' | 'regression' = 'binary'): SnapshotModel {
  const m = Learner.create({ task, inputs: 2, hidden: [4], activation, learningRate: 0.1, seed: 3 }).toModel();
  m.layers[0]!.W.data.forEach((w, i, a) => (a[i] = w * scaleW1));
  m.layers[0]!.b.forEach((b, i, a) => (a[i] = b + shiftB1));
  return SnapshotModel.from(pb.ParameterSnapshot.decode(pb.ParameterSnapshot.encode(modelToSnapshot(m, false)).finish()));
}

const recent: Recent = (() => {
  const m = 50, x = new Float64Array(2 * m), y = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    x[2 * j] = Math.sin(j);
    x[2 * j + 1] = Math.cos(3 * j);
    y[j] = j % 2;
  }
  return { n: 2, m, x, y, step: 1 };
})();

describe('the dashboard\'s model-health line', () => {
  it('is calm for a fresh model: small weights, no saturated units', () => {
    const h = healthOf(model('tanh'), recent, undefined, undefined);
    expect(h.warn).toBe(false);
    expect(h.text).toMatch(/^model health: largest \|w\| [\d.e-]+ · saturated tanh: 0 of 4 hidden units \(0\.0%\)$/);
  });

  it('warns when the weights explode and the tanh units saturate', () => {
    const h = healthOf(model('tanh', 1e5), recent, undefined, undefined);
    expect(h.warn).toBe(true);
    expect(h.maxAbsW).toBeGreaterThan(50);
    expect(h.stuck).toBe(1);
    expect(h.text).toContain('weights growing large');
    expect(h.text).toContain('100.0% of hidden units stuck');
  });

  it('counts dead ReLUs (never active on the recent samples)', () => {
    const h = healthOf(model('relu', 1, -10), recent, undefined, undefined);
    expect(h.text).toContain('dead ReLUs: 4 of 4 hidden units');
    expect(h.warn).toBe(true);
    expect(healthOf(model('relu', 1, 10), recent, undefined, undefined).text).toContain('dead ReLUs: 0 of 4');
  });

  it('warns when regression predictions go flat, and on an Alert', () => {
    const flat = healthOf(model('tanh', 1, 0, 'regression'), recent, { m: 50, spread: 0.01 }, undefined);
    expect(flat.warn).toBe(true);
    expect(flat.text).toContain('predictions have gone flat');
    const alerted = healthOf(model('tanh'), recent, undefined, 'DIVERGED at step 12');
    expect(alerted.warn).toBe(true);
    expect(alerted.text).toMatch(/^⚠ DIVERGED at step 12 — /);
  });
});

import { Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { WeightedHistogram } from '../../src/server/weighted-histogram.js';

describe('WeightedHistogram', () => {
  it('renders exactly as prom-client\'s Histogram given the same observations, counted in bulk', async () => {
    const buckets = [0.001, 0.01, 0.1, 1];
    const theirs = new Registry(), ours = new Registry();
    const h = new Histogram({ name: 'x_seconds', help: 'x.', buckets, registers: [theirs] });
    const w = new WeightedHistogram('x_seconds', 'x.', buckets, ours);
    const runs: [number, number][] = [[0.0005, 3], [0.001, 1], [0.05, 7], [2, 2], [0.5, 1], [0.25, 4]];
    for (const [v, n] of runs) {
      for (let i = 0; i < n; i++) h.observe(v);
      w.observe(v, n);
    }
    expect(await ours.metrics()).toBe(await theirs.metrics());
    expect(await ours.metrics()).toMatch(/^x_seconds_bucket\{le="\+Inf"\} 18$/m);
  });

  it('ignores non-finite values and empty runs', async () => {
    const r = new Registry();
    const w = new WeightedHistogram('y_seconds', 'y.', [1], r);
    w.observe(NaN, 3);
    w.observe(Infinity);
    w.observe(0.5, 0);
    expect(await r.metrics()).toMatch(/^y_seconds_count 0$/m);
  });
});

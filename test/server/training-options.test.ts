import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdoutPicker } from '../../src/metrics/holdout-set.js';
import { ProtoClient } from '../helpers/proto-client.js';
import { serve, type Served } from '../helpers/serve.js';
import { DATA } from '../reference/processes.js';

const rows = readFileSync(`${DATA}/planar.csv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number));

describe('nnstream serve --holdout', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve(['--inputs', '2', '--hidden', '6', '--lr', '1', '--batch', '20', '--max-wait-ms', '20', '--seed', '4', '--holdout', '0.2', '--holdout-every', '5']);
  });
  afterAll(async () => {
    expect(await s.stop()).toBe(0);
  });

  it('keeps seq-hashed samples out of training, acknowledges them, and reports holdout figures in CostReport', async () => {
    const c = await ProtoClient.connect(s.ws);
    c.send({ hello: { clientId: 'holdout-test' } });
    await c.next('ack');
    c.send({ subscribe: { cost: true } });
    const pick = holdoutPicker('4', 0.2);
    const passes = 3, total = passes * rows.length;
    let held = 0;
    for (let seq = 1; seq <= total; seq++) if (pick(seq)) held++;
    for (let p = 0; p < passes; p++)
      c.send({ sampleBatch: { n: 2, m: rows.length, x: rows.flatMap((r) => [r[0]!, r[1]!]), y: rows.map((r) => r[2]!), firstSeq: 1 + p * rows.length } });
    const ack = await c.next('ack', (e) => Number(e.ack!.throughSeq) === total, 20_000); // held-out samples are acknowledged too
    expect(Number(ack.ack!.throughSeq)).toBe(total);
    const health = await (await fetch(`${s.url}healthz`)).json();
    expect(health.samples).toBe(total - held); // only the others were trained
    const report = await c.next('costReport', (e) => Number(e.costReport!.holdoutSamples) > 0 && Number(e.costReport!.samples) === total - held, 20_000);
    const r = report.costReport!;
    expect(Number(r.holdoutSamples)).toBe(held);
    expect(r.holdoutLoss).toBeGreaterThan(0);
    expect(Number.isFinite(r.holdoutLoss)).toBe(true);
    expect(r.holdoutAccuracy).toBeGreaterThan(0);
    expect(r.holdoutAccuracy).toBeLessThanOrEqual(1);


    // a lone held-out sample, with nothing of the client in flight, is acknowledged at once
    let seq = total + 1;
    while (!pick(seq)) seq++;
    c.send({ sample: { x: [0.5, 0.5], y: [1], seq } });
    expect(Number((await c.next('ack', (e) => Number(e.ack!.throughSeq) === seq)).ack!.throughSeq)).toBe(seq);
    c.close();
  });
});

describe('nnstream serve --lr-schedule', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve(['--inputs', '2', '--hidden', '3', '--lr', '0.8', '--lr-schedule', 'step:2:0.5', '--batch', '10', '--max-wait-ms', '1000']);
  });
  afterAll(async () => {
    expect(await s.stop()).toBe(0);
  });

  it('reports the learning rate each step used in its CostReport, from the training thread', async () => {
    const c = await ProtoClient.connect(s.ws);
    c.send({ subscribe: { cost: true } });
    c.send({ sampleBatch: { n: 2, m: 60, x: rows.slice(0, 60).flatMap((r) => [r[0]!, r[1]!]), y: rows.slice(0, 60).map((r) => r[2]!), firstSeq: 1 } });
    const reports = [];
    for (let step = 0; step < 6; step++) reports.push((await c.next('costReport', (e) => Number(e.costReport!.step) === step, 10_000)).costReport!);
    expect(reports.map((r) => r.learningRate)).toEqual([0.8, 0.8, 0.4, 0.4, 0.2, 0.2]);
    c.close();
  });
});

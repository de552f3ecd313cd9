import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pb } from '../../src/codec/protocol.js';
import { ProtoClient } from '../helpers/proto-client.js';
import { serve, type Served } from '../helpers/serve.js';

/** The planar flower rows: x (2 features) and label. */
function planar(): { x: number[]; y: number }[] {
  const lines = readFileSync(new URL('../../../shared/data/planar.csv', import.meta.url), 'utf8').trim().split('\n').slice(1);
  return lines.map((l) => {
    const [a, b, y] = l.split(',').map(Number);
    return { x: [a!, b!], y: y! };
  });
}

function batchOf(rows: { x: number[]; y: number }[], firstSeq: number) {
  return { sampleBatch: { n: 2, m: rows.length, x: rows.flatMap((r) => r.x), y: rows.map((r) => r.y), firstSeq } };
}

async function paramsHash(c: ProtoClient): Promise<{ hash: string; step: number }> {
  c.send({ subscribe: { params: true } });
  const snap = (await c.next('parameterSnapshot')).parameterSnapshot!;
  c.send({ subscribe: {} });
  const bytes = pb.ParameterSnapshot.encode({ layers: snap.layers }).finish();
  return { hash: createHash('sha256').update(bytes).digest('hex'), step: Number(snap.step) };
}

describe('nnstream serve over WebSocket', () => {
  let s: Served;
  const rows = planar();
  beforeAll(async () => {
    s = await serve(['--inputs', '2', '--hidden', '8', '--optimizer', 'adam', '--lr', '0.02', '--batch', '40', '--max-wait-ms', '20', '--seed', '3']);
  });
  afterAll(async () => {
    expect(await s.stop()).toBe(0);
  });

  it('sends ModelInfo first, with the shape and settings of the model', async () => {
    const c = await ProtoClient.connect(s.ws);
    const info = c.received[0]!;
    expect(info.body).toBe('modelInfo');
    expect(info.modelInfo!.sizes).toEqual([2, 8, 1]);
    expect(info.modelInfo!.activations).toEqual(['tanh', 'sigmoid']);
    expect(info.modelInfo!.task).toBe('binary');
    expect(info.modelInfo!.batchSize).toBe(40);
    expect(info.modelInfo!.optimizer).toBe('adam');
    expect(info.modelInfo!.role).toBe('trainer');
    c.close();
  });

  it('acknowledges samples after training them and the cost falls', async () => {
    const c = await ProtoClient.connect(s.ws);
    c.send({ hello: { clientId: 'cost-falls' } });
    expect(Number((await c.next('ack')).ack!.throughSeq)).toBe(0);
    c.send({ subscribe: { cost: true } });
    const costs: number[] = [];
    let seq = 1;
    for (let epoch = 0; epoch < 30; epoch++) {
      for (let i = 0; i < rows.length; i += 40) {
        c.send(batchOf(rows.slice(i, i + 40), seq));
        seq += 40;
      }
      const last = seq - 1;
      await c.next('ack', (e) => Number(e.ack!.throughSeq) === last, 10_000);
    }
    await c.next('costReport', (e) => Number(e.costReport!.samples) >= rows.length * 30 + 40 * 0);
    for (const e of c.received) if (e.body === 'costReport') costs.push(e.costReport!.cost!);
    expect(costs.length).toBeGreaterThan(100);
    const head = costs.slice(0, 10).reduce((a, b) => a + b) / 10;
    const tail = costs.slice(-10).reduce((a, b) => a + b) / 10;
    expect(head).toBeGreaterThan(0.6);
    expect(tail).toBeLessThan(head * 0.75);
    const report = c.received.filter((e) => e.body === 'costReport').at(-1)!.costReport!;
    expect(report.accuracy).toBeGreaterThan(0.7);
    expect(Number(report.samples)).toBeGreaterThanOrEqual(rows.length * 30);
    c.close();
  });

  it('answers predictions at once with the right id, shape and model step', async () => {
    const c = await ProtoClient.connect(s.ws);
    c.send({ predictRequest: { id: 77, n: 2, m: 3, x: [0, 0, 1, 1, -2, 3] } });
    const r = (await c.next('predictResponse')).predictResponse!;
    expect(Number(r.id)).toBe(77);
    expect(r.k).toBe(1);
    expect(r.m).toBe(3);
    expect(r.yHat).toHaveLength(3);
    for (const p of r.yHat!) expect(p).toBeGreaterThan(0), expect(p).toBeLessThan(1);
    expect(Number(r.modelStep)).toBeGreaterThan(0);
    // the raw-bytes form gives the same answer
    const x = new Float64Array([0, 0, 1, 1, -2, 3]);
    c.send({ predictRequest: { id: 78, n: 2, m: 3, xRaw: new Uint8Array(x.buffer) } });
    const raw = (await c.next('predictResponse', (e) => Number(e.predictResponse!.id) === 78)).predictResponse!;
    expect(raw.yHat).toEqual(r.yHat);
    c.close();
  });

  it('streams cost reports and parameter snapshots at the rate asked', async () => {
    const c = await ProtoClient.connect(s.ws);
    const feeder = await ProtoClient.connect(s.ws);
    c.send({ subscribe: { cost: true, costEverySteps: 5, params: true, paramsEverySteps: 10 } });
    const first = (await c.next('parameterSnapshot')).parameterSnapshot!;
    expect(first.layers!.map((l) => [l.rows, l.cols, l.activation])).toEqual([[8, 2, 'tanh'], [1, 8, 'sigmoid']]);
    expect(first.layers![0]!.w).toHaveLength(16);
    expect(first.task).toBe('binary');
    for (let k = 0; k < 10; k++) feeder.send(batchOf(rows.slice(0, 40), 0));
    await c.next('costReport');
    await new Promise((r) => setTimeout(r, 300));
    const steps = c.received.filter((e) => e.body === 'costReport').map((e) => Number(e.costReport!.step));
    for (let i = 1; i < steps.length; i++) expect(steps[i]! - steps[i - 1]!).toBeGreaterThanOrEqual(5);
    const snaps = c.received.filter((e) => e.body === 'parameterSnapshot').map((e) => Number(e.parameterSnapshot!.step));
    for (let i = 1; i < snaps.length; i++) expect(snaps[i]! - snaps[i - 1]!).toBeGreaterThanOrEqual(10);
    c.close();
    feeder.close();
  });

  it('sends a rate-limited subscriber the newest report once its window opens, so it never stays stale', async () => {
    const c = await ProtoClient.connect(s.ws);
    c.send({ subscribe: { cost: true, costMaxPerSecond: 4, params: true, paramsMaxPerSecond: 4 } });
    await new Promise((r) => setTimeout(r, 50));
    c.send({ hello: { clientId: 'trailing' } });
    await c.next('ack');
    for (let k = 0; k < 20; k++) c.send(batchOf(rows.slice(0, 40), 1 + 40 * k));
    await c.next('ack', (e) => Number(e.ack!.throughSeq) === 800);
    await new Promise((r) => setTimeout(r, 600));
    const health = (await fetch(new URL('/healthz', s.url)).then((r) => r.json())) as { step: number };
    const lastCost = c.received.filter((e) => e.body === 'costReport').at(-1)!.costReport!;
    const lastSnap = c.received.filter((e) => e.body === 'parameterSnapshot').at(-1)!.parameterSnapshot!;
    expect(Number(lastCost.step)).toBe(health.step - 1); // the cost of the last step taken
    expect(Number(lastSnap.step)).toBe(health.step); // the parameters after it
    const times = c.received.map((e, i) => [e, c.receivedAt[i]!] as const).filter(([e]) => e.body === 'costReport').map(([, t]) => t);
    for (let i = 2; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThan(150);
    c.close();
  });

  it('trains one model from two clients streaming at once, acking each its own seqs', async () => {
    const a = await ProtoClient.connect(s.ws);
    const b = await ProtoClient.connect(s.ws);
    a.send({ hello: { clientId: 'two-a' } });
    b.send({ hello: { clientId: 'two-b' } });
    await a.next('ack');
    await b.next('ack');
    const before = (await fetch(new URL('/healthz', s.url)).then((r) => r.json())) as { samples: number };
    for (let i = 0; i < 200; i += 20) {
      a.send(batchOf(rows.slice(i, i + 20), 1000 + i));
      b.send(batchOf(rows.slice(200 + i, 220 + i), 5000 + i));
    }
    await a.next('ack', (e) => Number(e.ack!.throughSeq) === 1199);
    await b.next('ack', (e) => Number(e.ack!.throughSeq) === 5199);
    const after = (await fetch(new URL('/healthz', s.url)).then((r) => r.json())) as { samples: number };
    expect(after.samples - before.samples).toBe(400);
    // a's acks never name b's seqs
    for (const e of a.received) if (e.body === 'ack') expect(Number(e.ack!.throughSeq)).toBeLessThan(5000);
    a.close();
    b.close();
  });

  it('does not train a resent duplicate twice', async () => {
    const c = await ProtoClient.connect(s.ws);
    c.send({ hello: { clientId: 'dupes' } });
    await c.next('ack');
    c.send(batchOf(rows.slice(0, 40), 1));
    await c.next('ack', (e) => Number(e.ack!.throughSeq) === 40);
    const before = (await fetch(new URL('/healthz', s.url)).then((r) => r.json())) as { samples: number };
    c.send(batchOf(rows.slice(0, 40), 1));
    const again = await c.next('ack', (e) => Number(e.ack!.throughSeq) === 40);
    expect(again).toBeDefined();
    await new Promise((r) => setTimeout(r, 100));
    const after = (await fetch(new URL('/healthz', s.url)).then((r) => r.json())) as { samples: number };
    expect(after.samples).toBe(before.samples);
    c.close();
  });

  describe('rejects bad input with an Error, keeps the connection and the model', () => {
    const bad: [string, (c: ProtoClient) => void, string, number][] = [
      ['undecodable bytes', (c) => c.sendRaw(new Uint8Array([0x12, 0xff, 0xff, 0xff, 0xff, 0x0f])), 'BAD_MESSAGE', 0],
      ['a truncated varint', (c) => c.sendRaw(new Uint8Array([0x08, 0xff])), 'BAD_MESSAGE', 0],
      ['an empty frame', (c) => c.sendRaw(new Uint8Array(0)), 'BAD_MESSAGE', 0],
      ['a text frame', (c) => c.sendRaw('{"sample":{}}', false), 'BAD_MESSAGE', 0],
      ['unknown fields only', (c) => c.sendRaw(new Uint8Array([0xa8, 0x06, 0x01])), 'BAD_MESSAGE', 0],
      ['a message only servers send', (c) => c.send({ costReport: { step: 1 } }), 'BAD_MESSAGE', 0],
      ['a Sample of the wrong dimension', (c) => c.send({ sample: { x: [1, 2, 3], y: [1], seq: 11 } }), 'BAD_SHAPE', 11],
      ['a Sample holding NaN', (c) => c.send({ sample: { x: [NaN, 1], y: [1], seq: 12 } }), 'BAD_VALUE', 12],
      ['a Sample holding Infinity', (c) => c.send({ sample: { x: [1, Infinity], y: [0], seq: 13 } }), 'BAD_VALUE', 13],
      ['an absurd magnitude', (c) => c.send({ sample: { x: [1e300, 1], y: [0], seq: 14 } }), 'BAD_VALUE', 14],
      ['a label out of range', (c) => c.send({ sample: { x: [1, 2], y: [2], seq: 15 } }), 'BAD_LABEL', 15],
      ['a Sample without a label', (c) => c.send({ sample: { x: [1, 2], seq: 16 } }), 'BAD_SHAPE', 16],
      ['a batch whose x does not match n*m', (c) => c.send({ sampleBatch: { n: 2, m: 3, x: [1, 2, 3, 4, 5], y: [0, 1, 0], firstSeq: 17 } }), 'BAD_SHAPE', 17],
      ['a batch with too few labels', (c) => c.send({ sampleBatch: { n: 2, m: 2, x: [1, 2, 3, 4], y: [0], firstSeq: 18 } }), 'BAD_SHAPE', 18],
      ['a batch with m = 0', (c) => c.send({ sampleBatch: { n: 2, m: 0, firstSeq: 19 } }), 'BAD_SHAPE', 19],
      ['raw x bytes not a multiple of 8', (c) => c.send({ sampleBatch: { n: 2, m: 1, xRaw: new Uint8Array(15), y: [0], firstSeq: 20 } }), 'BAD_SHAPE', 20],
      ['a batch with both x and x_raw', (c) => c.send({ sampleBatch: { n: 2, m: 1, x: [1, 2], xRaw: new Uint8Array(16), y: [0], firstSeq: 21 } }), 'BAD_SHAPE', 21],
      ['a prediction of the wrong dimension', (c) => c.send({ predictRequest: { id: 22, n: 3, m: 1, x: [1, 2, 3] } }), 'BAD_SHAPE', 22],
      ['a prediction with NaN', (c) => c.send({ predictRequest: { id: 23, n: 2, m: 1, x: [NaN, 2] } }), 'BAD_VALUE', 23],
      ['a prediction whose x does not match n*m', (c) => c.send({ predictRequest: { id: 24, n: 2, m: 2, x: [1, 2, 3] } }), 'BAD_SHAPE', 24],
      ['a control without an action', (c) => c.send({ control: { id: 25 } }), 'BAD_CONTROL', 25],
      ['a learning rate that is not positive', (c) => c.send({ control: { id: 26, setLearningRate: -1 } }), 'BAD_CONTROL', 26],
    ];
    let c: ProtoClient;
    let before: { hash: string; step: number };
    beforeAll(async () => {
      c = await ProtoClient.connect(s.ws);
      await new Promise((r) => setTimeout(r, 200)); // let earlier tests' steps finish
      before = await paramsHash(c);
    });
    for (const [what, act, code, ref] of bad)
      it(`answers ${what} with ${code}`, async () => {
        act(c);
        const err = (await c.next('error')).error!;
        expect(err.code).toBe(code);
        expect(Number(err.ref)).toBe(ref);
        expect(err.refKind).toBe(ref === 0 ? '' : /prediction|control|learning rate/.test(what) ? 'id' : 'seq');
        expect(err.message!.length).toBeGreaterThan(5);
        expect(c.closed).toBeUndefined();
      });
    it('leaves the parameters exactly as they were and the connection usable', async () => {
      await new Promise((r) => setTimeout(r, 100));
      const after = await paramsHash(c);
      expect(after).toEqual(before);
      c.send({ predictRequest: { id: 99, n: 2, m: 1, x: [0.5, 0.5] } });
      expect(Number((await c.next('predictResponse')).predictResponse!.id)).toBe(99);
      c.close();
    });
  });

  it('serves /healthz, /metrics in the Prometheus format, and a page at /', async () => {
    const health = await fetch(new URL('/healthz', s.url));
    expect(health.status).toBe(200);
    expect(((await health.json()) as { status: string }).status).toBe('ok');
    const metrics = await (await fetch(new URL('/metrics', s.url))).text();
    expect(metrics).toMatch(/^# TYPE nnstream_samples_total counter$/m);
    expect(metrics).toMatch(/^nnstream_steps_total \d+$/m);
    expect(metrics).toMatch(/^nnstream_errors_total\{code="BAD_SHAPE"\} \d+$/m);
    const page = await fetch(s.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
  });
});

describe('a server whose model waits for the first sample', () => {
  it('creates the model from the first sample\'s size and tells every connection', async () => {
    const s = await serve(['--hidden', '3', '--batch', '4', '--max-wait-ms', '10']);
    try {
      const c = await ProtoClient.connect(s.ws);
      expect(c.received[0]!.modelInfo!.sizes).toEqual([]);
      c.send({ predictRequest: { id: 5, n: 3, m: 1, x: [1, 2, 3] } });
      expect((await c.next('error')).error!.code).toBe('NOT_READY');
      c.send({ sample: { x: [1, 2, 3], y: [1], seq: 1 } });
      const info = await c.next('modelInfo', (e) => e.modelInfo!.sizes!.length > 0);
      expect(info.modelInfo!.sizes).toEqual([3, 3, 1]);
      expect(Number((await c.next('ack', (e) => Number(e.ack!.throughSeq) === 1)).ack!.throughSeq)).toBe(1);
      c.send({ sample: { x: [1, 2], y: [1], seq: 2 } });
      expect((await c.next('error')).error!.code).toBe('BAD_SHAPE');
      c.close();
    } finally {
      await s.stop();
    }
  });
});

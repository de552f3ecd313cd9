import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NnstreamClient } from '../../clients/node/index.js';
import { Schema } from '../../src/schema/schema.js';
import type { PredictionOut } from '../../src/stream/node-streams.js';
import { nnstream } from '../helpers/cli.js';
import { ProtoClient } from '../helpers/proto-client.js';
import { ROOT } from '../reference/processes.js';
import { serve, type Served } from '../helpers/serve.js';

const dir = mkdtempSync(join(tmpdir(), 'nnstream-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rows with a text label, a category (sometimes missing) and a numeric column with missing values. */
function rows(n: number): string[][] {
  let s = 11;
  const rnd = (): number => ((s = (s * 16807) % 2147483647) / 2147483647);
  return Array.from({ length: n }, (_, i) => {
    const k = i % 3;
    const a = rnd() < 0.1 ? 'NA' : (k * 1.7 + rnd()).toFixed(4);
    const colour = rnd() < 0.1 ? '' : ['red', 'green', 'blue'][(k + (rnd() < 0.8 ? 0 : 1)) % 3]!;
    return [a, (2 - k + rnd()).toFixed(4), colour, ['low', 'mid', 'high'][k]!];
  });
}
const HEADER = ['a', 'b', 'colour', 'grade'];
const DATA_ROWS = rows(300);
const csvFile = join(dir, 'grades.csv');
writeFileSync(csvFile, [HEADER, ...DATA_ROWS].map((r) => r.join(',')).join('\n') + '\n');
const model = join(dir, 'grades.pb');

const asRecord = (r: string[]): Record<string, string> => Object.fromEntries(HEADER.map((h, i) => [h, r[i]!]));

describe('one model, one schema: the same predictions through predict, the socket and the Node stream API', () => {
  let s: Served;
  let cli: { prediction: string; p: number[] }[];

  beforeAll(async () => {
    const t = await nnstream(['train', csvFile, '--hidden', '8', '--optimizer', 'adam', '--lr', '0.02', '--epochs', '20', '--standardize', '--save', model, '--quiet']);
    expect(t.stderr).toBe('');
    const p = await nnstream(['predict', '--model', model, csvFile]);
    cli = p.stdout.trim().split('\n').slice(1).map((l) => {
      const [prediction, ...probs] = l.split(',');
      return { prediction: prediction!, p: probs.map(Number) };
    });
    s = await serve(['--model', model, '--max-wait-ms', '10']);
  }, 60_000);
  afterAll(async () => {
    expect(await s.stop()).toBe(0);
  });

  it('ModelInfo carries the schema: feature names, class names, label, JSON', async () => {
    const c = await ProtoClient.connect(s.ws);
    const info = c.received[0]!.modelInfo!;
    expect(info.featureNames).toEqual(['a', 'b', 'colour=(missing)', 'colour=blue', 'colour=green', 'colour=red', 'colour=(other)']);
    expect(info.classNames).toEqual(['high', 'low', 'mid']);
    expect(info.labelName).toBe('grade');
    expect(Schema.fromJSON(JSON.parse(info.schemaJson!)).inputs).toBe(7);
    c.close();
  });

  it('PredictRecords answers with the class names and the probabilities predict prints', async () => {
    const c = await ProtoClient.connect(s.ws);
    c.send({ predictRecords: { id: 5, records: DATA_ROWS.map((r) => ({ fields: asRecord(r) })) } });
    const r = (await c.next('predictResponse')).predictResponse!;
    expect(Number(r.id)).toBe(5);
    expect(r.labels).toEqual(cli.map((x) => x.prediction));
    const k = r.k!;
    expect(cli.map((x, j) => x.p.every((p, i) => p === r.yHat![j * k + i]))).not.toContain(false); // bit for bit
    c.close();
  });

  it('the Node stream API predicts the same', () => {
    // in a process of its own, as a user's program runs (the test runner's engine may lack the fused multiply-add kernels)
    const script = join(dir, 'stream-predict.mjs');
    writeFileSync(script, `
      import { createReadStream } from 'node:fs';
      import { Writable } from 'node:stream';
      import { pipeline } from 'node:stream/promises';
      import { Learner, Schema, loadModel, createCsvParser, createPredictor } from ${JSON.stringify(join(ROOT, 'dist', 'src', 'index.js'))};
      const saved = await loadModel(${JSON.stringify(model)});
      const schema = Schema.fromJSON(saved.schema);
      const learner = Learner.fromModel(saved, { learningRate: 0 });
      const out = [];
      await pipeline(createReadStream(${JSON.stringify(csvFile)}), createCsvParser({ schema }), createPredictor(learner, { schema }),
        new Writable({ objectMode: true, write: (p, _e, done) => (out.push(p), done()) }));
      process.stdout.write(JSON.stringify(out));
    `);
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as PredictionOut[];
    expect(out.map((p) => p.prediction)).toEqual(cli.map((x) => x.prediction));
    const bad = out.findIndex((p, j) => p.outputs.some((v, i) => v !== cli[j]!.p[i]));
    expect(bad, JSON.stringify([out[bad], cli[bad], DATA_ROWS[bad]])).toBe(-1);
  });

  it('the Node client sends plain objects and predicts on them', async () => {
    const client = await NnstreamClient.connect(s.ws);
    try {
      const pred = await client.predictRecords(DATA_ROWS.slice(0, 20).map(asRecord));
      expect(pred.labels).toEqual(cli.slice(0, 20).map((x) => x.prediction));
      const objects = DATA_ROWS.slice(0, 64).map((r) => ({ a: r[0] === 'NA' ? null : Number(r[0]), b: Number(r[1]), colour: r[2], grade: r[3] }));
      const before = client.modelInfo.step ?? 0;
      await client.sendRecords(objects);
      expect(client.throughSeq).toBe(64);
      const info = await new Promise((ok) => setTimeout(ok, 50)).then(() => client.predictRecords({ a: 1, b: 1, colour: 'purple' }));
      expect(info.modelStep).toBeGreaterThan(before);
      expect(['high', 'low', 'mid']).toContain(info.labels[0]);
    } finally {
      await client.close();
    }
  });

  it('the Node client streams a CSV file with text columns through the server schema', async () => {
    const client = await NnstreamClient.connect(s.ws);
    try {
      const summary = await client.sendCsvFile(csvFile, { batch: 50 });
      expect(summary).toMatchObject({ rows: 300, badRows: 0, sent: 300, acked: 300, refused: 0 });
    } finally {
      await client.close();
    }
  });

  it('trains from RecordBatch; a class the schema does not know rejects the message, naming it', async () => {
    const c = await ProtoClient.connect(s.ws);
    c.send({ recordBatch: { firstSeq: 1, records: DATA_ROWS.slice(0, 30).map((r) => ({ fields: asRecord(r) })) } });
    expect(Number((await c.next('ack', (e) => Number(e.ack!.throughSeq) >= 30)).ack!.throughSeq)).toBe(30);
    c.send({ record: { seq: 31, fields: { a: '1', b: '2', colour: 'red', grade: 'extreme' } } });
    const err = (await c.next('error')).error!;
    expect(err.code).toBe('BAD_LABEL');
    expect(err.message).toMatch(/class "extreme" is not one of the model's classes \(high, low, mid\)/);
    expect(Number(err.ref)).toBe(31);
    // an unknown column is ignored, a missing one is a missing value
    c.send({ record: { seq: 32, fields: { b: '2', grade: 'low', note: 'whatever' } } });
    expect(Number((await c.next('ack', (e) => Number(e.ack!.throughSeq) >= 32)).ack!.throughSeq)).toBe(32);
    c.close();
  });

  it('bare Sample vectors keep working', async () => {
    const c = await ProtoClient.connect(s.ws);
    c.send({ sample: { x: [1, 2, 0, 0, 0, 1, 0], y: [2], seq: 1 } });
    expect(Number((await c.next('ack', (e) => Number(e.ack!.throughSeq) >= 1)).ack!.throughSeq)).toBe(1);
    c.send({ predictRequest: { id: 9, n: 7, m: 1, x: [1, 2, 0, 0, 0, 1, 0] } });
    const r = (await c.next('predictResponse')).predictResponse!;
    expect(r.labels).toHaveLength(1);
    c.close();
  });
});

describe('a regression model with a standardized target', () => {
  it('answers PredictRecords in the target units, as predict does, from the training thread\'s parameters and statistics', async () => {
    const rowsR = Array.from({ length: 200 }, (_, i) => [((i * 37) % 100) / 10, ['a', 'b'][i % 2]!, String(250_000 + 30_000 * (((i * 37) % 100) / 10) + (i % 2) * 40_000)]);
    const f = join(dir, 'prices.csv'), m = join(dir, 'prices.json');
    writeFileSync(f, ['size,kind,price', ...rowsR.map((r) => r.join(','))].join('\n') + '\n');
    expect((await nnstream(['train', f, '--task', 'regression', '--standardize', '--optimizer', 'adam', '--lr', '0.01', '--epochs', '30', '--save', m, '--quiet'])).code).toBe(0);
    const p = await nnstream(['predict', '--model', m, f]);
    const want = p.stdout.trim().split('\n').slice(1).map(Number);
    expect(Math.abs(want[0]! - Number(rowsR[0]![2]))).toBeLessThan(50_000); // in dollars
    const s = await serve(['--model', m]);
    try {
      const c = await ProtoClient.connect(s.ws);
      c.send({ predictRecords: { id: 3, records: rowsR.map((r) => ({ fields: { size: String(r[0]), kind: r[1]! } })) } });
      const r = (await c.next('predictResponse')).predictResponse!;
      expect(r.yHat).toEqual(want);
      expect(r.labels).toEqual([]);
      c.close();
    } finally {
      await s.stop();
    }
  });
});

describe('checkpoints', () => {
  it('keep the schema, with the fill means the records moved, and a resumed server reads records again', async () => {
    const ckpt = join(dir, 'ckpt.json');
    if (!existsSync(model)) expect((await nnstream(['train', csvFile, '--save', model, '--quiet'])).code).toBe(0);
    const s = await serve(['--schema', model, '--hidden', '4', '--max-wait-ms', '5', '--checkpoint', ckpt, '--checkpoint-every', '1000s']);
    try {
      const c = await ProtoClient.connect(s.ws);
      c.send({ recordBatch: { firstSeq: 1, records: [{ fields: { a: '100', b: '1', colour: 'red', grade: 'low' } }, { fields: { b: '1', grade: 'mid' } }] } });
      await c.next('ack', (e) => Number(e.ack!.throughSeq) >= 2);
      c.send({ control: { id: 1, checkpoint: true } });
      expect((await c.next('controlResult')).controlResult!.ok).toBe(true);
      c.close();
    } finally {
      await s.stop();
    }
    const saved = JSON.parse(readFileSync(ckpt, 'utf8'));
    const trained = Schema.fromJSON((await import('../../src/storage/model-file.js').then((m) => m.loadModel(model))).schema);
    const a = saved.schema.features[0];
    const before = trained.features[0] as { count: number; mean: number };
    expect(a.count).toBe(before.count + 1); // the one record with a value for "a"
    expect(a.mean).toBeCloseTo(before.mean + (100 - before.mean) / (before.count + 1), 12);
    const again = await serve(['--checkpoint', ckpt]);
    try {
      const c = await ProtoClient.connect(again.ws);
      expect(c.received[0]!.modelInfo!.classNames).toEqual(['high', 'low', 'mid']);
      c.send({ predictRecords: { id: 2, records: [{ fields: { a: '1', b: '1', colour: 'red' } }] } });
      expect((await c.next('predictResponse')).predictResponse!.labels).toHaveLength(1);
      c.close();
    } finally {
      await again.stop();
    }
  });
});

describe('a server without a schema', () => {
  it('answers a Record with NOT_READY and a hint', async () => {
    const s = await serve(['--inputs', '2']);
    try {
      const c = await ProtoClient.connect(s.ws);
      const info = c.received[0]!.modelInfo!;
      expect(info.featureNames).toEqual([]);
      c.send({ record: { seq: 1, fields: { a: '1' } } });
      const err = (await c.next('error')).error!;
      expect(err.code).toBe('NOT_READY');
      expect(err.message).toMatch(/--schema/);
      c.close();
    } finally {
      await s.stop();
    }
  });

  it('serve --stdin infers the schema from the first rows and then takes Records', async () => {
    const s = await serve(['--stdin', '--infer-rows', '50', '--max-wait-ms', '10'], { stdin: true });
    try {
      s.proc.stdin!.write([HEADER, ...DATA_ROWS.slice(0, 100)].map((r) => r.join(',')).join('\n') + '\n');
      for (let i = 0; i < 100 && !s.stderr().includes('stdin: schema'); i++) await new Promise((r) => setTimeout(r, 50));
      expect(s.stderr()).toMatch(/stdin: schema from the first rows: 7 inputs .*label "grade" \(multiclass: high, low, mid\)/);
      const c = await ProtoClient.connect(s.ws);
      const info = c.received[0]!.modelInfo!;
      expect(info.classNames).toEqual(['high', 'low', 'mid']);
      c.send({ predictRecords: { id: 1, records: [{ fields: asRecord(DATA_ROWS[0]!) }] } });
      expect((await c.next('predictResponse')).predictResponse!.labels).toHaveLength(1);
      c.close();
      s.proc.stdin!.end();
    } finally {
      await s.stop();
    }
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NnstreamClient, NnstreamError, type CostReport } from '../../clients/node/index.js';
import { DATA, health, startServer, type ServerProcess } from './serve-process.js';

const cancer = `${DATA}breast_cancer_train.csv`;
const planar = `${DATA}planar.csv`;

const servers: ServerProcess[] = [];
const clients: NnstreamClient[] = [];
const dirs: string[] = [];

async function serve(args: string[]): Promise<ServerProcess> {
  const s = await startServer(args);
  servers.push(s);
  return s;
}

async function connect(url: string, options: Parameters<typeof NnstreamClient.connect>[1] = {}): Promise<NnstreamClient> {
  const c = await NnstreamClient.connect(url, options);
  clients.push(c);
  return c;
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(servers.splice(0).map((s) => s.stop('SIGKILL')));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until(what: string, ok: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

describe('NnstreamClient against a real server', () => {
  it('streams samples, every one is acknowledged, and the cost reported to a subscriber falls', async () => {
    const s = await serve(['--inputs', '30', '--hidden', '8', '--task', 'binary', '--batch', '32', '--standardize', '--max-wait-ms', '20', '--seed', '1']);
    const c = await connect(s.url);
    expect(c.modelInfo.sizes).toEqual([30, 8, 1]);
    expect(c.modelInfo.task).toBe('binary');
    const reports: CostReport[] = [];
    c.subscribe({ cost: true }, { onCost: (r) => reports.push(r) });
    let sent = 0;
    for (let epoch = 0; epoch < 4; epoch++) {
      const summary = await c.sendCsvFile(cancer, { batch: 50 });
      expect(summary).toMatchObject({ rows: 427, badRows: 0, sent: 427, acked: 427, refused: 0 });
      sent += summary.sent;
    }
    expect(c.throughSeq).toBe(sent);
    expect(c.unacked).toBe(0);
    expect(c.stats).toMatchObject({ samplesSent: sent, samplesAcked: sent, samplesRejected: 0 });
    await until('the last cost report', () => reports.at(-1)?.samples === sent);
    const steps = reports.map((r) => r.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    const first = mean(reports.slice(0, 5).map((r) => r.cost));
    const last = mean(reports.slice(-10).map((r) => r.cost));
    expect(first).toBeGreaterThan(0.6); // log 2 ≈ 0.69 at the start
    expect(last).toBeLessThan(0.5 * first);
    expect(reports.at(-1)!.smoothedAccuracy).toBeGreaterThan(0.85);
    expect((await health(s.http)).samples).toBe(sent);
  });

  it('answers predictions by id, with k outputs for each of m samples, and rejects bad shapes before sending', async () => {
    const s = await serve(['--inputs', '2', '--hidden', '4', '--task', 'binary', '--batch', '32', '--max-wait-ms', '10', '--seed', '3']);
    const c = await connect(s.url);
    await c.sendCsvFile(planar, { batch: 100 });
    const X = Array.from({ length: 40 }, (_, i) => [Math.sin(i) * 3, Math.cos(i * 1.7) * 3]);
    // one request for all of them (raw bytes) and one request per sample (packed), all in flight at once
    const [batch, ...singles] = await Promise.all([c.predict(X.flat(), { n: 2, m: 40 }), ...X.map((x) => c.predict(x))]);
    expect(batch).toMatchObject({ k: 1, m: 40 });
    expect(batch!.yHat).toHaveLength(40);
    expect(new Set([batch!.id, ...singles.map((p) => p.id)]).size).toBe(41);
    singles.forEach((p, j) => {
      expect(p).toMatchObject({ k: 1, m: 1, modelStep: batch!.modelStep });
      expect(p.yHat[0]).toBeCloseTo(batch!.yHat[j]!, 12); // each answer is the one for its own sample
      expect(p.yHat[0]).toBeGreaterThan(0);
      expect(p.yHat[0]).toBeLessThan(1);
    });
    expect(new Set(singles.map((p) => p.yHat[0])).size).toBeGreaterThan(30);
    expect(batch!.modelStep).toBe((await health(s.http)).step);

    await expect(c.predict([1, 2, 3], { n: 2 })).rejects.toMatchObject({ code: 'BAD_SHAPE' });
    await expect(c.predict([1, NaN])).rejects.toMatchObject({ code: 'BAD_VALUE' });
    await expect(c.send({ x: [1, 2, 3], y: 1 })).rejects.toMatchObject({ code: 'BAD_SHAPE' });
    await expect(c.send({ n: 2, m: 2, x: [1, 2, 3, Infinity], y: [0, 1] })).rejects.toMatchObject({ code: 'BAD_VALUE' });
  });

  it('returns k class probabilities per sample from a multiclass model', async () => {
    const s = await serve(['--inputs', '64', '--hidden', '16', '--task', 'multiclass', '--classes', '10', '--batch', '32', '--max-wait-ms', '10']);
    const c = await connect(s.url);
    expect(c.modelInfo.classes).toBe(10);
    const x = Array.from({ length: 64 * 3 }, (_, i) => (i * 7) % 16);
    const p = await c.predict(x, { m: 3 });
    expect(p).toMatchObject({ k: 10, m: 3 });
    expect(p.yHat).toHaveLength(30);
    for (let j = 0; j < 3; j++) expect(mean(Array.from(p.yHat.subarray(j * 10, j * 10 + 10))) * 10).toBeCloseTo(1, 10);
  });

  it('rejects exactly the send the server refused, with its code and seq, and acks the others', async () => {
    const s = await serve(['--inputs', '2', '--hidden', '4', '--task', 'binary', '--batch', '8', '--max-wait-ms', '10']);
    const c = await connect(s.url);
    const rejected: NnstreamError[] = [];
    c.on('rejected', (e) => rejected.push(e));
    const good1 = c.send([{ x: [1, 2], y: 0 }, { x: [2, 1], y: 1 }]);
    const bad = c.send([{ x: [1, 1], y: 1 }, { x: [0, 0], y: 7 }]).then(() => undefined, (e: unknown) => e);
    const good2 = c.send({ x: [3, 3], y: 1 });
    await expect(good1).resolves.toMatchObject({ samples: 2, lastSeq: 2 });
    const error = await bad;
    expect(error).toBeInstanceOf(NnstreamError);
    expect(error).toMatchObject({ code: 'BAD_LABEL', ref: 3 });
    await expect(good2).resolves.toMatchObject({ samples: 1, lastSeq: 5 });
    expect(rejected.map((e) => e.code)).toEqual(['BAD_LABEL']);
    expect(c.stats).toMatchObject({ samplesAcked: 3, samplesRejected: 2 });
    expect((await health(s.http)).samples).toBe(3);
  });

  it('streams CSV rows given as text, reporting bad rows by line and refused labels by code', async () => {
    const s = await serve(['--inputs', '2', '--hidden', '4', '--task', 'binary', '--batch', '8', '--max-wait-ms', '10']);
    const c = await connect(s.url);
    async function* rows(): AsyncGenerator<string> {
      yield 'a,b,label';
      for (let i = 0; i < 30; i++) yield `${i / 10},${1 - i / 10},${i % 2}`;
      yield '1,oops,0';
      yield '0.5,0.5,3';
    }
    const summary = await c.sendCsvRows(rows(), { batch: 8 });
    expect(summary).toMatchObject({ rows: 32, badRows: 1, sent: 31, acked: 24, refused: 7 });
    expect(summary.problems).toEqual(['line 32: column "b" is not a number: "oops"', expect.stringMatching(/^BAD_LABEL: /)]);
    expect((await health(s.http)).samples).toBe(24);
  });

  it('never has more samples unacknowledged than its window: a paused server stops the sender', async () => {
    const s = await serve(['--inputs', '2', '--hidden', '4', '--task', 'binary', '--batch', '16', '--max-wait-ms', '5']);
    const window = 48;
    const c = await connect(s.url, { window, maxBatch: 16 });
    let most = 0;
    const watch = (): void => void (most = Math.max(most, c.stats.samplesSent - c.throughSeq));
    c.on('ack', watch);
    await c.pause();
    let written = 0;
    const producer = (async () => {
      for (let i = 0; i < 20; i++) {
        await c.write({ n: 2, m: 10, x: Array.from({ length: 20 }, (_, k) => Math.sin(i * 20 + k)), y: Array.from({ length: 10 }, (_, k) => (i + k) % 2) });
        written += 10;
        watch();
      }
    })();
    await sleep(300);
    // the server trains nothing while paused, so the client stops once the window is full
    expect(c.stats.samplesSent).toBe(40);
    expect(c.unacked).toBe(40);
    expect(written).toBeLessThan(60);
    await c.resume();
    await producer;
    await c.flush();
    expect(written).toBe(200);
    expect(c.throughSeq).toBe(200);
    expect(most).toBeLessThanOrEqual(window);
    expect(most).toBeGreaterThanOrEqual(40);
    expect((await health(s.http)).samples).toBe(200);
  });

  it('sends again, under the same seqs, what the server refused with BUSY, and learns to keep under its limit', async () => {
    const s = await serve(['--inputs', '2', '--hidden', '4', '--task', 'binary', '--batch', '64', '--max-wait-ms', '30', '--max-pending', '30']);
    const c = await connect(s.url, { window: 200, maxBatch: 10 });
    const busy: number[] = [];
    c.on('serverError', (e) => busy.push(e.ref));
    const x = Array.from({ length: 600 }, (_, i) => Math.sin(i));
    const y = Array.from({ length: 300 }, (_, i) => i % 2);
    const result = await c.send({ n: 2, m: 300, x, y });
    expect(result.samples).toBe(300);
    expect(c.stats).toMatchObject({ samplesAcked: 300, samplesRejected: 0 });
    expect(c.stats.samplesSent).toBeGreaterThan(300); // some frames went twice
    expect(busy).toEqual([]); // every BUSY was matched to its frame, none left over
    expect((await health(s.http)).samples).toBe(300); // and none was trained twice
  });

  it('after a kill -9 and restart, a named client resends exactly the samples the checkpoint lacked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nnstream-client-'));
    dirs.push(dir);
    const args = ['--inputs', '2', '--hidden', '4', '--task', 'binary', '--batch', '20', '--max-wait-ms', '5', '--checkpoint', join(dir, 'ckpt.pb'), '--checkpoint-every', '1000000'];
    const s1 = await serve(args);
    const c = await connect(s1.url, { clientId: 'restart-test', reconnect: { initialMs: 50, maxMs: 200 } });
    const events: string[] = [];
    c.on('disconnected', () => events.push('disconnected'));
    c.on('connected', (e) => events.push(`connected resent=${e.resent}`));
    const first = await c.sendCsvFile(planar, { batch: 40 });
    expect(first.acked).toBe(400);
    await c.checkpoint();
    await until('the durable ack', () => c.durableSeq === 400);
    const second = await c.sendCsvFile(planar, { batch: 40 });
    expect(second.acked).toBe(400);
    expect(c.throughSeq).toBe(800);
    expect(c.durableSeq).toBe(400);
    expect(c.held).toBe(400); // trained but not in a checkpoint: kept for a resend

    await s1.stop('SIGKILL');
    await until('the disconnect', () => events.includes('disconnected'));
    const s2 = await serve([...args, '--port', String(s1.port)]);
    expect(s2.stderr()).toMatch(/resumed from checkpoint/);
    await until('the reconnect', () => c.state === 'open' && events.some((e) => e.startsWith('connected')), 10000);
    expect(events).toContain('connected resent=400');
    await c.flush();
    expect(c.throughSeq).toBe(800);
    // the resumed model holds the 400 checkpointed samples plus the 400 resent ones: none lost, none twice
    await until('the resent samples to be trained', () => c.unacked === 0);
    expect((await health(s2.http)).samples).toBe(800);

    // it goes on streaming and predicting on the new connection
    const third = await c.send({ n: 2, m: 3, x: [0, 0, 1, 1, 2, 2], y: [0, 1, 0] });
    expect(third.lastSeq).toBe(803);
    await expect(c.predict([0.1, 0.2])).resolves.toMatchObject({ k: 1, m: 1 });
    expect(c.stats.reconnects).toBeGreaterThanOrEqual(1);
  });

  it('an anonymous client reconnects after a graceful restart and its subscription resumes', async () => {
    const args = ['--inputs', '2', '--hidden', '4', '--task', 'binary', '--batch', '10', '--max-wait-ms', '5'];
    const s1 = await serve(args);
    const c = await connect(s1.url, { reconnect: { initialMs: 50, maxMs: 200 } });
    const reports: CostReport[] = [];
    c.subscribe({ cost: true }, { onCost: (r) => reports.push(r) });
    await c.send({ n: 2, m: 20, x: Array.from({ length: 40 }, (_, i) => Math.cos(i)), y: Array.from({ length: 20 }, (_, i) => i % 2) });
    expect(await s1.stop('SIGTERM')).toBe(0);
    const s2 = await serve([...args, '--port', String(s1.port)]);
    await until('the reconnect', () => c.state === 'open' && c.stats.reconnects > 0, 10000);
    const before = reports.length;
    await c.send({ n: 2, m: 20, x: Array.from({ length: 40 }, (_, i) => Math.sin(i)), y: Array.from({ length: 20 }, (_, i) => (i + 1) % 2) });
    await until('cost reports from the new server', () => reports.length > before);
    expect((await health(s2.http)).samples).toBe(20); // a new model: the first 20 went with the old process
  });

  it('fails to connect with a clear error: nothing listening, or a wrong token', async () => {
    const dead = await NnstreamClient.connect('ws://127.0.0.1:1/ws').then(() => undefined, (e: unknown) => e);
    expect(dead).toMatchObject({ code: 'CONNECT' });
    expect((dead as Error).message).toMatch(/cannot connect to ws:\/\/127\.0\.0\.1:1\/ws: ECONNREFUSED/);
    const s = await serve(['--inputs', '2', '--token', 'secret']);
    await expect(NnstreamClient.connect(s.url, { token: 'wrong' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const ok = await connect(s.url, { token: 'secret' });
    expect(ok.modelInfo.role).toBe('trainer');
  });
});

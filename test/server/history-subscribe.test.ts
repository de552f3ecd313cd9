import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { nnstream } from '../../src/codec/generated/nnstream.js';
import { NnstreamClient, type CostReport } from '../../clients/node/index.js';
import { ProtoClient } from '../helpers/proto-client.js';
import { BIN, serve, type Served } from '../helpers/serve.js';
import { spawnSync } from 'node:child_process';

/**
 * Subscribe {history: true} against the real server: the retained cost history
 * comes first (history = true, oldest first, from step 0), decimated to at most
 * --history-points, and a spike at a known step survives as its bucket's
 * cost_max; after a restart from the checkpoint, too.
 */
const M = 8, POINTS = 40, STEPS = 400, SPIKE = 137;

/** Batch k of M samples: y = [x0 > x1]; the spike batch has every label flipped and x scaled by 40. */
function batch(k: number) {
  const x: number[] = [], y: number[] = [];
  for (let j = 0; j < M; j++) {
    const a = Math.sin(1.3 * (k * M + j)), b = Math.cos(0.7 * (k * M + j));
    const s = k === SPIKE ? 40 : 1;
    x.push(s * a, s * b);
    y.push((a > b) !== (k === SPIKE) ? 1 : 0);
  }
  return { sampleBatch: { n: 2, m: M, x, y, firstSeq: k * M + 1 } };
}

/** Sends STEPS batches, one at a time, and returns every step's live cost. */
async function train(c: ProtoClient, from: number, to: number): Promise<Map<number, number>> {
  const costs = new Map<number, number>();
  c.send({ hello: { clientId: 'history-test' } });
  await c.next('ack');
  for (let k = from; k < to; k++) {
    c.send(batch(k));
    await c.next('ack', (e) => Number(e.ack!.throughSeq) >= (k + 1) * M);
  }
  for (const e of c.received) if (e.body === 'costReport' && !e.costReport!.history) costs.set(Number(e.costReport!.step), e.costReport!.cost);
  return costs;
}

async function until(ok: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function history(url: string): Promise<nnstream.v1.CostReport[]> {
  const c = await ProtoClient.connect(url);
  c.send({ subscribe: { cost: true, history: true } });
  // a fence: messages are handled in order, so the answer comes after the whole replay
  c.send({ predictRequest: { id: 1, n: 2, m: 1, x: [0, 0] } });
  const fence = await c.next('predictResponse');
  const replay = c.received.slice(0, c.received.indexOf(fence)).filter((e) => e.body === 'costReport' && e.costReport!.history).map((e) => e.costReport!);
  c.close();
  return replay;
}

function checkHistory(h: nnstream.v1.CostReport[], trained: number, spikeCost: number): void {
  expect(h.length).toBeGreaterThan(POINTS / 4);
  expect(h.length).toBeLessThanOrEqual(POINTS);
  expect(h.every((r) => r.history === true)).toBe(true);
  expect(Number(h[0]!.step)).toBe(0);
  const steps = h.map((r) => Number(r.step));
  expect(steps).toEqual([...steps].sort((a, b) => a - b)); // oldest first
  expect(steps[steps.length - 1]!).toBeGreaterThan(trained - 40); // up to now
  expect(Number(h[1]!.step)).toBeGreaterThan(1); // decimated: a point stands for several steps
  const at = h.findLastIndex((r) => Number(r.step) <= SPIKE);
  expect(h[at]!.costMax).toBe(spikeCost);
  expect(h[at]!.cost).toBeLessThan(spikeCost); // a mean over its bucket
  for (const r of h) expect(r.costMin).toBeLessThanOrEqual(r.costMax);
  expect(Math.max(...h.map((r) => r.costMax))).toBe(spikeCost);
}

describe('--history-points', () => {
  it('refuses a count below 4 or above 100 000 with the option, the value and what is expected', async () => {
    const r = spawnSync(process.execPath, [BIN, 'serve', '--port', '0', '--history-points', '2'], { encoding: 'utf8', timeout: 10_000 });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('nnstream serve: Expected --history-points to be an integer >= 4, got 2');
    const big = spawnSync(process.execPath, [BIN, 'serve', '--port', '0', '--history-points', '1000000'], { encoding: 'utf8', timeout: 10_000 });
    expect(big.status).toBe(2);
    expect(big.stderr.trim()).toBe('nnstream serve: Expected --history-points to be an integer from 4 to 100000, got 1000000');
  });
});

describe('Subscribe {history: true}', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nnstream-history-'));
  const checkpoint = join(dir, 'ck.pb');
  const args = ['--inputs', '2', '--hidden', '4', '--lr', '0.1', '--batch', String(M), '--max-wait-ms', '1000', '--seed', '5', '--history-points', String(POINTS), '--checkpoint', checkpoint, '--checkpoint-every', '100000'];
  let s: Served | undefined;
  let spikeCost = NaN;
  afterAll(async () => {
    await s?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('replays the run from step 0, decimated within --history-points, with the spike kept as cost_max', async () => {
    s = await serve(args);
    const c = await ProtoClient.connect(s.ws);
    c.send({ subscribe: { cost: true } }); // every step, live
    const costs = await train(c, 0, STEPS);
    c.close();
    spikeCost = costs.get(SPIKE)!;
    expect(costs.size).toBeGreaterThan(STEPS - 5);
    expect(spikeCost).toBe(Math.max(...costs.values())); // the injected spike is the largest cost of the run
    const late = [...costs].filter(([k]) => k > SPIKE + 20).map(([, v]) => v);
    expect(spikeCost).toBeGreaterThan(2 * Math.max(...late));
    checkHistory(await history(s.ws), STEPS, spikeCost);
  }, 60_000);

  it('a subscriber without history gets live reports only', async () => {
    const c = await ProtoClient.connect(s!.ws);
    c.send({ subscribe: { cost: true } });
    const first = await c.next('costReport');
    expect(first.costReport!.history).toBe(false);
    expect(Number(first.costReport!.step)).toBeGreaterThan(STEPS - 10);
    c.close();
  });

  it('the Node client asks for it with subscribe({history: true})', async () => {
    const c = await NnstreamClient.connect(s!.ws);
    const got: CostReport[] = [];
    c.subscribe({ history: true }, { onCost: (r) => got.push(r) });
    await until(() => got.some((r) => !r.history));
    const replay = got.filter((r) => r.history);
    expect(replay.length).toBeGreaterThan(POINTS / 4);
    expect(replay.length).toBeLessThanOrEqual(POINTS);
    expect(Number(replay[0]!.step)).toBe(0);
    expect(Math.max(...replay.map((r) => r.costMax))).toBe(spikeCost);
    await c.close();
  });

  it('starts the history again when the model is reset (also before its next step)', async () => {
    // on a server of its own, so the run above stays as it is
    const other = await serve(['--inputs', '2', '--hidden', '4', '--batch', String(M), '--max-wait-ms', '1000', '--history-points', String(POINTS)]);
    try {
      const c = await ProtoClient.connect(other.ws);
      await train(c, 0, 50);
      expect((await history(other.ws)).length).toBeGreaterThan(10);
      c.send({ control: { id: 7, pause: true } });
      await c.next('controlResult', (e) => Number(e.controlResult!.id) === 7);
      c.send({ control: { id: 8, reset: true } });
      await c.next('controlResult', (e) => Number(e.controlResult!.id) === 8);
      expect(await history(other.ws)).toEqual([]);
      c.close();
    } finally {
      await other.stop();
    }
  });

  it('keeps the history across a restart from the checkpoint', async () => {
    expect(await s!.stop()).toBe(0); // writes the final checkpoint
    s = await serve(args);
    const before = await history(s.ws);
    checkHistory(before, STEPS, spikeCost);
    // and goes on from there
    const c = await ProtoClient.connect(s.ws);
    await train(c, STEPS, STEPS + 100);
    c.close();
    const after = await history(s.ws);
    checkHistory(after, STEPS + 100, spikeCost);
  }, 60_000);
});

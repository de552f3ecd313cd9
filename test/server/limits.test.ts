import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ProtoClient } from '../helpers/proto-client.js';
import { serve } from '../helpers/serve.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const health = async (url: string): Promise<{ connections: number; samples: number; step: number }> => (await fetch(new URL('/healthz', url))).json() as never;

/** The nice value of each thread of a process (Linux: /proc/PID/task/TID/stat, field 19). */
function threadNices(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).map((tid) => {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

describe.runIf(process.platform === 'linux')('the training thread priority', () => {
  it('runs 10 nice levels below the process by default (sockets and predictions first); --train-nice sets how far', async () => {
    const base = getPriority();
    for (const [args, nice] of [[[], 10], [['--train-nice', '3'], 3], [['--train-nice', '0'], 0]] as const) {
      const s = await serve(['--inputs', '2', ...args]);
      try {
        const c = await ProtoClient.connect(s.ws); // the thread is up once the model answers
        c.send({ sample: { x: [0.5, 0.5], y: [1], seq: 1 } });
        await c.next('ack');
        const nices = threadNices(s.proc.pid!);
        expect(nices[0], 'the main thread').toBe(base);
        expect(nices.filter((n) => n !== base), `threads ${nices}`).toEqual(nice === 0 ? [] : [Math.min(19, base + nice)]);
        c.close();
      } finally {
        await s.stop();
      }
    }
  });

  it('refuses a nice value outside 0-19', async () => {
    await expect(serve(['--inputs', '2', '--train-nice', '20'])).rejects.toThrow(/--train-nice to be an integer from 0 to 19, got 20/);
  });
});

describe('limits and graceful shutdown', () => {
  it('answers BUSY when a client has too many samples waiting, and trains none of that message', async () => {
    const s = await serve(['--inputs', '2', '--batch', '4', '--max-pending', '10', '--max-wait-ms', '10']);
    try {
      const c = await ProtoClient.connect(s.ws);
      c.send({ control: { id: 1, pause: true } });
      await c.next('controlResult');
      c.send({ sampleBatch: { n: 2, m: 8, x: new Array(16).fill(0.5), y: new Array(8).fill(1), firstSeq: 1 } });
      c.send({ sampleBatch: { n: 2, m: 8, x: new Array(16).fill(0.5), y: new Array(8).fill(1), firstSeq: 9 } });
      const err = (await c.next('error')).error!;
      expect(err.code).toBe('BUSY');
      expect(Number(err.ref)).toBe(9);
      c.send({ control: { id: 2, resume: true } });
      await c.next('ack', (e) => Number(e.ack!.throughSeq) === 8);
      await sleep(100);
      expect((await health(s.url)).samples).toBe(8);
      // after the acks, the same message is taken
      c.send({ sampleBatch: { n: 2, m: 8, x: new Array(16).fill(0.5), y: new Array(8).fill(1), firstSeq: 9 } });
      await c.next('ack', (e) => Number(e.ack!.throughSeq) === 16);
    } finally {
      await s.stop();
    }
  });

  it('refuses connections over --max-connections with 503', async () => {
    const s = await serve(['--inputs', '2', '--max-connections', '2']);
    try {
      const a = await ProtoClient.connect(s.ws);
      const b = await ProtoClient.connect(s.ws);
      const status = await new Promise<number>((ok) => {
        const ws = new WebSocket(s.ws);
        ws.once('unexpected-response', (_q, res) => ok(res.statusCode ?? 0));
        ws.once('open', () => ok(101));
        ws.once('error', () => undefined);
      });
      expect(status).toBe(503);
      a.close();
      b.close();
    } finally {
      await s.stop();
    }
  });

  it('drops a peer that stops answering pings, and closes idle connections', async () => {
    const s = await serve(['--inputs', '2', '--heartbeat-s', '0.2', '--idle-timeout-s', '0.3']);
    try {
      const dead = await ProtoClient.connect(s.ws);
      dead.send({ subscribe: { cost: true } }); // subscribed: not idle, so only the heartbeat can drop it
      await sleep(50);
      (dead.ws as unknown as { _socket: { pause(): void } })._socket.pause(); // reads nothing, answers no ping
      const idle = await ProtoClient.connect(s.ws);
      const t0 = Date.now();
      while (idle.closed === undefined && Date.now() - t0 < 3000) await sleep(20);
      expect(idle.closed?.code).toBe(1000);
      expect(idle.closed?.reason).toBe('idle');
      while ((await health(s.url)).connections > 0 && Date.now() - t0 < 3000) await sleep(50);
      expect((await health(s.url)).connections).toBe(0);
    } finally {
      await s.stop();
    }
  });

  it('on SIGTERM trains what it accepted, writes the final checkpoint, closes sockets with 1001 and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nnstream-term-'));
    const ckpt = join(dir, 'final.pb');
    const s = await serve(['--inputs', '2', '--batch', '64', '--max-wait-ms', '60000', '--checkpoint', ckpt, '--checkpoint-every', '1000000']);
    const c = await ProtoClient.connect(s.ws);
    c.send({ hello: { clientId: 'term' } });
    await c.next('ack');
    // 10 samples: less than a batch, and the batch would wait a minute
    c.send({ sampleBatch: { n: 2, m: 10, x: new Array(20).fill(0.25), y: new Array(10).fill(0), firstSeq: 1 } });
    await sleep(100);
    expect(await s.stop('SIGTERM')).toBe(0);
    expect(c.closed?.code).toBe(1001);
    const acks = c.received.filter((e) => e.body === 'ack').map((e) => e.ack!);
    expect(Math.max(...acks.map((a) => Number(a.throughSeq)))).toBe(10);
    expect(Math.max(...acks.map((a) => Number(a.durableSeq)))).toBe(10);
    expect(existsSync(ckpt)).toBe(true);
    expect(s.stderr()).toMatch(/final checkpoint written/);
    // and a restart resumes from it, saying so
    const again = await serve(['--inputs', '2', '--checkpoint', ckpt]);
    try {
      expect(again.stderr()).toMatch(/resumed from checkpoint .*final\.pb at step 1 \(10 samples\)/);
      const h = await ProtoClient.connect(again.ws);
      h.send({ hello: { clientId: 'term' } });
      expect(Number((await h.next('ack')).ack!.throughSeq)).toBe(10);
    } finally {
      await again.stop();
    }
  });

  it('refuses to start from a checkpoint that does not load, rather than start a new model', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nnstream-bad-'));
    const bad = join(dir, 'broken.json');
    (await import('node:fs')).writeFileSync(bad, '{"format":"nnstream.model.v1","task":"binary","layers":[');
    await expect(serve(['--inputs', '2', '--checkpoint', bad])).rejects.toThrow(/broken\.json: Not valid JSON/);
    expect(readFileSync(bad, 'utf8')).toMatch(/layers":\[$/);
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProtoClient } from '../helpers/proto-client.js';
import { serve } from '../helpers/serve.js';

/**
 * Issue 9, "Acks that lie": an Ack's through_seq covers only samples that were
 * trained. Each test reproduces one of the defects found by attacking the server.
 */
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const health = async (url: string): Promise<{ samples: number; step: number }> => (await fetch(new URL('/healthz', url))).json() as never;
const batch = (first: number, m: number, y = 1): { sampleBatch: { n: number; m: number; x: number[]; y: number[]; firstSeq: number } } => ({
  sampleBatch: { n: 2, m, x: Array.from({ length: 2 * m }, (_, i) => Math.sin(first * 7 + i)), y: new Array(m).fill(y), firstSeq: first },
});
const maxAck = (c: ProtoClient, field: 'throughSeq' | 'durableSeq' = 'throughSeq'): number => Math.max(0, ...c.received.filter((e) => e.body === 'ack').map((e) => Number(e.ack![field])));

async function until(what: string, ok: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

describe('acks mean trained', () => {
  it('(a) stops the ack below seqs refused with BUSY, and takes their resend instead of dropping it as a duplicate', async () => {
    const s = await serve(['--inputs', '2', '--batch', '4', '--max-pending', '8', '--max-wait-ms', '10']);
    try {
      const c = await ProtoClient.connect(s.ws);
      c.send({ control: { id: 1, pause: true } });
      await c.next('controlResult');
      c.send(batch(1, 8));
      c.send(batch(9, 8)); // 16 pending > 8: BUSY
      expect((await c.next('error')).error!.code).toBe('BUSY');
      c.send({ control: { id: 2, resume: true } });
      await c.next('ack', (e) => Number(e.ack!.throughSeq) === 8);
      c.send(batch(17, 4)); // taken and trained
      await until('seqs 17-20 trained', async () => (await health(s.url)).samples === 12);
      await sleep(100);
      expect(maxAck(c), 'the ack may not pass the refused seqs 9-16').toBe(8);
      c.send(batch(9, 8)); // the resend fills the gap
      await c.next('ack', (e) => Number(e.ack!.throughSeq) === 20);
      expect((await health(s.url)).samples).toBe(20);
    } finally {
      await s.stop();
    }
  });

  it('(a) a pipelining sender that resends from its ack gets every sample trained exactly once, however many were refused', async () => {
    const N = 20_000;
    const s = await serve(['--inputs', '2', '--batch', '50', '--max-pending', '500', '--max-wait-ms', '5']);
    try {
      const c = await ProtoClient.connect(s.ws, {}, 2000);
      c.send({ hello: { clientId: 'pipeliner' } });
      await c.next('ack');
      let through = 0, busy = 0, refusedAt = 0;
      c.ws.on('message', () => {
        const e = c.received.at(-1)!;
        if (e.body === 'ack') through = Math.max(through, Number(e.ack!.throughSeq));
        if (e.body === 'error' && e.error!.code === 'BUSY') (busy++, (refusedAt = Number(e.error!.ref)));
      });
      // go-back-N: send ahead without waiting; after a refusal, resend from the ack
      let next = 1, rounds = 0;
      const end = Date.now() + 40_000;
      while (through < N && Date.now() < end) {
        if (refusedAt > 0 && refusedAt <= next) {
          next = through + 1;
          refusedAt = 0;
        }
        if (next <= N && next - through < 4000) {
          const m = Math.min(100, N - next + 1);
          c.send(batch(next, m));
          next += m;
        } else await sleep(2);
        if (++rounds % 20 === 0) await sleep(0);
      }
      await sleep(200);
      const h = await health(s.url);
      console.log(`pipelining sender: ${N} seqs, ${busy} BUSY refusals, acked through ${through}, model holds ${h.samples} samples`);
      expect(busy).toBeGreaterThan(0); // the limit really refused some
      expect(through).toBe(N);
      expect(h.samples).toBe(N); // all acked seqs trained, none twice
    } finally {
      await s.stop();
    }
  }, 60_000);

  it("(b) a step refused because of one client's label is refused to every client in it, each told so, and their resends train", async () => {
    const s = await serve(['--inputs', '2', '--hidden', '3', '--task', 'regression', '--optimizer', 'sgd', '--lr', '0.1', '--batch', '8', '--max-wait-ms', '2000', '--max-abs', '1e300']);
    try {
      const a = await ProtoClient.connect(s.ws);
      const b = await ProtoClient.connect(s.ws);
      a.send(batch(1, 4, 0.5));
      await sleep(20);
      b.send(batch(1, 4, 1e200)); // the batch of 8 is full: one step with both clients' samples
      const told = (await a.next('error', (e) => e.error!.code === 'DIVERGED')).error!;
      expect(Number(told.ref)).toBe(1);
      expect(told.message).toMatch(/seq 1-4 /);
      expect((await b.next('error', (e) => e.error!.code === 'DIVERGED')).error!.message).toMatch(/seq 1-4 /);
      await sleep(100);
      expect(maxAck(a), "the innocent client's samples were not trained: no ack").toBe(0);
      expect((await health(s.url)).samples).toBe(0);
      // the innocent client resends and is trained (with a sane batch partner)
      a.send(batch(1, 4, 0.5));
      b.send(batch(1, 4, 0.25));
      await a.next('ack', (e) => Number(e.ack!.throughSeq) === 4);
      expect((await health(s.url)).samples).toBe(8);
    } finally {
      await s.stop();
    }
  });

  it('(c) a client id of "__proto__" gets a durable ack, and its resend after a restart is not trained twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nnstream-proto-'));
    const ckpt = join(dir, 'ck.json');
    const args = ['--inputs', '2', '--batch', '5', '--max-wait-ms', '10', '--checkpoint', ckpt, '--checkpoint-every', '1000000'];
    const s = await serve(args);
    try {
      const c = await ProtoClient.connect(s.ws);
      c.send({ hello: { clientId: '__proto__' } });
      await c.next('ack');
      c.send(batch(1, 10));
      await c.next('ack', (e) => Number(e.ack!.throughSeq) === 10);
      c.send({ control: { id: 1, checkpoint: true } });
      await c.next('controlResult');
      await until('a durable ack', () => maxAck(c, 'durableSeq') === 10, 2000);
    } finally {
      await s.stop();
    }
    const again = await serve(args);
    try {
      const c = await ProtoClient.connect(again.ws);
      c.send({ hello: { clientId: '__proto__' } });
      expect(Number((await c.next('ack')).ack!.throughSeq)).toBe(10);
      c.send(batch(1, 10)); // a resend of what the checkpoint holds: duplicates
      await c.next('ack');
      await sleep(100);
      expect((await health(again.url)).samples).toBe(10);
    } finally {
      await again.stop();
    }
  });

  it("(d) nobody can poison another client's seqs: a named id needs its secret, and a seq jump past --max-seq-gap is rejected", async () => {
    const s = await serve(['--inputs', '2', '--batch', '5', '--max-wait-ms', '10']);
    try {
      const victim = await ProtoClient.connect(s.ws);
      victim.send({ hello: { clientId: 'victim', secret: 'v-secret' } });
      await victim.next('ack');
      victim.send(batch(1, 10));
      await victim.next('ack', (e) => Number(e.ack!.throughSeq) === 10);

      const attacker = await ProtoClient.connect(s.ws);
      attacker.send({ hello: { clientId: 'victim' } });
      expect((await attacker.next('error')).error!.code).toBe('FORBIDDEN');
      attacker.send({ hello: { clientId: 'victim', secret: 'guess' } });
      expect((await attacker.next('error')).error!.code).toBe('FORBIDDEN');
      attacker.send({ sample: { x: [1, 1], y: [1], seq: 2 ** 60 } }); // on its own (anonymous) id: out of the window
      const jump = (await attacker.next('error')).error!;
      expect(jump.code).toBe('BAD_SAMPLE');
      expect(jump.message).toMatch(/--max-seq-gap/);

      // an id without a secret cannot be pushed to seq 2^60 either
      const open = await ProtoClient.connect(s.ws);
      open.send({ hello: { clientId: 'open' } });
      await open.next('ack');
      const intruder = await ProtoClient.connect(s.ws);
      intruder.send({ hello: { clientId: 'open' } });
      await intruder.next('ack');
      intruder.send({ sample: { x: [1, 1], y: [1], seq: 2 ** 60 } });
      expect((await intruder.next('error')).error!.code).toBe('BAD_SAMPLE');

      // the victims go on: every ack they get is for trained samples
      victim.send(batch(11, 10));
      open.send(batch(1, 10));
      await victim.next('ack', (e) => Number(e.ack!.throughSeq) === 20);
      await open.next('ack', (e) => Number(e.ack!.throughSeq) === 10);
      await sleep(50);
      expect((await health(s.url)).samples).toBe(30);
      // and the owner resumes with its secret
      const back = await ProtoClient.connect(s.ws);
      back.send({ hello: { clientId: 'victim', secret: 'v-secret' } });
      expect(Number((await back.next('ack')).ack!.throughSeq)).toBe(20);
    } finally {
      await s.stop();
    }
  });
});

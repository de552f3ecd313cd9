import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nnstream } from '../helpers/cli.js';
import { ProtoClient } from '../helpers/proto-client.js';
import { serve } from '../helpers/serve.js';

/** Issue 9, "Checkpoints and shutdown". */
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const batch = (first: number, m: number) => ({ sampleBatch: { n: 2, m, x: Array.from({ length: 2 * m }, (_, i) => Math.cos(first + i)), y: new Array(m).fill(1), firstSeq: first } });
const fresh = (): string => mkdtempSync(join(tmpdir(), 'nnstream-trust-'));

async function trainAndCheckpoint(c: ProtoClient, first: number, m: number, id: number): Promise<void> {
  c.send(batch(first, m));
  await c.next('ack', (e) => Number(e.ack!.throughSeq) === first + m - 1);
  c.send({ control: { id, checkpoint: true } });
  await c.next('controlResult', (e) => Number(e.controlResult!.id) === id);
}

describe('checkpoints you can trust', () => {
  it('refuses a damaged checkpoint with a clear error and offers FILE.prev, which resumes', async () => {
    const dir = fresh(), ckpt = join(dir, 'model.pb');
    const args = ['--inputs', '2', '--batch', '5', '--max-wait-ms', '10', '--checkpoint', ckpt, '--checkpoint-every', '1000000'];
    const s = await serve(args);
    const c = await ProtoClient.connect(s.ws);
    c.send({ hello: { clientId: 'k' } });
    await c.next('ack');
    await trainAndCheckpoint(c, 1, 10, 1);
    await trainAndCheckpoint(c, 11, 10, 2);
    expect(await s.stop()).toBe(0);
    expect(existsSync(`${ckpt}.prev`)).toBe(true);
    const bytes = readFileSync(ckpt);
    bytes[Math.floor(bytes.length / 3)] ^= 0x10; // one bit, inside the parameters
    writeFileSync(ckpt, bytes);
    const r = await nnstream(['serve', '--port', '0', ...args]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/model\.pb: checksum mismatch .*the file is damaged; refusing to resume from it\. the previous checkpoint .*model\.pb\.prev is intact \(step \d+, \d+ samples\)/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    renameSync(`${ckpt}.prev`, ckpt);
    const again = await serve(args);
    try {
      expect(again.stderr()).toMatch(/resumed from checkpoint/);
    } finally {
      await again.stop();
    }
  });

  it('refuses, with exit 2 and before listening, a checkpoint path it could never write', async () => {
    const dir = fresh();
    for (const [path, why] of [[join(dir, 'model.bin'), /ending in \.json or \.pb/], [join(dir, 'missing', 'model.pb'), /folder .*missing does not exist/], [join(dir, 'x.pb', 'y.pb'), /Cannot write checkpoints/]] as const) {
      if (path.includes('x.pb')) writeFileSync(join(dir, 'x.pb'), 'a file, not a folder');
      const r = await nnstream(['serve', '--port', '0', '--inputs', '2', '--checkpoint', path]);
      expect(r.code, path).toBe(2);
      expect(r.stderr).toMatch(why);
      expect(r.stdout).not.toMatch(/listening/);
    }
  });

  it('removes temporary files that killed runs left beside the checkpoint', async () => {
    const dir = fresh(), ckpt = join(dir, 'model.json');
    const left = ['.model.json.4242.1700000000000.tmp', '.model.json.prev.4242.tmp', '.other.json.1.2.tmp'];
    for (const f of left) writeFileSync(join(dir, f), 'partial');
    const s = await serve(['--inputs', '2', '--checkpoint', ckpt]);
    try {
      expect(s.stderr()).toMatch(/removed 2 temporary file\(s\)/);
      expect(readdirSync(dir).sort()).toEqual(['.other.json.1.2.tmp']); // only its own
    } finally {
      await s.stop();
    }
  });
});

describe('shutdown that always ends', () => {
  it('on SIGTERM while paused with samples waiting, writes a checkpoint of what was trained and exits 0 in time', async () => {
    const dir = fresh(), ckpt = join(dir, 'paused.json');
    const s = await serve(['--inputs', '2', '--batch', '5', '--max-wait-ms', '10', '--checkpoint', ckpt, '--checkpoint-every', '1000000', '--shutdown-timeout', '5']);
    const c = await ProtoClient.connect(s.ws);
    c.send({ hello: { clientId: 'p' } });
    await c.next('ack');
    c.send(batch(1, 10));
    await c.next('ack', (e) => Number(e.ack!.throughSeq) === 10);
    c.send({ control: { id: 1, pause: true } });
    await c.next('controlResult');
    c.send(batch(11, 10)); // accepted, never trained
    await sleep(100);
    const t0 = Date.now();
    expect(await s.stop('SIGTERM')).toBe(0);
    const took = Date.now() - t0;
    console.log(`SIGTERM while paused with 10 samples waiting: exit 0 after ${took} ms`);
    expect(took).toBeLessThan(5000);
    const saved = JSON.parse(readFileSync(ckpt, 'utf8')) as { clients: Record<string, number>; samples: number };
    expect(saved.clients['p']).toBe(10);
    expect(saved.samples).toBe(10);
    expect(Math.max(...c.received.filter((e) => e.body === 'ack').map((e) => Number(e.ack!.throughSeq)))).toBe(10); // 11-20: never acked
  });

  it('ends with a clear message and exit 1 when the last checkpoint cannot be written: no unhandled rejection', async () => {
    const dir = fresh(), ckpt = join(dir, 'sub', 'gone.pb');
    (await import('node:fs')).mkdirSync(join(dir, 'sub'));
    const s = await serve(['--inputs', '2', '--batch', '5', '--max-wait-ms', '10', '--checkpoint', ckpt, '--checkpoint-every', '1000000']);
    const c = await ProtoClient.connect(s.ws);
    c.send(batch(1, 5));
    await c.next('ack', (e) => Number(e.ack!.throughSeq) === 5);
    rmSync(join(dir, 'sub'), { recursive: true }); // the disk goes away under it
    expect(await s.stop('SIGTERM')).toBe(1);
    expect(s.stderr()).toMatch(/shutdown failed: .*ENOENT/);
    expect(s.stderr()).not.toMatch(/Unhandled|\n\s+at /);
  });

  it('ends within --shutdown-timeout when training the backlog takes longer, and a second SIGTERM exits at once', async () => {
    const slow = ['--inputs', '64', '--hidden', '512,512', '--batch', '512', '--max-wait-ms', '10', '--max-pending', '1000000', '--max-pending-bytes-per-client', '1000000000', '--max-pending-bytes', '1000000000'];
    const load = async (url: string): Promise<ProtoClient> => {
      const c = await ProtoClient.connect(url);
      for (let k = 0; k < 40; k++) c.send({ sampleBatch: { n: 64, m: 2048, xRaw: new Uint8Array(new Float64Array(64 * 2048).fill(0.1).buffer), y: new Array(2048).fill(1), firstSeq: 1 + k * 2048 } });
      await sleep(1500); // 80k samples accepted: many seconds of training on this machine
      return c;
    };
    const s = await serve([...slow, '--shutdown-timeout', '1.5']);
    await load(s.ws);
    let t0 = Date.now();
    const code = await s.stop('SIGTERM');
    const took = Date.now() - t0;
    const s2 = await serve([...slow, '--shutdown-timeout', '60']);
    await load(s2.ws);
    t0 = Date.now();
    s2.proc.kill('SIGTERM');
    await sleep(200);
    const code2 = await s2.stop('SIGTERM');
    const took2 = Date.now() - t0;
    console.log(`SIGTERM with a long backlog: exit ${code} after ${took} ms (--shutdown-timeout 1.5); a second SIGTERM: exit ${code2} after ${took2} ms`);
    expect(took).toBeLessThan(2500);
    expect(s.stderr()).toMatch(/training the backlog takes too long/);
    expect(code2).toBe(1);
    expect(took2).toBeLessThan(1000);
    expect(s2.stderr()).toMatch(/SIGTERM again: exiting now/);
  }, 40_000);
});

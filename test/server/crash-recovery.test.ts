import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProtoClient } from '../helpers/proto-client.js';
import { serve, type Served } from '../helpers/serve.js';

const N = 150_000; // samples per client: more than the killed runs can train, so every kill lands mid-stream
const CLIENTS = ['alpha', 'beta', 'gamma'];
const KILLS = Number(process.env.KILLS ?? 20);

const rows = readFileSync(new URL('../../../shared/data/planar.csv', import.meta.url), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
const sample = (seq: number): { x: number[]; y: number } => {
  const r = rows[(seq * 7) % rows.length]!;
  return { x: [r[0]!, r[1]!], y: r[2]! };
};

interface ClientState {
  id: string;
  next: number; // next seq to send
  trained: number; // highest through_seq seen
  durable: number; // highest durable_seq seen
}

/** Streams seqs next..N in batches of 20 with a window of unacknowledged samples, until the socket dies or all are trained. */
async function pump(url: string, st: ClientState, window = 200): Promise<'done' | 'closed'> {
  let c: ProtoClient;
  try {
    c = await ProtoClient.connect(url);
  } catch {
    return 'closed';
  }
  c.send({ hello: { clientId: st.id } });
  const hello = (await c.next('ack')).ack!;
  // nothing durably acknowledged may be missing after a crash
  expect(Number(hello.throughSeq)).toBeGreaterThanOrEqual(st.durable);
  st.trained = Number(hello.throughSeq);
  st.next = st.trained + 1;
  if (st.trained === N) {
    c.close();
    return 'done';
  }
  return new Promise((resolve) => {
    const send = (): void => {
      while (st.next <= N && st.next - st.trained <= window && !c.closed) {
        const m = Math.min(20, N - st.next + 1);
        const s = Array.from({ length: m }, (_, j) => sample(st.next + j));
        c.send({ sampleBatch: { n: 2, m, x: s.flatMap((v) => v.x), y: s.map((v) => v.y), firstSeq: st.next } });
        st.next += m;
      }
    };
    c.ws.on('message', () => {
      const last = c.received.at(-1)!;
      if (last.body === 'ack') {
        st.trained = Math.max(st.trained, Number(last.ack!.throughSeq));
        st.durable = Math.max(st.durable, Number(last.ack!.durableSeq));
        if (st.trained === N) {
          c.close();
          return resolve('done');
        }
        send();
      }
    });
    c.ws.on('close', () => resolve(st.trained === N ? 'done' : 'closed'));
    send();
  });
}

describe('checkpoints survive kill -9', () => {
  it(`loads the checkpoint after each of ${KILLS} kills at random moments, loses no durable sample and trains none twice`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nnstream-crash-'));
    const ckpt = join(dir, 'model.ckpt.json');
    const args = ['--inputs', '2', '--hidden', '6', '--batch', '20', '--max-wait-ms', '5', '--optimizer', 'adam', '--lr', '0.01', '--checkpoint', ckpt, '--checkpoint-every', '7,0.1s'];
    const states: ClientState[] = CLIENTS.map((id) => ({ id, next: 1, trained: 0, durable: 0 }));
    let seed = 12345;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let resumed = 0;
    /** Starts the server; after a kill it must resume from the checkpoint, at the checkpointed step. */
    const start = async (afterKill: boolean): Promise<Served> => {
      const before = afterKill ? (JSON.parse(readFileSync(ckpt, 'utf8')) as { step: number }) : undefined;
      const s = await serve(args);
      if (before !== undefined) {
        const c = await ProtoClient.connect(s.ws);
        expect(Number(c.received[0]!.modelInfo!.step)).toBe(before.step);
        c.close();
        expect(s.stderr()).toMatch(/resumed from checkpoint/);
        resumed++;
      }
      return s;
    };
    for (let k = 0; k < KILLS; k++) {
      const s = await start(k > 0);
      const pumps = states.map((st) => pump(s.ws, st));
      // the first run writes its first checkpoint before the first kill: every kill has one to come back to
      for (const end = Date.now() + 10_000; k === 0 && !existsSync(ckpt) && Date.now() < end; ) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 60 + random() * 400));
      s.proc.kill('SIGKILL');
      await Promise.all(pumps);
      if (s.proc.exitCode === null && s.proc.signalCode === null) await new Promise((r) => s.proc.once('exit', r));
    }
    // the last run: every client finishes, then a graceful stop writes the final checkpoint
    const s = await start(true);
    expect(resumed).toBe(KILLS); // every restart after a kill -9 loaded the checkpoint
    expect(await Promise.all(states.map((st) => pump(s.ws, st)))).toEqual(CLIENTS.map(() => 'done'));
    expect(await s.stop('SIGTERM')).toBe(0);
    const final = JSON.parse(readFileSync(ckpt, 'utf8')) as { samples: number; step: number; clients: Record<string, number> };
    for (const id of CLIENTS) expect(final.clients[id]).toBe(N);
    // every sample trained exactly once into the surviving model
    expect(final.samples).toBe(N * CLIENTS.length);
    console.log(`crash test: ${KILLS} kills, ${resumed}/${KILLS} restarts resumed from the checkpoint, final step ${final.step}, samples ${final.samples}`);
  }, 180_000);
});

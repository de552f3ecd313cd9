import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeEnvelope } from '../../src/codec/protocol.js';
import { ProtoClient } from '../helpers/proto-client.js';
import { serve } from '../helpers/serve.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('WebSocket frame fuzzing against a real server', () => {
  it('answers 2000 mutated frames of every kind without an INTERNAL error, and stays up', async () => {
    const s = await serve(['--inputs', '3', '--hidden', '2', '--batch', '4', '--max-wait-ms', '5', '--checkpoint-every', '1000000']);
    try {
      const c = await ProtoClient.connect(s.ws, {}, 5000);
      const d = fc.oneof(fc.double(), fc.constantFrom(0, 1, NaN, 1e200));
      const body = fc.oneof(
        fc.record({ x: fc.array(d, { maxLength: 5 }), y: fc.array(d, { maxLength: 2 }), seq: fc.nat(1e6) }).map((sample) => ({ sample })),
        fc.record({ n: fc.nat(4), m: fc.nat(4), x: fc.array(d, { maxLength: 12 }), y: fc.array(d, { maxLength: 4 }), firstSeq: fc.nat(1e6) }).map((sampleBatch) => ({ sampleBatch })),
        fc.record({ id: fc.nat(), n: fc.nat(4), m: fc.nat(4), x: fc.array(d, { maxLength: 12 }) }).map((predictRequest) => ({ predictRequest })),
        fc.record({ clientId: fc.string({ maxLength: 140 }), secret: fc.string({ maxLength: 8 }) }).map((hello) => ({ hello })),
        fc.record({ cost: fc.boolean(), params: fc.boolean(), costEverySteps: fc.nat(5), paramsMaxPerSecond: fc.double() }).map((subscribe) => ({ subscribe })),
        fc.record({ id: fc.nat(), setLearningRate: d }).map((control) => ({ control })),
        fc.constant({ control: { id: 7 } }),
        fc.constant({ ack: { throughSeq: 3 } }),
      );
      const frame = fc.tuple(body, fc.array(fc.tuple(fc.nat(), fc.nat(7)), { maxLength: 2 })).map(([b, flips]) => {
        const bytes = Uint8Array.from(encodeEnvelope(b as never));
        for (const [at, bit] of flips) if (bytes.length > 0) bytes[at % bytes.length]! ^= 1 << bit;
        return bytes;
      });
      for (const f of fc.sample(frame, { numRuns: 2000, seed: 42 })) c.sendRaw(f);
      c.send({ predictRequest: { id: 999_999_999, n: 3, m: 1, x: [0, 0, 0] } });
      await c.next('predictResponse', (e) => Number(e.predictResponse!.id) === 999_999_999, 30_000).catch(() => c.next('error', (e) => Number(e.error!.ref) === 999_999_999));
      await sleep(200);
      const codes = new Map<string, number>();
      for (const [k, n] of c.counts) codes.set(k, n);
      console.log(`socket fuzz: 2000 frames, replies ${[...codes].map(([k, n]) => `${k}×${n}`).join(', ')}`);
      expect(c.closed).toBeUndefined();
      expect(c.received.filter((e) => e.body === 'error' && e.error!.code === 'INTERNAL')).toEqual([]);
      expect(s.stderr()).not.toMatch(/internal error/);
      expect((await fetch(new URL('/healthz', s.url))).status).toBe(200);
    } finally {
      expect(await s.stop()).toBe(0);
    }
  }, 60_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pb } from '../../src/codec/protocol.js';
import { ProtoClient } from '../helpers/proto-client.js';
import { serve, type Served } from '../helpers/serve.js';

/**
 * Issue 6, "Model health", against the real server: a step that would leave the
 * model non-finite is refused, subscribers get an Alert (DIVERGED), and the model
 * keeps its last good parameters, so predictions stay finite.
 *
 * Within the server's bounds (learning rate <= 1000, |feature| <= 1e100) plain SGD
 * cannot overflow its parameters in one step; what does happen is Adam's second
 * moment overflowing: features of 1e100 give gradients of about 1e200, whose
 * squares are infinite. The cost and the gradients themselves are finite, and
 * the parameters would barely move (a step of lr·m̂/√ŝ with ŝ infinite is 0), so a
 * check of those alone lets the step through and freezes the weights for good.
 */
const N = 2;

/** A regression batch y = x0 - 2·x1 + 0.5, x in [-1, 1] (or times `scale`). */
function batch(m: number, firstSeq: number, scale = 1) {
  const x: number[] = [], y: number[] = [];
  for (let j = 0; j < m; j++) {
    const x0 = Math.sin(firstSeq + 3.7 * j), x1 = Math.cos(2.3 * (firstSeq + j));
    x.push(scale * x0, scale * x1);
    y.push(x0 - 2 * x1 + 0.5);
  }
  return { sampleBatch: { n: N, m, x, y, firstSeq } };
}

/** The model's parameters as subscribers see them (the snapshot without its send time). */
async function snapshot(c: ProtoClient): Promise<Uint8Array> {
  c.send({ subscribe: { params: true } });
  const snap = (await c.next('parameterSnapshot')).parameterSnapshot!;
  c.send({ subscribe: { cost: true } });
  return pb.ParameterSnapshot.encode({ ...snap, timeMs: 0 }).finish();
}

async function predict(c: ProtoClient, id: number): Promise<number[]> {
  c.send({ predictRequest: { id, n: N, m: 4, x: [0, 0, 1, -1, -0.5, 0.25, 3, 2] } });
  return (await c.next('predictResponse', (e) => Number(e.predictResponse!.id) === id)).predictResponse!.yHat!;
}

describe('nnstream serve keeps a healthy model', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve(['--inputs', '2', '--hidden', '4', '--activation', 'leaky_relu', '--task', 'regression', '--optimizer', 'adam', '--lr', '0.01', '--batch', '16', '--max-wait-ms', '10', '--seed', '5']);
  });
  afterAll(async () => {
    expect(await s.stop()).toBe(0);
  });

  it('refuses a diverging step with an Alert, keeps the last good parameters, predicts finite values and trains on', async () => {
    const c = await ProtoClient.connect(s.ws);
    c.send({ hello: { clientId: 'health' } });
    await c.next('ack');
    c.send({ subscribe: { cost: true } });
    let seq = 1;
    const send = async (scale = 1): Promise<void> => {
      c.send(batch(16, seq, scale));
      const last = seq + 15;
      seq += 16;
      await c.next('ack', (e) => Number(e.ack!.throughSeq) === last, 10_000);
    };
    for (let k = 0; k < 5; k++) await send();

    // a learning rate of 1e300 is beyond the server's cap: refused, nothing changes
    c.send({ control: { id: 1, setLearningRate: 1e300 } });
    const capped = (await c.next('error', (e) => Number(e.error!.ref) === 1)).error!;
    expect(capped.code).toBe('BAD_CONTROL');
    expect(capped.message).toMatch(/\(0, 1000\]/);
    c.send({ control: { id: 2, setLearningRate: 1000 } });
    expect((await c.next('controlResult', (e) => Number(e.controlResult!.id) === 2)).controlResult!.ok).toBe(true);

    const before = await snapshot(c);
    const predictedBefore = await predict(c, 10);
    const stepBefore = pb.ParameterSnapshot.decode(before).step;

    // features of 1e100 (accepted: within --max-abs): the update would overflow Adam's state
    const diverging = seq;
    c.send(batch(16, diverging, 1e100));
    seq += 16;
    const alert = (await c.next('alert')).alert!;
    expect(alert.code).toBe('DIVERGED');
    expect(Number(alert.step)).toBe(Number(stepBefore));
    // the sender is told its samples were not trained, and its ack stays below them
    const refused = (await c.next('error', (e) => e.error!.code === 'DIVERGED')).error!;
    expect(Number(refused.ref)).toBe(diverging);
    expect(refused.message).toMatch(new RegExp(`seq ${diverging}-${diverging + 15} `));
    const acks = c.received.filter((e) => e.body === 'ack').map((e) => Number(e.ack!.throughSeq));
    expect(Math.max(...acks)).toBe(diverging - 1);

    const after = await snapshot(c);
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(true);
    const predictedAfter = await predict(c, 11);
    expect(predictedAfter).toEqual(predictedBefore);
    expect(predictedAfter.every(Number.isFinite)).toBe(true);

    // the same seqs resent with sane samples are a normal step (at the high rate the server allows), acked
    c.send(batch(16, diverging));
    await c.next('ack', (e) => Number(e.ack!.throughSeq) === diverging + 15, 10_000);
    const next = pb.ParameterSnapshot.decode(await snapshot(c));
    expect(Number(next.step)).toBe(Number(stepBefore) + 1);
    expect((await predict(c, 12)).every(Number.isFinite)).toBe(true);
    c.close();
  });
});

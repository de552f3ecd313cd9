import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ProtoClient } from '../helpers/proto-client.js';
import { serve, type Served } from '../helpers/serve.js';

const TRAIN = 'trainer-secret-1', VIEW = 'viewer-secret-2';

/** The HTTP status of a WebSocket upgrade attempt (101 when it opens). */
function upgradeStatus(url: string, opts: WebSocket.ClientOptions = {}): Promise<number> {
  return new Promise((ok) => {
    const ws = new WebSocket(url, opts);
    ws.once('open', () => {
      ws.close();
      ok(101);
    });
    ws.once('unexpected-response', (_req, res) => ok(res.statusCode ?? 0));
    ws.once('error', () => undefined);
  });
}

describe('tokens, roles and Origins', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve(['--inputs', '2', '--batch', '4', '--max-wait-ms', '10', '--viewer-token', VIEW, '--allow-origin', 'https://dash.example'], { env: { NNSTREAM_TOKEN: TRAIN } });
  });
  afterAll(async () => void (await s.stop()));

  it('refuses a connection without a token, or with a wrong one, with 401', async () => {
    expect(await upgradeStatus(s.ws)).toBe(401);
    expect(await upgradeStatus(s.ws, { headers: { authorization: 'Bearer nope' } })).toBe(401);
    expect(await upgradeStatus(`${s.ws}?token=${TRAIN}x`)).toBe(401);
  });

  it('accepts the token as a Bearer header or as a query parameter', async () => {
    expect(await upgradeStatus(s.ws, { headers: { authorization: `Bearer ${TRAIN}` } })).toBe(101);
    expect(await upgradeStatus(`${s.ws}?token=${VIEW}`)).toBe(101);
  });

  it('refuses a hostile browser Origin with 403, and allows the same origin and the allow-list', async () => {
    const auth = { authorization: `Bearer ${TRAIN}` };
    expect(await upgradeStatus(s.ws, { headers: { ...auth, origin: 'https://evil.example' } })).toBe(403);
    expect(await upgradeStatus(s.ws, { headers: { ...auth, origin: `http://127.0.0.1:${s.port}` } })).toBe(101);
    expect(await upgradeStatus(s.ws, { headers: { ...auth, origin: 'https://dash.example' } })).toBe(101);
  });

  it('protects /metrics with the tokens but not /healthz', async () => {
    expect((await fetch(new URL('/metrics', s.url))).status).toBe(401);
    expect((await fetch(new URL('/metrics', s.url), { headers: { authorization: `Bearer ${VIEW}` } })).status).toBe(200);
    expect((await fetch(new URL('/healthz', s.url))).status).toBe(200);
  });

  const kinds: [string, (c: ProtoClient) => void, 'reply' | 'error'][] = [
    ['Hello', (c) => c.send({ hello: { clientId: `role-${Math.random()}` } }), 'reply'],
    ['Subscribe', (c) => c.send({ subscribe: { cost: true } }), 'reply'],
    ['Sample', (c) => c.send({ sample: { x: [1, 2], y: [1], seq: 1 } }), 'error'],
    ['SampleBatch', (c) => c.send({ sampleBatch: { n: 2, m: 1, x: [1, 2], y: [0], firstSeq: 1 } }), 'error'],
    ['PredictRequest', (c) => c.send({ predictRequest: { id: 3, n: 2, m: 1, x: [1, 2] } }), 'error'],
    ['Control pause', (c) => c.send({ control: { id: 4, pause: true } }), 'error'],
    ['Control set_learning_rate', (c) => c.send({ control: { id: 5, setLearningRate: 0.5 } }), 'error'],
    ['Control reset', (c) => c.send({ control: { id: 6, reset: true } }), 'error'],
    ['Control checkpoint', (c) => c.send({ control: { id: 7, checkpoint: true } }), 'error'],
  ];
  for (const [kind, act, viewerGets] of kinds) {
    it(`a viewer's ${kind} ${viewerGets === 'error' ? 'gets FORBIDDEN' : 'is served'}; a trainer's is not forbidden`, async () => {
      const viewer = await ProtoClient.connect(`${s.ws}?token=${VIEW}`);
      expect(viewer.received[0]!.modelInfo!.role).toBe('viewer');
      act(viewer);
      if (viewerGets === 'error') expect((await viewer.next('error')).error!.code).toBe('FORBIDDEN');
      else {
        await new Promise((r) => setTimeout(r, 150));
        expect(viewer.received.filter((e) => e.body === 'error')).toHaveLength(0);
      }
      const trainer = await ProtoClient.connect(s.ws, { headers: { authorization: `Bearer ${TRAIN}` } });
      expect(trainer.received[0]!.modelInfo!.role).toBe('trainer');
      act(trainer);
      await new Promise((r) => setTimeout(r, 150));
      for (const e of trainer.received) if (e.body === 'error') expect(e.error!.code).not.toBe('FORBIDDEN');
      if (kind === 'Control pause') trainer.send({ control: { id: 8, resume: true } });
      viewer.close();
      trainer.close();
    });
  }
});

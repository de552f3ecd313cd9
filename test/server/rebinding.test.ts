import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRequest, rawRequest, statusOf, upgradeRequest } from '../helpers/raw-http.js';
import { serve, type Served } from '../helpers/serve.js';

/**
 * Issue 9, DNS rebinding: a page on attacker.example that resolves to 127.0.0.1
 * reaches a loopback server with its own name in Host and a matching Origin.
 */
describe('Host and Origin checks that DNS rebinding cannot pass', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve(['--inputs', '2']); // the default: loopback, no tokens
  });
  afterAll(async () => void (await s.stop()));

  it('refuses a WebSocket from a rebinding page (foreign Host and matching Origin) with 403', async () => {
    const host = `attacker.example:${s.port}`;
    expect(statusOf(await rawRequest(s.port, upgradeRequest('/ws', { host, origin: `http://${host}` })))).toBe(403);
  });

  it('refuses a foreign Origin whatever the Host says', async () => {
    expect(statusOf(await rawRequest(s.port, upgradeRequest('/ws', { host: `127.0.0.1:${s.port}`, origin: `http://attacker.example:${s.port}` })))).toBe(403);
    expect(statusOf(await rawRequest(s.port, upgradeRequest('/ws', { host: `localhost:${s.port}`, origin: 'null' })))).toBe(403);
  });

  it('refuses plain HTTP requests that name another Host (the page cannot read /healthz or the dashboard either)', async () => {
    expect(statusOf(await rawRequest(s.port, getRequest('/healthz', { host: `attacker.example:${s.port}` })))).toBe(403);
  });

  it('accepts localhost and loopback names, with or without a browser Origin', async () => {
    for (const host of [`localhost:${s.port}`, `127.0.0.1:${s.port}`, `[::1]:${s.port}`, `dash.localhost:${s.port}`]) {
      expect(statusOf(await rawRequest(s.port, upgradeRequest('/ws', { host, origin: `http://${host}` }))), host).toBe(101);
      expect(statusOf(await rawRequest(s.port, getRequest('/healthz', { host }))), host).toBe(200);
    }
    expect(statusOf(await rawRequest(s.port, upgradeRequest('/ws', { host: `localhost:${s.port}` })))).toBe(101); // no Origin: not a browser
  });

  it('accepts the names --allow-host gives', async () => {
    const named = await serve(['--inputs', '2', '--allow-host', 'nn.internal']);
    try {
      const host = `nn.internal:${named.port}`;
      expect(statusOf(await rawRequest(named.port, upgradeRequest('/ws', { host, origin: `https://${host}` })))).toBe(101);
      expect(statusOf(await rawRequest(named.port, upgradeRequest('/ws', { host: `attacker.example:${named.port}` })))).toBe(403);
    } finally {
      await named.stop();
    }
  });
});

describe('bad tokens', () => {
  it('slows repeated bad tokens from one address, and a good token is answered at once', async () => {
    const s = await serve(['--inputs', '2', '--token', 'right-token']);
    try {
      const times: number[] = [];
      for (let k = 0; k < 7; k++) {
        const t0 = performance.now();
        expect(statusOf(await rawRequest(s.port, upgradeRequest('/ws', { host: `127.0.0.1:${s.port}`, authorization: 'Bearer wrong' }), 3000))).toBe(401);
        times.push(performance.now() - t0);
      }
      console.log(`bad tokens: answer times ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
      // lower bounds only (a busy machine adds time, never takes the penalty away): failure k waits (k-1) x 100 ms
      for (let k = 1; k < times.length; k++) expect(times[k], `attempt ${k + 1}`).toBeGreaterThanOrEqual(k * 100 - 20);
      const t0 = performance.now();
      expect(statusOf(await rawRequest(s.port, upgradeRequest('/ws', { host: `127.0.0.1:${s.port}`, authorization: 'Bearer right-token' })))).toBe(101);
      const good = performance.now() - t0;
      const t1 = performance.now();
      expect(statusOf(await rawRequest(s.port, upgradeRequest('/ws', { host: `127.0.0.1:${s.port}`, authorization: 'Bearer wrong' }), 3000))).toBe(401);
      const afterGood = performance.now() - t1;
      console.log(`a good token after them: ${good.toFixed(0)} ms; the next bad one: ${afterGood.toFixed(0)} ms (the record was cleared)`);
      expect(good).toBeLessThan(times.at(-1)!); // not held back by the penalty
    } finally {
      await s.stop();
    }
  }, 30_000);
});

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRequest, rawRequest, statusOf, upgradeRequest } from '../helpers/raw-http.js';
import { serve, type Served } from '../helpers/serve.js';

/** Issue 9, "Anyone can stop it": no request target can throw out of the HTTP or upgrade handlers. */
const BAD_TARGETS = ['/%zz', '/%', '/%E0%A4%A', '//a:99999', 'http://[zz]/', '//[::1', 'http://a:99999/ws', '/ws%', '/%00'];

describe('every request path is total', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve(['--inputs', '2', '--token', 'tok-1']);
  });
  afterAll(async () => {
    expect(await s.stop()).toBe(0); // and the process is still there to stop
  });

  const alive = async (): Promise<void> => {
    const r = await fetch(new URL('/healthz', s.url));
    expect(r.status).toBe(200);
    expect(s.proc.exitCode).toBeNull();
  };

  for (const target of BAD_TARGETS) {
    it(`answers 400 to GET ${target} and to an upgrade at it, without a token, and goes on`, async () => {
      expect(statusOf(await rawRequest(s.port, getRequest(target)))).toBe(400);
      expect(statusOf(await rawRequest(s.port, upgradeRequest(target)))).toBe(400);
      await alive();
    });
  }

  it('serves absolute-form targets by their path', async () => {
    expect(statusOf(await rawRequest(s.port, getRequest(`http://127.0.0.1:${s.port}/healthz`)))).toBe(200);
    expect(statusOf(await rawRequest(s.port, upgradeRequest(`http://127.0.0.1:${s.port}/ws?token=tok-1`)))).toBe(101);
  });

  it('survives 300 fuzzed requests (targets, methods, headers, upgrades): every one answered or closed, never a 5xx', async () => {
    // mostly targets the HTTP parser lets through (so the routes see them), some that it refuses itself
    const parsable = fc.constantFrom(...'/%?#[]:@!$&\'()*+,;=azAZ09-._~'.split(''), '%zz', '%E0', '%e0%a4', '%00', '%2e%2e', '..', '//', 'ws', 'healthz', 'metrics', 'token=', 'http://', '[::1]', ':99999');
    const anything = fc.constantFrom('\\', ' ', '\t', '"', '<', '>', '^', '`', '{', '|', '}', 'é', '\u{1F600}');
    const target = fc.oneof({ weight: 4, arbitrary: fc.array(parsable, { maxLength: 16 }) }, { weight: 1, arbitrary: fc.array(fc.oneof(parsable, anything), { maxLength: 16 }) }).map((a) => (a.length > 0 && a[0]!.startsWith('http') ? '' : '/') + a.join(''));
    const method = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'CONNECT', 'BREW', 'get', '');
    const value = fc.oneof(fc.constantFrom('127.0.0.1', 'localhost:1', 'evil.example', '[::1]:80', 'http://localhost', 'Bearer tok-1', 'Bearer x', 'websocket', 'Upgrade', '0', '-1', 'chunked'), fc.string({ maxLength: 20 }));
    const header = fc.tuple(fc.constantFrom('host', 'origin', 'authorization', 'upgrade', 'connection', 'content-length', 'transfer-encoding', 'x-y'), value);
    const request = fc.record({ method, target, headers: fc.array(header, { maxLength: 5 }), upgrade: fc.boolean() });
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async ({ method, target, headers, upgrade }) => {
        const h = Object.fromEntries(headers.map(([k, v]) => [k, v.replace(/[\r\n]/g, '')]));
        const text = upgrade ? upgradeRequest(target, h) : `${method} ${target} HTTP/1.1\r\nhost: 127.0.0.1\r\n${Object.entries(h).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`;
        const status = statusOf(await rawRequest(s.port, Buffer.from(text, 'utf8'), 500));
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        expect(status < 500 || status === 503, `${JSON.stringify(text)} answered ${status}`).toBe(true);
      }),
      { numRuns: 300 },
    );
    console.log(`HTTP fuzz: statuses ${[...statuses].sort((a, b) => a[0] - b[0]).map(([k, n]) => `${k}×${n}`).join(', ')}`);
    await alive();
    expect(s.stderr()).not.toMatch(/internal error/);
  }, 60_000);
});

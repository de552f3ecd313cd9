import fc from 'fast-check';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { hostAllowed, hostNameOf, originAllowed } from '../../src/server/host-check.js';

const req = (headers: Record<string, string>): IncomingMessage => ({ headers }) as IncomingMessage;

describe('host names and origins', () => {
  it('parses Host headers and URL authorities, refusing what is not a host name', () => {
    expect(hostNameOf('LocalHost:8080')).toBe('localhost');
    expect(hostNameOf('[::1]:80')).toBe('::1');
    expect(hostNameOf('example.com.')).toBe('example.com');
    for (const bad of ['', '[zz]', 'a b', 'a:99999999', '[::1]x', 'user@host']) expect(hostNameOf(bad), bad).toBeUndefined();
  });

  it('on loopback accepts loopback names only, plus --allow-host', () => {
    const o = { bind: '127.0.0.1' };
    expect(hostAllowed(req({ host: 'localhost:1' }), o)).toBe(true);
    expect(hostAllowed(req({ host: '127.0.0.2' }), o)).toBe(true);
    expect(hostAllowed(req({ host: 'attacker.example:1' }), o)).toBe(false);
    expect(hostAllowed(req({ host: '10.0.0.1' }), o)).toBe(false);
    expect(hostAllowed(req({ host: 'nn.lan' }), { ...o, allowHosts: ['nn.lan'] })).toBe(true);
    expect(hostAllowed(req({ host: 'anything' }), { ...o, allowHosts: ['*'] })).toBe(true);
  });

  it('on a public address accepts that address; on every interface, addresses but not foreign names', () => {
    expect(hostAllowed(req({ host: '192.168.1.5:80' }), { bind: '192.168.1.5' })).toBe(true);
    expect(hostAllowed(req({ host: 'attacker.example' }), { bind: '192.168.1.5' })).toBe(false);
    expect(hostAllowed(req({ host: '10.1.2.3:8080' }), { bind: '0.0.0.0' })).toBe(true);
    expect(hostAllowed(req({ host: 'attacker.example:8080' }), { bind: '0.0.0.0' })).toBe(false);
  });

  it('refuses any Origin whose name the server does not answer to, whatever the Host header says', () => {
    fc.assert(
      fc.property(fc.domain(), fc.constantFrom('http', 'https'), fc.integer({ min: 1, max: 65535 }), (name, scheme, port) => {
        fc.pre(name !== 'localhost' && !name.endsWith('.localhost'));
        const origin = `${scheme}://${name}:${port}`;
        expect(originAllowed(req({ host: `${name}:${port}`, origin }), { bind: '127.0.0.1' })).toBe(false);
        expect(originAllowed(req({ host: `${name}:${port}`, origin }), { bind: '127.0.0.1', allowOrigins: [origin] })).toBe(true);
      }),
    );
    expect(originAllowed(req({ origin: 'http://localhost:5' }), { bind: '127.0.0.1' })).toBe(true);
    expect(originAllowed(req({ origin: 'null' }), { bind: '127.0.0.1' })).toBe(false);
  });
});

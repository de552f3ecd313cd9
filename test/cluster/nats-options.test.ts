import { describe, expect, it } from 'vitest';
import { checkModelName, parseNatsTarget } from '../../src/cluster/nats-options.js';

describe('--cluster URLs', () => {
  it('takes a comma list of nats:// URLs, with user:password or a token from the first URL that has one', () => {
    expect(parseNatsTarget('nats://u:p%40ss@10.0.0.1:4222, nats://10.0.0.2:4223,10.0.0.3')).toEqual({ servers: ['10.0.0.1:4222', '10.0.0.2:4223', '10.0.0.3:4222'], user: 'u', pass: 'p@ss' });
    expect(parseNatsTarget('nats://s3cret@h:1')).toEqual({ servers: ['h:1'], token: 's3cret' });
  });

  it('asks for TLS with tls:// or a TLS file option', () => {
    expect(parseNatsTarget('tls://h:4222').tls).toEqual({});
    expect(parseNatsTarget('nats://h:4222', { caFile: '/ca.pem' }).tls).toEqual({ caFile: '/ca.pem' });
    expect(parseNatsTarget('nats://h:4222').tls).toBeUndefined();
  });

  it('rejects what is not a NATS URL, naming it', () => {
    expect(() => parseNatsTarget('')).toThrow(expect.objectContaining({ code: 'BAD_OPTION' }));
    expect(() => parseNatsTarget('http://h:80')).toThrow(/nats:\/\/ or tls:\/\/ URL.*"http:"/);
    expect(() => parseNatsTarget('nats://:4222')).toThrow(/nats:\/\/HOST:PORT URLs, got "nats:\/\/:4222"/);
  });

  it('takes model names that fit stream and bucket names', () => {
    expect(checkModelName('fraud-v2_b')).toBe('fraud-v2_b');
    expect(() => checkModelName('a.b')).toThrow(/--name to be 1-64 letters/);
    expect(() => checkModelName(undefined)).toThrow(/got nothing/);
  });
});

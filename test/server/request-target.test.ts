import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/server/request-target.js';

describe('parseTarget', () => {
  it('decodes paths and queries, and answers undefined for what does not parse', () => {
    expect(parseTarget('/a%20b?token=x')).toMatchObject({ path: '/a b' });
    expect(parseTarget('/ws?token=x')!.query.get('token')).toBe('x');
    expect(parseTarget('http://host:1/healthz')!.path).toBe('/healthz');
    for (const bad of ['/%zz', '/%', '//a:99999', 'http://[zz]/', '/%00', '/%C0%AF']) expect(parseTarget(bad), bad).toBeUndefined();
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (s) => {
        const t = parseTarget(s);
        if (t !== undefined) expect(t.path.startsWith('/')).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

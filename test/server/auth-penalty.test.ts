import { describe, expect, it } from 'vitest';
import { AuthPenalty } from '../../src/server/auth-penalty.js';

describe('AuthPenalty', () => {
  it('waits 100 ms more per failure from one address, at most 1 s, and forgets after the window', () => {
    const p = new AuthPenalty();
    const waits = Array.from({ length: 15 }, (_, k) => p.fail('10.0.0.1', 1000 + k));
    expect(waits.slice(0, 4)).toEqual([0, 100, 200, 300]);
    expect(Math.max(...waits)).toBe(1000);
    expect(p.fail('10.0.0.2', 2000)).toBe(0); // another address is not slowed
    expect(p.fail('10.0.0.1', 1000 + 61_000)).toBe(0); // a minute later: a fresh start
  });

  it('keeps a bounded table, whatever the number of addresses', () => {
    const p = new AuthPenalty(100, 1000, 60_000, 100);
    for (let k = 0; k < 10_000; k++) p.fail(`a${k}`, 0);
    expect((p as unknown as { failures: Map<string, unknown> }).failures.size).toBe(100);
  });

  it('clears an address on success', () => {
    const p = new AuthPenalty();
    p.fail('x', 0);
    p.fail('x', 1);
    p.succeed('x');
    expect(p.fail('x', 2)).toBe(0);
  });
});

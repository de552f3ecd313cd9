import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClientSeqs, Ledger } from '../../src/server/ledger.js';

describe('the client ledger: what an Ack may say', () => {
  it('stops the ack below a refused message, whatever was trained after it, until it is resent', () => {
    const c = new ClientSeqs();
    expect(c.take(1, 8)).toEqual([[1, 8]]);
    c.trained(1, 8);
    expect(c.through).toBe(8);
    c.refuse(9, 16); // BUSY
    expect(c.take(17, 20)).toEqual([[17, 20]]);
    c.trained(17, 20);
    expect(c.through).toBe(8);
    expect(c.take(9, 16)).toEqual([[9, 16]]); // the resend is taken, not dropped as a duplicate
    c.trained(9, 16);
    expect(c.through).toBe(20);
    expect(c.take(1, 20)).toEqual([]); // now everything is a duplicate
  });

  it('turns samples of a refused step into a hole the client may fill', () => {
    const c = new ClientSeqs();
    c.take(1, 10);
    c.untrained(1, 5);
    c.trained(6, 10);
    expect(c.through).toBe(0);
    expect(c.holeRanges).toEqual([[1, 5]]);
    expect(c.take(1, 10)).toEqual([[1, 5]]);
    c.trained(1, 5);
    expect(c.through).toBe(10);
  });

  it('does not wait for seqs a client never sent, and never goes back', () => {
    const c = new ClientSeqs();
    c.take(5, 6);
    c.trained(5, 6);
    expect(c.through).toBe(6);
    expect(c.take(1, 4)).toEqual([]); // below the ack: settled
    c.take(100, 100);
    expect(c.nextSeq()).toBe(101);
  });

  it('keeps plain keys: "__proto__" and "constructor" are ids like any other, in checkpoints too', () => {
    const l = new Ledger();
    for (const id of ['__proto__', 'constructor', 'toString']) {
      const c = l.get(id);
      c.take(1, 3);
      c.trained(1, 3);
    }
    const seqs = l.trainedSeqs();
    expect(Object.keys(seqs).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    const json = JSON.parse(JSON.stringify(seqs)) as Record<string, number>;
    expect(Object.keys(json)).toContain('__proto__');
    const back = new Ledger();
    back.restore(json);
    expect(back.peek('__proto__')?.through).toBe(3);
    back.markDurable(seqs);
    expect(back.peek('__proto__')?.durable).toBe(3);
  });

  it('forgets ids unused for the TTL, and with them their entry in checkpoints', () => {
    const l = new Ledger({ ttlMs: 1000 });
    const c = l.attach('old');
    c.take(1, 1);
    c.trained(1, 1);
    l.detach('old');
    l.attach('live');
    expect(l.expire(Date.now() + 500)).toBe(0);
    expect(l.expire(Date.now() + 2000)).toBe(1);
    expect(l.trainedSeqs()).toEqual({});
    expect(l.peek('live')).toBeDefined(); // still connected
  });

  it('drops an id that never trained anything when its connection goes (Hellos with new ids cost nothing)', () => {
    const l = new Ledger();
    for (let k = 0; k < 1000; k++) {
      l.attach(`id-${k}`);
      l.detach(`id-${k}`);
    }
    expect(l.size).toBe(0);
  });

  it('never acks a seq that is pending or in a hole, for any interleaving of takes, refusals and steps', () => {
    type Op = { kind: 'take' | 'refuse' | 'train' | 'diverge'; lo: number; len: number };
    const op = fc.record({ kind: fc.constantFrom('take', 'refuse', 'train', 'diverge'), lo: fc.integer({ min: 1, max: 40 }), len: fc.integer({ min: 0, max: 6 }) }) as fc.Arbitrary<Op>;
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const c = new ClientSeqs();
        const pending = new Set<number>(), trainedSet = new Set<number>(), holes = new Set<number>();
        let last = 0;
        for (const { kind, lo, len } of ops) {
          const hi = lo + len;
          if (kind === 'take') for (const [a, b] of c.take(lo, hi)) for (let x = a; x <= b; x++) (pending.add(x), holes.delete(x));
          else if (kind === 'refuse') {
            c.refuse(lo, hi);
            for (let x = lo; x <= hi; x++) if (x > c.through && !pending.has(x) && !trainedSet.has(x)) holes.add(x);
          } else {
            // the step trains (or refuses) whatever of [lo, hi] is pending, in runs
            let x = lo;
            while (x <= hi) {
              if (!pending.has(x)) {
                x++;
                continue;
              }
              let y = x;
              while (y + 1 <= hi && pending.has(y + 1)) y++;
              if (kind === 'train') c.trained(x, y);
              else c.untrained(x, y);
              for (let z = x; z <= y; z++) (pending.delete(z), kind === 'train' ? trainedSet.add(z) : holes.add(z));
              x = y + 1;
            }
          }
          expect(c.through).toBeGreaterThanOrEqual(last); // never goes back
          last = c.through;
          for (const x of [...pending, ...holes]) if (x <= c.through) expect.fail(`ack ${c.through} covers ${x}, ${pending.has(x) ? 'pending' : 'a hole'}`);
        }
      }),
    );
  });
});

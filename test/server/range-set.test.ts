import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RangeSet } from '../../src/server/range-set.js';

describe('RangeSet', () => {
  it('merges adjacent and overlapping ranges and splits on delete', () => {
    const r = new RangeSet();
    r.add(5, 7);
    r.add(1, 2);
    r.add(3, 4);
    expect(r.toArray()).toEqual([[1, 7]]);
    r.delete(3, 3);
    expect(r.toArray()).toEqual([[1, 2], [4, 7]]);
    expect(r.missing(0, 9)).toEqual([[0, 0], [3, 3], [8, 9]]);
    r.dropThrough(5);
    expect(r.toArray()).toEqual([[6, 7]]);
  });

  it('behaves as a set of integers for any sequence of adds and deletes', () => {
    const op = fc.record({ add: fc.boolean(), lo: fc.integer({ min: 0, max: 60 }), len: fc.integer({ min: 0, max: 8 }) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const r = new RangeSet(), model = new Set<number>();
        for (const { add, lo, len } of ops) {
          if (add) r.add(lo, lo + len);
          else r.delete(lo, lo + len);
          for (let x = lo; x <= lo + len; x++) add ? model.add(x) : model.delete(x);
        }
        for (let x = -1; x <= 70; x++) expect(r.has(x)).toBe(model.has(x));
        const ranges = r.toArray();
        for (let k = 1; k < ranges.length; k++) expect(ranges[k]![0]).toBeGreaterThan(ranges[k - 1]![1] + 1); // disjoint, not adjacent
        const missing = r.missing(0, 70).flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
        expect(missing).toEqual(Array.from({ length: 71 }, (_, i) => i).filter((x) => !model.has(x)));
        expect(r.min()).toBe(model.size ? Math.min(...model) : Infinity);
      }),
    );
  });
});

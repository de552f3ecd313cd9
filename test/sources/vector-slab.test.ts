import { describe, expect, it } from 'vitest';
import { VectorSlab } from '../../src/sources/vector-slab.js';

describe('VectorSlab', () => {
  it('hands out zero-filled vectors of the length asked that do not overlap', () => {
    const slab = new VectorSlab(1024);
    const vs = Array.from({ length: 100 }, (_, i) => slab.take(1 + (i % 7)));
    expect(vs.map((v) => v.length)).toEqual(vs.map((_, i) => 1 + (i % 7)));
    expect(vs.every((v) => v.every((x) => x === 0))).toBe(true);
    vs.forEach((v, i) => v.fill(i));
    expect(vs.every((v, i) => v.every((x) => x === i))).toBe(true);
  });

  it('starts a new block when one is full, and gives large vectors their own memory', () => {
    const slab = new VectorSlab(1024);
    const four = Array.from({ length: 4 }, () => slab.take(32)); // 256 bytes each: a quarter of a block
    expect(four.every((v) => v.buffer === four[0]!.buffer)).toBe(true);
    expect(four.map((v) => v.byteOffset)).toEqual([0, 256, 512, 768]);
    const fifth = slab.take(32);
    expect(fifth.buffer).not.toBe(four[0]!.buffer);
    expect(fifth.byteOffset).toBe(0);
    const big = slab.take(33); // more than a quarter of a block
    expect(big.byteOffset).toBe(0);
    expect(big.buffer.byteLength).toBe(264);
    expect(slab.take(1).buffer).toBe(fifth.buffer);
  });
});

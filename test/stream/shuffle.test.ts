import { from, lastValueFrom, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { SourceEvent } from '../../src/sources/sample.js';
import { shuffle } from '../../src/stream/shuffle.js';

/** `epochs` passes over `rows` samples (x = [i], line = i + 2), each ended by epoch-end. */
function events(rows: number, epochs: number): SourceEvent[] {
  const out: SourceEvent[] = [];
  for (let e = 1; e <= epochs; e++) {
    for (let i = 0; i < rows; i++) out.push({ kind: 'sample', sample: { x: Float64Array.of(i), y: i % 2, line: i + 2 } });
    out.push({ kind: 'epoch-end', epoch: e });
  }
  return out;
}

/** The row order of each epoch. */
async function orders(rows: number, epochs: number, o: Parameters<typeof shuffle>[0]): Promise<number[][]> {
  const out = await lastValueFrom(from(events(rows, epochs)).pipe(shuffle(o), toArray()));
  const result: number[][] = [[]];
  for (const e of out) {
    if (e.kind === 'epoch-end') result.push([]);
    else if (e.kind === 'sample') result[result.length - 1]!.push(e.sample.x[0]!);
  }
  result.pop();
  return result;
}

const all = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('shuffle', () => {
  it('emits every row exactly once per epoch, in a new order each epoch, the same for the same seed', async () => {
    const a = await orders(500, 3, { seed: 7, memoryBytes: 1 << 30, bufferSize: 10 });
    expect(a).toHaveLength(3);
    for (const epoch of a) expect([...epoch].sort((x, y) => x - y)).toEqual(all(500));
    expect(a[0]).not.toEqual(all(500));
    expect(a[1]).not.toEqual(a[0]);
    expect(await orders(500, 3, { seed: 7, memoryBytes: 1 << 30, bufferSize: 10 })).toEqual(a);
    expect((await orders(500, 3, { seed: 8, memoryBytes: 1 << 30, bufferSize: 10 }))[0]).not.toEqual(a[0]);
  });

  it('is an exact shuffle while the epoch fits: any row can come first', async () => {
    const firsts = new Set<number>();
    for (let s = 0; s < 200; s++) firsts.add((await orders(20, 1, { seed: s, memoryBytes: 1 << 30, bufferSize: 2 }))[0]![0]!);
    expect(firsts.size).toBe(20); // a buffer of 2 could only start with row 0, 1 or 2
  });

  it('becomes a shuffle buffer holding at most bufferSize rows when the input exceeds the memory, still once per epoch', async () => {
    let told = 0;
    const bufferSize = 16;
    const out = await lastValueFrom(from(events(1000, 2)).pipe(shuffle({ seed: 1, memoryBytes: 50 * 104, bufferSize, onBuffered: () => told++ }), toArray()));
    expect(told).toBe(1);
    let epoch: number[] = [];
    const epochs: number[][] = [];
    for (const e of out) {
      if (e.kind === 'epoch-end') {
        epochs.push(epoch);
        epoch = [];
      } else if (e.kind === 'sample') epoch.push(e.sample.x[0]!);
    }
    for (const e of epochs) expect([...e].sort((x, y) => x - y)).toEqual(all(1000));
    expect(epochs[1]).not.toEqual(epochs[0]);
    // with at most bufferSize rows held, row r cannot come out before place r - bufferSize
    const second = epochs[1]!;
    expect(Math.max(...second.map((row, place) => row - place))).toBeLessThanOrEqual(bufferSize);
  });

  it('passes rejected rows and headers through in order', async () => {
    const input: SourceEvent[] = [{ kind: 'header', names: ['a', 'label'], featureNames: ['a'] }, { kind: 'rejected', rejected: { line: 2, code: 'BAD_VALUE', reason: 'x' } }, ...events(3, 1)];
    const out = await lastValueFrom(from(input).pipe(shuffle({ seed: 1, memoryBytes: 1 << 30, bufferSize: 1 }), toArray()));
    expect(out.map((e) => e.kind)).toEqual(['header', 'rejected', 'sample', 'sample', 'sample', 'epoch-end']);
  });
});

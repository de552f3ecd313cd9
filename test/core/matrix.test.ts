import { describe, expect, it } from 'vitest';
import { NnError } from '../../src/core/errors.js';
import { fromRowMajor, fromRows, leadingColumns, matrix, sameShape, toRowMajor, toRows } from '../../src/core/matrix.js';

const rows = [
  [1, 2, 3],
  [4, 5, 6],
];

describe('matrix', () => {
  it('is column-major: element (i, j) is data[i + j * rows]', () => {
    const M = fromRows(rows);
    expect([M.rows, M.cols]).toEqual([2, 3]);
    expect(Array.from(M.data)).toEqual([1, 4, 2, 5, 3, 6]);
    for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) expect(M.data[i + j * M.rows]).toBe(rows[i]![j]);
  });

  it('toRows gives back the rows fromRows was given (numpy order)', () => {
    expect(toRows(fromRows(rows))).toEqual(rows);
    expect(toRows(fromRows([[7]]))).toEqual([[7]]);
    const empty = fromRows([]);
    expect([empty.rows, empty.cols]).toEqual([0, 0]);
  });

  it('toRowMajor lists the rows one after another, and fromRowMajor reads them back', () => {
    const M = fromRows(rows);
    expect(Array.from(toRowMajor(M))).toEqual([1, 2, 3, 4, 5, 6]);
    const back = fromRowMajor(2, 3, [1, 2, 3, 4, 5, 6]);
    expect(Array.from(back.data)).toEqual(Array.from(M.data));
    const out = new Float64Array(6);
    expect(toRowMajor(M, out)).toBe(out);
  });

  it('rejects ragged rows and value lists of the wrong length with BAD_SHAPE', () => {
    const ragged = (): unknown => fromRows([[1, 2], [3]]);
    expect(ragged).toThrow(NnError);
    expect(ragged).toThrow(/row 1 has 1/);
    try {
      fromRowMajor(2, 2, [1, 2, 3]);
      expect.unreachable();
    } catch (e) {
      expect((e as NnError).code).toBe('BAD_SHAPE');
    }
    expect(() => matrix(2, 2, new Float64Array(3))).toThrow(/at least 4 values/);
  });

  it('matrix() over a longer buffer is a view of its first rows*cols values', () => {
    const buf = new Float64Array(10);
    const M = matrix(2, 3, buf);
    expect(M.data.length).toBe(6);
    M.data[5] = 9;
    expect(buf[5]).toBe(9);
    expect(matrix(2, 5, buf).data).toBe(buf);
  });

  it('leadingColumns views the first columns without copying', () => {
    const M = fromRows(rows);
    const V = leadingColumns(M, 2);
    expect(toRows(V)).toEqual([
      [1, 2],
      [4, 5],
    ]);
    V.data[0] = -1;
    expect(M.data[0]).toBe(-1);
    expect(leadingColumns(M, 3)).toBe(M);
    expect(() => leadingColumns(M, 4)).toThrow(NnError);
  });

  it('sameShape compares rows and columns', () => {
    expect(sameShape(matrix(2, 3), matrix(2, 3))).toBe(true);
    expect(sameShape(matrix(2, 3), matrix(3, 2))).toBe(false);
  });
});

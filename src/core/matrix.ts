import { assertShape } from './errors.js';

/**
 * A dense column-major matrix of float64: element (i, j) is `data[i + j * rows]`.
 * A mini-batch X of m samples with n features is (n x m): one column per sample.
 */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

export function matrix(rows: number, cols: number, data?: Float64Array): Matrix {
  const size = rows * cols;
  if (data === undefined) return { rows, cols, data: new Float64Array(size) };
  assertShape(data.length >= size, `Expected at least ${size} values for a ${rows}x${cols} matrix, got ${data.length}`);
  return { rows, cols, data: data.length === size ? data : data.subarray(0, size) };
}

/** A view of the first `cols` columns of `M`, sharing its storage. */
export function leadingColumns(M: Matrix, cols: number): Matrix {
  assertShape(cols <= M.cols, `Cannot view ${cols} columns of a matrix with ${M.cols}`);
  return cols === M.cols ? M : { rows: M.rows, cols, data: M.data.subarray(0, M.rows * cols) };
}

/** Builds a column-major matrix from a list of rows (numpy order). */
export function fromRows(rows: readonly (readonly number[])[]): Matrix {
  const r = rows.length;
  const c = r === 0 ? 0 : rows[0]!.length;
  const M = matrix(r, c);
  for (let i = 0; i < r; i++) {
    const row = rows[i]!;
    assertShape(row.length === c, `Expected every row to have ${c} values, row ${i} has ${row.length}`);
    for (let j = 0; j < c; j++) M.data[i + j * r] = row[j]!;
  }
  return M;
}

/** The matrix as a list of rows (numpy order). */
export function toRows(M: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < M.rows; i++) {
    const row = new Array<number>(M.cols);
    for (let j = 0; j < M.cols; j++) row[j] = M.data[i + j * M.rows]!;
    out.push(row);
  }
  return out;
}

/** Row-major copy of the values (the order of the protocol's Layer.w). */
export function toRowMajor(M: Matrix, out = new Float64Array(M.rows * M.cols)): Float64Array {
  const { rows, cols, data } = M;
  for (let j = 0; j < cols; j++) for (let i = 0; i < rows; i++) out[i * cols + j] = data[i + j * rows]!;
  return out;
}

/** Column-major matrix from row-major values. */
export function fromRowMajor(rows: number, cols: number, values: ArrayLike<number>): Matrix {
  assertShape(values.length === rows * cols, `Expected ${rows * cols} values for a ${rows}x${cols} matrix, got ${values.length}`);
  const M = matrix(rows, cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) M.data[i + j * rows] = values[i * cols + j]!;
  return M;
}

export function sameShape(a: Matrix, b: Matrix): boolean {
  return a.rows === b.rows && a.cols === b.cols;
}

/**
 * jsKernels' thin products, those whose short dimension has at most THIN values (a
 * few inputs or units, one output unit: the small networks, whose products are all
 * of this kind and small enough that WasmKernels hands them to jsKernels too). They
 * run one row at a time with the short dimension unrolled into locals, which V8
 * keeps in registers, instead of the general loops' innermost loop of 1 to 4 turns;
 * over blocks of columns small enough that the block of the long operand they sweep
 * once per row stays in the first-level cache (about BLOCK values).
 */
export const THIN = 4;
const BLOCK = 2048;

function blockColumns(rows: number): number {
  return Math.max(8, Math.floor(BLOCK / rows));
}

/** affine for k <= THIN: out_ij = b_i + w_i0·a_0j + w_i1·a_1j + ..., summed in that order. */
export function thinAffine(o: Float64Array, w: Float64Array, a: Float64Array, b: Float64Array | undefined, r: number, k: number, m: number): void {
  const cols = blockColumns(r);
  for (let j0 = 0; j0 < m; j0 += cols) {
    const j1 = Math.min(m, j0 + cols);
    for (let i = 0; i < r; i++) {
      const bi = b === undefined ? 0 : b[i]!;
      const w0 = w[i]!, w1 = k > 1 ? w[i + r]! : 0, w2 = k > 2 ? w[i + 2 * r]! : 0, w3 = k > 3 ? w[i + 3 * r]! : 0;
      if (k === 1) for (let j = j0; j < j1; j++) o[i + j * r] = bi + w0 * a[j]!;
      else if (k === 2) for (let j = j0; j < j1; j++) o[i + j * r] = bi + w0 * a[2 * j]! + w1 * a[2 * j + 1]!;
      else if (k === 3) for (let j = j0; j < j1; j++) o[i + j * r] = bi + w0 * a[3 * j]! + w1 * a[3 * j + 1]! + w2 * a[3 * j + 2]!;
      else for (let j = j0; j < j1; j++) o[i + j * r] = bi + w0 * a[4 * j]! + w1 * a[4 * j + 1]! + w2 * a[4 * j + 2]! + w3 * a[4 * j + 3]!;
    }
  }
}

/**
 * gemmNT for k <= THIN: per row i of dZ, the k dot products with the rows of A in
 * one sweep, each summed in two halves (even and odd j) so that the additions of
 * one do not wait for the other's.
 */
export function thinGemmNT(o: Float64Array, d: Float64Array, a: Float64Array, alpha: number, beta: number, r: number, k: number, m: number): void {
  for (let i = 0; i < r * k; i++) o[i] = beta === 0 ? 0 : beta * o[i]!;
  const cols = blockColumns(r);
  for (let j0 = 0; j0 < m; j0 += cols) {
    const j1 = Math.min(m, j0 + cols), odd = (j1 - j0) % 2 === 1 ? j1 - 1 : -1, jEven = odd < 0 ? j1 : odd;
    for (let i = 0; i < r; i++) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, t0 = 0, t1 = 0, t2 = 0, t3 = 0;
      if (k === 1)
        for (let j = j0; j < jEven; j += 2) {
          s0 += d[i + j * r]! * a[j]!;
          t0 += d[i + (j + 1) * r]! * a[j + 1]!;
        }
      else if (k === 2)
        for (let j = j0; j < jEven; j += 2) {
          const d0 = d[i + j * r]!, d1 = d[i + (j + 1) * r]!;
          s0 += d0 * a[2 * j]!;
          s1 += d0 * a[2 * j + 1]!;
          t0 += d1 * a[2 * j + 2]!;
          t1 += d1 * a[2 * j + 3]!;
        }
      else if (k === 3)
        for (let j = j0; j < jEven; j += 2) {
          const d0 = d[i + j * r]!, d1 = d[i + (j + 1) * r]!;
          s0 += d0 * a[3 * j]!;
          s1 += d0 * a[3 * j + 1]!;
          s2 += d0 * a[3 * j + 2]!;
          t0 += d1 * a[3 * j + 3]!;
          t1 += d1 * a[3 * j + 4]!;
          t2 += d1 * a[3 * j + 5]!;
        }
      else
        for (let j = j0; j < jEven; j += 2) {
          const d0 = d[i + j * r]!, d1 = d[i + (j + 1) * r]!;
          s0 += d0 * a[4 * j]!;
          s1 += d0 * a[4 * j + 1]!;
          s2 += d0 * a[4 * j + 2]!;
          s3 += d0 * a[4 * j + 3]!;
          t0 += d1 * a[4 * j + 4]!;
          t1 += d1 * a[4 * j + 5]!;
          t2 += d1 * a[4 * j + 6]!;
          t3 += d1 * a[4 * j + 7]!;
        }
      if (odd >= 0) {
        const dl = d[i + odd * r]!, al = odd * k;
        s0 += dl * a[al]!;
        if (k > 1) s1 += dl * a[al + 1]!;
        if (k > 2) s2 += dl * a[al + 2]!;
        if (k > 3) s3 += dl * a[al + 3]!;
      }
      o[i]! += alpha * (s0 + t0);
      if (k > 1) o[i + r]! += alpha * (s1 + t1);
      if (k > 2) o[i + 2 * r]! += alpha * (s2 + t2);
      if (k > 3) o[i + 3 * r]! += alpha * (s3 + t3);
    }
  }
}

/** gemmTN for r <= THIN: per column p of W (r values in locals), row p of out. */
export function thinGemmTN(o: Float64Array, w: Float64Array, d: Float64Array, r: number, k: number, m: number): void {
  const cols = blockColumns(k);
  for (let j0 = 0; j0 < m; j0 += cols) {
    const j1 = Math.min(m, j0 + cols);
    for (let p = 0; p < k; p++) {
      const q = p * r;
      const w0 = w[q]!, w1 = r > 1 ? w[q + 1]! : 0, w2 = r > 2 ? w[q + 2]! : 0, w3 = r > 3 ? w[q + 3]! : 0;
      // summed from 0, as a dot product is (so -0 terms give 0)
      if (r === 1) for (let j = j0; j < j1; j++) o[p + j * k] = 0 + w0 * d[j]!;
      else if (r === 2) for (let j = j0; j < j1; j++) o[p + j * k] = 0 + w0 * d[2 * j]! + w1 * d[2 * j + 1]!;
      else if (r === 3) for (let j = j0; j < j1; j++) o[p + j * k] = 0 + w0 * d[3 * j]! + w1 * d[3 * j + 1]! + w2 * d[3 * j + 2]!;
      else for (let j = j0; j < j1; j++) o[p + j * k] = 0 + w0 * d[4 * j]! + w1 * d[4 * j + 1]! + w2 * d[4 * j + 2]! + w3 * d[4 * j + 3]!;
    }
  }
}

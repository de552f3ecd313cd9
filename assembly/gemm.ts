// Cache-blocked, register-tiled float64 matrix product with WebAssembly SIMD (f64x2).
//
//   C (M x N) = alpha · A (M x K) · B (K x N) + beta · C + bias (broadcast over columns)
//
// Every operand is addressed through element strides, so one routine serves the three
// products of a training step (W·A, dZ·A^T, W^T·dZ): the transposes are absorbed by
// packing, which copies each block once into the order the register tile reads.
// Pointers are byte offsets into linear memory; strides and sizes count float64 values.
// C is column-major with column stride ldc. With beta == 0, C is never read.

// Register tile: MR rows (four f64x2 vectors) by NR columns.
const MR = 8;
const NR = 2;
// Cache blocks: a KC x NC block of B is packed once and read from L2 by every row panel;
// an MR x KC panel of A stays in L1 while it sweeps across the block's columns.
const KC = 256;
const MC = 128;
const NC = 256;

/** Bytes of scratch memory `gemm` needs (packed blocks and an edge tile). */
export function gemmScratchBytes(): usize {
  return (<usize>(KC * NC + MC * KC + MR * NR + MR) << 3) + 64;
}

// Packs A[i0.., p0..] (mb x kb) into row panels of MR: panel q holds rows q*MR.., ordered
// p-major so that the tile reads MR consecutive values per step. Rows past mb are zero.
function packA(dst: usize, A: usize, ai: usize, ap: usize, mb: i32, kb: i32): void {
  for (let q = 0; q < mb; q += MR) {
    const rows = min(MR, mb - q);
    const src = A + <usize>q * ai * 8;
    if (rows == MR && ai == 1) {
      for (let p = 0; p < kb; p++) {
        const s = src + <usize>p * ap * 8;
        v128.store(dst, v128.load(s, 0), 0);
        v128.store(dst, v128.load(s, 16), 16);
        v128.store(dst, v128.load(s, 32), 32);
        v128.store(dst, v128.load(s, 48), 48);
        dst += MR * 8;
      }
    } else {
      for (let p = 0; p < kb; p++) {
        const s = src + <usize>p * ap * 8;
        for (let ii = 0; ii < MR; ii++) store<f64>(dst + (<usize>ii << 3), ii < rows ? load<f64>(s + <usize>ii * ai * 8) : 0.0);
        dst += MR * 8;
      }
    }
  }
}

// Packs B[p0.., j0..] (kb x nb) into column panels of NR, p-major; columns past nb are zero.
function packB(dst: usize, B: usize, bp: usize, bj: usize, kb: i32, nb: i32): void {
  for (let q = 0; q < nb; q += NR) {
    const cols = min(NR, nb - q);
    const s0 = B + <usize>q * bj * 8;
    if (cols == NR) {
      const s1 = s0 + bj * 8;
      for (let p = 0; p < kb; p++) {
        const o = <usize>p * bp * 8;
        store<f64>(dst, load<f64>(s0 + o));
        store<f64>(dst, load<f64>(s1 + o), 8);
        dst += NR * 8;
      }
    } else {
      for (let p = 0; p < kb; p++) {
        store<f64>(dst, load<f64>(s0 + <usize>p * bp * 8));
        store<f64>(dst, 0.0, 8);
        dst += NR * 8;
      }
    }
  }
}

// acc + a·b. The build with relaxed SIMD fuses it into one multiply-add (x86's FMA3,
// ARM's FMLA: one rounding instead of two, and half the instructions, which is what
// limits the tile); where the CPU has no fused instruction the engine emits mul + add.
// @ts-ignore: decorator
@inline
function madd(acc: v128, a: v128, b: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f64x2.relaxed_madd(a, b, acc);
  return f64x2.add(acc, f64x2.mul(a, b));
}

// The register tile: acc (MR x NR) = Ap (MR x kb) · Bp (kb x NR), then
// C = alpha · acc + beta · C + bias, with C's column stride ldc in bytes.
// @ts-ignore: decorator
@inline
function tile(ap: usize, bp: usize, kb: i32, c: usize, ldc: usize, alpha: f64, beta: f64, bias: usize): void {
  let c00 = f64x2.splat(0), c10 = f64x2.splat(0), c20 = f64x2.splat(0), c30 = f64x2.splat(0);
  let c01 = f64x2.splat(0), c11 = f64x2.splat(0), c21 = f64x2.splat(0), c31 = f64x2.splat(0);
  for (let p = 0; p < kb; p++) {
    const a0 = v128.load(ap, 0), a1 = v128.load(ap, 16), a2 = v128.load(ap, 32), a3 = v128.load(ap, 48);
    const b0 = v128.load_splat<f64>(bp, 0);
    c00 = madd(c00, a0, b0);
    c10 = madd(c10, a1, b0);
    c20 = madd(c20, a2, b0);
    c30 = madd(c30, a3, b0);
    const b1 = v128.load_splat<f64>(bp, 8);
    c01 = madd(c01, a0, b1);
    c11 = madd(c11, a1, b1);
    c21 = madd(c21, a2, b1);
    c31 = madd(c31, a3, b1);
    ap += MR * 8;
    bp += NR * 8;
  }
  if (alpha != 1.0) {
    const s = f64x2.splat(alpha);
    c00 = f64x2.mul(c00, s); c10 = f64x2.mul(c10, s); c20 = f64x2.mul(c20, s); c30 = f64x2.mul(c30, s);
    c01 = f64x2.mul(c01, s); c11 = f64x2.mul(c11, s); c21 = f64x2.mul(c21, s); c31 = f64x2.mul(c31, s);
  }
  const c1 = c + ldc;
  if (beta == 1.0) {
    c00 = f64x2.add(c00, v128.load(c, 0)); c10 = f64x2.add(c10, v128.load(c, 16));
    c20 = f64x2.add(c20, v128.load(c, 32)); c30 = f64x2.add(c30, v128.load(c, 48));
    c01 = f64x2.add(c01, v128.load(c1, 0)); c11 = f64x2.add(c11, v128.load(c1, 16));
    c21 = f64x2.add(c21, v128.load(c1, 32)); c31 = f64x2.add(c31, v128.load(c1, 48));
  } else if (beta != 0.0) {
    const s = f64x2.splat(beta);
    c00 = f64x2.add(c00, f64x2.mul(s, v128.load(c, 0))); c10 = f64x2.add(c10, f64x2.mul(s, v128.load(c, 16)));
    c20 = f64x2.add(c20, f64x2.mul(s, v128.load(c, 32))); c30 = f64x2.add(c30, f64x2.mul(s, v128.load(c, 48)));
    c01 = f64x2.add(c01, f64x2.mul(s, v128.load(c1, 0))); c11 = f64x2.add(c11, f64x2.mul(s, v128.load(c1, 16)));
    c21 = f64x2.add(c21, f64x2.mul(s, v128.load(c1, 32))); c31 = f64x2.add(c31, f64x2.mul(s, v128.load(c1, 48)));
  }
  if (bias != 0) {
    const b0 = v128.load(bias, 0), b1 = v128.load(bias, 16), b2 = v128.load(bias, 32), b3 = v128.load(bias, 48);
    c00 = f64x2.add(c00, b0); c10 = f64x2.add(c10, b1); c20 = f64x2.add(c20, b2); c30 = f64x2.add(c30, b3);
    c01 = f64x2.add(c01, b0); c11 = f64x2.add(c11, b1); c21 = f64x2.add(c21, b2); c31 = f64x2.add(c31, b3);
  }
  v128.store(c, c00, 0); v128.store(c, c10, 16); v128.store(c, c20, 32); v128.store(c, c30, 48);
  v128.store(c1, c01, 0); v128.store(c1, c11, 16); v128.store(c1, c21, 32); v128.store(c1, c31, 48);
}

// A tile that sticks out of C (fewer than MR rows or NR columns) runs on a scratch copy.
function edgeTile(ap: usize, bp: usize, kb: i32, c: usize, ldc: usize, rows: i32, cols: i32,
  alpha: f64, beta: f64, bias: usize, t: usize, tb: usize): void {
  for (let jj = 0; jj < NR; jj++)
    for (let ii = 0; ii < MR; ii++)
      store<f64>(t + (<usize>(ii + jj * MR) << 3), beta != 0.0 && ii < rows && jj < cols ? load<f64>(c + <usize>jj * ldc + (<usize>ii << 3)) : 0.0);
  let tbias: usize = 0;
  if (bias != 0) {
    for (let ii = 0; ii < MR; ii++) store<f64>(tb + (<usize>ii << 3), ii < rows ? load<f64>(bias + (<usize>ii << 3)) : 0.0);
    tbias = tb;
  }
  tile(ap, bp, kb, t, MR * 8, alpha, beta, tbias);
  for (let jj = 0; jj < cols; jj++)
    for (let ii = 0; ii < rows; ii++)
      store<f64>(c + <usize>jj * ldc + (<usize>ii << 3), load<f64>(t + (<usize>(ii + jj * MR) << 3)));
}

/**
 * C (M x N) = alpha · A · B + beta · C + bias, where A(i, p) is at A + 8·(i·ai + p·ap),
 * B(p, j) at B + 8·(p·bp + j·bj), C(i, j) at C + 8·(i + j·ldc), bias[i] at bias + 8·i
 * (bias == 0: none). `scratch` holds gemmScratchBytes() bytes, 16-byte aligned.
 */
export function gemm(C: usize, ldc: i32, A: usize, ai: i32, ap: i32, B: usize, bp: i32, bj: i32,
  M: i32, N: i32, K: i32, alpha: f64, beta: f64, bias: usize, scratch: usize): void {
  const Bp = scratch;
  const Ap = Bp + (<usize>(KC * NC) << 3);
  const T = Ap + (<usize>(MC * KC) << 3);
  const Tb = T + (<usize>(MR * NR) << 3);
  const ldcb = <usize>ldc << 3;
  // K in equal blocks of at most KC (784 = 4 x 196, not 3 x 256 + 16): a short last block
  // would pay the tile's loads and stores of C for little work
  const kc = K <= KC ? max(K, 1) : (K + (K + KC - 1) / KC - 1) / ((K + KC - 1) / KC);
  for (let jc = 0; jc < N; jc += NC) {
    const nb = min(NC, N - jc);
    let pc = 0;
    do {
      const kb = min(kc, K - pc);
      const first = pc == 0;
      const betaBlock = first ? beta : 1.0;
      packB(Bp, B + (<usize>(pc * bp + jc * bj) << 3), bp, bj, kb, nb);
      for (let ic = 0; ic < M; ic += MC) {
        const mb = min(MC, M - ic);
        packA(Ap, A + (<usize>(ic * ai + pc * ap) << 3), ai, ap, mb, kb);
        for (let jr = 0; jr < nb; jr += NR) {
          const cols = min(NR, nb - jr);
          const bpan = Bp + (<usize>(jr * kb) << 3);
          const ccol = C + (<usize>(jc + jr) * ldcb);
          for (let ir = 0; ir < mb; ir += MR) {
            const rows = min(MR, mb - ir);
            const apan = Ap + (<usize>(ir * kb) << 3);
            const c = ccol + (<usize>(ic + ir) << 3);
            const b = first && bias != 0 ? bias + (<usize>(ic + ir) << 3) : 0;
            if (rows == MR && cols == NR) tile(apan, bpan, kb, c, ldcb, alpha, betaBlock, b);
            else edgeTile(apan, bpan, kb, c, ldcb, rows, cols, alpha, betaBlock, b, T, Tb);
          }
        }
      }
      pc += kc;
    } while (pc < K);
  }
}

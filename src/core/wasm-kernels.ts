import { GemmTeam, availableHelpers, type GemmFn } from './gemm-team.js';
import { KERNELS_FMA_SHARED_WASM_BASE64, KERNELS_FMA_WASM_BASE64, KERNELS_SHARED_WASM_BASE64, KERNELS_WASM_BASE64 } from './generated/kernels-wasm.js';
import { checkAffine, checkGemmNT, checkGemmTN, jsKernels, type Kernels } from './kernels.js';
import type { Matrix } from './matrix.js';

/** The exports of assembly/index.ts (pointers are byte offsets into the arena's memory). */
interface KernelExports {
  heapBase(): number;
  gemmScratchBytes(): number;
  gemm: GemmFn;
}

const PAGE = 65536;
const ALIGN = 64; // a cache line: every array starts on its own
const MAX_BYTES = 65536 * PAGE; // wasm32 addresses 4 GiB
const MIN_BYTES = 2 << 20; // the gemm's scratch space (under 1 MiB) and room besides
/** Products smaller than this many multiply-adds run as plain loops: a call into WebAssembly costs more. */
const SMALL = 2048;
/** Products of at least this many multiply-adds are shared with helper threads (waking one costs ~50 µs). */
const PARALLEL = 1 << 21;
/** Default capacity of a new arena; pages that are never written cost no memory. */
export const DEFAULT_ARENA_BYTES = 16 * 1024 * 1024;

const compiled: { plain?: WebAssembly.Module | null; shared?: WebAssembly.Module | null } = {};
let fused: boolean | undefined;

/**
 * A compiled kernels module (`shared`: the build that imports a shared memory), or
 * null where WebAssembly, its SIMD or shared memory is missing. The build with fused
 * multiply-add (relaxed SIMD) where the engine has it, else the one with separate
 * multiply and add. Compiled synchronously (the Learner's API is synchronous):
 * browsers allow that on their main thread for modules under 4 KiB, which these are.
 */
function kernelModule(shared: boolean): WebAssembly.Module | null {
  const key = shared ? 'shared' : 'plain';
  if (compiled[key] === undefined) {
    const withFma = fmaKernels() ? compile(shared ? KERNELS_FMA_SHARED_WASM_BASE64 : KERNELS_FMA_WASM_BASE64) : null;
    compiled[key] = withFma ?? compile(shared ? KERNELS_SHARED_WASM_BASE64 : KERNELS_WASM_BASE64);
  }
  return compiled[key];
}

function compile(base64: string): WebAssembly.Module | null {
  try {
    return new WebAssembly.Module(bytesOfBase64(base64));
  } catch {
    return null;
  }
}

function bytesOfBase64(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * Whether the products use the build with fused multiply-add: one rounding per
 * multiply-add instead of two (as OpenBLAS does), and about a fifth faster, since the
 * register tile is limited by how many instructions it issues. Node 20's engine has
 * relaxed SIMD behind a flag, which is switched on here (Node 22's has it on).
 * NNSTREAM_FMA=0 picks separate multiply and add: results then equal, bit for bit, on
 * every machine, where the fused build's depend on whether the CPU has FMA.
 */
export function fmaKernels(): boolean {
  if (fused !== undefined) return fused;
  fused = false;
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  if (env?.['NNSTREAM_FMA'] === '0') return fused;
  try {
    const bytes = bytesOfBase64(KERNELS_FMA_WASM_BASE64);
    if (!WebAssembly.validate(bytes)) {
      const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
      const v8 = proc?.getBuiltinModule?.('node:v8') as { setFlagsFromString(flags: string): void } | undefined;
      v8?.setFlagsFromString('--experimental-wasm-relaxed-simd');
    }
    fused = WebAssembly.validate(bytes);
  } catch {
    fused = false;
  }
  return fused;
}

export function wasmKernelsAvailable(): boolean {
  return kernelModule(false) !== null;
}

export interface WasmKernelsOptions {
  /** Threads sharing each large product, the caller included (default: the cores, at most 4; NNSTREAM_THREADS overrides). */
  threads?: number;
}

/**
 * Kernels running in WebAssembly (f64x2 SIMD, cache-blocked and register-tiled), with
 * an arena: `alloc` hands out float64 arrays inside the module's memory, which the
 * kernels then read and write in place. The memory never grows (growing would detach
 * every array handed out); when it is full, `alloc` answers undefined and the owner
 * moves to `resized(bytes)`. Operands outside the arena are copied through a private
 * staging arena, so any Matrix works, only slower. Products too small to pay for the
 * call run as jsKernels on the same arrays. Large products are shared with helper
 * threads where the platform has them (see GemmTeam), with bit-identical results.
 * Float64 throughout: results equal jsKernels up to the order of summation.
 */
export class WasmKernels implements Kernels {
  readonly name = 'wasm';
  private readonly memory: WebAssembly.Memory;
  private readonly buffer: ArrayBufferLike;
  private readonly x: KernelExports;
  private readonly scratch: number;
  private readonly team: GemmTeam | undefined;
  private top: number;
  private readonly end: number;

  private constructor(module: WebAssembly.Module, bytes: number, helpers: number) {
    const pages = Math.min(65536, Math.ceil(bytes / PAGE));
    const shared = helpers > 0;
    this.memory = new WebAssembly.Memory(shared ? { initial: pages, maximum: pages, shared: true } : { initial: pages });
    this.buffer = this.memory.buffer;
    const instance = new WebAssembly.Instance(module, { env: { memory: this.memory } });
    this.x = instance.exports as unknown as KernelExports;
    this.end = pages * PAGE;
    this.top = roundUp(Math.max(this.x.heapBase(), ALIGN), ALIGN);
    const scratchBytes = roundUp(this.x.gemmScratchBytes(), ALIGN);
    const scratch = Array.from({ length: helpers + 1 }, (_, i) => this.top + i * scratchBytes);
    this.scratch = scratch[0]!;
    this.top += scratch.length * scratchBytes;
    if (this.top > this.end) throw new RangeError(`A wasm arena of ${bytes} bytes is too small for its scratch space`);
    this.team = shared ? new GemmTeam(this, module, this.memory, scratch.slice(1)) : undefined;
  }

  /** New kernels with an arena of about `bytes` bytes, or undefined where WebAssembly SIMD is missing. */
  static create(bytes = DEFAULT_ARENA_BYTES, o: WasmKernelsOptions = {}): WasmKernels | undefined {
    let helpers = o.threads === undefined ? availableHelpers() : Math.max(0, Math.min(3, Math.floor(o.threads) - 1));
    const module = (helpers > 0 ? kernelModule(true) : null) ?? kernelModule(false);
    if (module === null) return undefined;
    if (module !== kernelModule(true)) helpers = 0;
    return new WasmKernels(module, Math.min(MAX_BYTES, Math.max(bytes, MIN_BYTES * (helpers + 1))), helpers);
  }

  /** Threads that share large products (1: the caller alone). */
  get threads(): number {
    return 1 + (this.team?.helpers ?? 0);
  }

  /** Chunks of products computed by helper threads so far. */
  get helped(): number {
    return this.team?.helped ?? 0;
  }

  /** Bytes still free in the arena. */
  get free(): number {
    return this.end - this.top;
  }

  alloc(length: number): Float64Array | undefined {
    const bytes = roundUp(length * 8, ALIGN);
    if (this.top + bytes > this.end) return undefined;
    const a = new Float64Array(this.buffer, this.top, length);
    this.top += bytes;
    return a;
  }

  resized(bytes: number): Kernels {
    return WasmKernels.create(bytes, { threads: this.threads }) ?? jsKernels;
  }

  /** @internal A copy of M in this arena (the staging route). */
  copy(M: Matrix): Matrix {
    return { rows: M.rows, cols: M.cols, data: this.copyArray(M.data) };
  }

  /** @internal */
  copyArray(a: Float64Array): Float64Array {
    const c = this.alloc(a.length);
    if (c === undefined) throw new RangeError(`The wasm arena has no room for ${a.length} values`);
    c.set(a);
    return c;
  }

  /**
   * @internal Runs `body` on a copy of `out` made in this arena (its values copied only when
   * `read`), copies the result back and frees everything `body` allocated.
   */
  staged(out: Matrix, read: boolean, body: (s: WasmKernels, o: Matrix) => void): Matrix {
    const mark = this.top;
    try {
      const o = read ? this.copy(out) : { rows: out.rows, cols: out.cols, data: this.alloc(out.data.length)! };
      body(this, o);
      out.data.set(o.data);
    } finally {
      this.top = mark;
    }
    return out;
  }

  /** True when the array lives in this arena's memory. */
  owns(a: Float64Array): boolean {
    return a.buffer === this.buffer;
  }

  /** The product on pointers, shared with the helper threads when it is large enough. */
  private gemm(C: number, ldc: number, A: number, ai: number, ap: number, B: number, bp: number, bj: number,
    M: number, N: number, K: number, alpha: number, beta: number, bias: number): void {
    const team = this.team;
    if (team === undefined || M * N * K < PARALLEL || N < 4) {
      this.x.gemm(C, ldc, A, ai, ap, B, bp, bj, M, N, K, alpha, beta, bias, this.scratch);
      return;
    }
    // two chunks per thread, an even number of columns each (the register tile's width)
    const chunks = 2 * (team.helpers + 1);
    const width = Math.max(2, 2 * Math.ceil(N / chunks / 2));
    team.run(this.x.gemm, this.scratch, C, ldc, A, ai, ap, B, bp, bj, M, N, K, alpha, beta, bias, width);
  }

  affine(out: Matrix, W: Matrix, A: Matrix, b?: Float64Array): Matrix {
    checkAffine(out, W, A, b);
    const r = W.rows, k = W.cols, m = A.cols;
    if (r * k * m < SMALL) return jsKernels.affine(out, W, A, b);
    if (!(this.owns(out.data) && this.owns(W.data) && this.owns(A.data) && (b === undefined || this.owns(b))))
      return stagingArena(bytesOf(out.data, W.data, A.data, b)).staged(out, false, (s, o) =>
        s.affine(o, s.copy(W), s.copy(A), b === undefined ? undefined : s.copyArray(b)),
      );
    this.gemm(out.data.byteOffset, r, W.data.byteOffset, 1, r, A.data.byteOffset, 1, k, r, m, k, 1, 0, b === undefined ? 0 : b.byteOffset);
    return out;
  }

  gemmNT(out: Matrix, dZ: Matrix, A: Matrix, alpha: number, beta: number): Matrix {
    checkGemmNT(out, dZ, A);
    const r = dZ.rows, m = dZ.cols, k = A.rows;
    if (r * k * m < SMALL) return jsKernels.gemmNT(out, dZ, A, alpha, beta);
    if (!(this.owns(out.data) && this.owns(dZ.data) && this.owns(A.data)))
      return stagingArena(bytesOf(out.data, dZ.data, A.data)).staged(out, beta !== 0, (s, o) =>
        s.gemmNT(o, s.copy(dZ), s.copy(A), alpha, beta),
      );
    // out (r x k) = alpha · dZ (r x m) · B (m x k) + beta · out, with B(j, p) = A[p + j·k]
    this.gemm(out.data.byteOffset, r, dZ.data.byteOffset, 1, r, A.data.byteOffset, k, 1, r, k, m, alpha, beta, 0);
    return out;
  }

  gemmTN(out: Matrix, W: Matrix, dZ: Matrix): Matrix {
    checkGemmTN(out, W, dZ);
    const r = W.rows, k = W.cols, m = dZ.cols;
    if (r * k * m < SMALL) return jsKernels.gemmTN(out, W, dZ);
    if (!(this.owns(out.data) && this.owns(W.data) && this.owns(dZ.data)))
      return stagingArena(bytesOf(out.data, W.data, dZ.data)).staged(out, false, (s, o) => s.gemmTN(o, s.copy(W), s.copy(dZ)));
    // out (k x m) = W^T (k x r) · dZ (r x m), with W^T(p, i) = W[i + p·r]
    this.gemm(out.data.byteOffset, k, W.data.byteOffset, r, 1, dZ.data.byteOffset, 1, r, k, m, r, 1, 0, 0);
    return out;
  }
}

let staging: WasmKernels | undefined;

/** The staging arena, big enough for `bytes` of operands: the route for matrices outside an arena. */
function stagingArena(bytes: number): WasmKernels {
  if (staging === undefined || staging.free < bytes) staging = WasmKernels.create(roundUp(2 * bytes + 16 * PAGE, PAGE), { threads: 1 })!;
  return staging;
}

function bytesOf(...arrays: (Float64Array | undefined)[]): number {
  let n = 0;
  for (const a of arrays) if (a !== undefined) n += roundUp(a.length * 8, ALIGN);
  return n;
}

function roundUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

/** The fastest kernels this platform offers, each call with a fresh arena: WebAssembly SIMD, else jsKernels. */
export function defaultKernels(bytes = DEFAULT_ARENA_BYTES): Kernels {
  return WasmKernels.create(bytes) ?? jsKernels;
}

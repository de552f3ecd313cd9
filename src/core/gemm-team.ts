/**
 * Helper threads for the WebAssembly matrix product, where the platform has them
 * (Node's worker_threads, reached through process.getBuiltinModule so that this file
 * imports nothing from node: and the browser bundle simply runs without helpers).
 *
 * A product is cut into chunks of C's columns; the calling thread and the helpers take
 * chunks from one atomic counter until none is left, so a helper that is slow to wake
 * (a busy machine) only means the caller takes more chunks itself. Every element of C
 * is computed by one thread in the same order as without helpers: the results are
 * bit-identical whatever the scheduling.
 */

/** The gemm export of assembly/index.ts (see WasmKernels). */
export type GemmFn = (
  C: number, ldc: number, A: number, ai: number, ap: number, B: number, bp: number, bj: number,
  M: number, N: number, K: number, alpha: number, beta: number, bias: number, scratch: number,
) => void;

// Int32 slots of the control block
const GEN = 0; // job number, bumped to wake the helpers
const NEXT = 1; // ticket counter: (job number << 12) | next chunk
const DONE = 2; // chunks finished
const COUNT = 3; // chunks in the job
const JOB = 4; // job number the parameters belong to
const STOP = 5; // set when the team is dropped
const HELPED = 6; // chunks finished by helpers, ever (a statistic)
// Float64 slots (byte offset 64 on): the job's parameters
const PARAMS = 8;
const CONTROL_BYTES = 64 + 8 * 16;
const GEN_MASK = 0x7ffff; // (GEN_MASK << 12) | 4095 stays a positive int32
const WAIT_LIMIT_MS = 60_000;

/**
 * Takes chunks of the current job until none is left; runs on the caller, and in every
 * helper as source text (so it reads nothing from its module but the constants above).
 */
function takeChunks(I: Int32Array, F: Float64Array, gemm: GemmFn, scratch: number, helper: boolean): void {
  for (;;) {
    const t = Atomics.add(I, NEXT, 1);
    const i = t & 4095;
    if (t >>> 12 !== (Atomics.load(I, JOB) & GEN_MASK) || i >= Atomics.load(I, COUNT)) return;
    const p = PARAMS, w = F[p + 14]!, j0 = i * w, n = Math.min(w, F[p + 9]! - j0);
    gemm(F[p]! + j0 * F[p + 1]! * 8, F[p + 1]!, F[p + 2]!, F[p + 3]!, F[p + 4]!, F[p + 5]! + j0 * F[p + 7]! * 8, F[p + 6]!, F[p + 7]!,
      F[p + 8]!, n, F[p + 10]!, F[p + 11]!, F[p + 12]!, F[p + 13]!, scratch);
    if (helper) Atomics.add(I, HELPED, 1);
    Atomics.add(I, DONE, 1);
    Atomics.notify(I, DONE);
  }
}

const HELPER = `'use strict';
const { workerData } = require('node:worker_threads');
const { module, memory, control, scratch } = workerData;
const gemm = new WebAssembly.Instance(module, { env: { memory } }).exports.gemm;
const I = new Int32Array(control), F = new Float64Array(control);
const GEN = ${GEN}, NEXT = ${NEXT}, DONE = ${DONE}, COUNT = ${COUNT}, JOB = ${JOB}, STOP = ${STOP}, HELPED = ${HELPED}, PARAMS = ${PARAMS}, GEN_MASK = ${GEN_MASK};
${takeChunks.toString()}
let seen = 0;
for (;;) {
  Atomics.wait(I, GEN, seen);
  seen = Atomics.load(I, GEN);
  if (Atomics.load(I, STOP) !== 0) break;
  takeChunks(I, F, gemm, scratch, true);
}
`;

interface WorkerLike {
  unref(): void;
  terminate(): unknown;
  on(event: 'error', listener: (e: unknown) => void): unknown;
}
type WorkerConstructor = new (code: string, options: { eval: true; workerData: unknown }) => WorkerLike;

interface NodeLike {
  getBuiltinModule?(id: string): unknown;
  env?: Record<string, string | undefined>;
}

function nodeProcess(): NodeLike | undefined {
  return (globalThis as { process?: NodeLike }).process;
}

/** Helper threads this platform can run besides the caller: cores - 1 (at most 3), or 0. */
export function availableHelpers(): number {
  const proc = nodeProcess();
  if (proc?.getBuiltinModule === undefined || typeof SharedArrayBuffer === 'undefined') return 0;
  const wanted = Number(proc.env?.['NNSTREAM_THREADS'] ?? NaN);
  try {
    const os = proc.getBuiltinModule('node:os') as { availableParallelism?: () => number; cpus(): unknown[] };
    const cores = os.availableParallelism?.() ?? os.cpus().length;
    const threads = Number.isInteger(wanted) && wanted >= 1 ? Math.min(wanted, cores) : cores;
    return Math.max(0, Math.min(3, threads - 1));
  } catch {
    return 0;
  }
}

const teams = new FinalizationRegistry<{ control: Int32Array; workers: WorkerLike[] }>(({ control, workers }) => {
  Atomics.store(control, STOP, 1);
  Atomics.add(control, GEN, 1);
  Atomics.notify(control, GEN);
  for (const w of workers) void w.terminate();
});

/**
 * The caller plus `scratch.length` helpers working on one shared memory. Helpers start
 * on the first product given to `run` (starting takes a few milliseconds, during which
 * the caller works alone).
 */
export class GemmTeam {
  private readonly I: Int32Array;
  private readonly F: Float64Array;
  private readonly workers: WorkerLike[] = [];
  private started = false;
  private gen = 0;

  constructor(
    owner: object,
    private readonly module: WebAssembly.Module,
    private readonly memory: WebAssembly.Memory,
    private readonly scratch: readonly number[],
  ) {
    const control = new SharedArrayBuffer(CONTROL_BYTES);
    this.I = new Int32Array(control);
    this.F = new Float64Array(control);
    teams.register(owner, { control: this.I, workers: this.workers });
  }

  /** Chunks finished by helper threads so far. */
  get helped(): number {
    return Atomics.load(this.I, HELPED);
  }

  get helpers(): number {
    return this.scratch.length;
  }

  private start(): void {
    this.started = true;
    try {
      const threads = nodeProcess()?.getBuiltinModule?.('node:worker_threads') as { Worker: WorkerConstructor } | undefined;
      if (threads === undefined) return;
      for (const scratch of this.scratch) {
        const w = new threads.Worker(HELPER, { eval: true, workerData: { module: this.module, memory: this.memory, control: this.I.buffer, scratch } });
        w.on('error', () => {}); // a helper that fails leaves its chunks to the others
        w.unref();
        this.workers.push(w);
      }
    } catch {
      // no helpers: the caller takes every chunk
    }
  }

  /** gemm (same arguments) with C's N columns cut into chunks of `width` (even) columns. */
  run(gemm: GemmFn, scratch: number, C: number, ldc: number, A: number, ai: number, ap: number, B: number, bp: number, bj: number,
    M: number, N: number, K: number, alpha: number, beta: number, bias: number, width: number): void {
    if (!this.started) this.start();
    const { I, F } = this;
    const count = Math.ceil(N / width);
    const gen = (this.gen = (this.gen + 1) & GEN_MASK);
    F.set([C, ldc, A, ai, ap, B, bp, bj, M, N, K, alpha, beta, bias, width], PARAMS);
    Atomics.store(I, COUNT, count);
    Atomics.store(I, DONE, 0);
    Atomics.store(I, JOB, gen);
    Atomics.store(I, NEXT, gen << 12);
    Atomics.store(I, GEN, gen);
    if (this.workers.length > 0) Atomics.notify(I, GEN);
    takeChunks(I, F, gemm, scratch, false);
    const t0 = Date.now();
    for (let d = Atomics.load(I, DONE); d < count; d = Atomics.load(I, DONE)) {
      Atomics.wait(I, DONE, d, 100);
      if (Date.now() - t0 > WAIT_LIMIT_MS) throw new Error('A kernel helper thread stopped in the middle of a product');
    }
  }
}

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsKernels, type Kernels } from '../../src/core/kernels.js';
import { Learner, type LearnerOptions } from '../../src/core/learner.js';
import { matrix, type Matrix } from '../../src/core/matrix.js';
import { Rng } from '../../src/core/rng.js';
import { WasmKernels, defaultKernels, wasmKernelsAvailable } from '../../src/core/wasm-kernels.js';
import '../reference/relative.js';

/**
 * The WebAssembly kernels against jsKernels: the same products up to the order of
 * summation (so to ~1e-12 relative, measured against the size of the terms), on
 * sizes that are not multiples of the register tile (8 x 2) nor of the cache blocks
 * (KC = 256, MC = 128, NC = 256), and a whole training run equal to the JS one.
 */
const wasm = WasmKernels.create(64 << 20)!;

function random(rng: Rng, rows: number, cols: number): Matrix {
  const M = matrix(rows, cols);
  for (let i = 0; i < M.data.length; i++) M.data[i] = rng.normal();
  return M;
}

/** A copy of M inside the arena of `k`, where the kernels read it in place. */
function inArena(k: WasmKernels, M: Matrix): Matrix {
  const data = k.alloc(M.data.length)!;
  data.set(M.data);
  return matrix(M.rows, M.cols, data);
}

/**
 * max |a - b| / max |b| over the elements: summation order moves each result by a few
 * ulps of the sum of the |terms|, which for random signs can exceed the result itself.
 */
function relativeError(a: Float64Array, b: Float64Array): number {
  expect(a.length).toBe(b.length);
  let d = 0, s = 0;
  for (let i = 0; i < a.length; i++) {
    d = Math.max(d, Math.abs(a[i]! - b[i]!));
    s = Math.max(s, Math.abs(b[i]!));
  }
  return s === 0 ? d : d / s;
}

// r x k times k x m: tiny, odd, edges of every tile and block, and the shapes
const SIZES: [number, number, number][] = [
  [1, 1, 1], [3, 5, 7], [8, 2, 2], [9, 3, 3], [13, 31, 7], [1, 128, 128], [4, 2, 64],
  [33, 65, 129], [130, 259, 257], [7, 517, 3], [128, 784, 128], [17, 1, 300],
];

describe.runIf(wasmKernelsAvailable())('WasmKernels', () => {
  for (const [r, k, m] of SIZES) {
    for (const where of ['arena', 'plain arrays'] as const) {
      it(`equals jsKernels for ${r}x${k} times ${k}x${m} (${where})`, () => {
        const rng = Rng.fromSeed(`${r}-${k}-${m}`);
        const put = (M: Matrix): Matrix => (where === 'arena' ? inArena(wasm, M) : M);
        const W = random(rng, r, k), A = random(rng, k, m), dZ = random(rng, r, m), b = random(rng, r, 1).data;

        const z1 = jsKernels.affine(matrix(r, m), W, A, b);
        const z2 = wasm.affine(put(matrix(r, m)), put(W), put(A), where === 'arena' ? inArena(wasm, matrix(r, 1, b)).data : b);
        expect(relativeError(z2.data, z1.data)).toBeLessThan(1e-12);

        const z3 = wasm.affine(put(matrix(r, m)), put(W), put(A));
        expect(relativeError(z3.data, jsKernels.affine(matrix(r, m), W, A).data)).toBeLessThan(1e-12);

        const before = random(rng, r, k);
        for (const [alpha, beta] of [[1 / m, 0], [0.5, 1], [0.25, -0.75]] as const) {
          const g1 = jsKernels.gemmNT(matrix(r, k, before.data.slice()), dZ, A, alpha, beta);
          const g2 = wasm.gemmNT(put(matrix(r, k, before.data.slice())), put(dZ), put(A), alpha, beta);
          expect(relativeError(g2.data, g1.data)).toBeLessThan(1e-12);
        }

        const t1 = jsKernels.gemmTN(matrix(k, m), W, dZ);
        const t2 = wasm.gemmTN(put(matrix(k, m)), put(W), put(dZ));
        expect(relativeError(t2.data, t1.data)).toBeLessThan(1e-12);
      });
    }
  }

  it('never reads out when beta is 0 (NaN there stays out of the result)', () => {
    const rng = Rng.fromSeed('nan');
    const dZ = inArena(wasm, random(rng, 20, 40)), A = inArena(wasm, random(rng, 30, 40));
    const out = inArena(wasm, matrix(20, 30));
    out.data.fill(NaN);
    wasm.gemmNT(out, dZ, A, 1, 0);
    expect(out.data.every(Number.isFinite)).toBe(true);
    const out2 = inArena(wasm, matrix(20, 40));
    out2.data.fill(NaN);
    wasm.affine(out2, inArena(wasm, random(rng, 20, 30)), A);
    expect(out2.data.every(Number.isFinite)).toBe(true);
  });

  it('propagates NaN and Infinity from the operands', () => {
    const rng = Rng.fromSeed('inf');
    const W = inArena(wasm, random(rng, 16, 24)), A = inArena(wasm, random(rng, 24, 10));
    W.data[5] = NaN; // row 5, column 0 of W: every column of row 5 of the result
    const out = wasm.affine(inArena(wasm, matrix(16, 10)), W, A);
    for (let j = 0; j < 10; j++) expect(out.data[5 + j * 16]).toBeNaN();
    expect(out.data[4]).not.toBeNaN();
  });

  it('checks shapes like jsKernels', () => {
    expect(() => wasm.affine(matrix(3, 4), matrix(3, 5), matrix(4, 4))).toThrow(expect.objectContaining({ code: 'BAD_SHAPE' }));
    expect(() => wasm.gemmNT(matrix(3, 4), matrix(3, 5), matrix(4, 6), 1, 0)).toThrow(expect.objectContaining({ code: 'BAD_SHAPE' }));
    expect(() => wasm.gemmTN(matrix(4, 4), matrix(3, 5), matrix(3, 4))).toThrow(expect.objectContaining({ code: 'BAD_SHAPE' }));
  });

  it('hands out zero-filled, non-overlapping arrays and answers undefined when full', () => {
    const k = WasmKernels.create(1 << 20)!;
    const a = k.alloc(1000)!, b = k.alloc(3)!;
    expect(a.every((x) => x === 0) && b.every((x) => x === 0)).toBe(true);
    a.fill(1);
    expect(b.every((x) => x === 0)).toBe(true);
    expect(b.byteOffset % 64).toBe(0);
    expect(k.alloc(1 << 20)).toBeUndefined();
    expect(k.owns(a) && !k.owns(new Float64Array(4))).toBe(true);
  });

  it('shares large products with a helper thread, with results identical to one thread', async () => {
    const one = WasmKernels.create(64 << 20, { threads: 1 })!, two = WasmKernels.create(64 << 20, { threads: 2 })!;
    expect(one.threads).toBe(1);
    expect(two.threads).toBe(2);
    const rng = Rng.fromSeed('threads');
    const W = random(rng, 130, 785), A = random(rng, 785, 131), dZ = random(rng, 130, 131);
    const products = (k: WasmKernels): Float64Array[] => [
      k.affine(inArena(k, matrix(130, 131)), inArena(k, W), inArena(k, A), inArena(k, matrix(130, 1, W.data.subarray(0, 130))).data).data.slice(),
      k.gemmNT(inArena(k, matrix(130, 785, W.data.slice())), inArena(k, dZ), inArena(k, A), 1 / 131, 1).data.slice(),
      k.gemmTN(inArena(k, matrix(785, 131)), inArena(k, W), inArena(k, dZ)).data.slice(),
    ];
    const expected = products(one);
    // the helper starts on the first product and then takes chunks when it is quicker than the caller
    const deadline = Date.now() + 20_000;
    let got = products(two);
    while (two.helped === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      got = products(two);
    }
    expect(two.helped).toBeGreaterThan(0);
    got.forEach((g, i) => expect(g).toEqual(expected[i]));
  });

  it('is what a learner uses by default', () => {
    const learner = Learner.create({ inputs: 2, hidden: [3], activation: 'tanh', task: 'binary', learningRate: 0.1 });
    expect(learner.kernelsName).toBe('wasm');
    expect(defaultKernels().name).toBe('wasm');
  });
});

/** The same training run with two backends: every step's cost, and the final parameters. */
function trainBoth(o: Omit<LearnerOptions, 'kernels'>, batches: number[], kernels: () => Kernels, epochs = 3): Learner {
  const rng = Rng.fromSeed('data');
  const n = o.inputs;
  const data = batches.map((m) => {
    const X = random(rng, n, m);
    const y = Array.from({ length: m }, (_, j) => (o.task === 'multiclass' ? j % (o.classes ?? 2) : o.task === 'regression' ? X.data[j * n]! * 2 - 1 : X.data[j * n]! > 0 ? 1 : 0));
    return { X, y };
  });
  const a = Learner.create({ ...o, kernels: jsKernels });
  const b = Learner.create({ ...o, kernels: kernels() });
  const ca: number[] = [], cb: number[] = [];
  for (let e = 0; e < epochs; e++)
    for (const { X, y } of data) {
      ca.push(a.learnMany(X, y).cost);
      cb.push(b.learnMany(X, y).cost);
    }
  expect(cb).toAllBeCloseRelative(ca, 1e-9);
  const pa = a.toModel(), pb = b.toModel();
  pa.layers.forEach((layer, l) => expect(relativeError(pb.layers[l]!.W.data, layer.W.data)).toBeLessThan(1e-9));
  const X = data[0]!.X;
  expect(relativeError(b.predictMany(X).data, a.predictMany(X).data)).toBeLessThan(1e-9);
  return b;
}

describe.runIf(wasmKernelsAvailable())('a learner on WasmKernels', () => {
  it('trains like one on jsKernels: 784-128-1 relu, batches of 128 and a last one of 40', () => {
    trainBoth({ inputs: 784, hidden: [128], activation: 'relu', task: 'binary', learningRate: 0.05, seed: 3 }, [128, 128, 40], () => defaultKernels());
  });

  it('trains like one on jsKernels: two hidden layers, multiclass, adam, L2, standardized', () => {
    trainBoth(
      { inputs: 37, hidden: [50, 19], activation: ['tanh', 'leaky_relu'], task: 'multiclass', classes: 5, learningRate: 0.01, optimizer: 'adam', l2: 0.1, standardize: true, seed: 5 },
      [64, 17, 64, 1],
      () => defaultKernels(),
    );
  });

  it('trains like one on jsKernels: regression, momentum, growing batch sizes', () => {
    trainBoth({ inputs: 9, hidden: [33], activation: 'sigmoid', task: 'regression', learningRate: 0.01, optimizer: 'momentum', seed: 7 }, [1, 5, 300, 2], () => defaultKernels());
  });

  it('moves to a larger arena when a batch does not fit, keeping the parameters', () => {
    // 2 MiB holds the scratch space, the parameters and the first batch's workspace; the next batches overflow it
    const o = { inputs: 200, hidden: [64], activation: 'tanh', task: 'binary', learningRate: 0.1, seed: 9 } as const;
    const small = WasmKernels.create(2 << 20)!;
    const other = WasmKernels.create(2 << 20)!;
    expect(other.owns(Learner.create({ ...o, kernels: other }).net.W[0]!.data)).toBe(true); // parameters start in the arena
    const learner = trainBoth(o, [50, 400, 1000], () => small);
    expect(small.owns(learner.net.W[0]!.data)).toBe(false); // moved out of the full arena
    expect(learner.kernelsName).toBe('wasm');
    expect(learner.net.W[0]!.data.buffer).toBe(learner.net.b[1]!.buffer); // all in one new arena
  });

  it('keeps its parameters when switched between backends', () => {
    const learner = Learner.create({ inputs: 30, hidden: [20], activation: 'relu', task: 'binary', learningRate: 0.1, seed: 11 });
    const X = random(Rng.fromSeed('x'), 30, 64), y = Array.from({ length: 64 }, (_, j) => j % 2);
    learner.learnMany(X, y);
    const before = learner.toModel();
    learner.setKernels(jsKernels);
    expect(learner.kernelsName).toBe('js');
    expect(learner.toModel().layers[0]!.W.data).toEqual(before.layers[0]!.W.data);
    const viaJs = learner.learnMany(X, y).cost;
    learner.setKernels(defaultKernels());
    expect(learner.toModel().layers[1]!.b).toEqual(learner.toModel().layers[1]!.b);
    expect(Number.isFinite(viaJs) && Number.isFinite(learner.learnMany(X, y).cost)).toBe(true);
  });
});

describe.runIf(wasmKernelsAvailable())('the fused multiply-add build', () => {
  // (1 + 2^-30)(1 - 2^-30) - 1 = -2^-60 exactly: a fused multiply-add keeps it, a
  // product rounded before the add (to 1) loses it. 16 x 16 x 16 runs in WebAssembly.
  const probe = `
    const { WasmKernels, fmaKernels } = await import(${JSON.stringify(new URL('../../dist/src/core/wasm-kernels.js', import.meta.url).href)});
    const k = WasmKernels.create(8 << 20, { threads: 1 });
    const W = { rows: 16, cols: 16, data: k.alloc(256) }, X = { rows: 16, cols: 16, data: k.alloc(256) }, Z = { rows: 16, cols: 16, data: k.alloc(256) };
    W.data.fill(0); X.data.fill(0);
    W.data[0] = -1; X.data[0] = 1; // W(0,0) · X(0,0) = -1
    W.data[16] = 1 + 2 ** -30; X.data[1] = 1 - 2 ** -30; // W(0,1) · X(1,0)
    k.affine(Z, W, X);
    console.log(JSON.stringify({ fma: fmaKernels(), z: Z.data[0] }));`;
  const run = (env: Record<string, string>): { fma: boolean; z: number } => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { env: { ...process.env, ...env }, encoding: 'utf8' });
    return JSON.parse(out) as { fma: boolean; z: number };
  };

  // the engine emits the fused instruction where the CPU has one (every arm64; x64 with FMA3)
  const cpuFma = process.arch === 'arm64' || (existsSync('/proc/cpuinfo') && /\bfma\b/.test(readFileSync('/proc/cpuinfo', 'utf8')));

  it('is used by default where the engine has relaxed SIMD (Node 20: switched on at run time)', () => {
    expect(run({})).toEqual({ fma: true, z: cpuFma ? -(2 ** -60) : 0 });
  });

  it('NNSTREAM_FMA=0 picks separate multiply and add', () => {
    expect(run({ NNSTREAM_FMA: '0' })).toEqual({ fma: false, z: 0 });
  });
});

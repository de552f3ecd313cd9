import type { Kernels } from '../src/core/kernels.js';
import { WasmKernels } from '../src/core/wasm-kernels.js';
import { Learner } from '../src/core/learner.js';
import { matrix, type Matrix } from '../src/core/matrix.js';
import { problem, type Shape } from './shapes.js';

/**
 * nnstream's side of the training figure: Learner.learnMany (forward, cost, backward,
 * SGD update) on one fixed batch, as fast as it goes. Without `kernels`, WebAssembly
 * kernels made as the Learner makes its default ones (kept here to read their thread
 * statistics), else jsKernels where WebAssembly is missing.
 */
export class NnstreamTrainer {
  private readonly learner: Learner;
  private readonly X: Matrix;
  private readonly y: Float64Array;
  private readonly wasm: WasmKernels | undefined;

  constructor(
    readonly shape: Shape,
    kernels?: Kernels,
  ) {
    this.wasm = kernels === undefined ? WasmKernels.create(256 << 20) : undefined; // room for L without moving
    const chosen = kernels ?? this.wasm;
    this.learner = Learner.create({
      inputs: shape.n0, hidden: [shape.n1], activation: shape.act, task: 'binary', learningRate: 0.1, seed: 1,
      ...(chosen === undefined ? {} : { kernels: chosen }),
    });
    const { x, y } = problem(shape);
    this.X = matrix(shape.n0, shape.m, x);
    this.y = y;
    this.measure(0.3); // compiled code, workspaces and helper threads in place before the first figure
  }

  get kernels(): string {
    return this.learner.kernelsName;
  }

  /** Chunks of products computed by helper threads so far (0 without them). */
  get helped(): number {
    return this.wasm?.helped ?? 0;
  }

  /** Trains for about `seconds`; returns samples per second. */
  measure(seconds: number): number {
    const { learner, X, y } = this;
    let steps = 0;
    const t0 = performance.now();
    let t: number;
    do {
      learner.learnMany(X, y);
      steps++;
      t = performance.now() - t0;
    } while (t < seconds * 1000);
    return (steps * this.shape.m) / (t / 1000);
  }
}

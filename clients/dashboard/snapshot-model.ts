import { jsKernels } from '../../src/core/kernels.js';
import { Learner } from '../../src/core/learner.js';
import { matrix, type Matrix } from '../../src/core/matrix.js';
import { forward, Workspace } from '../../src/core/network.js';
import { snapshotToModel } from '../../src/codec/model-pb.js';
import type { nnstream } from '../../src/codec/generated/nnstream.js';

/**
 * The model of one ParameterSnapshot, for drawing: the project's own Learner
 * (same forward pass, same input normalizer as the server), never a second copy
 * of the mathematics. The learning rate only matters for training, which the
 * browser never does. The plain JavaScript kernels: a model per snapshot must not
 * reserve a WebAssembly arena each, and the page's CSP refuses to compile wasm.
 */
export class SnapshotModel {
  private constructor(
    readonly snapshot: nnstream.v1.ParameterSnapshot,
    readonly learner: Learner,
  ) {}

  static from(snapshot: nnstream.v1.ParameterSnapshot): SnapshotModel {
    const model = snapshotToModel(snapshot);
    const learningRate = model.optimizer?.learningRate || 1;
    return new SnapshotModel(snapshot, Learner.fromModel(model, { learningRate, kernels: jsKernels }));
  }

  get inputs(): number {
    return this.learner.inputs;
  }

  get outputs(): number {
    return this.learner.outputs;
  }

  get task(): string {
    return this.learner.task;
  }

  get step(): number {
    return Number(this.snapshot.step);
  }

  /** Outputs (k x m) for the columns of X (n x m); a fresh copy, safe to keep. */
  predict(X: Matrix): Matrix {
    const A = this.learner.predictMany(X);
    return matrix(A.rows, A.cols, A.data.slice());
  }

  /** Every layer's activations A[1..L] for the columns of X: the same forward pass, with the hidden layers kept. */
  layerOutputs(X: Matrix): Matrix[] {
    const l = this.learner, ws = new Workspace(l.net, X.cols, undefined, false);
    const input = l.normalizer === undefined ? X : l.normalizer.apply(ws.X, X);
    forward(l.net, ws, input, jsKernels);
    return ws.A;
  }

  /** The activation of each layer (hidden ones first, then the output's). */
  get activations(): readonly string[] {
    return this.learner.net.activations;
  }

  /**
   * How much each input moves the first layer on these samples: the norm of its
   * column of W[1] times the input's spread in the samples (divided by the
   * model's running sd when it standardizes). An input that never varies scores 0.
   */
  inputWeights(samples: { n: number; m: number; x: Float64Array } | undefined): Float64Array {
    const W = this.learner.net.W[0]!, n = W.cols, out = new Float64Array(n);
    if (samples === undefined || samples.n !== n || samples.m < 2) return out;
    const scale = this.inputScale();
    for (let k = 0; k < n; k++) {
      let s = 0, mean = 0, m2 = 0;
      for (let i = 0; i < W.rows; i++) s += W.data[k * W.rows + i]! ** 2;
      for (let j = 0; j < samples.m; j++) mean += samples.x[j * n + k]! / samples.m;
      for (let j = 0; j < samples.m; j++) m2 += (samples.x[j * n + k]! - mean) ** 2;
      const sd = Math.sqrt(m2 / samples.m), norm = scale === undefined ? 1 : scale.sd[k]!;
      out[k] = norm > 0 ? (Math.sqrt(s) * sd) / norm : 0;
    }
    return out;
  }

  /** Largest |w| over every layer's weights. */
  maxAbsWeight(): number {
    let m = 0;
    for (const W of this.learner.net.W) for (const w of W.data) m = Math.max(m, Math.abs(w));
    return m;
  }

  /** Per-feature mean and standard deviation the model standardizes with, if it does. */
  inputScale(): { mean: Float64Array; sd: Float64Array } | undefined {
    const nz = this.learner.normalizer;
    if (nz === undefined || nz.count < 2) return undefined;
    const sd = nz.m2.map((m2) => Math.sqrt(m2 / nz.count));
    return { mean: nz.mean.slice(), sd };
  }
}

import { activation, type Activation, type ActivationName } from './activations.js';
import { NnError, assertShape } from './errors.js';
import { rowMeans, type Kernels } from './kernels.js';
import { leadingColumns, matrix, type Matrix } from './matrix.js';

/** Where arrays come from: plain memory, or an arena the kernels read in place (Kernels.alloc). */
export type Alloc = (length: number) => Float64Array;

export const plainAlloc: Alloc = (length) => new Float64Array(length);

/**
 * The parameters of a fully-connected network: for layer l = 1..L (array index
 * l-1), W[l] is (n[l] x n[l-1]) and b[l] has n[l] values.
 */
export class Network {
  readonly L: number;
  readonly W: Matrix[];
  readonly b: Float64Array[];
  readonly g: Activation[];
  private paramList: Float64Array[] | undefined;

  constructor(
    readonly sizes: readonly number[],
    readonly activations: readonly ActivationName[],
    alloc: Alloc = plainAlloc,
  ) {
    assertShape(sizes.length >= 2, 'A network needs at least an input and an output layer');
    assertShape(activations.length === sizes.length - 1, `Expected ${sizes.length - 1} activations, got ${activations.length}`);
    assertShape(sizes.every((n) => Number.isInteger(n) && n >= 1), `Layer sizes must be integers >= 1, got ${sizes.join(',')}`);
    this.L = sizes.length - 1;
    this.W = [];
    this.b = [];
    for (let l = 1; l <= this.L; l++) {
      this.W.push(matrix(sizes[l]!, sizes[l - 1]!, alloc(sizes[l]! * sizes[l - 1]!)));
      this.b.push(alloc(sizes[l]!));
    }
    this.g = activations.map(activation);
  }

  get inputs(): number {
    return this.sizes[0]!;
  }

  get outputs(): number {
    return this.sizes[this.L]!;
  }

  /** Parameters in the order W1, b1, W2, b2, ... (the optimizer's order); the same list every call. */
  params(): Float64Array[] {
    return (this.paramList ??= this.W.flatMap((W, i) => [W.data, this.b[i]!]));
  }

  /** Number of parameters (weights and biases). */
  get size(): number {
    return this.sizes.reduce((s, n, l) => (l === 0 ? 0 : s + n * (this.sizes[l - 1]! + 1)), 0);
  }

  /** Moves the parameters into arrays from `alloc`, keeping their values (arrays held before keep the old copy). */
  moveTo(alloc: Alloc): void {
    for (let l = 0; l < this.L; l++) {
      const W = this.W[l]!, b = this.b[l]!;
      this.W[l] = matrix(W.rows, W.cols, alloc(W.data.length));
      this.W[l]!.data.set(W.data);
      this.b[l] = alloc(b.length);
      this.b[l]!.set(b);
    }
    this.paramList = undefined;
  }

  paramNames(): string[] {
    return this.W.flatMap((_, i) => [`W${i + 1}`, `b${i + 1}`]);
  }

  copyFrom(other: Network): void {
    this.W.forEach((W, i) => W.data.set(other.W[i]!.data));
    this.b.forEach((b, i) => b.set(other.b[i]!));
  }
}

/**
 * Buffers for one batch size m, allocated once and reused by every step:
 * Z[l], A[l] (n[l] x m), the deltas dZ[l], and the gradients dW[l], db[l].
 * `from` is where the arrays come from, or a workspace for at least m columns whose
 * leading m columns this one views (every matrix is column-major, so the first m
 * columns of an (n x M) matrix are an (n x m) matrix). Without `training`, only
 * what a forward pass needs is allocated (dZ, dW and db stay empty).
 */
export class Workspace {
  readonly Z: Matrix[];
  readonly A: Matrix[];
  readonly dZ: Matrix[];
  readonly dW: Matrix[];
  readonly db: Float64Array[];
  readonly Y: Matrix;
  readonly X: Matrix; // the input as the kernels read it: standardized, or copied into their storage
  readonly training: boolean;
  private gradList: Float64Array[] | undefined;

  constructor(
    net: Network,
    readonly m: number,
    from: Alloc | Workspace = plainAlloc,
    training = true,
  ) {
    if (from instanceof Workspace) {
      assertShape(m <= from.m, `A workspace for ${from.m} columns cannot view ${m}`);
      const view = (M: Matrix): Matrix => leadingColumns(M, m);
      this.training = from.training;
      this.Z = from.Z.map(view);
      this.A = from.A.map(view);
      this.dZ = from.dZ.map(view);
      this.dW = from.dW;
      this.db = from.db;
      this.Y = view(from.Y);
      this.X = view(from.X);
      return;
    }
    const alloc = from;
    const make = (rows: number, cols: number): Matrix => matrix(rows, cols, alloc(rows * cols));
    const layers = net.sizes.slice(1);
    this.training = training;
    this.Z = layers.map((n) => make(n, m));
    this.A = layers.map((n) => make(n, m));
    this.dZ = training ? layers.map((n) => make(n, m)) : [];
    this.dW = training ? net.W.map((W) => make(W.rows, W.cols)) : [];
    this.db = training ? net.b.map((b) => alloc(b.length)) : [];
    this.Y = make(net.outputs, m);
    this.X = make(net.inputs, m);
  }

  /** Number of float64 values a workspace for m columns holds. */
  static values(net: Network, m: number, training: boolean): number {
    const units = net.sizes.slice(1).reduce((s, n) => s + n, 0);
    return (training ? 3 * units * m + net.size : 2 * units * m) + (net.outputs + net.inputs) * m;
  }

  /** Gradients in the optimizer's order (dW1, db1, dW2, ...); the same list every call. */
  grads(): Float64Array[] {
    return (this.gradList ??= this.dW.flatMap((dW, i) => [dW.data, this.db[i]!]));
  }
}

/** Z[l] = W[l]·A[l-1] + b[l], A[l] = g[l](Z[l]) for l = 1..L; returns A[L]. */
export function forward(net: Network, ws: Workspace, X: Matrix, k: Kernels): Matrix {
  const L = net.L;
  return net.g[L - 1]!.forward(ws.A[L - 1]!, forwardToZL(net, ws, X, k));
}

/**
 * The forward pass up to the output's pre-activation: Z[l] for l = 1..L and A[l]
 * for l < L; returns Z[L]. A training step lets the loss compute A[L] from it
 * together with the cost (Loss.forwardLoss).
 */
export function forwardToZL(net: Network, ws: Workspace, X: Matrix, k: Kernels): Matrix {
  if (X.rows !== net.inputs || X.cols !== ws.m) throw new NnError('BAD_SHAPE', `Expected X of ${net.inputs}x${ws.m}, got ${X.rows}x${X.cols}`);
  const L = net.L;
  let A = X;
  for (let l = 0; l < L - 1; l++) {
    k.affine(ws.Z[l]!, net.W[l]!, A, net.b[l]!);
    A = net.g[l]!.forward(ws.A[l]!, ws.Z[l]!);
  }
  return k.affine(ws.Z[L - 1]!, net.W[L - 1]!, A, net.b[L - 1]!);
}

/**
 * Backpropagation after `forward` and with dZ[L] already in ws.dZ[L]:
 *   dW[l] = (1/m) dZ[l]·A[l-1]^T + (λ/m) W[l],  db[l] = (1/m) Σ_cols dZ[l],
 *   dZ[l-1] = (W[l]^T·dZ[l]) ⊙ g[l-1]'(Z[l-1]).
 */
export function backward(net: Network, ws: Workspace, X: Matrix, l2: number, k: Kernels): void {
  const m = ws.m, inv = 1 / m;
  for (let l = net.L - 1; l >= 0; l--) {
    const dZ = ws.dZ[l]!;
    const Aprev = l === 0 ? X : ws.A[l - 1]!;
    if (l2 === 0) k.gemmNT(ws.dW[l]!, dZ, Aprev, inv, 0);
    else {
      const dW = ws.dW[l]!.data, W = net.W[l]!.data, c = l2 * inv;
      for (let i = 0; i < dW.length; i++) dW[i] = c * W[i]!;
      k.gemmNT(ws.dW[l]!, dZ, Aprev, inv, 1);
    }
    rowMeans(ws.db[l]!, dZ, inv);
    if (l > 0) {
      const dA = ws.dZ[l - 1]!;
      k.gemmTN(dA, net.W[l]!, dZ);
      net.g[l - 1]!.backward(dA, dA, ws.Z[l - 1]!, ws.A[l - 1]!);
    }
  }
}

/** Σ_l ||W[l]||² (the L2 penalty's sum). */
export function sumSquaredWeights(net: Network): number {
  let s = 0;
  for (const W of net.W) for (let i = 0; i < W.data.length; i++) s += W.data[i]! * W.data[i]!;
  return s;
}

import type { ActivationName } from './activations.js';
import type { Task } from './loss.js';
import type { Matrix } from './matrix.js';
import type { NormalizerState } from './normalizer.js';
import type { OptimizerState } from './optimizers.js';
import type { RngState } from './rng.js';

export const MODEL_FORMAT = 'nnstream.model.v1';

/** One layer's parameters, copied out of the network. */
export interface LayerData {
  activation: ActivationName;
  W: Matrix; // (n[l] x n[l-1]), column-major
  b: Float64Array;
}

/**
 * Everything a model file or checkpoint holds. The codec turns it into JSON or
 * protobuf; the learner is built from it and exports it.
 */
export interface ModelData {
  task: Task;
  classes: number; // output units for multiclass; 0 otherwise
  step: number;
  samples: number;
  layers: LayerData[];
  normalizer?: NormalizerState;
  optimizer?: OptimizerState;
  rng?: RngState;
  l2?: number;
  /** Checkpoints only: per client id, the highest sample seq trained into these parameters. */
  clients?: Record<string, number>;
  /** Checkpoints only: per client id bound to a secret, the digest that owns it (see server/auth.ts). */
  clientOwners?: Record<string, string>;
  /** Checkpoints only: the server's decimated history of cost reports (CostReport fields by name, numbers only). */
  history?: HistoryPoint[];
  /** Regression with --standardize: the target's running statistics (one feature). */
  targetNormalizer?: NormalizerState;
  /**
   * What the inputs and outputs mean (columns, categories, classes): opaque to the
   * core, an object whose JSON form (toJSON) the model file stores.
   */
  schema?: object;
}

/** One point of a cost history: CostReport figures by their camelCase field name (step, cost, costMin, ...). */
export type HistoryPoint = Record<string, number>;

export function modelSizes(model: ModelData): number[] {
  return [model.layers[0]!.W.cols, ...model.layers.map((l) => l.W.rows)];
}

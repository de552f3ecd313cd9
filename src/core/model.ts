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
}

export function modelSizes(model: ModelData): number[] {
  return [model.layers[0]!.W.cols, ...model.layers.map((l) => l.W.rows)];
}

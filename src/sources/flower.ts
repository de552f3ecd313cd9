import { Rng } from '../core/rng.js';

/**
 * An endless stream of points of the course's "flower" (load_planar_dataset):
 * class j in {0, 1} lies on petals r = 4·sin(4t) + noise, t ∈ [3.12·j, 3.12·(j+1)] + noise,
 * at (r·sin t, r·cos t). Drawn from a seeded generator, so the demo is reproducible.
 */
export class FlowerStream {
  private readonly rng: Rng;

  constructor(seed: number | string = 'flower') {
    this.rng = Rng.fromSeed(seed);
  }

  /** Fills x (2 values) and returns the label. */
  next(x: Float64Array): number {
    const j = this.rng.uniform() < 0.5 ? 0 : 1;
    const t = 3.12 * (j + this.rng.uniform()) + 0.2 * this.rng.normal();
    const r = 4 * Math.sin(4 * t) + 0.2 * this.rng.normal();
    x[0] = r * Math.sin(t);
    x[1] = r * Math.cos(t);
    return j;
  }
}

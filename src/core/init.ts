import { NnError } from './errors.js';
import type { Matrix } from './matrix.js';
import type { Rng } from './rng.js';

export const INIT_SCHEMES = ['small', 'he', 'xavier'] as const;
export type InitScheme = (typeof INIT_SCHEMES)[number];

/** Standard deviation of the initial weights of a layer with `fanIn` inputs. */
export function initScale(scheme: InitScheme, fanIn: number): number {
  switch (scheme) {
    case 'small':
      return 0.01; // the seed's randn * 0.01
    case 'he':
      return Math.sqrt(2 / fanIn);
    case 'xavier':
      return Math.sqrt(1 / fanIn);
  }
}

export function checkInitScheme(name: string): InitScheme {
  if (!(INIT_SCHEMES as readonly string[]).includes(name))
    throw new NnError('BAD_OPTION', `Unknown --init-scheme "${name}"; expected one of ${INIT_SCHEMES.join(', ')}`);
  return name as InitScheme;
}

/**
 * W = randn(rows, cols) * scale, drawn in numpy's (row-major) order so that a
 * generator seeded alike fills the same positions; b stays zero.
 */
export function initWeights(W: Matrix, rng: Rng, scale: number): Matrix {
  for (let i = 0; i < W.rows; i++) for (let k = 0; k < W.cols; k++) W.data[i + k * W.rows] = rng.normal() * scale;
  return W;
}

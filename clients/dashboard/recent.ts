import { doublesOf } from '../../src/codec/protocol.js';
import type { nnstream } from '../../src/codec/generated/nnstream.js';

/** The recent training samples of a RecentSamples message: x column-major (n x m), one label each. */
export interface Recent {
  n: number;
  m: number;
  x: Float64Array;
  y: Float64Array;
  step: number;
}

/** Reads a RecentSamples message; undefined when its sizes do not agree. */
export function recentOf(r: nnstream.v1.RecentSamples): Recent | undefined {
  const n = r.n ?? 0, m = r.m ?? 0;
  const x = doublesOf(r.x, undefined), y = doublesOf(r.y, undefined);
  if (x === undefined || y === undefined || x.length !== n * m || y.length < m) return undefined;
  return { n, m, x, y, step: Number(r.step) };
}

import { expect } from 'vitest';

/**
 * |a - b| / max(|a|, |b|): 0 when equal (both zero included), Infinity when either
 * is not finite, so a NaN can never pass as "close".
 */
export function relativeDifference(actual: number, expected: number): number {
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return actual === expected ? 0 : Infinity;
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / Math.max(Math.abs(actual), Math.abs(expected));
}

/** The largest relative difference of two equally long series, and where it is. */
export function maxRelativeDifference(actual: readonly number[], expected: readonly number[]): { max: number; at: number } {
  if (actual.length !== expected.length) return { max: Infinity, at: Math.min(actual.length, expected.length) };
  let max = 0, at = -1;
  for (let i = 0; i < actual.length; i++) {
    const d = relativeDifference(actual[i]!, expected[i]!);
    if (d > max || Number.isNaN(d)) (max = d), (at = i);
  }
  return { max, at };
}

interface RelativeMatchers<R = unknown> {
  /** |received - expected| <= rtol · max(|received|, |expected|), both finite. */
  toBeCloseRelative(expected: number, rtol: number): R;
  /** Every element of the received series within rtol (relative) of the expected one; same lengths. */
  toAllBeCloseRelative(expected: readonly number[], rtol: number): R;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends RelativeMatchers<T> {}
}

expect.extend({
  toBeCloseRelative(received: number, expected: number, rtol: number) {
    const d = relativeDifference(received, expected);
    const pass = d <= rtol;
    return {
      pass,
      message: () => `expected ${received} ${pass ? 'not ' : ''}to be within ${rtol} (relative) of ${expected}: relative difference ${d}`,
    };
  },
  toAllBeCloseRelative(received: readonly number[], expected: readonly number[], rtol: number) {
    const { max, at } = maxRelativeDifference(received, expected);
    const pass = max <= rtol;
    const where =
      received.length !== expected.length
        ? `lengths differ: ${received.length} vs ${expected.length}`
        : `largest relative difference ${max} at index ${at} (${received[at]} vs ${expected[at]})`;
    return { pass, message: () => `expected the series ${pass ? 'not ' : ''}to agree within ${rtol} (relative): ${where}` };
  },
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNnError } from '../../src/core/errors.js';
import { decodeEnvelope, doublesOf, encodeEnvelope } from '../../src/codec/protocol.js';
import { batchIn, predictIn, sampleIn, type Expect } from '../../src/server/validate.js';

/** Property tests of what the server does first with a peer's bytes: decode, then check. */
const expect4: Expect = { inputs: 4, checkLabel: (y) => (y === 0 || y === 1 ? undefined : 'a binary label must be 0 or 1'), maxAbs: 1e100, maxSamples: 64 };

describe('the Envelope decoder', () => {
  it('either decodes any bytes or throws an Error: never hangs, never throws something else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        try {
          decodeEnvelope(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('survives mutations of valid frames (bit flips, cuts, insertions) the same way', () => {
    const frame = fc.oneof(
      fc.record({ x: fc.array(fc.double(), { maxLength: 8 }), y: fc.array(fc.double(), { maxLength: 2 }), seq: fc.nat() }).map((sample) => encodeEnvelope({ sample })),
      fc.record({ id: fc.nat(), n: fc.nat(8), m: fc.nat(8), x: fc.array(fc.double(), { maxLength: 64 }) }).map((predictRequest) => encodeEnvelope({ predictRequest })),
      fc.record({ clientId: fc.string(), secret: fc.string() }).map((hello) => encodeEnvelope({ hello })),
    );
    const mutated = fc.tuple(frame, fc.array(fc.tuple(fc.nat(), fc.nat(7), fc.constantFrom('flip', 'cut', 'insert')), { minLength: 1, maxLength: 4 })).map(([f, ops]) => {
      let b = Array.from(f);
      for (const [at, bit, op] of ops) {
        const i = b.length === 0 ? 0 : at % b.length;
        if (op === 'flip' && b.length > 0) b[i] = b[i]! ^ (1 << bit);
        else if (op === 'cut') b = b.slice(0, i);
        else b.splice(i, 0, (at * 31 + bit) & 255);
      }
      return Uint8Array.from(b);
    });
    fc.assert(
      fc.property(mutated, (bytes) => {
        try {
          const env = decodeEnvelope(bytes);
          expect(env).toBeDefined();
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads raw doubles exactly as the packed form, at any alignment', () => {
    fc.assert(
      fc.property(fc.array(fc.double(), { maxLength: 32 }), fc.nat(7), (values, offset) => {
        const raw = new Uint8Array(offset + values.length * 8);
        values.forEach((v, i) => new DataView(raw.buffer).setFloat64(offset + i * 8, v, true));
        expect(Array.from(doublesOf(undefined, raw.subarray(offset))!)).toEqual(Array.from(Float64Array.from(values)));
      }),
    );
  });
});

describe('the validators', () => {
  const anyDouble = fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, 1e300, -0, 5e-324));
  it('accept a Sample only when it is entirely usable, and reject anything else with an NnError', () => {
    fc.assert(
      fc.property(fc.array(anyDouble, { maxLength: 6 }), fc.array(anyDouble, { maxLength: 3 }), fc.nat(), (x, y, seq) => {
        let ok: ReturnType<typeof sampleIn> | undefined;
        try {
          ok = sampleIn({ x, y, seq }, expect4);
        } catch (e) {
          expect(isNnError(e), String(e)).toBe(true);
          return;
        }
        expect(ok.n).toBe(4);
        expect(Array.from(ok.X).every((v) => Number.isFinite(v) && Math.abs(v) <= 1e100)).toBe(true);
        expect([0, 1]).toContain(ok.labels[0]);
      }),
      { numRuns: 3000 },
    );
  });

  it('accept a SampleBatch or PredictRequest only with n*m finite values within bounds, m <= the limit', () => {
    const matrix = fc.record({ n: fc.nat(6), m: fc.nat(80), x: fc.array(anyDouble, { maxLength: 40 }), y: fc.array(fc.constantFrom(0, 1, 2, NaN), { maxLength: 12 }), firstSeq: fc.nat() });
    fc.assert(
      fc.property(matrix, (b) => {
        for (const check of [() => batchIn(b, expect4), () => predictIn({ id: 1, n: b.n, m: b.m, x: b.x }, expect4)]) {
          let out: { n: number; m: number; X: Float64Array } | undefined;
          try {
            out = check();
          } catch (e) {
            expect(isNnError(e), String(e)).toBe(true);
            continue;
          }
          expect(out.n).toBe(4);
          expect(out.m).toBeGreaterThan(0);
          expect(out.m).toBeLessThanOrEqual(64);
          expect(out.X.length).toBe(out.n * out.m);
          expect(Array.from(out.X).every(Number.isFinite)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

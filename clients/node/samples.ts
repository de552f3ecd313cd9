import { encodeEnvelope, rawBytes } from '../../src/codec/protocol.js';
import { NnstreamError } from './errors.js';

/** One labelled sample: n features and its label (class index, 0/1, or target). */
export interface LabelledSample {
  x: ArrayLike<number>;
  y: number;
}

/** m samples at once, column-major: sample j is x[j*n .. j*n+n-1], its label y[j]. */
export interface SampleMatrix {
  n: number;
  m: number;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

export type Samples = LabelledSample | readonly LabelledSample[] | SampleMatrix;

/** Validated samples as the client keeps them until the server has them safe. */
export interface Block {
  n: number;
  m: number;
  x: Float64Array;
  y: Float64Array;
  /** Sent as a `Sample` with packed doubles (one sample given alone), else as a raw-bytes `SampleBatch`. */
  single: boolean;
}

/** Checks shapes and values before anything is sent, so bad input fails here with a clear message. */
export function toBlock(s: Samples, inputs?: number): Block {
  let block: Block;
  if (isMatrix(s)) {
    const { n, m } = s;
    if (!Number.isInteger(n) || n < 1) throw new NnstreamError('BAD_SHAPE', `Expected n to be an integer >= 1, got ${n}`);
    if (!Number.isInteger(m) || m < 1) throw new NnstreamError('BAD_SHAPE', `Expected m to be an integer >= 1, got ${m}`);
    if (s.x.length !== n * m) throw new NnstreamError('BAD_SHAPE', `Expected x to hold n*m = ${n * m} values, got ${s.x.length}`);
    if (s.y.length !== m) throw new NnstreamError('BAD_SHAPE', `Expected y to hold m = ${m} labels, got ${s.y.length}`);
    block = { n, m, x: Float64Array.from(s.x), y: Float64Array.from(s.y), single: false };
  } else if (isSampleList(s)) {
    if (s.length === 0) throw new NnstreamError('BAD_SHAPE', 'Expected at least one sample, got an empty list');
    const n = s[0]!.x.length;
    const x = new Float64Array(n * s.length), y = new Float64Array(s.length);
    s.forEach((sample, j) => {
      if (sample.x.length !== n) throw new NnstreamError('BAD_SHAPE', `sample ${j}: expected ${n} features like sample 0, got ${sample.x.length}`);
      x.set(sample.x, j * n);
      y[j] = sample.y;
    });
    block = { n, m: s.length, x, y, single: false };
  } else {
    block = { n: s.x.length, m: 1, x: Float64Array.from(s.x), y: Float64Array.of(s.y), single: true };
  }
  if (block.n < 1) throw new NnstreamError('BAD_SHAPE', 'Expected samples with at least one feature, got none');
  if (inputs !== undefined && block.n !== inputs)
    throw new NnstreamError('BAD_SHAPE', `The model expects ${inputs} features per sample, got ${block.n}`);
  assertFinite(block.x, block.n, 'x');
  assertFinite(block.y, 1, 'y');
  return block;
}

/** Samples [from, from+count) of a block, sharing its memory. */
export function sliceBlock(b: Block, from: number, count: number): Block {
  if (from === 0 && count === b.m) return b;
  return { n: b.n, m: count, x: b.x.subarray(from * b.n, (from + count) * b.n), y: b.y.subarray(from, from + count), single: false };
}

/** The block cut into pieces of at most `max` samples. */
export function splitBlock(b: Block, max: number): Block[] {
  if (b.m <= max) return [b];
  const parts: Block[] = [];
  for (let j = 0; j < b.m; j += max) parts.push(sliceBlock(b, j, Math.min(max, b.m - j)));
  return parts;
}

/** The frame that carries a block whose first sample has `firstSeq`. */
export function blockFrame(b: Block, firstSeq: number): Uint8Array {
  if (b.single && b.m === 1) return encodeEnvelope({ sample: { x: Array.from(b.x), y: [b.y[0]!], seq: firstSeq } });
  return encodeEnvelope({ sampleBatch: { n: b.n, m: b.m, xRaw: rawBytes(b.x), yRaw: rawBytes(b.y), firstSeq } });
}

function isMatrix(s: Samples): s is SampleMatrix {
  return !Array.isArray(s) && typeof (s as SampleMatrix).m === 'number';
}

function isSampleList(s: Samples): s is readonly LabelledSample[] {
  return Array.isArray(s);
}

function assertFinite(values: Float64Array, n: number, what: string): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i]!))
      throw new NnstreamError('BAD_VALUE', `sample ${Math.floor(i / n)}: ${what}${n > 1 ? `[${i % n}]` : ''} is ${values[i]}, not a finite number`);
  }
}

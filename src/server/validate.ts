import { NnError } from '../core/errors.js';
import { DoubleScratch, doublesOf } from '../codec/protocol.js';

// Decoded values are views valid until the next message: the pipeline copies them at once.
const xScratch = new DoubleScratch();
const yScratch = new DoubleScratch();
import type { nnstream } from '../codec/generated/nnstream.js';

/** What the edge needs to know to check data before it enters the pipeline. */
export interface Expect {
  inputs: number | undefined; // undefined: not known yet (the first sample decides)
  checkLabel(y: number): string | undefined;
  maxAbs: number;
  maxSamples: number; // per message
}

/** Checked, decoded data of a Sample or SampleBatch: X column-major n x m. */
export interface Incoming {
  n: number;
  m: number;
  X: Float64Array;
  labels: Float64Array;
  firstSeq: number; // 0: unset
}

function finiteWithin(values: Float64Array, maxAbs: number, what: string): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) throw new NnError('BAD_VALUE', `${what} ${i} is ${v}: only finite numbers are accepted`);
    if (Math.abs(v) > maxAbs) throw new NnError('BAD_VALUE', `${what} ${i} is ${v}: larger than the accepted magnitude ${maxAbs}`);
  }
}

function checkInputs(n: number, e: Expect): void {
  if (n === 0) throw new NnError('BAD_SHAPE', 'x is empty');
  if (e.inputs !== undefined && n !== e.inputs) throw new NnError('BAD_SHAPE', `expected ${e.inputs} features, got ${n}`);
}

function checkLabels(labels: Float64Array, e: Expect): void {
  for (let j = 0; j < labels.length; j++) {
    const y = labels[j]!;
    if (!Number.isFinite(y)) throw new NnError('BAD_VALUE', `label ${j} is ${y}: only finite numbers are accepted`);
    const why = e.checkLabel(y);
    if (why !== undefined) throw new NnError('BAD_LABEL', labels.length === 1 ? why : `label ${j}: ${why}`);
  }
}

export function sampleIn(s: nnstream.v1.Sample.$Properties, e: Expect): Incoming {
  const x = doublesOf(s.x, s.xRaw, xScratch);
  if (x === undefined) throw new NnError('BAD_SHAPE', 'x and x_raw are both set, or x_raw is not a whole number of float64 values');
  checkInputs(x.length, e);
  const y = doublesOf(s.y, undefined, yScratch)!;
  if (y.length !== 1) throw new NnError('BAD_SHAPE', `expected 1 label value in y, got ${y.length}`);
  finiteWithin(x, e.maxAbs, 'x');
  checkLabels(y, e);
  return { n: x.length, m: 1, X: x, labels: y, firstSeq: Number(s.seq ?? 0) };
}

/** The checked column-major n x m matrix x of a SampleBatch or PredictRequest. */
function matrixIn(n: number, m: number, packed: number[] | null | undefined, raw: Uint8Array | null | undefined, e: Expect, what: string): Float64Array {
  if (m === 0) throw new NnError('BAD_SHAPE', `m is 0: ${what} needs at least one sample`);
  if (m > e.maxSamples) throw new NnError('TOO_LARGE', `m is ${m}: at most ${e.maxSamples} samples per message`);
  checkInputs(n, e);
  const X = doublesOf(packed, raw, xScratch);
  if (X === undefined) throw new NnError('BAD_SHAPE', 'x and x_raw are both set, or x_raw is not a whole number of float64 values');
  if (X.length !== n * m) throw new NnError('BAD_SHAPE', `x has ${X.length} values, expected n*m = ${n}*${m} = ${n * m}`);
  finiteWithin(X, e.maxAbs, 'x');
  return X;
}

export function batchIn(b: nnstream.v1.SampleBatch.$Properties, e: Expect): Incoming {
  const n = b.n ?? 0, m = b.m ?? 0;
  const X = matrixIn(n, m, b.x, b.xRaw, e, 'a batch');
  const labels = doublesOf(b.y, b.yRaw, yScratch);
  if (labels === undefined) throw new NnError('BAD_SHAPE', 'y and y_raw are both set, or y_raw is not a whole number of float64 values');
  if (labels.length !== m) throw new NnError('BAD_SHAPE', `y has ${labels.length} values, expected one per sample (m = ${m})`);
  checkLabels(labels, e);
  return { n, m, X, labels, firstSeq: Number(b.firstSeq ?? 0) };
}

export function predictIn(r: nnstream.v1.PredictRequest.$Properties, e: Expect): { n: number; m: number; X: Float64Array } {
  if (e.inputs === undefined) throw new NnError('NOT_READY', 'the model does not exist yet: send a training sample first');
  const n = r.n ?? 0, m = r.m ?? 0;
  return { n, m, X: matrixIn(n, m, r.x, r.xRaw, e, 'a prediction') };
}

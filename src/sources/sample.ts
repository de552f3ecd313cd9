import type { Schema } from '../schema/schema.js';
import type { ErrorCode } from '../core/errors.js';

/** One labelled sample as it enters the pipeline. */
export interface Sample {
  x: Float64Array;
  y: number; // NaN when the input had no label (prediction)
  line?: number; // CSV line, for messages
  tag?: unknown; // who sent it (the server's connection and seq), carried into the batch
}

/** A row or frame that could not be used: in a stream, bad data is a value, not an error. */
export interface Rejected {
  line: number;
  code: ErrorCode;
  reason: string;
  /** The reason without the row's values, to count rejected rows by reason. */
  group?: string;
}

/** What a source emits: samples, rejected rows, and the end of each pass over a file. */
export type SourceEvent =
  | { kind: 'sample'; sample: Sample }
  | { kind: 'rejected'; rejected: Rejected }
  | { kind: 'header'; names: string[]; featureNames: string[]; schema?: Schema }
  | { kind: 'epoch-end'; epoch: number };

import { Transform, type TransformCallback } from 'node:stream';
import type { Learner, StepReport } from '../core/learner.js';
import { matrix } from '../core/matrix.js';
import { CsvParser, type CsvRecord } from '../sources/csv-parser.js';
import { CsvSchema, type CsvSchemaOptions } from '../sources/csv-schema.js';
import type { Rejected, Sample } from '../sources/sample.js';
import { headerOf, TableRows } from '../sources/csv-table.js';
import type { Schema } from '../schema/schema.js';

/**
 * CSV bytes in, Sample objects out (a Node Transform). Bad rows are not data:
 * each is emitted as a 'rejected' event with its line and reason. With `schema`
 * (a model's, e.g. `Schema.fromJSON(model.schema)`), columns are read by header
 * name into the model's inputs exactly as `nnstream train` and `predict` read
 * them, and the delimiter is found from the header.
 */
export function createCsvParser(o: Partial<CsvSchemaOptions> & { maxRecordBytes?: number; schema?: Schema } = {}): Transform {
  const parser = new CsvParser(o.maxRecordBytes, o.schema !== undefined ? 'auto' : 44);
  const schema = new CsvSchema({ labels: 'required', ...o });
  let table: TableRows | undefined;
  let first = true;
  const t = new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      try {
        parser.push(chunk, onRecord);
        done();
      } catch (e) {
        done(e as Error);
      }
    },
    flush(done: TransformCallback) {
      try {
        parser.end(onRecord);
        done();
      } catch (e) {
        done(e as Error);
      }
    },
  });
  function onRecord(r: CsvRecord): void {
    if (first) {
      first = false;
      if (o.schema !== undefined) {
        const names = headerOf(r, o.schema);
        table = new TableRows(o.schema, names, r.values.length, { labels: o.labels ?? 'optional', ...(o.maxAbs !== undefined ? { maxAbs: o.maxAbs } : {}) });
        if (names !== undefined) return;
      } else if (schema.decide(r)) return;
    }
    const res = table !== undefined ? table.toSample(r) : schema.toSample(r);
    if ('sample' in res) t.push(res.sample);
    else t.emit('rejected', res.rejected satisfies Rejected);
  }
  return t;
}

/**
 * Samples in, one StepReport per mini-batch out (a Node Transform over a Learner):
 * `fs.createReadStream(f).pipe(createCsvParser()).pipe(createTrainer(learner))`.
 * The last partial batch is trained when the input ends.
 */
export function createTrainer(learner: Learner, o: { batch?: number } = {}): Transform {
  const size = o.batch ?? 64, n = learner.inputs;
  const X = new Float64Array(n * size), labels = new Float64Array(size);
  let count = 0;
  const step = (t: Transform): void => {
    const report: StepReport = learner.learnMany(matrix(n, count, X.subarray(0, n * count)), labels.subarray(0, count));
    count = 0;
    t.push(report);
  };
  return new Transform({
    objectMode: true,
    transform(sample: Sample, _enc, done: TransformCallback) {
      if (sample.x.length !== n) return done(new Error(`Expected ${n} features, got ${sample.x.length}`));
      const why = learner.checkLabel(sample.y);
      if (why !== undefined) return done(new Error(why));
      X.set(sample.x, count * n);
      labels[count++] = sample.y;
      if (count === size) step(this);
      done();
    },
    flush(done: TransformCallback) {
      if (count > 0) step(this);
      done();
    },
  });
}

/** What `createPredictor` emits per sample. */
export interface PredictionOut {
  /** The class name (with a schema), the class index, or the regression value. */
  prediction: string | number;
  /** The outputs: [p] for binary, one probability per class for multiclass, [value] for regression. */
  outputs: number[];
  line?: number;
}

/**
 * Samples in, predictions out (a Node Transform over a Learner), scored a batch at
 * a time from the current parameters; with `schema`, classes are named:
 * `fs.createReadStream(f).pipe(createCsvParser({ schema })).pipe(createPredictor(learner, { schema }))`.
 */
export function createPredictor(learner: Learner, o: { batch?: number; schema?: Schema } = {}): Transform {
  const size = o.batch ?? 1024, n = learner.inputs, k = learner.outputs; // predict's default: the same batches give the same bits
  const X = new Float64Array(n * size);
  const lines: (number | undefined)[] = [];
  const names = o.schema !== undefined && o.schema.task !== 'regression' ? o.schema.classes : undefined;
  const score = (t: Transform): void => {
    const m = lines.length;
    const A = learner.predictMany(matrix(n, m, X.subarray(0, n * m)));
    for (let j = 0; j < m; j++) {
      const decided = learner.loss.decide(A, j);
      const line = lines[j];
      t.push({ prediction: names?.[decided] ?? decided, outputs: Array.from(A.data.subarray(j * k, j * k + k)), ...(line !== undefined ? { line } : {}) } satisfies PredictionOut);
    }
    lines.length = 0;
  };
  return new Transform({
    objectMode: true,
    transform(sample: Sample, _enc, done: TransformCallback) {
      if (sample.x.length !== n) return done(new Error(`Expected ${n} features, got ${sample.x.length}`));
      X.set(sample.x, lines.length * n);
      lines.push(sample.line);
      if (lines.length === size) score(this);
      done();
    },
    flush(done: TransformCallback) {
      if (lines.length > 0) score(this);
      done();
    },
  });
}

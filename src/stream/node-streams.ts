import { Transform, type TransformCallback } from 'node:stream';
import type { Learner, StepReport } from '../core/learner.js';
import { matrix } from '../core/matrix.js';
import { CsvParser, type CsvRecord } from '../sources/csv-parser.js';
import { CsvSchema, type CsvSchemaOptions } from '../sources/csv-schema.js';
import type { Rejected, Sample } from '../sources/sample.js';

/**
 * CSV bytes in, Sample objects out (a Node Transform). Bad rows are not data:
 * each is emitted as a 'rejected' event with its line and reason.
 */
export function createCsvParser(o: Partial<CsvSchemaOptions> & { maxRecordBytes?: number } = {}): Transform {
  const parser = new CsvParser(o.maxRecordBytes);
  const schema = new CsvSchema({ labels: 'required', ...o });
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
      if (schema.decide(r)) return;
    }
    const res = schema.toSample(r);
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

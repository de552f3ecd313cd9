import { filter, lastValueFrom, pipe, takeWhile, tap } from 'rxjs';
import { isNnError, NnError } from '../core/errors.js';
import type { Learner, StepReport } from '../core/learner.js';
import { csvSource } from '../sources/csv-source.js';
import { inferSchema } from '../sources/csv-table.js';
import { loadModel, saveModel, modelFormatOf } from '../storage/model-file.js';
import { miniBatch } from '../stream/mini-batch.js';
import { withEpochEnds } from '../stream/epoch-hook.js';
import { train } from '../stream/train.js';
import { countingSource, fileSize, inputOf } from './input.js';
import { RejectTally } from './rejects.js';
import { givenSchemaNotes, labelNote, maxRejectedOption, schemaOfModel, schemaOptionHelp, schemaOptionSpec, schemaSettings } from './schema-options.js';
import { batchSize, learnerFactory, learnerOptionHelp, learnerOptionSpec } from './learner-options.js';
import { flag, int, oneOf, parse, str } from './options.js';
import { Progress } from './progress.js';
import { TrainExtras, trainExtraHelp, trainExtraSpec } from './train-extras.js';

export const trainHelp = `Usage: nnstream train [FILE|-] [options]

Trains a network on CSV rows (stdin when FILE is - or absent). The label is the
column named by --label (default "label", else a column named class or target,
else the last column); a header row and the delimiter are detected. Columns
are read by header name into a schema learned from the data (a file is scanned
once before training; stdin's first --infer-rows rows): numbers, text categories
(one-hot), missing values, and the label's classes (text or numbers, in sorted
order), all saved in the model. Rows are taken in file order; a batch is m
consecutive rows and never spans two epochs; the cost reported for step k is
that of step k's own forward pass, before its update.

Input options:
  --label NAME          label column (default "label", else class or target, else the last column)
  --epochs 1            passes over FILE (stdin is read once)
  --strict              stop at the first bad row (exit 1, nothing saved)
  --max-rejected 1%     fail (exit 1, nothing saved) when more rows than this are rejected
  --max-record-bytes N  longest CSV record accepted (default 1048576)
${schemaOptionHelp}
Output options:
  --save MODEL          write the trained model (.json or .pb), atomically
  --report json         one JSON object per step on stdout (step, cost, loss, accuracy, samples, m, epoch,
                        lr; with a holdout, holdout_loss, holdout_accuracy or holdout_rmse and
                        holdout_r2, holdout_samples on the steps it was evaluated after)
  --quiet               no summary on stderr
${learnerOptionHelp}
${trainExtraHelp}`;

export async function trainCommand(args: string[]): Promise<void> {
  const p = parse(args, {
    ...learnerOptionSpec,
    ...schemaOptionSpec,
    'max-rejected': { type: 'string' },
    label: { type: 'string' },
    epochs: { type: 'string' },
    strict: { type: 'boolean' },
    save: { type: 'string' },
    report: { type: 'string' },
    quiet: { type: 'boolean' },
    'max-record-bytes': { type: 'string' },
    ...trainExtraSpec,
  }, 1);
  if (flag(p, 'help')) {
    process.stdout.write(trainHelp + '\n');
    return;
  }
  const save = str(p, 'save');
  if (save !== undefined) modelFormatOf(save); // fail before training on a bad name
  const report = str(p, 'report') === undefined ? undefined : oneOf(p, 'report', ['json'] as const, 'json');
  const input = inputOf(p.positionals[0]);
  const epochs = int(p, 'epochs', 1, 1);
  if (!input.rereadable && epochs > 1) throw new NnError('BAD_OPTION', '--epochs > 1 needs a file: stdin is read once');
  const m = batchSize(p);
  const makeLearner = await learnerFactory(p);
  const strict = flag(p, 'strict');
  const init = str(p, 'init');
  const initModel = init === undefined ? undefined : await loadModel(init);
  const settings = await schemaSettings(p, initModel?.task);
  const rejects = new RejectTally(maxRejectedOption(p));
  // the schema: --schema FILE, the --init model's, or learned by a scan of the file (stdin: from its first rows)
  let schema = settings.schema ?? (initModel !== undefined ? schemaOfModel(initModel, init!) : undefined);
  if (schema !== undefined && !flag(p, 'quiet')) for (const note of givenSchemaNotes(p)) process.stderr.write(`note: ${note}\n`);
  if (schema === undefined && input.rereadable) {
    const inferred = await inferSchema(input.source, { ...settings.infer, delimiter: settings.delimiter, ...(int(p, 'max-record-bytes', 16) !== undefined ? { maxRecordBytes: int(p, 'max-record-bytes', 16)! } : {}) });
    schema = inferred.schema;
    if (!flag(p, 'quiet')) for (const note of inferred.notes) process.stderr.write(`note: ${note}\n`);
  }

  const extras = new TrainExtras(p, { seed: str(p, 'seed') ?? '1', rereadable: input.rereadable, save });
  await extras.prepare(schema, settings.delimiter);
  const read = { bytes: 0 };

  let learner: Learner | undefined;
  const progress = new Progress({ ...(extras.forceProgress ? { enabled: true } : {}), epochs, ...(input.rereadable ? { fileBytes: fileSize(p.positionals[0]), bytesRead: () => read.bytes } : {}) });
  let rows = 0, epoch = 1, batchEpoch = 1, startSamples = 0;
  let lastReport: StepReport | undefined;
  const out = new JsonLines();

  const source = csvSource(input.rereadable ? countingSource(input.source, read) : input.source, {
    labels: 'required',
    epochs,
    ...(schema !== undefined ? { schema } : { infer: { ...settings.infer, rows: settings.inferRows }, learnFill: true }),
    delimiter: settings.delimiter,
    ...(int(p, 'max-record-bytes', 16) !== undefined ? { maxRecordBytes: int(p, 'max-record-bytes', 16)! } : {}),
    pace: () => out.room(), // a slow reader of --report json holds the input back
  });
  const steps = source.pipe(
    tap((e) => {
      if (e.kind === 'header') {
        if (e.schema !== undefined && e.schema.label.name !== 'label' && str(p, 'label') === undefined && !flag(p, 'quiet')) process.stderr.write(`note: ${labelNote(e.schema)}\n`);
        learner = makeLearner(e.featureNames.length, e.schema);
        startSamples = learner.samples;
        extras.onHeader(learner);
      }
      else if (e.kind === 'sample' && epoch === 1) rows++;
      else if (e.kind === 'epoch-end') epoch = e.epoch + 1;
      else if (e.kind === 'rejected') {
        if (strict) throw new NnError(e.rejected.code, `line ${e.rejected.line}: ${e.rejected.reason} (--strict: stopped, nothing saved)`);
        rows++;
        rejects.add(e.rejected, rows);
      }
    }),
    filter((e) => e.kind === 'sample' || e.kind === 'epoch-end'),
    filter((e) => !extras.holdsOut(e)), // holdout rows never reach training
    extras.shuffler(),
    withEpochEnds(pipe(
      miniBatch(m),
      tap((b) => (batchEpoch = b.epoch)), // a batch's epoch: the source may have moved on to the next
      train({ learnMany: (X, y) => learner!.learnMany(X, y) }),
      tap((r) => {
        lastReport = r;
        if (report === 'json') out.write({ step: r.step, cost: r.cost, loss: r.loss, accuracy: Number.isNaN(r.accuracy) ? null : r.accuracy, samples: r.samples, m: r.m, epoch: batchEpoch, lr: learner!.optimizer.learningRate, ...(r.refused ? { refused: true } : {}) });
        const holdout = extras.onStep(r, batchEpoch, learner!); // stops a diverging run
        if (holdout !== undefined) out.amend(holdout);
        progress.update(r.samples - startSamples, r, batchEpoch); // rows trained in this run, every epoch counted
      }),
      takeWhile(() => !extras.stopped), // early stopping, evaluated every N steps
    ), (e) => {
      const holdout = extras.onEpochEnd(e, learner!);
      if (holdout !== undefined) out.amend(holdout);
      return !extras.stopped;
    }),
  );
  try {
    await lastValueFrom(steps, { defaultValue: undefined });
  } catch (e) {
    if (isNnError(e) && e.code === 'DIVERGED' && extras.saveOnDivergence && save !== undefined) await saveModel(save, learner!.toModel());
    throw e;
  } finally {
    progress.clear();
    await out.flush();
  }
  if (learner === undefined) throw new NnError('BAD_INPUT', 'no data');
  if (lastReport === undefined) throw new NnError('BAD_INPUT', `no usable rows in ${input.name} (${rejects.count} rejected: ${rejects.summary()})`);
  rejects.check(rows);
  if (save !== undefined) await saveModel(save, extras.model(learner)); // with early stopping, the best parameters
  if (!flag(p, 'quiet'))
    process.stderr.write(
      (rejects.count > 0 ? `rejected rows by reason: ${rejects.summary()}\n` : '') +
        extras.summary.text({ rowsRead: rows, skipped: rejects.count, steps: learner.step, regression: learner.task === 'regression', ...(save !== undefined ? { saved: save } : {}) }),
    );
}

/**
 * Buffered JSON lines on stdout. Writes never wait, so the input is paced instead:
 * `room()` is awaited between input chunks while stdout's buffer is full.
 */
class JsonLines {
  private buf: string[] = [];
  private size = 0;
  private last: object | undefined; // the newest line, held back so that amend can add to it
  write(obj: object): void {
    this.push();
    this.last = obj;
  }
  /** Adds fields to the newest line. */
  amend(fields: object): void {
    if (this.last !== undefined) Object.assign(this.last, fields);
  }
  private push(): void {
    if (this.last === undefined) return;
    const s = JSON.stringify(this.last) + '\n';
    this.last = undefined;
    this.buf.push(s);
    this.size += s.length;
    if (this.size > 1 << 16) this.send();
  }
  /** Resolves once stdout has drained, when it is full; undefined when it has room. */
  room(): Promise<void> | undefined {
    if (!process.stdout.writableNeedDrain) return undefined;
    return new Promise((r) => process.stdout.once('drain', r));
  }
  async flush(): Promise<void> {
    this.push();
    this.send();
    await this.room();
  }
  private send(): void {
    if (this.buf.length === 0) return;
    const chunk = this.buf.join('');
    this.buf = [];
    this.size = 0;
    process.stdout.write(chunk);
  }
}

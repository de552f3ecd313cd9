import { lastValueFrom, tap } from 'rxjs';
import { NnError } from '../core/errors.js';
import { Learner } from '../core/learner.js';
import { matrix } from '../core/matrix.js';
import type { ModelData } from '../core/model.js';
import { RocAuc } from '../metrics/auc.js';
import { Scorer } from '../metrics/scorer.js';
import { csvSource } from '../sources/csv-source.js';
import { loadModel } from '../storage/model-file.js';
import { fileRuns } from '../storage/spill-runs.js';
import { figuresJson, figuresText } from './eval-report.js';
import { schemaOfModel } from './schema-options.js';
import type { Schema } from '../schema/schema.js';
import { inputOf } from './input.js';
import { RejectTally } from './rejects.js';
import { flag, int, parse, str } from './options.js';

export const evalHelp = `Usage: nnstream eval --model MODEL [FILE|-] [options]

Scores a model on labelled CSV rows (stdin when FILE is - or absent) and prints
a report. Columns are matched by header name with the model's schema (any
order, extra columns ignored); figures are in its classes and in the target's
units. Classification: rows, accuracy, balanced accuracy, log loss (scikit-
learn's: probabilities clipped to [1e-15, 1-1e-15]), ROC AUC (binary), per-class
precision / recall / F1 / support and the confusion matrix (rows: true class).
Regression: rows, RMSE, MAE, R². The input is streamed and memory stays bounded;
the AUC is still exact: scores are sorted in runs of --auc-memory values,
spilled to temporary files beyond that, and merged at the end. A bad row is
reported on stderr with its line number and reason and left out of the figures.

Options:
  --model MODEL       the model file (.json or .pb)
  --label NAME        label column (default: the model's, else "label", else the last column)
  --json              print the figures as one JSON object (rows, accuracy, log_loss,
                      balanced_accuracy, auc, confusion, per_class, rmse, mae, r2)
  --strict            stop at the first bad row (exit 1)
  --batch 1024        rows per vectorized forward pass
  --auc-memory N      scores kept in memory for the AUC before spilling a run (default 1048576)`;

/** The class names of a model, in output order: its schema's, or 0..K-1 for a model from before schemas. */
export function classNamesOf(model: ModelData, outputs: number, schema: Schema | undefined): string[] {
  if (schema !== undefined && schema.classes.length > 0) return [...schema.classes];
  const k = model.task === 'binary' ? 2 : outputs;
  return Array.from({ length: k }, (_, i) => String(i));
}

export async function evalCommand(args: string[]): Promise<void> {
  const p = parse(args, { model: { type: 'string' }, label: { type: 'string' }, json: { type: 'boolean' }, strict: { type: 'boolean' }, batch: { type: 'string' }, 'auc-memory': { type: 'string' } }, 1);
  if (flag(p, 'help')) {
    process.stdout.write(evalHelp + '\n');
    return;
  }
  const modelPath = str(p, 'model');
  if (modelPath === undefined) throw new NnError('BAD_OPTION', 'Expected --model MODEL');
  const batch = int(p, 'batch', 1, 1024);
  const aucMemory = int(p, 'auc-memory', 2, 1 << 20);
  const model = await loadModel(modelPath);
  const learner = Learner.fromModel(model, { learningRate: 0 });
  const input = inputOf(p.positionals[0]);
  const label = str(p, 'label');
  const strict = flag(p, 'strict');
  const n = learner.inputs;
  const schema = schemaOfModel(model, modelPath);
  const classNames = classNamesOf(model, learner.outputs, schema);
  const runs = fileRuns();
  const scorer = new Scorer(learner.task, learner.outputs, learner.task === 'binary' ? new RocAuc(runs, aucMemory) : undefined);
  const rejects = new RejectTally(1); // as in train: the first rows of each reason by line, then counted; never fatal

  const X = new Float64Array(n * batch), Y = new Float64Array(batch);
  let filled = 0, rowsRead = 0;
  const flush = (): void => {
    if (filled === 0) return;
    scorer.add(learner.predictMany(matrix(n, filled, X.subarray(0, n * filled))), Y);
    filled = 0;
  };
  // columns by header name with the model's schema (labels in its classes); a model from before schemas reads by position
  const source = csvSource(input.source, {
    labels: 'required', inputs: n, ...(label !== undefined ? { label } : {}),
    ...(schema !== undefined ? { schema, delimiter: 'auto' as const } : { checkLabel: (y: number) => learner.checkLabel(y) }),
  });
  try {
    await lastValueFrom(
    source.pipe(
      tap((e) => {
        if (e.kind === 'sample') {
          rowsRead++;
          X.set(e.sample.x, filled * n);
          Y[filled++] = e.sample.y;
          if (filled === batch) flush();
        } else if (e.kind === 'rejected') {
          if (strict) throw new NnError(e.rejected.code, `line ${e.rejected.line}: ${e.rejected.reason} (--strict: stopped)`);
          rejects.add(e.rejected, ++rowsRead);
        }
      }),
    ),
    { defaultValue: undefined },
  );
  } catch (e) {
    runs.dispose();
    throw e;
  }
  flush();
  if (scorer.rows === 0) throw new NnError('BAD_INPUT', `no usable rows in ${input.name} (${rejects.count} rejected)`);
  if (rejects.count > 0) process.stderr.write(`rejected rows by reason: ${rejects.summary()}\n`);
  const figures = scorer.figures();
  if (flag(p, 'json')) process.stdout.write(JSON.stringify(figuresJson(figures, classNames, rejects.count)) + '\n');
  else process.stdout.write(figuresText(figures, classNames, rejects.count, input.name));
}

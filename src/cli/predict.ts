import { lastValueFrom, tap } from 'rxjs';
import { NnError } from '../core/errors.js';
import { Learner } from '../core/learner.js';
import { matrix } from '../core/matrix.js';
import { csvSource } from '../sources/csv-source.js';
import { loadModel } from '../storage/model-file.js';
import { inputOf, RejectLog } from './input.js';
import { predictionColumns } from './prediction-columns.js';
import { schemaOfModel } from './schema-options.js';
import { flag, parse, str } from './options.js';

export const predictHelp = `Usage: nnstream predict --model MODEL [FILE|-] [options]

Prints predictions for CSV rows (stdin when FILE is - or absent) as CSV with a
header: "prediction" (the class itself, e.g. setosa or -1, or the value for
regression, in the target's units), then "p" (binary: probability of the positive
class) or one "p_CLASS" per class (multiclass). Columns are matched by header
name with the model's schema (any order; extra columns are ignored; a missing
one is an error naming it); input without a header is read by position. The
label column may be there or not. The model's input standardization is applied,
never updated.
A bad row is reported on stderr with its line number and gets an empty output
row, so output rows stay aligned with input rows.

Options:
  --model MODEL     the model file (.json or .pb)
  --label NAME      label column to ignore when present (default "label")
  --strict          stop at the first bad row (exit 1)
  --batch 1024      rows per vectorized forward pass`;

export async function predictCommand(args: string[]): Promise<void> {
  const p = parse(args, { model: { type: 'string' }, label: { type: 'string' }, strict: { type: 'boolean' }, batch: { type: 'string' } }, 1);
  if (flag(p, 'help')) {
    process.stdout.write(predictHelp + '\n');
    return;
  }
  const modelPath = str(p, 'model');
  if (modelPath === undefined) throw new NnError('BAD_OPTION', 'Expected --model MODEL');
  const model = await loadModel(modelPath);
  const learner = Learner.fromModel(model, { learningRate: 0 });
  const schema = schemaOfModel(model, modelPath);
  const batch = Number(str(p, 'batch') ?? 1024);
  if (!Number.isInteger(batch) || batch < 1) throw new NnError('BAD_OPTION', `Expected --batch to be an integer >= 1, got ${str(p, 'batch')}`);
  const input = inputOf(p.positionals[0]);
  const label = str(p, 'label');
  const strict = flag(p, 'strict');
  const k = learner.outputs, n = learner.inputs;
  const task = learner.task;
  const header = schema !== undefined ? predictionColumns(schema).join(',') : task === 'binary' ? 'prediction,p' : task === 'multiclass' ? ['prediction', ...Array.from({ length: k }, (_, i) => `p${i}`)].join(',') : 'prediction';
  const names = schema?.classes.map(csvField);
  const empty = ','.repeat(header.split(',').length - 1);
  const rejects = new RejectLog();
  const out = new CsvOut();
  out.line(header);

  // rows wait in a buffer (in order, bad ones as gaps) and are scored a batch at a time
  const X = new Float64Array(n * batch);
  const slots: boolean[] = [];
  let filled = 0;
  const flush = (): void => {
    const A = learner.predictMany(matrix(n, filled, X.subarray(0, n * filled)));
    let j = 0;
    for (const ok of slots) {
      if (!ok) {
        out.line(empty);
        continue;
      }
      const decided = learner.loss.decide(A, j);
      const pred = names !== undefined && task !== 'regression' ? names[decided]! : decided;
      if (task === 'binary') out.line(`${pred},${A.data[j]}`);
      else if (task === 'multiclass') out.line(`${pred},${Array.from(A.data.subarray(j * k, j * k + k)).join(',')}`);
      else out.line(String(pred));
      j++;
    }
    slots.length = 0;
    filled = 0;
  };
  const source = csvSource(input.source, {
    labels: 'optional', inputs: n, ...(label !== undefined ? { label } : {}), pace: () => out.room(),
    ...(schema !== undefined ? { schema, delimiter: 'auto' as const } : {}),
  });
  await lastValueFrom(
    source.pipe(
      tap((e) => {
        if (e.kind === 'sample') {
          X.set(e.sample.x, filled * n);
          filled++;
          slots.push(true);
        } else if (e.kind === 'rejected') {
          if (strict) throw new NnError(e.rejected.code, `line ${e.rejected.line}: ${e.rejected.reason} (--strict: stopped)`);
          rejects.report(e.rejected.line, e.rejected.reason);
          slots.push(false);
        }
        if (filled === batch || slots.length >= 4 * batch) flush();
      }),
    ),
    { defaultValue: undefined },
  );
  flush();
  await out.end();
}

/** Buffered stdout lines; the input waits on `room()` while a slow reader has stdout full. */
class CsvOut {
  private parts: string[] = [];
  private size = 0;
  line(s: string): void {
    this.parts.push(s);
    this.size += s.length + 1;
    if (this.size > 1 << 16) this.write();
  }
  private write(): boolean {
    const chunk = this.parts.join('\n') + '\n';
    this.parts = [];
    this.size = 0;
    return process.stdout.write(chunk);
  }
  room(): Promise<void> | undefined {
    if (!process.stdout.writableNeedDrain) return undefined;
    return new Promise((r) => process.stdout.once('drain', r));
  }
  async end(): Promise<void> {
    if (this.parts.length > 0) this.write();
    await this.room();
  }
}

/** A class name as a CSV field (quoted when it holds a delimiter, a quote or a line break). */
function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

import { NnError } from '../core/errors.js';
import { encodeModel, loadModel, saveModel, type ModelFormat } from '../storage/model-file.js';
import { flag, oneOf, parse, str } from './options.js';

export const exportHelp = `Usage: nnstream export MODEL --out OUT

Converts a model between the JSON form (.json) and the protobuf form (.pb, a
ParameterSnapshot). Everything the model holds is kept: parameters, optimizer
state, input normalizer, counters. The output is written atomically.

Options:
  --out OUT         the output file (.json or .pb), or - for stdout
  --format json     the form written to stdout with --out -: json or pb`;

export async function exportCommand(args: string[]): Promise<void> {
  const p = parse(args, { out: { type: 'string' }, format: { type: 'string' } }, 1);
  if (flag(p, 'help')) {
    process.stdout.write(exportHelp + '\n');
    return;
  }
  const from = p.positionals[0];
  const to = str(p, 'out');
  if (from === undefined) throw new NnError('BAD_OPTION', 'Expected the model file to convert: nnstream export MODEL --out OUT');
  if (to === undefined) throw new NnError('BAD_OPTION', 'Expected --out OUT (.json or .pb, or - for stdout)');
  const format = oneOf(p, 'format', ['json', 'pb'] as const satisfies readonly ModelFormat[], 'json');
  if (to !== '-' && str(p, 'format') !== undefined) throw new NnError('BAD_OPTION', `--format is for --out - (stdout): the file name ${to} already says the form`);
  const model = await loadModel(from);
  if (to === '-') {
    const data = encodeModel(model, format);
    await new Promise<void>((resolve, reject) => process.stdout.write(data, (e) => (e ? reject(e) : resolve())));
    return;
  }
  await saveModel(to, model);
  process.stderr.write(`wrote ${to}\n`);
}

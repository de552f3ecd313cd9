import { NnError } from '../core/errors.js';
import { loadModel, saveModel } from '../storage/model-file.js';
import { flag, parse, str } from './options.js';

export const exportHelp = `Usage: nnstream export MODEL --out OUT

Converts a model between the JSON form (.json) and the protobuf form (.pb, a
ParameterSnapshot). Everything the model holds is kept: parameters, optimizer
state, input normalizer, counters. The output is written atomically.`;

export async function exportCommand(args: string[]): Promise<void> {
  const p = parse(args, { out: { type: 'string' } }, 1);
  if (flag(p, 'help')) {
    process.stdout.write(exportHelp + '\n');
    return;
  }
  const from = p.positionals[0];
  const to = str(p, 'out');
  if (from === undefined) throw new NnError('BAD_OPTION', 'Expected the model file to convert: nnstream export MODEL --out OUT');
  if (to === undefined) throw new NnError('BAD_OPTION', 'Expected --out OUT (.json or .pb)');
  await saveModel(to, await loadModel(from));
  process.stderr.write(`wrote ${to}\n`);
}

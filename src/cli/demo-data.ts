import { NnError } from '../core/errors.js';
import { FlowerStream } from '../sources/flower.js';
import { int, parse, str } from './options.js';

export const demoDataHelp = `Usage: nnstream demo-data flower [--rows 400] [--seed flower]

Prints a labelled CSV data set to stdout, so that every example in the README runs
on a fresh machine: "flower" is the course's planar data (two features x1, x2 on
the petals of a flower, label 0 or 1), the stream that "serve --demo" trains on.

Options:
  --rows 400        rows to print
  --seed flower     random seed: the same seed prints the same rows`;

const SETS = ['flower'] as const;

export async function demoDataCommand(args: string[]): Promise<void> {
  const p = parse(args, { rows: { type: 'string' }, seed: { type: 'string' } }, 1);
  if (p.values['help'] === true) {
    process.stdout.write(demoDataHelp + '\n');
    return;
  }
  const name = p.positionals[0];
  if (name === undefined || !(SETS as readonly string[]).includes(name))
    throw new NnError('BAD_OPTION', `Expected the data set to print (${SETS.join(', ')}), got ${name === undefined ? 'nothing' : `"${name}"`}`);
  const rows = int(p, 'rows', 1, 400);
  const flower = new FlowerStream(str(p, 'seed') ?? 'flower');
  const x = new Float64Array(2);
  const lines = ['x1,x2,label'];
  for (let i = 0; i < rows; i++) {
    const y = flower.next(x);
    lines.push(`${x[0]},${x[1]},${y}`);
    if (lines.length >= 4096) await write(lines.splice(0).join('\n') + '\n');
  }
  await write(lines.join('\n') + (lines.length > 0 ? '\n' : ''));
}

function write(s: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(s, (e) => (e ? reject(e) : resolve())));
}

/**
 * Soak test: a gigabyte or more of generated CSV piped into `nnstream train` (or
 * `serve --stdin`, or `eval` of a model trained on a little of it first), watching the child's memory as the stream goes by. Prints the
 * rows, the throughput and the RSS curve; exits 1 when rows were lost or the
 * peak RSS grew with the length of the stream.
 *
 *   node dist/bench/soak/csv-stdin.js [--gb 2] [--features 30] [--mode train|serve|eval]
 *        [--batch 256] [--hidden 8] [--report-json] [--seed 1] [--growth-mb 32]
 *        [--categories K]   (a text column of K categories, one-hot through the schema)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { text } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { CsvGenerator } from './csv-generator.js';
import { runWithCsv, type StdinRun } from './stdin-run.js';

const BIN = resolve(import.meta.dirname, '../../src/cli/main.js');
const MB = 1 << 20;

const { values: v } = parseArgs({
  options: {
    gb: { type: 'string', default: '1' },
    features: { type: 'string', default: '30' },
    mode: { type: 'string', default: 'train' },
    batch: { type: 'string', default: '256' },
    hidden: { type: 'string', default: '8' },
    'report-json': { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    'growth-mb': { type: 'string', default: '32' },
    categories: { type: 'string', default: '0' },
  },
});
const bytes = Math.round(Number(v.gb) * 2 ** 30);
const features = Number(v.features);
const mode = v.mode;
if (!(bytes > 0) || !(features >= 2) || (mode !== 'train' && mode !== 'serve' && mode !== 'eval')) {
  process.stderr.write('usage: csv-stdin [--gb G>0] [--features N>=2] [--mode train|serve|eval] [--batch M] [--hidden H] [--report-json]\n');
  process.exit(2);
}

const marks = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const input = new CsvGenerator({ features, bytes, seed: Number(v.seed), categories: Number(v.categories) });
const learn = ['--batch', v.batch!, '--hidden', v.hidden!];
const model = mode === 'eval' ? await evalModel() : '';
const args =
  mode === 'train'
    ? ['train', ...learn, ...(v['report-json'] ? ['--report', 'json'] : [])]
    : mode === 'eval'
      ? ['eval', '--model', model, '--json']
      : ['serve', '--port', '0', '--stdin', ...(Number(v.categories) > 0 ? [] : ['--inputs', String(features)]), ...learn];
let lastJson = '';
let url: string | undefined;
const run = runWithCsv({
  bin: BIN,
  args,
  input,
  marks,
  onStdoutLine: (l) => {
    if (mode !== 'serve') lastJson = l;
    else url ??= /listening (http:\/\/\S+)/.exec(l)?.[1];
  },
});
process.stderr.write(`soak: ${(bytes / MB).toFixed(0)} MiB of ${features}-feature CSV into nnstream ${args.join(' ')}\n`);
const started = Date.now();
const progress = setInterval(() => {
  const m = run.samples.at(-1);
  process.stderr.write(`  ${(run.fed() / MB).toFixed(0)} MiB fed, ${input.rows} rows, RSS ${m ? (m.rss / MB).toFixed(1) : '?'} MiB\n`);
}, 10_000);

let healthSamples = 0;
await run.inputDone;
const fedSecs = (Date.now() - started) / 1000;
if (mode === 'serve') healthSamples = await waitTrained(run, input.rows);
// serve: the peak once every row is trained, before shutting down; train: the last reading before it exited
const servePeak = mode === 'serve' ? run.peak() : 0;
if (mode === 'serve') run.proc.kill('SIGTERM');
const exit = await run.exited;
const peakEnd = mode === 'serve' ? servePeak : run.peak();
clearInterval(progress);
const secs = (Date.now() - started) / 1000;

const rowsRead = mode === 'train' ? Number(/rows read (\d+)/.exec(run.stderr())?.[1] ?? NaN) : mode === 'eval' ? Number(JSON.parse(lastJson || '{}').rows ?? NaN) : healthSamples;
const peak = (f: number): number => run.peakAt.get(f) ?? NaN;
const mib = (b: number): string => (b / MB).toFixed(1);
process.stdout.write(
  [
    `mode ${mode}, ${features} features, batch ${v.batch}, hidden ${v.hidden}${v['report-json'] ? ', --report json' : ''}`,
    `input: ${mib(input.bytesOut)} MiB, ${input.rows} rows; ${mode === 'train' ? 'rows read' : mode === 'eval' ? 'rows scored' : 'samples trained (/healthz)'} ${rowsRead}`,
    `time: ${secs.toFixed(1)} s (input fed in ${fedSecs.toFixed(1)} s), ${(input.bytesOut / MB / fedSecs).toFixed(1)} MiB/s, ${Math.round(input.rows / fedSecs)} rows/s`,
    `peak RSS (VmHWM) at 10% ${mib(peak(0.1))} MiB, 50% ${mib(peak(0.5))} MiB, 100% ${mib(peakEnd)} MiB`,
    `RSS curve (fed MiB: RSS / peak MiB): ${marks.map((f) => curvePoint(run, f * input.targetBytes)).join(', ')}`,
    `exit ${exit.code ?? exit.signal}${(mode === 'train' && v['report-json']) || mode === 'eval' ? `, last report ${lastJson}` : ''}`,
  ].join('\n') + '\n',
);

const growth = peakEnd - peak(0.2);
const problems: string[] = [];
if (rowsRead !== input.rows) problems.push(`rows lost: generated ${input.rows}, counted ${rowsRead}`);
if (!(growth <= Number(v['growth-mb']) * MB)) problems.push(`peak RSS grew by ${mib(growth)} MiB from 20% to 100% of the input`);
if (mode !== 'serve' && exit.code !== 0) problems.push(`${mode} exited ${exit.code}: ${run.stderr().slice(-500)}`);
if (problems.length > 0) {
  process.stdout.write(`FAIL: ${problems.join('; ')}\n`);
  process.exitCode = 1;
} else process.stdout.write(`OK: flat (peak grew ${mib(growth)} MiB from 20% to 100%), no row lost\n`);

/** eval mode: a model trained on the first 4 MiB of the same generated stream. */
async function evalModel(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'nnstream-soak-eval-'));
  const csv = join(dir, 'head.csv'), path = join(dir, 'model.json');
  writeFileSync(csv, await text(new CsvGenerator({ features, bytes: 4 * MB, seed: Number(v.seed) })));
  const r = spawnSync(process.execPath, [BIN, 'train', csv, ...learn, '--lr', '1', '--quiet', '--save', path], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`training the model to evaluate failed: ${r.stderr}`);
  return path;
}

/** The RSS reading nearest after `fed` bytes had been handed over. */
function curvePoint(r: StdinRun, fed: number): string {
  const s = r.samples.find((x) => x.fed >= fed);
  return s === undefined ? '?' : `${(s.fed / MB).toFixed(0)}: ${mib(s.rss)}/${mib(s.hwm)}`;
}

/** Polls /healthz until the server has trained `rows` samples; returns the count. */
async function waitTrained(r: StdinRun, rows: number): Promise<number> {
  let samples = 0;
  for (let i = 0; i < 600 && r.proc.exitCode === null; i++) {
    if (url !== undefined) {
      const h = (await (await fetch(new URL('/healthz', url))).json()) as { samples: number };
      samples = h.samples;
      if (samples >= rows) return samples;
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return samples;
}

/**
 * `npm run bench`: training speed of nnstream beside numpy (the same algorithm, one
 * BLAS thread, in the same invocation, interleaved, medians of several runs), and
 * the end-to-end figures: CSV through stdin, samples through the WebSocket server,
 * and prediction latency while it trains. `-- --json` prints one JSON line per figure.
 *
 *   node dist/bench/run.js [--json] [--runs 5] [--seconds 0.5] [--only train,csv,server] [--kernels js] [--threads N]
 *
 * --threads N: threads sharing each large product (default: every core, at most 4);
 * --threads 1 gives the one-core figures. The numpy peer always runs on one thread.
 */
import { parseArgs } from 'node:util';
import { availableHelpers } from '../src/core/gemm-team.js';
import { jsKernels } from '../src/core/kernels.js';
import { fmaKernels } from '../src/core/wasm-kernels.js';
import { cliRun, numericCsv, parseThroughput } from './csv-bench.js';
import { NumpyPeer } from './numpy-peer.js';
import { BenchCluster, clusterIngest, clusterLag } from './cluster-bench.js';
import { NATS_SERVER } from './nats-nodes.js';
import { BenchServer, IngestThread, measureIngest, measurePredict } from './server-bench.js';
import { SHAPES, describe, type Shape } from './shapes.js';
import { median } from './stats.js';
import { NnstreamTrainer } from './train-bench.js';

const { values: v } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '0.5' },
    only: { type: 'string', default: 'train,csv,server,cluster' },
    kernels: { type: 'string', default: 'default' },
    threads: { type: 'string' },
  },
});
if (v.threads !== undefined) {
  if (!(Number.isInteger(Number(v.threads)) && Number(v.threads) >= 1)) {
    process.stderr.write(`Expected --threads to be an integer >= 1, got ${v.threads}\n`);
    process.exit(2);
  }
  process.env['NNSTREAM_THREADS'] = v.threads; // read by the kernels, here and in the servers this bench starts
}
const runs = Number(v.runs), seconds = Number(v.seconds);
const only = new Set(v.only!.split(','));
if (!(Number.isInteger(runs) && runs >= 1) || !(seconds > 0) || ![...only].every((o) => ['train', 'csv', 'server', 'cluster'].includes(o)) || !['default', 'js'].includes(v.kernels!)) {
  process.stderr.write('usage: run.js [--json] [--runs N>=1] [--seconds S>0] [--only train,csv,server,cluster] [--kernels default|js]\n');
  process.exit(2);
}
const json = v.json!;

type Figure = Record<string, string | number | number[] | undefined> & { bench: string; impl: string };
const rows: string[][] = [];

function emit(f: Figure, row: string[]): void {
  if (json) process.stdout.write(JSON.stringify(f) + '\n');
  else rows.push(row);
}

function note(text: string): void {
  if (!json) process.stdout.write(text + '\n');
}

function rate(x: number): string {
  return x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k/s` : `${x.toFixed(0)} /s`;
}

const trainMedian = new Map<string, number>();
let wsIngestM: number | undefined;

async function trainBench(): Promise<void> {
  const peer = await NumpyPeer.start();
  const numpy = typeof peer === 'string' ? undefined : peer;
  note(numpy === undefined ? String(peer) : `peer: ${numpy.version}`);
  const kernels = v.kernels === 'js' ? jsKernels : undefined;
  const trainers = SHAPES.map((s) => new NnstreamTrainer(s, kernels));
  const wasm = trainers[0]!.kernels === 'wasm';
  const threads = wasm ? 1 + availableHelpers() : 1;
  const flavour = wasm ? (fmaKernels() ? ' (fused multiply-add)' : ' (multiply, then add)') : '';
  note(`nnstream: node ${process.version}, kernels ${trainers[0]!.kernels}${flavour}, ${threads} thread(s) per large product; ${runs} interleaved runs of ${seconds} s each, medians`);
  const ours = new Map<Shape, number[]>(), theirs = new Map<Shape, number[]>();
  for (let r = 0; r < runs; r++) {
    for (const t of trainers) {
      const s = t.shape;
      // alternate who goes first, so that neither always follows the other's cache and clock state
      const first = r % 2 === 0;
      if (!first && numpy !== undefined) theirs.set(s, [...(theirs.get(s) ?? []), await numpy.measure(s, seconds)]);
      ours.set(s, [...(ours.get(s) ?? []), t.measure(seconds)]);
      if (first && numpy !== undefined) theirs.set(s, [...(theirs.get(s) ?? []), await numpy.measure(s, seconds)]);
    }
  }
  numpy?.close();
  for (const t of trainers) {
    const s = t.shape;
    const a = median(ours.get(s)!), b = theirs.has(s) ? median(theirs.get(s)!) : undefined;
    trainMedian.set(s.name, a);
    const ratio = b === undefined ? undefined : a / b;
    emit(
      { bench: 'train', shape: s.name, impl: 'nnstream', kernels: t.kernels, threads, helper_chunks: t.helped, samples_per_s: Math.round(a), ratio_vs_numpy: ratio === undefined ? undefined : Number(ratio.toFixed(3)), runs: ours.get(s)!.map(Math.round) },
      [`train ${s.name} (${describe(s)})`, rate(a), b === undefined ? '-' : rate(b), ratio === undefined ? '-' : `${ratio.toFixed(2)}x`],
    );
    if (b !== undefined) emit({ bench: 'train', shape: s.name, impl: 'numpy', samples_per_s: Math.round(b), runs: theirs.get(s)!.map(Math.round) }, []);
  }
}

async function csvBench(): Promise<void> {
  const features = 30;
  const csv = numericCsv(48e6, features);
  const parsed: number[] = [];
  for (let r = 0; r < Math.min(runs, 3); r++) parsed.push(parseThroughput(csv).mbPerS);
  const p = median(parsed);
  emit(
    { bench: 'csv_stdin', impl: 'nnstream', mode: 'parse', features, mb_per_s: Number(p.toFixed(1)), runs: parsed.map((x) => Number(x.toFixed(1))) },
    [`csv_stdin parse (${features} features, CsvParser+CsvSchema)`, `${p.toFixed(0)} MB/s`, '-', 'target >= 100 MB/s'],
  );
  // The whole CLI: `nnstream train` reading the same text from a pipe, training 30-4-1 with m=256.
  // Its start-up (node, modules, first batch) is measured on a few rows and taken off.
  const args = ['--hidden', '4', '--batch', '256', '--lr', '0.1'];
  const small = numericCsv(20_000, features);
  const startups: number[] = [], walls: number[] = [];
  for (let r = 0; r < 2; r++) {
    startups.push(await cliRun(small, args));
    walls.push(await cliRun(csv, args));
  }
  const wall = median(walls), startup = median(startups);
  const e2e = csv.length / 1e6 / Math.max(1e-3, wall - startup);
  emit(
    { bench: 'csv_stdin', impl: 'nnstream', mode: 'cli', features, mb_per_s: Number(e2e.toFixed(1)), wall_s: Number(wall.toFixed(3)), startup_s: Number(startup.toFixed(3)) },
    [`csv_stdin cli (nnstream train, 30-4-1, m=256)`, `${e2e.toFixed(0)} MB/s`, '-', `${(csv.length / 1e6).toFixed(0)} MB in ${wall.toFixed(2)} s, start-up ${startup.toFixed(2)} s`],
  );
}

async function serverBench(): Promise<void> {
  const s = SHAPES.find((x) => x.name === 'M')!;
  const server = await BenchServer.start(s);
  try {
    const ingest = new IngestThread(server.url, s); // its own thread: its sending does not delay the predictions' timing
    const rates: number[] = [];
    for (let r = 0; r < Math.min(runs, 3); r++) rates.push(await measureIngest(ingest, 2));
    const a = median(rates);
    wsIngestM = a;
    const core = trainMedian.get('M');
    emit(
      { bench: 'ws_ingest', shape: 'M', impl: 'nnstream', samples_per_s: Math.round(a), ratio_vs_train: core === undefined ? undefined : Number((a / core).toFixed(3)), runs: rates.map(Math.round) },
      [`ws_ingest M (SampleBatch m=${s.m}, x_raw)`, rate(a), '-', core === undefined ? '-' : `${(a / core).toFixed(2)}x of train M`],
    );
    // predictions on a second connection while the first keeps the trainer busy
    const client = await server.connect();
    const lat = await measurePredict(client, s, 3);
    ingest.check();
    emit(
      { bench: 'predict_latency', shape: 'M', impl: 'nnstream', p50_ms: Number(lat.p50.toFixed(3)), p99_ms: Number(lat.p99.toFixed(3)), count: lat.count },
      [`predict_latency M (1 sample, while training)`, `p50 ${lat.p50.toFixed(2)} ms`, '-', `p99 ${lat.p99.toFixed(2)} ms (${lat.count} requests; target < 5)`],
    );
    await ingest.stop();
    client.close();
  } finally {
    await server.close();
  }
}

if (only.has('train')) await trainBench();
if (only.has('csv')) await csvBench();
if (only.has('server')) await serverBench();
if (only.has('cluster')) await clusterBench();

/** The same ingest through a cluster gateway (NATS JetStream, R1 on one NATS node, R3 on three), and the prediction lag on it. */
async function clusterBench(): Promise<void> {
  if (NATS_SERVER === undefined) return note('cluster: nats-server is not installed (apt-get install nats-server): cluster figures skipped');
  const s = SHAPES.find((x) => x.name === 'M')!;
  for (const [natsNodes, replicas] of [[1, 1], [3, 3]] as const) {
    const c = await BenchCluster.start(s, natsNodes, replicas);
    try {
      const rates = await clusterIngest(c, s, Math.min(runs, 3));
      const a = median(rates);
      const ratio = wsIngestM === undefined ? undefined : a / wsIngestM;
      emit(
        { bench: 'cluster_ingest', shape: 'M', impl: 'nnstream', replicas, nats_nodes: natsNodes, samples_per_s: Math.round(a), ratio_vs_single_node: ratio === undefined ? undefined : Number(ratio.toFixed(3)), runs: rates.map(Math.round) },
        [`cluster_ingest M R${replicas} (through a gateway, trained by the leader)`, rate(a), '-', ratio === undefined ? '-' : `${ratio.toFixed(2)}x of ws_ingest M`],
      );
      const lag = await clusterLag(c, s, 4);
      emit(
        { bench: 'cluster_lag', shape: 'M', impl: 'nnstream', replicas, nats_nodes: natsNodes, p50_ms: lag.p50, p99_ms: lag.p99, count: lag.count },
        [`cluster_lag M R${replicas} (step on the leader -> answered by the gateway)`, `p50 ${lag.p50} ms`, '-', `p99 ${lag.p99} ms (${lag.count} versions; goal < 100)`],
      );
    } finally {
      await c.close();
    }
  }
}

if (!json) {
  const table = [['figure', 'nnstream', 'numpy', 'ratio / note'], ...rows.filter((r) => r.length > 0)];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => (r[c] ?? '').length)));
  for (const [i, r] of table.entries()) {
    process.stdout.write(r.map((cell, c) => (cell ?? '').padEnd(widths[c]!)).join('  ').trimEnd() + '\n');
    if (i === 0) process.stdout.write(widths.map((w) => '-'.repeat(w)).join('  ') + '\n');
  }
}

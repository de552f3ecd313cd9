import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NnError } from '../core/errors.js';
import type { Learner } from '../core/learner.js';
import { TASKS } from '../core/loss.js';
import { CsvParser, CsvRecordTooLarge } from '../sources/csv-parser.js';
import { CsvSchema } from '../sources/csv-schema.js';
import { loadModel } from '../storage/model-file.js';
import { Checkpointer } from '../server/checkpointer.js';
import { startDemo } from '../server/demo.js';
import { loadCheckpoint, prepareCheckpoint } from '../storage/checkpoint-file.js';
import { onSignals } from './shutdown.js';
import { DEFAULT_LIMITS, NnServer, type ServerLimits } from '../server/server.js';
import { Trainer } from '../server/trainer.js';
import { batchSize, learnerFactory, learnerOptionHelp, learnerOptionSpec } from './learner-options.js';
import { flag, int, num, oneOf, parse, str, type Parsed } from './options.js';
import { clusterOptionHelp, clusterOptionSpec, startCluster } from './serve-cluster.js';

const L = DEFAULT_LIMITS;
export const serveHelp = `Usage: nnstream serve [options]

Runs the WebSocket + HTTP server: the live dashboard at /, the protobuf protocol
(proto/nnstream.proto) at /ws, /healthz, and Prometheus metrics at /metrics. All
samples from all connections (and stdin with --stdin) train one model in
mini-batches; predictions are answered from the live parameters.

Server options:
  --port 8080               port (0: any free port); the first line on stdout names it
  --host 127.0.0.1          address to bind (use 0.0.0.0 to expose it, with --token)
  --model FILE              start from this model file (.json or .pb)
  --inputs N                input features (default: the first sample's size)
  --max-wait-ms 50          flush a partial mini-batch this long after its first sample
  --stdin                   also train from CSV piped into stdin
  --label NAME              label column of the stdin CSV (default "label", else the last)
  --demo                    feed a built-in stream (the course's flower data, 2 inputs)
  --checkpoint FILE         checkpoint file (.pb or .json): resumed from when it exists
  --checkpoint-every SPEC   steps and/or seconds, e.g. 1000, 30s or 1000,30s (default 30s)
  --inline-training         train on the main thread instead of a worker thread
  --train-threads 1         threads sharing each large matrix product of a step (1: the training
                            thread alone, so I/O and predictions keep a core; more trains faster)
  --train-nice 10           nice levels the training thread runs below the process (Linux,
                            0-19): sockets and predictions come first when the CPU is busy
Access:
  --token T                 token for clients that train, predict or control (or NNSTREAM_TOKEN)
  --viewer-token T          read-only token for dashboards (or NNSTREAM_VIEWER_TOKEN)
  --allow-origin LIST       browser Origins allowed besides the server's own names (comma list, * for any)
  --allow-host LIST         Host names accepted besides localhost, loopback addresses and --host
                            (comma list, * for any): what keeps DNS rebinding pages out
Limits (defaults in brackets):
  --max-message-bytes N     largest WebSocket message [${L.maxPayloadBytes}]
  --max-samples-per-message N  samples in one SampleBatch or PredictRequest [${L.maxSamplesPerMessage}]
  --max-pending N           samples of one client waiting for training before BUSY [${L.maxPendingPerConnection}]
  --max-pending-bytes-per-client N  the same in bytes [${L.maxPendingBytesPerConnection}]
  --max-pending-bytes N     bytes of all clients' samples waiting for training before BUSY [${L.maxPendingBytes}]
  --max-seq-gap N           how far past its ack a client's seqs may reach [${L.maxSeqGap}]
  --max-receiving-bytes N   bytes of large messages arriving at once, all connections together [${L.maxReceivingBytes}]
  --max-unsent-bytes N      unsent answers to one connection before it is closed (1008) [${L.maxBufferedBytes}]
  --client-ttl S            forget a named client id unused for S seconds, also in checkpoints [86400; 0: never]
  --shutdown-timeout S      SIGTERM ends within S seconds, with a last checkpoint [10]
  --max-connections N       open WebSocket connections [${L.maxConnections}]
  --idle-timeout-s S        close connections that neither send nor subscribe [${L.idleTimeoutMs / 1000}]
  --header-timeout-s S      time allowed for HTTP request headers [${L.headersTimeoutMs / 1000}]
  --heartbeat-s S           ping interval; a peer that misses a pong is dropped [${L.heartbeatMs / 1000}]
  --max-abs X               largest accepted |feature| [${L.maxAbs}]
  --max-record-bytes N      longest stdin CSV record [1048576]
${clusterOptionHelp}${learnerOptionHelp}`;

const here = dirname(fileURLToPath(import.meta.url));

export async function serveCommand(args: string[]): Promise<void> {
  const p = parse(args, {
    ...learnerOptionSpec,
    port: { type: 'string' }, host: { type: 'string' }, model: { type: 'string' }, inputs: { type: 'string' },
    'max-wait-ms': { type: 'string' }, stdin: { type: 'boolean' }, label: { type: 'string' }, demo: { type: 'boolean' },
    checkpoint: { type: 'string' }, 'checkpoint-every': { type: 'string' }, 'inline-training': { type: 'boolean' }, 'train-threads': { type: 'string' }, 'train-nice': { type: 'string' },
    token: { type: 'string' }, 'viewer-token': { type: 'string' }, 'allow-origin': { type: 'string' }, 'allow-host': { type: 'string' },
    'max-pending-bytes': { type: 'string' }, 'max-pending-bytes-per-client': { type: 'string' }, 'max-seq-gap': { type: 'string' }, 'max-unsent-bytes': { type: 'string' }, 'max-receiving-bytes': { type: 'string' },
    'client-ttl': { type: 'string' }, 'shutdown-timeout': { type: 'string' },
    'max-message-bytes': { type: 'string' }, 'max-samples-per-message': { type: 'string' }, 'max-pending': { type: 'string' },
    'max-connections': { type: 'string' }, 'idle-timeout-s': { type: 'string' }, 'header-timeout-s': { type: 'string' },
    'heartbeat-s': { type: 'string' }, 'max-abs': { type: 'string' }, 'max-record-bytes': { type: 'string' },
    ...clusterOptionSpec,
  }, 0);
  if (flag(p, 'help')) {
    process.stdout.write(serveHelp + '\n');
    return;
  }
  const demo = flag(p, 'demo');
  if (demo) applyDemoDefaults(p);
  const log = (line: string): void => void process.stderr.write(`${new Date().toISOString()} ${line}\n`);
  // the last resort: a fault that slipped past every handler is logged, and the server goes on
  process.on('uncaughtException', (e) => log(`internal error (the server goes on): ${e.stack ?? e}`));
  process.on('unhandledRejection', (e) => log(`internal error (the server goes on): ${(e as Error)?.stack ?? e}`));

  // the model: a checkpoint to resume, a model file, or new from the options
  const checkpointPath = str(p, 'checkpoint');
  if (checkpointPath !== undefined) {
    const stale = await prepareCheckpoint(checkpointPath); // before anything is acked: a path it can write
    if (stale > 0) log(`removed ${stale} temporary file(s) an earlier run left beside ${checkpointPath}`);
  }
  const modelPath = checkpointPath !== undefined && existsSync(checkpointPath) ? checkpointPath : str(p, 'model');
  if (str(p, 'init') !== undefined && modelPath === undefined) p.values['model'] = str(p, 'init');
  let learner: Learner | undefined;
  let clients: Record<string, number> = {};
  let owners: Record<string, string> = {};
  if (modelPath !== undefined && modelPath === checkpointPath) await loadCheckpoint(modelPath); // damaged? refused, with FILE.prev offered
  const makeLearner = await learnerFactory(modelPath !== undefined ? withInit(p, modelPath) : p);
  if (modelPath !== undefined) {
    const saved = await loadModel(modelPath);
    learner = makeLearner(saved.layers[0]!.W.cols);
    clients = saved.clients ?? {};
    owners = saved.clientOwners ?? {};
    log(`${modelPath === checkpointPath ? 'resumed from checkpoint' : 'loaded model'} ${modelPath} at step ${learner.step} (${learner.samples} samples)`);
  } else if (str(p, 'inputs') !== undefined) learner = makeLearner(int(p, 'inputs', 1)!);
  const task = learner?.task ?? oneOf(p, 'task', TASKS, 'binary');
  const classes = learner?.classes ?? (task === 'multiclass' ? (int(p, 'classes', 2) ?? 0) : 0);
  if (task === 'multiclass' && classes < 2) throw new NnError('BAD_OPTION', 'Expected --classes K (K >= 2) for --task multiclass');

  const clustered = str(p, 'cluster') !== undefined; // this process's trainer is then a replica of the leader's
  const trainer = new Trainer({
    makeLearner, ...(learner && !clustered ? { learner } : {}), task, classes, batch: batchSize(p), maxWaitMs: int(p, 'max-wait-ms', 0, 50),
    thread: !flag(p, 'inline-training') && !clustered,
    trainThreads: int(p, 'train-threads', 1, 1),
    trainNice: trainNice(p),
    ledger: { ttlMs: num(p, 'client-ttl', 0, 86_400) * 1000 },
    onFatal: (e) => {
      log(`fatal: ${e.message}`);
      process.exit(1);
    },
  });
  trainer.clients.restore(clients, owners);
  const token = str(p, 'token') ?? process.env['NNSTREAM_TOKEN'];
  const viewerToken = str(p, 'viewer-token') ?? process.env['NNSTREAM_VIEWER_TOKEN'];
  const origins = str(p, 'allow-origin')?.split(',').map((s) => s.trim()).filter(Boolean);
  const hosts = str(p, 'allow-host')?.split(',').map((s) => s.trim()).filter(Boolean);
  const host = str(p, 'host') ?? '127.0.0.1';
  let checkpointer: Checkpointer | undefined;
  const limits = limitsOf(p);
  const cluster = clustered
    ? await startCluster(p, { trainer, makeLearner, initial: learner, task, classes, batch: batchSize(p), maxWaitMs: int(p, 'max-wait-ms', 0, 50), every: everyOf(str(p, 'checkpoint-every') ?? '30s'), maxPending: () => limits.maxPendingPerConnection ?? L.maxPendingPerConnection, maxPendingBytes: () => limits.maxPendingBytes ?? L.maxPendingBytes, ack: (s) => server.ack(s), log })
    : undefined;
  const server = new NnServer({
    port: int(p, 'port', 0, 8080),
    host,
    trainer,
    task,
    standardize: flag(p, 'standardize'),
    access: { ...(token ? { token } : {}), ...(viewerToken ? { viewerToken } : {}), ...(origins ? { allowOrigins: origins } : {}), ...(hosts ? { allowHosts: hosts } : {}) },
    limits,
    dashboardDir: dashboardDir(),
    ...(checkpointPath !== undefined ? { checkpoint: () => checkpointer!.write() } : {}),
    ...cluster?.server,
    log,
  });
  if (checkpointPath !== undefined) {
    checkpointer = new Checkpointer(trainer, { path: checkpointPath, ...everyOf(str(p, 'checkpoint-every') ?? '30s') }, (seqs) => {
      server.metrics.checkpoints++;
      server.announceDurable(seqs);
    }, log);
  }
  const { url } = await server.listen();
  process.stdout.write(`listening ${url} (WebSocket ${url.replace(/^http/, 'ws')}ws)\n`);
  if ((host === '0.0.0.0' || host === '::') && token === undefined) log('warning: listening on all interfaces without --token: anyone who can reach this port can train and control the model');

  const stops: (() => void)[] = [];
  if (demo) stops.push(startDemo(trainer));
  let stdinDone: Promise<void> = Promise.resolve();
  if (flag(p, 'stdin')) stdinDone = feedStdin(trainer, p, log);

  onSignals({ server, trainer, checkpointer, checkpointPath, stops: [...stops, () => (stdinStop = true)], timeoutMs: num(p, 'shutdown-timeout', 0.1, 10) * 1000, log, exit: (code) => process.exit(code), ...(cluster ? { leave: () => cluster.node.close() } : {}) });
  await stdinDone;
}

let stdinStop = false;

/** Trains from CSV on stdin, paced by the trainer's queue, reporting bad rows by line. */
async function feedStdin(trainer: Trainer, p: Parsed, log: (line: string) => void): Promise<void> {
  const label = str(p, 'label');
  const schema = new CsvSchema({ labels: 'required', ...(label ? { label } : {}), ...(trainer.inputs !== undefined ? { inputs: trainer.inputs } : {}), checkLabel: trainer.checkLabel });
  const parser = new CsvParser(int(p, 'max-record-bytes', 16, 1 << 20));
  let first = true, rows = 0, bad = 0;
  const y = new Float64Array(1);
  const onRecord = (r: Parameters<Parameters<CsvParser['push']>[1]>[0]): void => {
    if (first) {
      first = false;
      if (schema.decide(r)) return;
    }
    const res = schema.toSample(r);
    if ('rejected' in res) {
      bad++;
      if (bad <= 1000) log(`stdin line ${res.rejected.line}: ${res.rejected.reason}`);
      return;
    }
    rows++;
    y[0] = res.sample.y; // accept copies it, like x, at once
    trainer.accept('stdin', res.sample.x, res.sample.x.length, y, 0);
  };
  try {
    for await (const chunk of process.stdin) {
      parser.push(chunk as Buffer, onRecord);
      if (stdinStop) return;
      await trainer.whenRoom();
    }
    parser.end(onRecord);
    log(`stdin: ${rows} rows taken, ${bad} rejected`);
  } catch (e) {
    const msg = e instanceof CsvRecordTooLarge || e instanceof NnError ? e.message : (e as Error).message;
    log(`stdin stopped: ${msg}`);
  }
}

function applyDemoDefaults(p: Parsed): void {
  const defaults: Record<string, string> = { hidden: '8', activation: 'tanh', optimizer: 'adam', lr: '0.01', batch: '32', inputs: '2', task: 'binary' };
  for (const [k, v] of Object.entries(defaults)) if (p.values[k] === undefined && p.values['model'] === undefined) p.values[k] = v;
}

function withInit(p: Parsed, model: string): Parsed {
  return { values: { ...p.values, init: model }, positionals: p.positionals };
}

function limitsOf(p: Parsed): Partial<ServerLimits> {
  const l: Partial<ServerLimits> = {};
  const set = <K extends keyof ServerLimits>(k: K, v: number | undefined): void => {
    if (v !== undefined) l[k] = v;
  };
  set('maxPayloadBytes', int(p, 'max-message-bytes', 64));
  set('maxSamplesPerMessage', int(p, 'max-samples-per-message', 1));
  set('maxPendingPerConnection', int(p, 'max-pending', 1));
  set('maxPendingBytesPerConnection', int(p, 'max-pending-bytes-per-client', 1));
  set('maxPendingBytes', int(p, 'max-pending-bytes', 1));
  set('maxSeqGap', int(p, 'max-seq-gap', 1));
  set('maxBufferedBytes', int(p, 'max-unsent-bytes', 1024));
  set('maxReceivingBytes', int(p, 'max-receiving-bytes', 1));
  set('maxConnections', int(p, 'max-connections', 1));
  const secs = (name: string, k: keyof ServerLimits): void => {
    if (str(p, name) !== undefined) l[k] = num(p, name, 0, 0) * 1000;
  };
  secs('idle-timeout-s', 'idleTimeoutMs');
  secs('header-timeout-s', 'headersTimeoutMs');
  secs('heartbeat-s', 'heartbeatMs');
  if (str(p, 'max-abs') !== undefined) l.maxAbs = num(p, 'max-abs', 0, 0, true);
  if (l.heartbeatMs === 0) throw new NnError('BAD_OPTION', 'Expected --heartbeat-s to be > 0');
  return l;
}

function everyOf(spec: string): { everySteps?: number; everyMs?: number } {
  const out: { everySteps?: number; everyMs?: number } = {};
  for (const part of spec.split(',').map((s) => s.trim())) {
    const secs = /^(\d+(?:\.\d+)?)s$/.exec(part);
    if (secs) out.everyMs = Number(secs[1]) * 1000;
    else if (/^\d+$/.test(part) && Number(part) > 0) out.everySteps = Number(part);
    else throw new NnError('BAD_OPTION', `Expected --checkpoint-every to be steps and/or seconds (e.g. 1000, 30s, 1000,30s), got ${spec}`);
  }
  return out;
}

/** The bundled dashboard: dist/dashboard beside dist/src. */
function dashboardDir(): string | undefined {
  const dir = join(here, '..', '..', 'dashboard');
  return existsSync(dir) ? dir : undefined;
}


/** --train-nice: 0 (the process's priority) to 19 levels below it, default 10. */
function trainNice(p: Parsed): number {
  const nice = int(p, 'train-nice', 0, 10);
  if (nice > 19) throw new NnError('BAD_OPTION', `Expected --train-nice to be an integer from 0 to 19, got ${nice}`);
  return nice;
}

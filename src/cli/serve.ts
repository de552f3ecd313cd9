import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NnError } from '../core/errors.js';
import type { Learner } from '../core/learner.js';
import { TASKS } from '../core/loss.js';
import { loadModel, modelFormatOf } from '../storage/model-file.js';
import { Checkpointer } from '../server/checkpointer.js';
import { CostHistory } from '../server/history.js';
import type { HistoryPoint } from '../core/model.js';
import { startDemo } from '../server/demo.js';
import { loadCheckpoint, prepareCheckpoint } from '../storage/checkpoint-file.js';
import { onSignals } from './shutdown.js';
import { DEFAULT_LIMITS, NnServer, type ServerLimits } from '../server/server.js';
import { Trainer } from '../server/trainer.js';
import { serveHoldoutHelp, serveHoldoutOf, serveHoldoutSpec } from './holdout-options.js';
import { batchSize, learnerFactory, learnerOptionHelp, learnerOptionSpec } from './learner-options.js';
import { flag, int, num, oneOf, parse, str, type Parsed } from './options.js';
import { classesOption, schemaOfModel, schemaOptionHelp, schemaOptionSpec, schemaSettings } from './schema-options.js';
import { listenError, persistenceNote, saveOnShutdown } from './serve-lifecycle.js';
import { feedStdin, stopStdin } from './serve-stdin.js';
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
  --label NAME              label column of the stdin CSV (default "label", else class or target, else the last)
  --demo                    feed a built-in stream (the course's flower data, 2 inputs)
  --checkpoint FILE         checkpoint file (.pb or .json): resumed from when it exists
  --checkpoint-every SPEC   steps and/or seconds, e.g. 1000, 30s or 1000,30s (default 30s)
  --history-points 2000     cost reports kept for dashboards that open late (4-100000; decimated as the run
                            grows, each point keeping its min and max cost; saved with checkpoints)
  --save FILE               write the model (.json or .pb) atomically when the server stops
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
                            (with --host 0.0.0.0: also any IP address and this machine's name;
                            comma list, * for any): what keeps DNS rebinding pages out
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
${serveHoldoutHelp}
${learnerOptionHelp}
${schemaOptionHelp}
The schema (column names, categories, classes) comes from --model, --schema FILE,
or the first --infer-rows rows of --stdin; clients may then send Records by
column name, and predictions carry class names.
${clusterOptionHelp}`;

const here = dirname(fileURLToPath(import.meta.url));

export async function serveCommand(args: string[]): Promise<void> {
  const p = parse(args, {
    ...learnerOptionSpec,
    ...schemaOptionSpec,
    ...serveHoldoutSpec,
    port: { type: 'string' }, host: { type: 'string' }, model: { type: 'string' }, inputs: { type: 'string' },
    'max-wait-ms': { type: 'string' }, stdin: { type: 'boolean' }, label: { type: 'string' }, demo: { type: 'boolean' },
    checkpoint: { type: 'string' }, save: { type: 'string' }, 'checkpoint-every': { type: 'string' }, 'inline-training': { type: 'boolean' }, 'history-points': { type: 'string' }, 'train-threads': { type: 'string' }, 'train-nice': { type: 'string' },
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
  const savePath = str(p, 'save');
  if (savePath !== undefined) modelFormatOf(savePath); // fail before starting on a bad name
  const modelPath = checkpointPath !== undefined && existsSync(checkpointPath) ? checkpointPath : str(p, 'model');
  if (str(p, 'init') !== undefined && modelPath === undefined) p.values['model'] = str(p, 'init');
  let learner: Learner | undefined;
  let clients: Record<string, number> = {};
  let owners: Record<string, string> = {};
  if (modelPath !== undefined && modelPath === checkpointPath) await loadCheckpoint(modelPath); // damaged? refused, with FILE.prev offered
  let savedHistory: HistoryPoint[] = [];
  const makeLearner = await learnerFactory(modelPath !== undefined ? withInit(p, modelPath) : p);
  const saved = modelPath !== undefined ? await loadModel(modelPath) : undefined;
  const settings = await schemaSettings(p, saved?.task);
  let schema = settings.schema ?? (saved !== undefined ? schemaOfModel(saved, modelPath!) : undefined);
  if (modelPath !== undefined && saved !== undefined) {
    learner = makeLearner(saved.layers[0]!.W.cols, schema);
    clients = saved.clients ?? {};
    owners = saved.clientOwners ?? {};
    savedHistory = saved.history ?? [];
    log(`${modelPath === checkpointPath ? 'resumed from checkpoint' : 'loaded model'} ${modelPath} at step ${learner.step} (${learner.samples} samples)`);
  } else if (schema !== undefined) learner = makeLearner(schema.inputs, schema);
  else if (str(p, 'inputs') !== undefined) learner = makeLearner(int(p, 'inputs', 1)!);
  const task = learner?.task ?? oneOf(p, 'task', TASKS, str(p, 'classes') !== undefined ? 'multiclass' : 'binary');
  const given = classesOption(p);
  const classes = learner?.classes ?? (task === 'multiclass' ? (typeof given === 'number' ? given : (given?.length ?? 0)) : 0);
  if (task === 'multiclass' && classes < 2) throw new NnError('BAD_OPTION', 'Expected --classes K (K >= 2) for --task multiclass');

  const clustered = str(p, 'cluster') !== undefined; // this process's trainer is then a replica of the leader's
  const holdout = serveHoldoutOf(p);
  const trainer = new Trainer({
    makeLearner: (n) => makeLearner(n, schema), ...(learner && !clustered ? { learner } : {}), task, classes, batch: batchSize(p), maxWaitMs: int(p, 'max-wait-ms', 0, 50),
    thread: !flag(p, 'inline-training') && !clustered,
    trainThreads: int(p, 'train-threads', 1, 1),
    trainNice: trainNice(p),
    ledger: { ttlMs: num(p, 'client-ttl', 0, 86_400) * 1000 },
    ...(holdout !== undefined ? { holdout } : {}),
    onFatal: (e) => {
      log(`fatal: ${e.message}`);
      process.exit(1);
    },
  });
  trainer.clients.restore(clients, owners);
  trainer.schema = schema;
  const token = str(p, 'token') ?? process.env['NNSTREAM_TOKEN'];
  const viewerToken = str(p, 'viewer-token') ?? process.env['NNSTREAM_VIEWER_TOKEN'];
  const origins = str(p, 'allow-origin')?.split(',').map((s) => s.trim()).filter(Boolean);
  const hosts = str(p, 'allow-host')?.split(',').map((s) => s.trim()).filter(Boolean);
  const host = str(p, 'host') ?? '127.0.0.1';
  const history = new CostHistory(historyPoints(p), savedHistory);
  const port = int(p, 'port', 0, 8080);
  let checkpointer: Checkpointer | undefined;
  const limits = limitsOf(p);
  const cluster = clustered
    ? await startCluster(p, { trainer, makeLearner: (n: number) => makeLearner(n, schema), initial: learner, task, classes, batch: batchSize(p), maxWaitMs: int(p, 'max-wait-ms', 0, 50), every: everyOf(str(p, 'checkpoint-every') ?? '30s'), maxPending: () => limits.maxPendingPerConnection ?? L.maxPendingPerConnection, maxPendingBytes: () => limits.maxPendingBytes ?? L.maxPendingBytes, ack: (s) => server.ack(s), log })
    : undefined;
  const server = new NnServer({
    port,
    host,
    trainer,
    task,
    standardize: flag(p, 'standardize'),
    access: { ...(token ? { token } : {}), ...(viewerToken ? { viewerToken } : {}), ...(origins ? { allowOrigins: origins } : {}), ...(hosts ? { allowHosts: hosts } : {}) },
    limits,
    dashboardDir: dashboardDir(),
    ...(checkpointPath !== undefined ? { checkpoint: () => checkpointer!.write() } : {}),
    history,
    ...cluster?.server,
    log,
  });
  if (checkpointPath !== undefined) {
    checkpointer = new Checkpointer(trainer, { path: checkpointPath, history, ...everyOf(str(p, 'checkpoint-every') ?? '30s') }, (seqs) => {
      server.metrics.checkpoints++;
      server.announceDurable(seqs);
    }, log);
  }
  const { url } = await server.listen().catch((e: unknown) => {
    checkpointer?.stop();
    trainer.close(); // its thread would keep the process alive
    throw listenError(e, host, port);
  });
  log(persistenceNote(checkpointPath, savePath));
  if ((host === '0.0.0.0' || host === '::') && token === undefined) log('warning: listening on all interfaces without --token: anyone who can reach this port can train and control the model');

  const stops: (() => void)[] = [];
  if (demo) stops.push(startDemo(trainer));
  let stdinDone: Promise<void> = Promise.resolve();
  if (flag(p, 'stdin'))
    stdinDone = feedStdin(trainer, { label: str(p, 'label'), settings, maxRecordBytes: int(p, 'max-record-bytes', 16, 1 << 20), ...(str(p, 'max-abs') !== undefined ? { maxAbs: num(p, 'max-abs', 0, 0, true) } : {}) }, (s) => (schema = s), log).catch((e: unknown) => {
      log(`stdin: ${(e as Error).message} (the server stops: its --stdin input cannot be used)`);
      process.exitCode = 1;
      void shutdown('stdin error');
    });

  const shutdown = onSignals({
    server, trainer, checkpointer, checkpointPath, stops: [...stops, stopStdin], timeoutMs: num(p, 'shutdown-timeout', 0.1, 10) * 1000, log, exit: (code) => process.exit(code),
    ...(cluster ? { leave: () => cluster.node.close() } : {}),
    save: async () => {
      if (savePath !== undefined) await saveOnShutdown(trainer, savePath, log);
      else if (checkpointPath === undefined && trainer.learner !== undefined) log(`the model (step ${trainer.learner.step}) is discarded: it was not saved (no --save or --checkpoint)`);
    },
  });
  // ready: only now that a signal means a clean shutdown (before, it would kill without saving)
  process.stdout.write(`listening ${url} (WebSocket ${url.replace(/^http/, 'ws')}ws)\n`);
  await stdinDone;
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

/** --history-points: 4 to 100 000 (each point is replayed to every dashboard that opens). */
function historyPoints(p: Parsed): number {
  const n = int(p, 'history-points', 4, 2000);
  if (n > 100_000) throw new NnError('BAD_OPTION', `Expected --history-points to be an integer from 4 to 100000, got ${n}`);
  return n;
}

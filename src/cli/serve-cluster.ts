import { hostname } from 'node:os';
import { NnError } from '../core/errors.js';
import { Learner } from '../core/learner.js';
import type { Task } from '../core/loss.js';
import type { ClusterNode } from '../cluster/node.js';
import { checkModelName, parseNatsTarget } from '../cluster/nats-options.js';
import type { ServerOptions } from '../server/server.js';
import type { Session } from '../server/session.js';
import type { Trainer } from '../server/trainer.js';
import { flag, int, str, type OptionSpec, type Parsed } from './options.js';

export const clusterOptionSpec: OptionSpec = {
  cluster: { type: 'string' }, name: { type: 'string' }, replicas: { type: 'string' }, node: { type: 'string' },
  'version-every-ms': { type: 'string' }, 'cluster-ca': { type: 'string' }, 'cluster-cert': { type: 'string' }, 'cluster-key': { type: 'string' },
};

export const clusterOptionHelp = `Cluster (NATS JetStream; see docs/cluster.md):
  --cluster URL[,URL...]    run as one node of a cluster: nats://[user:pass@|token@]host:port (tls:// for TLS)
  --name MODEL              the model's name in the cluster (its stream and buckets)
  --replicas 3              JetStream copies of the log and checkpoints (1 for a one-node NATS)
  --node NAME               this node's name (default: host name and process id)
  --version-every-ms 100    how often the leader publishes a model version to every node
  --cluster-ca FILE, --cluster-cert FILE, --cluster-key FILE   TLS to NATS
  With --cluster, --checkpoint-every sets how often the leader checkpoints into JetStream.
`;

export interface ClusterContext {
  trainer: Trainer;
  makeLearner: (inputs: number) => Learner;
  initial: Learner | undefined;
  task: Task;
  classes: number;
  batch: number;
  maxWaitMs: number;
  every: { everySteps?: number; everyMs?: number };
  maxPending: () => number;
  maxPendingBytes: () => number;
  ack: (s: Session) => void;
  log: (line: string) => void;
}

/** Joins the cluster named by --cluster: the server's intake, controls and /healthz fields, and how to leave. */
export async function startCluster(p: Parsed, ctx: ClusterContext): Promise<{ server: Pick<ServerOptions, 'intake' | 'controls' | 'health'>; node: ClusterNode }> {
  for (const o of ['checkpoint', 'stdin', 'demo'])
    if (p.values[o] !== undefined) throw new NnError('BAD_OPTION', `--${o} does not go with --cluster: the cluster keeps its checkpoints in JetStream and takes samples from its clients`);
  const tls = { ...(str(p, 'cluster-ca') ? { caFile: str(p, 'cluster-ca')! } : {}), ...(str(p, 'cluster-cert') ? { certFile: str(p, 'cluster-cert')! } : {}), ...(str(p, 'cluster-key') ? { keyFile: str(p, 'cluster-key')! } : {}) };
  const target = parseNatsTarget(str(p, 'cluster')!, tls);
  const model = checkModelName(str(p, 'name'));
  const replicas = int(p, 'replicas', 1, 3);
  if (replicas > 5) throw new NnError('BAD_OPTION', `Expected --replicas to be 1 to 5 (JetStream's limit), got ${replicas}`);
  const node = str(p, 'node') ?? `${hostname()}-${process.pid}`;
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(node)) throw new NnError('BAD_OPTION', `Expected --node to be 1-64 letters, digits, ".", "-" or "_", got "${node}"`);
  ctx.log(`cluster: joining ${target.servers.join(',')} as node ${node} of model ${model} (R${replicas})`);
  const { ClusterNode } = await import('../cluster/node.js'); // the NATS clients load only with --cluster
  const cluster = await ClusterNode.start({
    target, model, node, replicas, replica: ctx.trainer, maxPending: ctx.maxPending, maxPendingBytes: ctx.maxPendingBytes, ack: ctx.ack, say: ctx.log,
    leader: {
      // initial: a snapshot, so each takeover without a checkpoint starts from it afresh
      makeLearner: ctx.makeLearner, ...(ctx.initial ? { initial: ctx.initial.toModel() } : {}), fromCheckpoint: (m) => Learner.fromModel(m),
      task: ctx.task, classes: ctx.classes, batch: ctx.batch, maxWaitMs: ctx.maxWaitMs,
      ...(ctx.every.everySteps ? { checkpointEverySteps: ctx.every.everySteps } : {}), ...(ctx.every.everyMs ? { checkpointEveryMs: ctx.every.everyMs } : {}),
      versionEveryMs: int(p, 'version-every-ms', 1, 100),
      thread: !flag(p, 'inline-training'), trainThreads: int(p, 'train-threads', 1, 1), trainNice: int(p, 'train-nice', 0, 10),
    },
  });
  return { server: { intake: cluster.gateway, controls: cluster.controls(), health: () => cluster.health() }, node: cluster };
}

import type { NatsConnection } from '@nats-io/transport-node';
import { NnError } from '../core/errors.js';
import type { Learner } from '../core/learner.js';
import type { ModelData } from '../core/model.js';
import type { TrainingControls } from '../server/intake.js';
import type { Session } from '../server/session.js';
import type { Trainer } from '../server/trainer.js';
import { NatsCheckpointStore } from './checkpoint-store.js';
import { connectNats, maxPayload } from './connect.js';
import { deadline } from './deadline.js';
import { ClusterGateway } from './gateway.js';
import { ClusterLeader, type LeaderOptions } from './leader.js';
import { NatsLease } from './lease.js';
import { clusterNames, type ClusterNames } from './names.js';
import type { NatsTarget } from './nats-options.js';
import { Replica } from './replica.js';
import { NatsSampleLog } from './sample-log.js';
import { NatsVersionFeed } from './version-feed.js';

export interface ClusterNodeOptions {
  target: NatsTarget;
  model: string; // --name
  node: string; // this node's name (unique in the cluster)
  replicas: number;
  replica: Trainer; // the server's trainer: a replica here
  maxPending: () => number;
  maxPendingBytes: () => number;
  /** Sends a connection its client's ack as the ledger has it now (the server's). */
  ack: (s: Session) => void;
  leader: Omit<LeaderOptions, 'nc' | 'names' | 'node' | 'log' | 'store' | 'feed' | 'onDeposed' | 'say' | 'fromCheckpoint'> & { fromCheckpoint: (m: ModelData) => Learner };
  leaseTtlMs?: number;
  say: (line: string) => void;
}

/**
 * One `serve --cluster` node: a gateway (samples to the log, acks when JetStream
 * stored them), a replica (predictions and reports from the leader's versions
 * and steps), and a contender for the lease: the node that holds it runs the
 * ClusterLeader. Losing the lease (it could not be renewed in time) stops the
 * leader here at once; another node then resumes from the cluster checkpoint.
 */
export class ClusterNode {
  readonly gateway: ClusterGateway;
  leader: ClusterLeader | undefined;
  connected = true;
  private disconnectedAt = 0;
  private promoting = false;
  private contending = false;
  private saidAt = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private closed = false;

  private constructor(
    private readonly o: ClusterNodeOptions,
    readonly nc: NatsConnection,
    readonly names: ClusterNames,
    private readonly log: NatsSampleLog,
    private readonly lease: NatsLease,
    private readonly store: NatsCheckpointStore,
    private readonly feed: NatsVersionFeed,
    readonly replica: Replica,
  ) {
    this.gateway = new ClusterGateway({ nc, log, names, replica: o.replica, node: o.node, maxPending: o.maxPending, maxPendingBytes: o.maxPendingBytes, maxRecordBytes: maxPayload(nc) - 4096, connected: () => this.connected || Date.now() - this.disconnectedAt < 1000, ack: (s) => o.ack(s), say: o.say });
  }

  static async start(o: ClusterNodeOptions): Promise<ClusterNode> {
    const nc = await connectNats(o.target, `nnstream ${o.model} ${o.node}`);
    const names = clusterNames(o.model);
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        const log = await NatsSampleLog.open(nc, names, o.replicas);
        const lease = await NatsLease.open(nc, names, o.node, o.replicas, o.leaseTtlMs ?? 3000);
        const store = await NatsCheckpointStore.open(nc, names, o.replicas, maxPayload(nc));
        const feed = await NatsVersionFeed.open(nc, names, o.replicas);
        const replica = new Replica({ nc, names, feed, trainer: o.replica, node: o.node, say: o.say });
        await replica.start();
        const node = new ClusterNode(o, nc, names, log, lease, store, feed, replica);
        node.watchStatus();
        node.timer = setInterval(() => void node.contend(), 1000);
        void node.contend();
        return node;
      } catch (e) {
        if (Date.now() > deadline) throw new NnError('NOT_READY', `JetStream at ${o.target.servers.join(',')} is not ready: ${(e as Error).message}`);
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }

  private watchStatus(): void {
    void (async () => {
      for await (const s of this.nc.status()) {
        if (s.type === 'disconnect') {
          this.connected = false;
          this.disconnectedAt = Date.now();
          this.o.say('cluster: NATS disconnected: samples answer NOT_READY; predictions go on from the last version');
        } else if (s.type === 'reconnect') {
          this.connected = true;
          this.o.say('cluster: NATS reconnected');
          void this.replica.rewatch('NATS reconnected'); // a KV watcher may not survive its server's restart
        }
      }
    })();
  }

  get isLeader(): boolean {
    return this.leader !== undefined;
  }

  health(): Record<string, unknown> {
    return {
      leader: this.isLeader, role: this.isLeader ? 'leader' : 'gateway', node: this.o.node, cluster: this.connected ? 'connected' : 'disconnected', model_version: this.o.replica.learner?.step ?? 0,
      ...(this.leader !== undefined ? { log_read: this.leader.position.read, log_resume: this.leader.position.resume, leader_step: this.leader.trainer.learner?.step ?? 0 } : {}),
    };
  }

  /** Every second: renew the lease held (even while the leader is still starting), or try to take it. */
  private async contend(): Promise<void> {
    if (this.closed || this.contending) return;
    this.contending = true;
    try {
      if (this.lease.held) {
        if (!(await this.lease.renew())) await this.demote('the lease could not be renewed in time');
        return;
      }
      if (this.promoting || !this.connected) return;
      if (!(await this.lease.acquire())) {
        if (Date.now() - this.saidAt > 10_000 && !this.isLeader) {
          this.saidAt = Date.now();
          const holder = this.lease.lastError === '' ? await this.lease.leader().catch(() => '?') : '';
          if (this.lease.lastError !== '' || holder === '' || holder === this.o.node) this.o.say(`cluster: the lease could not be taken: ${this.lease.lastError || `held by "${holder}"`}`);
        }
        this.lease.lastError = '';
        return;
      }
      this.promote();
    } finally {
      this.contending = false;
    }
  }

  private promote(): void {
    this.promoting = true;
    let started: ClusterLeader | undefined, gaveUp = false;
    deadline(ClusterLeader.start({
      ...this.o.leader, nc: this.nc, names: this.names, node: this.o.node, log: this.log, store: this.store, feed: this.feed, say: this.o.say,
      onDeposed: (why) => void this.demote(why),
    }).then((l) => {
      started = l;
      if (gaveUp) void l.stop(); // came up after the deadline: too late
      return l;
    }), 20_000, 'taking over the training').then(
      (leader) => {
        this.promoting = false;
        if (!this.lease.held || this.closed) {
          this.o.say('cluster: the lease was lost while taking over: not leading');
          void leader.stop();
          return;
        }
        this.leader = leader;
      },
      (e: unknown) => {
        this.promoting = false;
        gaveUp = true;
        void started?.stop();
        this.o.say(`cluster: could not lead: ${(e as Error).message}`);
        void this.lease.release();
      },
    );
  }

  private async demote(why: string): Promise<void> {
    const l = this.leader;
    if (l === undefined) {
      if (this.promoting) await this.lease.release(); // the starting leader sees it and stops
      return;
    }
    this.leader = undefined;
    this.o.say(`cluster: no longer leading: ${why}`);
    await l.stop();
    await this.lease.release();
  }

  /** Controls go to the leader, wherever it is. */
  controls(): TrainingControls {
    const ask = async (action: string, lr?: number): Promise<Record<string, number>> => {
      let r;
      try {
        r = await this.nc.request(this.names.control, JSON.stringify({ action, ...(lr !== undefined ? { lr } : {}) }), { timeout: 15_000 });
      } catch (e) {
        throw new NnError('NOT_READY', `no node leads training right now (${(e as Error).message}): try again in a few seconds`);
      }
      const a = r.json<{ ok: boolean; code?: string; message?: string; seqs?: Record<string, number> }>();
      if (!a.ok) throw new NnError((a.code as 'BAD_CONTROL') ?? 'INTERNAL', a.message ?? 'the leader refused the control');
      return {};
    };
    return {
      setPaused: async (p) => {
        await ask(p ? 'pause' : 'resume');
        this.o.replica.paused = p;
      },
      setLearningRate: async (lr) => void (await ask('setLearningRate', lr)),
      reset: async () => {
        await ask('reset');
        this.o.replica.recent.clear();
      },
      checkpoint: () => ask('checkpoint'),
    };
  }

  /** Leaves the cluster: stops leading (releasing the lease at once), then closes the connection. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== undefined) clearInterval(this.timer);
    if (this.leader !== undefined) {
      const l = this.leader;
      await deadline(l.checkpoint(), 5000, 'the last checkpoint').catch((e: unknown) => this.o.say(`cluster: no last checkpoint: ${(e as Error).message}`));
      await this.demote('this node is stopping');
    }
    this.replica.stop();
    await this.nc.drain().catch(() => undefined);
  }
}

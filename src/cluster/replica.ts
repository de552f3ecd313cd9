import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { Learner } from '../core/learner.js';
import type { ModelData } from '../core/model.js';
import type { Trainer } from '../server/trainer.js';
import type { ClusterNames } from './names.js';
import { decodeStep, localClientId } from './step-feed.js';
import type { ModelVersion, NatsVersionFeed } from './version-feed.js';

/**
 * Makes a node's own Trainer (which never trains in the cluster) a replica of the
 * leader's model: every model version from the feed becomes its learner (copied
 * in place when the shape is the same), so predictions on this node answer from
 * the newest version it has, named by its step; every step event of the leader
 * moves the trained marks of this node's clients and reaches this node's
 * subscribers as if the step had run here.
 */
export class Replica {
  versions = 0;
  /** ms from a version's step (leader's clock) to it answering here. */
  lastLagMs = NaN;
  private stopWatch: (() => void) | undefined;
  private sub: Subscription | undefined;

  constructor(
    private readonly o: { nc: NatsConnection; names: ClusterNames; feed: NatsVersionFeed; trainer: Trainer; node: string; say: (line: string) => void },
  ) {}

  private stepsSince: number | undefined; // the first step event after the newest version
  private rewatching = false;

  private timer: ReturnType<typeof setInterval> | undefined;
  private unwatched = false; // the last re-watch failed: try again

  async start(): Promise<void> {
    await this.watch();
    this.timer = setInterval(() => {
      if (this.unwatched || (this.stepsSince !== undefined && Date.now() - this.stepsSince > 3000)) {
        void this.poll();
        void this.rewatch(this.unwatched ? 'the model versions are not watched' : undefined);
      }
    }, 1000);
    this.sub = this.o.nc.subscribe(this.o.names.steps, { callback: (_e, m) => this.onStep(m.data) });
  }

  private async watch(): Promise<void> {
    this.stopWatch = await this.o.feed.watch((v) => this.onVersion(v), (e) => this.o.say(`cluster: a model version could not be read: ${e.message}`));
  }

  /**
   * A KV watcher can stall for good after its NATS node died (an ordered consumer):
   * when steps keep coming and no version came for 3 s, watch again (the newest first).
   */
  async rewatch(why = 'no model version for 3 s while the leader steps'): Promise<void> {
    if (this.rewatching) return;
    this.rewatching = true;
    this.o.say(`cluster: ${why}: watching the model versions again`);
    try {
      this.stopWatch?.();
      await this.watch();
      this.stepsSince = undefined;
      this.unwatched = false;
    } catch (e) {
      this.unwatched = true;
      this.o.say(`cluster: could not watch the model versions again: ${(e as Error).message}`);
    } finally {
      this.rewatching = false;
    }
  }

  /** Reads the newest version directly: the way to keep up while no watcher can be created. */
  private async poll(): Promise<void> {
    try {
      const got = await this.o.feed.latest();
      if (got !== undefined && got.version.info.step !== this.o.trainer.learner?.step) this.onVersion(got.version);
    } catch {
      // not answering either: next time
    }
  }

  private onVersion(v: ModelVersion): void {
    this.stepsSince = undefined;
    const t = this.o.trainer;
    const before = t.learner;
    const changed = before === undefined || !sameShape(before, v.model) || t.paused !== v.info.paused || before.optimizer.learningRate !== v.info.learningRate;
    if (before !== undefined && sameShape(before, v.model)) copyInto(before, v.model);
    else t.learner = Learner.fromModel(v.model, { learningRate: v.info.learningRate });
    const l = t.learner!;
    l.step = v.info.step;
    l.samples = v.info.samples;
    l.optimizer.learningRate = v.info.learningRate;
    t.paused = v.info.paused;
    this.versions++;
    this.lastLagMs = Date.now() - v.info.time;
    if (changed) t.changed.next();
  }

  private onStep(data: Uint8Array): void {
    const t = this.o.trainer;
    if (t.learner === undefined) return;
    const e = decodeStep(data);
    if (e.report.step + 1 > t.learner.step) {
      this.stepsSince ??= Date.now();
      if (Date.now() - this.stepsSince > 3000) void this.rewatch(); // versions go out every 100 ms while it steps
    }
    const trained = new Map<string, number>();
    const untrained = new Map<string, [number, number][]>();
    for (const [logId, runs] of e.untrained) {
      const id = localClientId(logId, this.o.node);
      if (id === undefined) continue;
      const c = t.clients.get(id);
      for (const [lo, hi] of runs) c.untrained(lo, hi); // a refused step: the client is told and may resend
      untrained.set(id, runs);
    }
    for (const [logId, through] of e.trained) {
      const id = localClientId(logId, this.o.node);
      if (id === undefined) continue;
      const c = t.clients.get(id);
      c.trained(1, through); // the leader's ack: everything up to it is settled there
      trained.set(id, c.through);
    }
    t.steps.next({ ...e, trained, untrained });
  }

  stop(): void {
    clearInterval(this.timer);
    this.stopWatch?.();
    this.sub?.unsubscribe();
  }
}

function sameShape(l: Learner, m: ModelData): boolean {
  return l.net.W.length === m.layers.length && m.layers.every((layer, i) => layer.W.rows === l.net.W[i]!.rows && layer.W.cols === l.net.W[i]!.cols && layer.activation === l.net.activations[i]) && (l.normalizer !== undefined) === (m.normalizer !== undefined);
}

function copyInto(l: Learner, m: ModelData): void {
  m.layers.forEach((layer, i) => {
    l.net.W[i]!.data.set(layer.W.data);
    l.net.b[i]!.set(layer.b);
  });
  if (m.normalizer !== undefined) l.normalizer!.setState(m.normalizer);
}

import type { NatsConnection } from '@nats-io/transport-node';
import { NnError } from '../core/errors.js';
import { encodeLogRecord, logRecordBytes } from '../codec/log-record.js';
import type { AckFigures, ClientReply, SampleIntake } from '../server/intake.js';
import type { Trainer } from '../server/trainer.js';
import type { Incoming } from '../server/validate.js';
import type { ClusterNames } from './names.js';
import type { NatsSampleLog } from './sample-log.js';
import { logClientId } from './step-feed.js';

/**
 * The intake of a cluster node: a client's samples are appended to the model's
 * log, in order per client (one append in flight per client, so the durable
 * mark only ever covers a prefix), split to fit max_payload, each with the
 * message id `client:first:last` so that JetStream stores a resend once. The
 * client's Ack.durable_seq moves when JetStream acknowledged (replicated) an
 * entry; through_seq moves with the leader's step events (see replica.ts).
 * The bookkeeping lives in the node's ClientTable: accepted (taken here),
 * durable (in the log), pending (taken, not yet in the log), trained (leader).
 */
export class ClusterGateway implements SampleIntake {
  private readonly chains = new Map<string, Promise<void>>();
  private readonly epochs = new Map<string, number>();
  appended = 0;
  refused = 0;

  constructor(
    private readonly o: {
      nc: NatsConnection;
      log: NatsSampleLog;
      names: ClusterNames;
      replica: Trainer;
      node: string;
      maxPending: () => number;
      maxRecordBytes: number;
      connected: () => boolean;
      log_?: (line: string) => void;
    },
  ) {}

  accept(client: string, inc: Incoming, ref: number, reply: ClientReply): void {
    if (!this.o.connected()) throw new NnError('NOT_READY', `the cluster's log (NATS) is unreachable: nothing was taken; resend seq ${ref} later`);
    const c = this.o.replica.clients.get(client);
    const ack = (): void => reply({ ack: { throughSeq: c.trained, durableSeq: c.durable, modelStep: this.o.replica.learner?.step ?? 0 } });
    const first = inc.firstSeq === 0 ? c.accepted + 1 : inc.firstSeq;
    const skip = Math.min(inc.m, Math.max(0, c.accepted + 1 - first)); // resent duplicates: already taken
    const m = inc.m - skip;
    if (m === 0) return ack();
    if (c.pending + m > this.o.maxPending())
      throw new NnError('BUSY', `${c.pending} samples of this client are waiting for the cluster's log (limit ${this.o.maxPending()}): wait for acks, then resend seq ${ref}`);
    const n = inc.n;
    c.accepted = first + inc.m - 1;
    c.pending += m;
    for (let j = Math.max(skip, inc.m - 500); j < inc.m; j++) this.o.replica.recent.push(inc.X, j * n, n, inc.labels[j]!);
    const logId = logClientId(client, this.o.node);
    const per = Math.max(1, Math.floor((this.o.maxRecordBytes - logRecordBytes(logId, n, 0)) / (8 * (n + 1))));
    const epoch = this.epochs.get(client) ?? 0;
    for (let j = skip; j < inc.m; j += per) {
      const k = Math.min(per, inc.m - j), f = first + j, l = f + k - 1;
      const bytes = encodeLogRecord({ kind: 'samples', client: logId, firstSeq: f, n, m: k, X: inc.X.subarray(j * n, (j + k) * n), y: inc.labels.subarray(j, j + k) });
      const prev = this.chains.get(client) ?? Promise.resolve();
      const next = prev.then(async () => {
        if ((this.epochs.get(client) ?? 0) !== epoch) {
          c.pending -= k;
          return reply({ error: { code: 'NOT_READY', message: `seqs ${f}-${l} were not taken: an earlier append of this client failed; resend from seq ${c.durable + 1}`, ref: f, refKind: 'seq' } });
        }
        try {
          await this.o.log.append(bytes, `${logId}:${f}:${l}`);
          c.pending -= k;
          if (l > c.durable) c.durable = l;
          this.appended += k;
          ack();
        } catch (e) {
          c.pending -= k;
          this.refused += k;
          this.epochs.set(client, epoch + 1); // what was queued after it must not land after a gap
          c.accepted = c.durable;
          this.o.log_?.(`cluster: append of ${logId} seqs ${f}-${l} failed: ${(e as Error).message}`);
          reply({ error: { code: 'NOT_READY', message: `the cluster's log did not take seqs ${f}-${l} (${(e as Error).message}); resend from seq ${c.durable + 1}`, ref: f, refKind: 'seq' } });
        }
      });
      this.chains.set(client, next);
      void next.then(() => {
        if (this.chains.get(client) === next) this.chains.delete(client);
      });
    }
  }

  /** A (re)connecting client is told what the leader has taken of it from the log, or what this node knows. */
  async hello(client: string): Promise<AckFigures> {
    const c = this.o.replica.clients.get(client);
    if (client.startsWith('~')) return { trained: c.trained, durable: c.durable };
    try {
      const r = await this.o.nc.request(this.o.names.clients, client, { timeout: 2000 });
      const led = r.json<{ trained: number; accepted: number }>();
      if (c.pending === 0) {
        c.durable = Math.max(c.durable, led.accepted);
        c.accepted = c.durable;
      }
      if (led.trained > c.trained) c.trained = led.trained;
    } catch {
      // no leader right now: what this node knows is still true (perhaps lower: the client resends more, and duplicates are dropped)
    }
    return { trained: c.trained, durable: c.durable };
  }
}

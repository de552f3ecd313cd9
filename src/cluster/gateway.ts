import type { NatsConnection } from '@nats-io/transport-node';
import { NnError } from '../core/errors.js';
import { encodeLogRecord, logRecordBytes } from '../codec/log-record.js';
import type { SampleIntake } from '../server/intake.js';
import type { Session } from '../server/session.js';
import type { Trainer } from '../server/trainer.js';
import type { Incoming } from '../server/validate.js';
import type { ClusterNames } from './names.js';
import type { NatsSampleLog } from './sample-log.js';
import { logClientId } from './step-feed.js';

/**
 * The intake of a cluster node: a client's samples are appended to the model's
 * log, in seq order per client (one append in flight per client, and no frame
 * above a seq still missing here, so the log never holds a client's later seqs
 * before a refill of earlier ones), split to fit max_payload, each entry with
 * the message id `client:first:last` so that JetStream stores a resend once.
 * Ack.durable_seq moves when JetStream acknowledged (replicated) an entry;
 * through_seq moves with the leader's step events (replica.ts). The node's
 * ledger (its trainer's, which never trains here) keeps taken, pending (until
 * the leader trained them) and holes; pendingSamples counts those not yet in the log.
 */
export class ClusterGateway implements SampleIntake {
  private readonly chains = new Map<string, Promise<void>>();
  /** Per client: bumped when an append failed, so that appends queued before it fail at once instead of each waiting out its retries. */
  private readonly epochs = new Map<string, number>();
  appended = 0;
  refused = 0;
  /** Bytes of encoded entries waiting for their append, all clients. */
  pendingBytes = 0;

  constructor(
    private readonly o: {
      nc: NatsConnection;
      log: NatsSampleLog;
      names: ClusterNames;
      replica: Trainer;
      node: string;
      maxPending: () => number;
      /** Bytes of all clients' samples waiting for the log before BUSY (--max-pending-bytes). */
      maxPendingBytes: () => number;
      maxRecordBytes: number;
      /** False once NATS has been unreachable for a while (a reconnect blip is ridden out by the append's retries). */
      connected: () => boolean;
      ack: (s: Session) => void;
      say: (line: string) => void;
    },
  ) {}

  accept(s: Session, inc: Incoming, _first: number): void {
    if (!this.o.connected()) throw new NnError('NOT_READY', `the cluster's log (NATS) is unreachable: nothing was taken; send again later`);
    const client = s.clientId;
    const c = this.o.replica.clients.get(client);
    const first = inc.firstSeq === 0 ? c.nextSeq() : inc.firstSeq, last = first + inc.m - 1;
    const hole = c.holeRanges.find(([a]) => a < first);
    if (hole !== undefined) throw new NnError('BUSY', `seqs ${hole[0]}-${hole[1]} of this client are missing here: resend them before seq ${first}`);
    if (c.pendingSamples + inc.m > this.o.maxPending())
      throw new NnError('BUSY', `${c.pendingSamples} samples of this client are waiting for the cluster's log (limit ${this.o.maxPending()}): wait for acks, then resend seq ${first}`);
    const bytesIn = inc.m * 8 * (inc.n + 1);
    if (this.pendingBytes + bytesIn > this.o.maxPendingBytes())
      throw new NnError('BUSY', `this node holds ${this.pendingBytes} bytes of samples waiting for the cluster's log (budget ${this.o.maxPendingBytes()}, --max-pending-bytes): wait for acks, then resend seq ${first}`);
    const runs = c.take(first, last);
    if (runs.length === 0) return this.o.ack(s); // all resent duplicates
    const n = inc.n, logId = logClientId(client, this.o.node);
    const per = Math.max(1, Math.floor((this.o.maxRecordBytes - logRecordBytes(logId, n, 0)) / (8 * (n + 1))));
    for (const [lo, hi] of runs) {
      for (let f = lo; f <= hi; f += per) {
        const l = Math.min(hi, f + per - 1), k = l - f + 1, j = f - first;
        c.pendingSamples += k;
        this.pendingBytes += 8 * k * (n + 1);
        for (let i = Math.max(j, j + k - 200); i < j + k; i++) this.o.replica.recent.push(inc.X, i * n, n, inc.labels[i]!);
        const epoch = this.epochs.get(client) ?? 0;
        const bytes = encodeLogRecord({ kind: 'samples', client: logId, firstSeq: f, n, m: k, X: inc.X.subarray(j * n, (j + k) * n), y: inc.labels.subarray(j, j + k) });
        this.chain(client, async () => {
          const release = (): void => void (this.pendingBytes -= 8 * k * (n + 1));
          try {
            if ((this.epochs.get(client) ?? 0) !== epoch) throw new Error('an earlier append of this client failed');
            if (!this.o.connected()) throw new Error('NATS is unreachable');
            await this.o.log.append(bytes, `${logId}:${f}:${l}`, 10_000, () => !this.o.connected());
            c.pendingSamples -= k;
            release();
            if (l > c.durable) c.durable = l;
            this.appended += k;
            this.o.ack(s);
          } catch (e) {
            c.pendingSamples -= k;
            release();
            this.refused += k;
            if ((this.epochs.get(client) ?? 0) === epoch) this.epochs.set(client, epoch + 1);
            c.dropped(f, l); // never sent, as far as the client is told: it may send them again
            this.o.say(`cluster: append of ${logId} seqs ${f}-${l} failed: ${(e as Error).message}`);
            s.send({ error: { code: 'NOT_READY', message: `the cluster's log did not take seqs ${f}-${l} (${(e as Error).message}): send them again later`, ref: f, refKind: 'seq' } });
          }
        });
      }
    }
  }

  /** Runs appends of one client one after the other, in the order they were taken. */
  private chain(client: string, job: () => Promise<void>): void {
    const next = (this.chains.get(client) ?? Promise.resolve()).then(job);
    this.chains.set(client, next);
    void next.then(() => {
      if (this.chains.get(client) === next) this.chains.delete(client);
    });
  }

  /** A (re)connecting named client: what the leader has of it from the log (it may be on another node now). */
  hello(client: string): Promise<void> | undefined {
    if (client.startsWith('~')) return undefined;
    return (async () => {
      const c = this.o.replica.clients.get(client);
      try {
        const r = await this.o.nc.request(this.o.names.clients, client, { timeout: 2000 });
        const led = r.json<{ through: number; inLog: number }>();
        if (led.through > c.through) c.through = led.through;
        if (led.inLog > c.durable) c.durable = led.inLog;
      } catch {
        // no leader right now: what this node knows is still true (perhaps lower: the client resends more, and duplicates are dropped)
      }
    })();
  }
}

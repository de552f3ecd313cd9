import type { NatsConnection } from '@nats-io/transport-node';
import { Kvm, type KV } from '@nats-io/kv';
import { deadline } from './deadline.js';
import type { ClusterNames } from './names.js';

/**
 * The leader lease of a model: one key in a KV bucket whose entries expire
 * `ttlMs` after their last write (2.9 ignores per-key TTLs, so the TTL is the
 * bucket's). `acquire` creates the key (fails while another node holds it);
 * `renew` rewrites it with compare-and-set on our revision, so a node whose
 * lease expired and was taken cannot renew it.
 */
export class NatsLease {
  private revision = 0;

  private constructor(
    private readonly kv: KV,
    readonly holder: string,
    readonly ttlMs: number,
  ) {}

  static async open(nc: NatsConnection, names: ClusterNames, holder: string, replicas: number, ttlMs = 3000): Promise<NatsLease> {
    const kv = await new Kvm(nc).create(names.leaseBucket, { history: 1, replicas, ttl: ttlMs });
    return new NatsLease(kv, holder, ttlMs);
  }

  get held(): boolean {
    return this.revision !== 0;
  }

  /** Takes the lease if nobody holds it; true when this node now leads. */
  async acquire(): Promise<boolean> {
    try {
      this.revision = await deadline(this.kv.create('leader', this.holder), 3000, 'taking the lease');
      return true;
    } catch (e) {
      const m = (e as Error).message;
      if (!/wrong last sequence|exists/i.test(m)) this.lastError = m; // not just "someone holds it"
      return false;
    }
  }

  /** Why the last attempt to take the lease failed, when it was not because another node holds it. */
  lastError = '';

  /** Extends the lease; false (and no longer held) when it was lost. */
  async renew(): Promise<boolean> {
    if (this.revision === 0) return false;
    try {
      this.revision = await deadline(this.kv.update('leader', this.holder, this.revision, 1000), 1500, 'renewing the lease');
      return true;
    } catch {
      this.revision = 0;
      return false;
    }
  }

  /** Gives the lease up now, so another node need not wait for the TTL. */
  async release(): Promise<void> {
    const rev = this.revision;
    this.revision = 0;
    if (rev !== 0) await deadline(this.kv.delete('leader', { previousSeq: rev }), 2000, 'giving the lease up').catch(() => undefined);
  }

  /** Who holds the lease now ('' when nobody). */
  async leader(): Promise<string> {
    const e = await deadline(this.kv.get('leader'), 2000, 'reading the lease').catch(() => null);
    return e === null || e.operation !== 'PUT' ? '' : e.string();
  }
}

import { RangeSet } from './range-set.js';

/**
 * What the server knows of one client's sequence numbers: the one place that
 * decides what an Ack may say.
 *
 * - taken: seqs accepted into the pipeline (a resend of one is a duplicate);
 * - pending: taken and not yet trained;
 * - holes: seqs of messages refused for a reason the client can fix by resending
 *   (BUSY, TOO_LARGE, DIVERGED): they hold the ack back until they are resent;
 * - through: every seq <= through is settled: trained, or never sent (a client may
 *   skip seqs; a message refused as invalid data counts as never sent). An Ack's
 *   through_seq never covers a pending seq or a hole, and never goes back.
 * - durable: told by whatever makes samples survive a crash (a checkpoint on disk,
 *   a replicated log), never inferred here.
 */
export class ClientSeqs {
  through = 0;
  durable = 0;
  pendingSamples = 0;
  pendingBytes = 0;
  /** Live connections using this id. */
  sessions = 0;
  lastUsed = Date.now();
  /** Digest of the secret (or token) that owns a named id; '' for none. */
  owner = '';
  private readonly taken = new RangeSet();
  private readonly pending = new RangeSet();
  private readonly holes = new RangeSet();
  private maxDone = 0;

  /** The seq an unsequenced (seq 0) sample gets: after everything seen. */
  nextSeq(): number {
    return Math.max(this.through, this.taken.max(), this.holes.max(), this.maxDone) + 1;
  }

  /** The runs of [first, last] not yet taken (duplicates dropped); marks them taken and pending. */
  take(first: number, last: number): [number, number][] {
    if (last <= this.through) return [];
    const lo = Math.max(first, this.through + 1);
    const fresh = this.taken.missing(lo, last);
    for (const [a, b] of fresh) {
      this.taken.add(a, b);
      this.pending.add(a, b);
      this.holes.delete(a, b);
    }
    return fresh;
  }

  /** A message with seqs [first, last] was refused and may be resent: the ack stops below them. */
  refuse(first: number, last: number): void {
    if (last <= this.through) return;
    for (const [a, b] of this.taken.missing(Math.max(first, this.through + 1), last)) this.holes.add(a, b);
  }

  /** Seqs [lo, hi] (taken) were trained. Returns whether `through` moved. */
  trained(lo: number, hi: number): boolean {
    this.lastUsed = Date.now(); // once per step and client: what keeps an id without a connection (stdin) from expiring
    this.pending.delete(lo, hi);
    if (hi > this.maxDone) this.maxDone = hi;
    return this.advance();
  }

  /** Seqs [lo, hi] (taken) were in a step the model refused: not trained, to be resent. */
  untrained(lo: number, hi: number): void {
    this.pending.delete(lo, hi);
    this.taken.delete(lo, hi);
    this.holes.add(lo, hi);
  }

  /** Seqs [lo, hi] were taken, then refused as never sent (a cluster append that failed with NOT_READY): no longer taken, pending or a hole. */
  dropped(lo: number, hi: number): void {
    this.pending.delete(lo, hi);
    this.taken.delete(lo, hi);
    this.advance();
  }

  /** Open holes (ranges), for tests and /metrics. */
  get holeRanges(): [number, number][] {
    return this.holes.toArray();
  }

  /** Whether anything but `through` and `durable` is still tracked. */
  get busy(): boolean {
    return this.pendingSamples > 0 || !this.pending.empty || !this.holes.empty;
  }

  private advance(): boolean {
    const limit = Math.min(this.pending.min(), this.holes.min()) - 1;
    const t = Math.min(this.maxDone, limit);
    if (t <= this.through) return false;
    this.through = t;
    this.taken.dropThrough(t);
    return true;
  }

  /** A client restored from a checkpoint: what it holds is trained and durable. */
  static restored(seq: number, owner = ''): ClientSeqs {
    const c = new ClientSeqs();
    c.through = c.durable = c.maxDone = seq;
    c.owner = owner;
    return c;
  }
}

export const ANONYMOUS = '~anon-';

/** Per-client seqs as a checkpoint stores them: plain keys only (no prototype). */
export type SeqRecord = Record<string, number>;
export const seqRecord = (): SeqRecord => Object.create(null) as SeqRecord;

export interface LedgerOptions {
  /** A named id unused this long (no connection, nothing pending) is forgotten, and leaves checkpoints. 0: never. */
  ttlMs?: number;
}

/**
 * The table of clients: anonymous connections (forgotten when they close and
 * their samples are trained) and named ids (kept across reconnects and restarts
 * until they expire). A Map, so any string is a plain key.
 */
export class Ledger {
  private readonly table = new Map<string, ClientSeqs>();
  private anonymous = 0;
  /** Bytes of all accepted samples not yet trained (x and y as float64). */
  pendingBytes = 0;

  constructor(private readonly o: LedgerOptions = {}) {}

  get size(): number {
    return this.table.size;
  }

  /** The entry of an id, made when first used. */
  get(id: string): ClientSeqs {
    let c = this.table.get(id);
    if (c === undefined) {
      c = new ClientSeqs();
      this.table.set(id, c);
    }
    return c;
  }

  peek(id: string): ClientSeqs | undefined {
    return this.table.get(id);
  }

  /** An id for a connection that did not name itself; forgotten when it closes. */
  anonymousId(): string {
    return `${ANONYMOUS}${++this.anonymous}`;
  }

  /** A connection starts using this id. */
  attach(id: string): ClientSeqs {
    const c = this.get(id);
    c.sessions++;
    c.lastUsed = Date.now();
    return c;
  }

  /** A connection stops using this id; an entry that holds nothing worth keeping goes. */
  detach(id: string): void {
    const c = this.table.get(id);
    if (c === undefined) return;
    c.sessions = Math.max(0, c.sessions - 1);
    c.lastUsed = Date.now();
    this.forgetIfIdle(id, c);
  }

  /** After a step: an anonymous id whose connection is gone and whose samples are trained goes. */
  settle(id: string): void {
    const c = this.table.get(id);
    if (c !== undefined) this.forgetIfIdle(id, c);
  }

  private forgetIfIdle(id: string, c: ClientSeqs): void {
    if (c.sessions > 0 || c.busy) return;
    if (id.startsWith(ANONYMOUS) || (c.through === 0 && c.durable === 0)) this.table.delete(id);
  }

  /** How often `expire` is worth calling (a quarter of the TTL, 100 ms to a minute); undefined without a TTL. */
  get sweepEveryMs(): number | undefined {
    const ttl = this.o.ttlMs ?? 0;
    return ttl > 0 ? Math.min(60_000, Math.max(100, ttl / 4)) : undefined;
  }

  /** Forgets named ids unused for the TTL (no connection, nothing pending). Returns how many. */
  expire(now = Date.now()): number {
    const ttl = this.o.ttlMs ?? 0;
    if (ttl <= 0) return 0;
    let n = 0;
    for (const [id, c] of this.table) {
      if (c.sessions === 0 && !c.busy && now - c.lastUsed > ttl) {
        this.table.delete(id);
        n++;
      }
    }
    return n;
  }

  /** The trained seqs of named clients (what a checkpoint stores). */
  trainedSeqs(): SeqRecord {
    const out = seqRecord();
    for (const [id, c] of this.table) if (!id.startsWith(ANONYMOUS) && c.through > 0) out[id] = c.through;
    return out;
  }

  /** The owners (secret digests) of named clients that have one, for the checkpoint. */
  owners(): Record<string, string> {
    const out = Object.create(null) as Record<string, string>;
    for (const [id, c] of this.table) if (!id.startsWith(ANONYMOUS) && c.through > 0 && c.owner !== '') out[id] = c.owner;
    return out;
  }

  /** Told by whatever made these seqs survive a crash (a checkpoint written, a log replicated). */
  markDurable(seqs: SeqRecord): void {
    for (const id of Object.keys(seqs)) {
      const c = this.table.get(id), seq = seqs[id]!;
      if (c !== undefined && seq > c.durable) c.durable = seq;
    }
  }

  /** Restores from a checkpoint: what it holds is trained and durable; anything later must be resent. */
  restore(seqs: SeqRecord, owners: Record<string, string> = {}): void {
    for (const id of Object.keys(seqs)) this.table.set(id, ClientSeqs.restored(seqs[id]!, Object.hasOwn(owners, id) ? owners[id]! : ''));
  }
}

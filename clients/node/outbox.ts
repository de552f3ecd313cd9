import { NnstreamError } from './errors.js';
import { Queue } from './queue.js';
import { sliceBlock, type Block } from './samples.js';

/** What a `send` resolves to once the server has trained all of its samples. */
export interface SendResult {
  samples: number;
  /** The highest seq of the call's samples. */
  lastSeq: number;
  /** The model step reported by the ack that covered the last of them. */
  modelStep: number;
}

/** One `send` call, which may travel as several frames. */
export interface SendGroup {
  samples: number;
  parts: number;
  lastSeq: number;
  modelStep: number;
  failed: boolean;
  resolve(r: SendResult): void;
  reject(e: NnstreamError): void;
}

/** Samples with consecutive seqs that travel as one frame. */
export interface Outgoing {
  block: Block;
  firstSeq: number;
  /** Present until this part has counted towards its group's result. */
  group: SendGroup | undefined;
  busyRetries: number;
}

export interface OutboxOptions {
  /** Most samples on the wire without an ack. */
  window: number;
  /** Keep trained samples until a checkpoint holds them (a named client), so a restart can be repaired. */
  keepUntilDurable: boolean;
  /** Most bytes of trained-but-not-durable samples kept for resending. */
  maxKeptBytes: number;
  /** When that store is full: drop its oldest samples (counted in `unprotected`), or stop sending until a checkpoint. */
  whenKeptFull: 'drop' | 'wait';
  /**
   * Times a frame refused with BUSY (or in a step the server refused, DIVERGED) is sent
   * again, under the same seqs, before its send fails. After a BUSY the window shrinks
   * to what the server had accepted, until the next connection.
   */
  busyRetries: number;
}

const lastSeq = (o: Outgoing): number => o.firstSeq + o.block.m - 1;
const bytesOf = (o: Outgoing): number => o.block.x.byteLength + o.block.y.byteLength;

/**
 * The client's sequence-number ledger: samples waiting for the window (`queued`),
 * on the wire without an ack (`inFlight`), and trained but not yet in a checkpoint
 * (`kept`). It decides what may be sent, settles sends on acks and errors, and after
 * a reconnect works out exactly which samples the server lacks.
 */
export class Outbox {
  through = 0;
  durable = 0;
  nextSeq = 1;
  /** Samples dropped from the kept store before a checkpoint held them. */
  unprotected = 0;
  /** Samples sent again after a reconnect. */
  resent = 0;
  /** What the server showed it can hold: the accepted, unacknowledged samples when it answered BUSY. */
  private learnedLimit = Infinity;
  private readonly queued = new Queue<Outgoing>();
  /** Frames to send again under their own seqs: the server's ack stops below them until they arrive. */
  private readonly retry = new Queue<Outgoing>();
  private readonly inFlight = new Queue<Outgoing>();
  private readonly kept = new Queue<Outgoing>();
  private keptBytes = 0;

  constructor(private readonly o: OutboxOptions) {}

  /** Samples on the wire that the server has not acknowledged. */
  get unacked(): number {
    let count = 0;
    for (const item of this.inFlight) count += lastSeq(item) - Math.max(item.firstSeq - 1, this.through);
    return count;
  }

  /** The window in force: the configured one, or less after the server said BUSY. */
  get window(): number {
    return Math.min(this.o.window, this.learnedLimit);
  }

  get queuedCount(): number {
    return this.queued.length;
  }

  /** Samples held for resending (on the wire, or trained but not durable). */
  get held(): number {
    let count = 0;
    for (const item of this.inFlight) count += item.block.m;
    for (const item of this.kept) count += item.block.m;
    return count;
  }

  /** Nothing queued and nothing waiting for an ack. */
  get idle(): boolean {
    return this.queued.length === 0 && this.retry.length === 0 && this.inFlight.length === 0;
  }

  enqueue(block: Block, group: SendGroup | undefined): Outgoing {
    const item: Outgoing = { block, firstSeq: this.nextSeq, group, busyRetries: 0 };
    this.nextSeq += block.m;
    this.queued.push(item);
    return item;
  }

  /** The next frame the window lets go out now (moved on the wire), or undefined. */
  takeNext(): Outgoing | undefined {
    const again = this.retry.peek();
    if (again !== undefined) {
      // the window counts only what is on the wire below it: what is above cannot be acked before it
      let below = 0;
      for (const item of this.inFlight) if (item.firstSeq < again.firstSeq) below += lastSeq(item) - Math.max(item.firstSeq - 1, this.through);
      if (below > 0 && below + again.block.m > this.window) return undefined;
      this.retry.shift();
      const all = [...this.inFlight.drain(), again].sort((a, b) => a.firstSeq - b.firstSeq);
      for (const item of all) this.inFlight.push(item);
      return again;
    }
    const item = this.queued.peek();
    if (item === undefined) return undefined;
    const unacked = this.unacked;
    if (unacked > 0 && unacked + item.block.m > this.window) return undefined;
    if (this.o.whenKeptFull === 'wait' && this.o.keepUntilDurable && this.keptBytes > this.o.maxKeptBytes) return undefined;
    this.queued.shift();
    this.inFlight.push(item);
    return item;
  }

  /** An `Ack`: settles what it covers and forgets what a checkpoint now holds. */
  onAck(through: number, durable: number, modelStep: number): void {
    if (through > this.through) this.through = through;
    if (durable > this.durable) this.durable = Math.min(durable, this.through);
    while (this.inFlight.length > 0 && lastSeq(this.inFlight.peek()!) <= this.through) {
      const item = this.inFlight.shift()!;
      this.partDone(item, modelStep);
      if (this.o.keepUntilDurable) this.keep(item);
    }
    this.trimKept();
  }

  /**
   * An `Error` whose ref names a seq: the frame holding it was dropped whole.
   * Returns false when no frame on the wire holds that seq.
   */
  onError(ref: number, error: NnstreamError): boolean {
    const items = this.inFlight.drain();
    let found = false;
    let accepted = 0;
    for (const item of items) {
      if (!found && item.firstSeq <= ref && ref <= lastSeq(item)) {
        found = true;
        if (error.code === 'BUSY') this.learnedLimit = Math.max(1, accepted);
        if ((error.code === 'BUSY' || error.code === 'DIVERGED') && item.busyRetries < this.o.busyRetries) {
          // the server keeps a gap for these seqs (its ack stops below them): the same seqs again fill it
          this.retry.push({ ...item, busyRetries: item.busyRetries + 1 });
        } else this.fail(item, error);
        continue;
      }
      if (!found) accepted += lastSeq(item) - Math.max(item.firstSeq - 1, this.through);
      this.inFlight.push(item);
    }
    return found;
  }

  /**
   * A new connection. For a named client, `hello` is the server's answer to Hello:
   * everything at or below its through_seq is in the model, everything above it is
   * sent again (before any new sample), and the durable mark may have moved back
   * after a restart. An anonymous connection starts afresh, so every unacknowledged
   * sample is sent again (at least once).
   */
  restart(hello: { through: number; durable: number } | undefined): void {
    this.learnedLimit = Infinity; // perhaps another server, with other limits
    const sent = [...this.kept.drain(), ...this.inFlight.drain(), ...this.retry.drain()].sort((a, b) => a.firstSeq - b.firstSeq);
    this.keptBytes = 0;
    const resend: Outgoing[] = [];
    if (hello === undefined) {
      for (const item of sent) {
        if (lastSeq(item) <= this.through) continue;
        const from = Math.max(0, this.through + 1 - item.firstSeq);
        resend.push({ ...item, block: sliceBlock(item.block, from, item.block.m - from), firstSeq: item.firstSeq + from });
      }
    } else {
      this.through = hello.through;
      this.durable = Math.min(hello.durable, hello.through);
      for (const item of sent) {
        const last = lastSeq(item);
        const trained = Math.min(item.block.m, Math.max(0, this.through - item.firstSeq + 1));
        if (trained > 0) {
          const done: Outgoing = trained === item.block.m ? item : { ...item, block: sliceBlock(item.block, 0, trained), group: undefined };
          if (last <= this.through) this.partDone(item, 0);
          this.keep(done);
        }
        if (trained < item.block.m) {
          resend.push({ ...item, block: sliceBlock(item.block, trained, item.block.m - trained), firstSeq: item.firstSeq + trained });
        }
      }
      this.trimKept();
    }
    for (const item of resend) this.resent += item.block.m;
    // Seqs must rise on the wire: anything queued that the server has already passed gets new numbers.
    let cursor = Math.max(this.through, resend.length > 0 ? lastSeq(resend[resend.length - 1]!) : 0);
    const queued = this.queued.drain();
    for (const item of queued) {
      if (item.firstSeq <= cursor) item.firstSeq = cursor + 1;
      cursor = lastSeq(item);
    }
    this.nextSeq = Math.max(this.nextSeq, cursor + 1);
    this.queued.prepend([...resend, ...queued]);
  }

  /** Fails every send not yet settled (the client is closing). */
  failAll(error: NnstreamError): void {
    for (const item of [...this.inFlight.drain(), ...this.retry.drain(), ...this.queued.drain()]) this.fail(item, error);
  }

  private keep(item: Outgoing): void {
    if (lastSeq(item) <= this.durable) return;
    this.kept.push(item);
    this.keptBytes += bytesOf(item);
  }

  private trimKept(): void {
    while (this.kept.length > 0 && lastSeq(this.kept.peek()!) <= this.durable) this.keptBytes -= bytesOf(this.kept.shift()!);
    if (this.o.whenKeptFull === 'drop') {
      while (this.keptBytes > this.o.maxKeptBytes && this.kept.length > 0) {
        const item = this.kept.shift()!;
        this.keptBytes -= bytesOf(item);
        this.unprotected += item.block.m;
      }
    }
  }

  private partDone(item: Outgoing, modelStep: number): void {
    const g = item.group;
    if (g === undefined) return;
    item.group = undefined;
    g.parts--;
    g.lastSeq = Math.max(g.lastSeq, lastSeq(item));
    g.modelStep = Math.max(g.modelStep, modelStep);
    if (g.parts === 0 && !g.failed) g.resolve({ samples: g.samples, lastSeq: g.lastSeq, modelStep: g.modelStep });
  }

  private fail(item: Outgoing, error: NnstreamError): void {
    const g = item.group;
    if (g === undefined) return;
    item.group = undefined;
    if (!g.failed) {
      g.failed = true;
      g.reject(error);
    }
  }
}

import type { NatsConnection } from '@nats-io/transport-node';
import { nanos } from '@nats-io/transport-node';
import { DeliverPolicy, jetstream, jetstreamManager, StorageType, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { ClusterNames } from './names.js';

export interface Appended {
  seq: number; // the stream sequence JetStream stored it at
  duplicate: boolean; // the same message id was stored before (within the duplicate window)
}

/** Errors worth retrying with the same message id: leader elections (503), timeouts, reconnects. */
export function retryable(e: unknown): boolean {
  const m = String((e as Error)?.message ?? e);
  return !/max_payload|maximum payload|wrong last sequence|permission|authoriz/i.test(m);
}

/**
 * A model's sample log: one JetStream stream, file storage, `replicas` copies.
 * `append` resolves once JetStream acknowledged the entry (a quorum stored it);
 * the same message id within the duplicate window (2 minutes) is stored once.
 * `read` replays the log in order from a stream sequence (an ordered consumer).
 */
export class NatsSampleLog {
  private constructor(
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly names: ClusterNames,
  ) {}

  static async open(nc: NatsConnection, names: ClusterNames, replicas: number): Promise<NatsSampleLog> {
    const jsm = await jetstreamManager(nc);
    try {
      await jsm.streams.info(names.stream);
    } catch {
      await jsm.streams.add({ name: names.stream, subjects: [names.subject], storage: StorageType.File, num_replicas: replicas, duplicate_window: nanos(120_000) });
    }
    return new NatsSampleLog(jetstream(nc, { timeout: 5000 }), jsm, names);
  }

  /**
   * Appends one entry; retries retryable failures with the same id until `retryMs`
   * passed or `giveUp()` says the servers are gone (each try waits at most 5 s).
   */
  async append(bytes: Uint8Array, msgID: string, retryMs = 10_000, giveUp: () => boolean = () => false): Promise<Appended> {
    const deadline = Date.now() + retryMs;
    for (let attempt = 0; ; attempt++) {
      try {
        const ack = await this.js.publish(this.names.subject, bytes, { msgID, timeout: Math.max(500, Math.min(5000, deadline - Date.now())) });
        return { seq: ack.seq, duplicate: ack.duplicate };
      } catch (e) {
        if (!retryable(e) || Date.now() + 100 > deadline || giveUp()) throw e;
        await new Promise((r) => setTimeout(r, Math.min(50 * 2 ** attempt, 500)));
      }
    }
  }

  /** The stream sequence of the newest entry (0: empty). */
  async lastSeq(): Promise<number> {
    return (await this.jsm.streams.info(this.names.stream)).state.last_seq;
  }

  /** The log from stream sequence `from` on, in order, for ever (until `stop()`). */
  async read(from: number): Promise<{ entries: AsyncIterable<{ seq: number; data: Uint8Array }>; stop: () => Promise<void> }> {
    const c = await this.js.consumers.get(this.names.stream, { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: Math.max(1, from) });
    const it = await c.consume({ max_messages: 256 });
    return {
      entries: (async function* () {
        for await (const m of it) yield { seq: m.seq, data: m.data };
      })(),
      stop: async () => void (await it.close()),
    };
  }
}

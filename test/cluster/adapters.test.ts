import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NatsConnection } from '@nats-io/transport-node';
import { decodeLogRecord, encodeLogRecord } from '../../src/codec/log-record.js';
import { NatsCheckpointStore } from '../../src/cluster/checkpoint-store.js';
import { connectNats, maxPayload } from '../../src/cluster/connect.js';
import { NatsLease } from '../../src/cluster/lease.js';
import { clusterNames } from '../../src/cluster/names.js';
import { parseNatsTarget } from '../../src/cluster/nats-options.js';
import { NatsSampleLog } from '../../src/cluster/sample-log.js';
import { NatsVersionFeed } from '../../src/cluster/version-feed.js';
import { Learner } from '../../src/core/learner.js';
import { NATS_SERVER, startNats, type NatsCluster } from '../helpers/nats.js';

describe.skipIf(NATS_SERVER === undefined)('NATS adapters against a real one-node nats-server', () => {
  let nats: NatsCluster;
  let nc: NatsConnection;
  beforeAll(async () => {
    nats = await startNats(1);
    nc = await connectNats(parseNatsTarget(nats.urls), 'adapters-test');
  }, 30_000);
  afterAll(async () => {
    await nc?.close();
    await nats?.stop();
  });

  it('stores a log entry once per message id and replays the log in order from a stream sequence', async () => {
    const names = clusterNames('log1');
    const log = await NatsSampleLog.open(nc, names, 1);
    const entry = (seq: number) => encodeLogRecord({ kind: 'samples', client: 'c', firstSeq: seq, n: 2, m: 1, X: Float64Array.of(seq, -seq), y: Float64Array.of(seq % 2) });
    const acks = [];
    for (let s = 1; s <= 5; s++) acks.push(await log.append(entry(s), `c:${s}:${s}`));
    const again = await log.append(entry(3), 'c:3:3'); // a resend after a lost ack
    expect(acks.map((a) => a.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(again).toEqual({ seq: 3, duplicate: true });
    const { entries, stop } = await log.read(3);
    const seen: number[] = [];
    for await (const e of entries) {
      const r = decodeLogRecord(e.data);
      if (r.kind === 'samples') seen.push(e.seq * 100 + r.firstSeq);
      if (seen.length === 3) break;
    }
    await stop();
    expect(seen).toEqual([303, 404, 505]);
  });

  it('gives the lease to one node at a time, and to another once the holder stops renewing', async () => {
    const names = clusterNames('lease1');
    const a = await NatsLease.open(nc, names, 'a', 1, 1000);
    const b = await NatsLease.open(nc, names, 'b', 1, 1000);
    expect(await a.acquire()).toBe(true);
    expect(await b.acquire()).toBe(false);
    await new Promise((r) => setTimeout(r, 600));
    expect(await a.renew()).toBe(true);
    await new Promise((r) => setTimeout(r, 600));
    expect(await b.acquire()).toBe(false); // renewed 600 ms ago: still a's
    expect(await a.leader()).toBe('a');
    const t0 = Date.now();
    while (!(await b.acquire())) await new Promise((r) => setTimeout(r, 100)); // a stopped renewing
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(await a.renew()).toBe(false); // the expired holder cannot take it back
    expect(a.held).toBe(false);
  }, 15_000);

  it('writes checkpoints larger than max_payload in parts, and refuses a writer whose revision is stale', async () => {
    const names = clusterNames('ckpt1');
    const limit = maxPayload(nc);
    const store = await NatsCheckpointStore.open(nc, names, 1, 256 * 1024); // parts of 240 KB
    const learner = Learner.create({ inputs: 300, hidden: [400], activation: 'tanh', task: 'binary', learningRate: 0.1, optimizer: 'adam', seed: 3 });
    const model = { ...learner.toModel(), clients: { alice: 17 } };
    expect(await store.load()).toEqual({ checkpoint: undefined, revision: 0 });
    const r1 = await store.save({ model, streamSeq: 42, node: 'a' }, 0);
    const { checkpoint, revision } = await store.load();
    expect(revision).toBe(r1);
    expect(checkpoint!.streamSeq).toBe(42);
    expect(checkpoint!.model.clients).toEqual({ alice: 17 });
    expect(Array.from(checkpoint!.model.layers[0]!.W.data.slice(0, 5))).toEqual(Array.from(model.layers[0]!.W.data.slice(0, 5)));
    expect(limit).toBeGreaterThan(0);
    const r2 = await store.save({ model, streamSeq: 50, node: 'b' }, r1); // the successor
    await expect(store.save({ model, streamSeq: 45, node: 'a' }, r1)).rejects.toMatchObject({ code: 'NOT_READY' }); // the deposed leader
    expect((await store.load()).checkpoint!.streamSeq).toBe(50);
    expect((await store.load()).revision).toBe(r2);
  }, 20_000);

  it('delivers every model version to a watcher, the newest last', async () => {
    const names = clusterNames('ver1');
    const feed = await NatsVersionFeed.open(nc, names, 1);
    const learner = Learner.create({ inputs: 2, hidden: [3], activation: 'tanh', task: 'binary', learningRate: 0.1, seed: 1 });
    const got: number[] = [];
    const stop = await feed.watch((v) => got.push(v.info.step), (e) => { throw e; });
    for (let step = 1; step <= 3; step++) {
      learner.step = step;
      await feed.publish({ info: { step, samples: step, paused: false, learningRate: 0.1, time: Date.now(), node: 'a' }, model: learner.toModel() });
    }
    const deadline = Date.now() + 5000;
    while (got[got.length - 1] !== 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    stop();
    expect(got[got.length - 1]).toBe(3);
  });
});

import { jetstreamManager } from '@nats-io/jetstream';
import { decodeLogRecord } from '../../src/codec/log-record.js';
import { connectNats } from '../../src/cluster/connect.js';
import { clusterNames } from '../../src/cluster/names.js';
import { parseNatsTarget } from '../../src/cluster/nats-options.js';
import { NatsSampleLog } from '../../src/cluster/sample-log.js';
import { Learner } from '../../src/core/learner.js';
import { matrix } from '../../src/core/matrix.js';

/**
 * A single node fed the cluster's log: reads the model's whole stream in order
 * and trains one Learner with the test cluster's options (helpers/cluster.ts
 * MODEL), in mini-batches of 32 consecutive new samples, a batch also ending at a
 * flush mark; a sample whose seq is at or below its client's last is a resend
 * and skipped, as on one node. Returns the learner, the cost of every step, and
 * the distinct samples per client.
 */
export async function replayLog(urls: string, model = 'm'): Promise<{ learner: Learner; costs: number[]; distinct: Map<string, number>; entries: number }> {
  // a cluster that just lost a node may take several seconds to answer JetStream requests again
  for (let attempt = 1; ; attempt++) {
    try {
      return await replayOnce(urls, model);
    } catch (e) {
      if (attempt >= 6) throw e;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

async function replayOnce(urls: string, model: string): Promise<{ learner: Learner; costs: number[]; distinct: Map<string, number>; entries: number }> {
  const nc = await connectNats(parseNatsTarget(urls), 'replay');
  const names = clusterNames(model);
  const jsm = await jetstreamManager(nc);
  let last = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      last = (await jsm.streams.info(names.stream)).state.last_seq;
      break;
    } catch (e) {
      if (attempt >= 5) throw e;
    }
  }
  const log = await NatsSampleLog.open(nc, names, 1);
  const learner = Learner.create({ inputs: 2, hidden: [6], activation: 'tanh', task: 'binary', optimizer: 'adam', learningRate: 0.01, seed: '7', initScheme: 'small', l2: 0, standardize: false });
  const costs: number[] = [];
  const seen = new Map<string, number>();
  const distinct = new Map<string, number>();
  const X = new Float64Array(2 * 32), y = new Float64Array(32);
  let m = 0, entries = 0;
  const step = (): void => {
    if (m === 0) return;
    costs.push(learner.learnMany(matrix(2, m, X.slice(0, 2 * m)), y.slice(0, m)).cost);
    m = 0;
  };
  let reader: Awaited<ReturnType<NatsSampleLog['read']>> | undefined;
  for (let attempt = 0; reader === undefined; attempt++) {
    try {
      reader = await log.read(1);
    } catch (e) {
      if (attempt >= 5) throw e; // a cluster that just lost a node may take a few seconds to create consumers
    }
  }
  const { entries: it, stop } = reader;
  for await (const e of it) {
    entries++;
    const r = decodeLogRecord(e.data);
    if (r.kind === 'flush') step();
    else
      for (let j = 0; j < r.m; j++) {
        const seq = r.firstSeq + j;
        if (seq <= (seen.get(r.client) ?? 0)) continue;
        seen.set(r.client, seq);
        distinct.set(r.client, (distinct.get(r.client) ?? 0) + 1);
        X[2 * m] = r.X[2 * j]!;
        X[2 * m + 1] = r.X[2 * j + 1]!;
        y[m] = r.y[j]!;
        if (++m === 32) step();
      }
    if (e.seq >= last) break;
  }
  await stop();
  await nc.close();
  return { learner, costs, distinct, entries };
}

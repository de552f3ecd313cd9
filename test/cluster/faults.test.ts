import { afterEach, describe, expect, it } from 'vitest';
import { NnstreamClient, type CostReport } from '../../clients/node/index.js';
import type { ServerProcess } from '../clients/serve-process.js';
import { leaderOf, nodeHealth, samplesOf, sleep, startNodes, until } from '../helpers/cluster.js';
import { replayLog } from '../helpers/log-replay.js';
import { exclusive } from '../helpers/exclusive.js';
import { NATS_SERVER, startNats, type NatsCluster } from '../helpers/nats.js';
import { startProxy, type Proxy } from '../helpers/tcp-proxy.js';
import { matrix } from '../../src/core/matrix.js';
import { jetstreamManager } from '@nats-io/jetstream';
import { connectNats } from '../../src/cluster/connect.js';
import { parseNatsTarget } from '../../src/cluster/nats-options.js';

const nodes: ServerProcess[] = [];
const clients: NnstreamClient[] = [];
let nats: NatsCluster | undefined;
let proxy: Proxy | undefined;

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await proxy?.close();
  proxy = undefined;
  await Promise.all(nodes.splice(0).map((n) => n.stop('SIGKILL')));
  await nats?.stop();
  nats = undefined;
});

async function client(url: string, clientId: string): Promise<NnstreamClient> {
  const c = await NnstreamClient.connect(url, { clientId, reconnect: { initialDelayMs: 50, maxDelayMs: 500 } });
  clients.push(c);
  return c;
}

/** Fails (printing every node's log) when `p` takes longer than `ms`. */
async function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, fail) => (timer = setTimeout(() => {
    for (const n of nodes) console.log(n.stderr());
    fail(new Error(`${what}: not done within ${ms} ms`));
  }, ms)));
  try {
    return await Promise.race([p, t]);
  } finally {
    clearTimeout(timer);
  }
}

/** Streams `total` samples in frames of `per`, pausing `gapMs` between frames. */
async function stream(c: NnstreamClient, total: number, per: number, gapMs: number): Promise<void> {
  for (let s = 1; s <= total; s += per) {
    await c.write(samplesOf(s + (c === clients[0] ? 0 : 1_000_000), Math.min(per, total - s + 1)));
    if (gapMs > 0) await sleep(gapMs);
  }
  await c.flush();
}

const GRID = (() => {
  const x: number[] = [];
  for (let i = 0; i < 10; i++) for (let j = 0; j < 10; j++) x.push(i / 4.5 - 1, j / 4.5 - 1);
  return x;
})();

describe.skipIf(NATS_SERVER === undefined)('cluster faults, counted end to end', () => {
  it('kill -9 of the leading node while two clients stream: another leads within 15 s, and every acked sample is trained exactly once, as by one node fed the log', () => exclusive('cpu-heavy', async () => {
    nats = await startNats(1);
    nodes.push(...(await startNodes(nats.urls, 2, ['--replicas', '1']))); // two nodes: a leader and a gateway (a light load for the suite)
    const leader = await leaderOf(nodes);
    const others = nodes.filter((n) => n !== leader);
    const a = await client(others[0]!.url, 'alice');
    const b = await client(others[0]!.url, 'bob');
    const reports: CostReport[] = [];
    a.subscribe({ cost: true }, { onCost: (r) => reports.push(r) });
    const total = 6000;
    const streams = [stream(a, total, 25, 12), stream(b, total, 25, 12)]; // about 3 s
    await sleep(1500); // past the first checkpoint (every 1 s), with steps after it to replay
    const before = await nodeHealth(others[0]!);
    const killedAt = Date.now();
    await leader.stop('SIGKILL');
    const next = await leaderOf(others, 15_000);
    const takeoverMs = Date.now() - killedAt;
    const resumed = await until('the resume line', () => /resumed from the checkpoint at step (\d+)/.exec(next.stderr()), (m) => m !== null);
    expect(Number(resumed![1])).toBeLessThanOrEqual(before.step);
    expect(before.samples).toBeLessThan(2 * total); // killed mid-stream
    await Promise.all(streams);
    expect(a.throughSeq).toBe(total);
    expect(b.throughSeq).toBe(total);
    expect(a.stats.samplesRejected + b.stats.samplesRejected).toBe(0);
    const h = await until('every sample trained', () => nodeHealth(next), (h) => h.samples === 2 * total, 20_000);
    // the log holds each distinct sample; the model counted each exactly once
    const ref = await replayLog(nats.urls);
    expect([...ref.distinct.entries()].sort()).toEqual([['alice', total], ['bob', total]]);
    expect(h.samples).toBe(2 * total);
    expect(h.step).toBe(ref.costs.length);
    // determinism: every cost reported (replayed steps included) is the single node's, bit for bit, and so are the final predictions
    const byStep = new Map(reports.map((r) => [r.step, r.cost]));
    let compared = 0;
    for (const [step, cost] of byStep) if (step < ref.costs.length) {
      expect(cost).toBe(ref.costs[step]);
      compared++;
    }
    const p = await a.predict(GRID, { n: 2, m: 100 });
    expect(p.modelStep).toBe(ref.costs.length);
    expect(Array.from(p.yHat)).toEqual(Array.from(ref.learner.predictMany(matrix(2, 100, Float64Array.from(GRID))).data));
    console.log(`fault 1: killed the leader at version step ${before.step} (${before.samples} samples); takeover ${takeoverMs} ms, resumed from the checkpoint at step ${resumed![1]}; ${2 * total} samples acked, ${h.samples} trained, ${ref.entries} log entries, ${a.stats.resent + b.stats.resent} resent by clients; ${compared}/${ref.costs.length} step costs compared bit for bit`);
  }), 90_000);

  it('kill -9 of a gateway mid-stream: its clients reconnect to another node and resend, and nothing is lost or doubled', () => exclusive('cpu-heavy', async () => {
    nats = await startNats(1);
    nodes.push(...(await startNodes(nats.urls, 2, ['--replicas', '1'])));
    const leader = await leaderOf(nodes);
    const gateway = nodes.find((n) => n !== leader)!, spare = leader; // the clients move to the leader: every node is a gateway
    proxy = await startProxy(gateway.port); // the clients' load balancer
    const a = await client(proxy.url, 'alice');
    const b = await client(proxy.url, 'bob');
    const total = 6000;
    const streams = [stream(a, total, 25, 12), stream(b, total, 25, 12)];
    await sleep(1000);
    const before = { a: a.durableSeq, b: b.durableSeq };
    proxy.target = spare.port; // the balancer sends new connections elsewhere
    await gateway.stop('SIGKILL');
    proxy.cut();
    await Promise.all(streams);
    expect(a.throughSeq).toBe(total);
    expect(b.throughSeq).toBe(total);
    expect(a.stats.samplesRejected + b.stats.samplesRejected).toBe(0);
    const h = await until('every sample trained', () => nodeHealth(spare), (h) => h.samples === 2 * total, 20_000);
    const ref = await replayLog(nats.urls);
    expect([...ref.distinct.entries()].sort()).toEqual([['alice', total], ['bob', total]]);
    expect(h.samples).toBe(2 * total);
    expect(h.step).toBe(ref.costs.length);
    expect(a.stats.reconnects + b.stats.reconnects).toBeGreaterThanOrEqual(2);
    console.log(`fault 2: gateway killed at durable seqs ${before.a}/${before.b} of ${total}; ${a.stats.reconnects + b.stats.reconnects} reconnects, ${a.stats.resent + b.stats.resent} samples resent; ${2 * total} acked, ${h.samples} trained, ${ref.entries} log entries`);
  }), 90_000);

  it('an outage of every NATS node: clients get errors, not silent drops, predictions go on, and training and acks resume when NATS is back', () => exclusive('cpu-heavy', async () => {
    nats = await startNats(1);
    nodes.push(...(await startNodes(nats.urls, 2, ['--replicas', '1'])));
    const leader = await leaderOf(nodes);
    const gateway = nodes.find((n) => n !== leader)!;
    const c = await client(gateway.url, 'alice');
    let acked = 0, refused = 0;
    const errors: string[] = [];
    c.on('rejected', (e) => errors.push(e.code));
    const send = async (from: number, frames: number): Promise<void> => {
      for (let i = 0; i < frames; i++) {
        const { acked: done } = await c.write(samplesOf(from + i * 20, 20));
        done.then(() => (acked += 20), () => (refused += 20));
        await sleep(10);
      }
    };
    await send(1, 50);
    await c.flush();
    expect(acked).toBe(1000);
    await nats.nodes[0]!.kill('SIGKILL');
    const killedAt = Date.now();
    await sleep(300);
    const during = send(100_001, 50);
    const p = await c.predict([0, 0], { n: 2, m: 1 }); // answered from the last version
    expect(p.yHat.length).toBe(1);
    await during;
    await c.flush();
    const refusedDuring = refused;
    expect(refusedDuring).toBeGreaterThan(0);
    expect(errors.every((code) => code === 'NOT_READY' || code === 'BUSY')).toBe(true);
    expect(acked + refused).toBe(2000); // every sample answered: acked or refused, none silently dropped
    const whileDown = await c.predict([0, 0], { n: 2, m: 1 });
    expect(whileDown.modelStep).toBe(p.modelStep);
    await sleep(4000 - (Date.now() - killedAt)); // longer than the lease: leadership lapses too
    await nats.nodes[0]!.start();
    const backAt = Date.now();
    const ackedBefore = acked;
    let firstAckMs = NaN;
    const firstAck = until('an ack again', () => acked, (n) => n > ackedBefore, 30_000).then(() => (firstAckMs = Date.now() - backAt));
    await send(200_001, 50);
    await c.flush();
    await firstAck;
    expect(acked - ackedBefore).toBeGreaterThan(0); // acks resumed
    const leaderAgain = await leaderOf(nodes);
    const recoveredMs = Date.now() - backAt;
    const ref = await until('the log replayed', () => replayLog(nats!.urls), () => true, 10_000);
    const trained = await until('every sample in the log trained', () => nodeHealth(gateway), (h) => h.samples === ref.distinct.get('alice'), 20_000).catch(async (e: unknown) => {
      for (const n of nodes) console.log(n.stderr(), JSON.stringify(await nodeHealth(n).catch(() => 'down')));
      console.log(`log: ${JSON.stringify([...ref.distinct])} in ${ref.entries} entries, ${ref.costs.length} steps; acked ${acked}, refused ${refused}`);
      throw e;
    });
    expect(acked + refused).toBe(3000);
    expect(ref.distinct.get('alice')).toBeGreaterThanOrEqual(acked); // every acked sample is in the log
    expect(trained.samples).toBeLessThanOrEqual(acked + refusedDuring); // refused ones may be in it too (stored, the ack lost): never trained twice
    console.log(`fault 4: NATS down: ${refusedDuring} samples refused (${[...new Set(errors)].join(', ')}), 0 unanswered; outage 4 s; first ack ${firstAckMs} ms after NATS was back, a leader (${(await nodeHealth(leaderAgain)).node}) within ${recoveredMs} ms; ${acked} acked, ${trained.samples} trained, ${ref.entries} log entries`);
  }), 90_000);

  it('kill -9 of one of three NATS nodes (the log\'s stream leader): ingest pauses a few seconds and resumes, nothing acked is lost', () => exclusive('cpu-heavy', async () => {
    nats = await startNats(3);
    nodes.push(...(await startNodes(nats.urls, 2, ['--replicas', '3'])));
    const leader = await leaderOf(nodes, 30_000);
    const gateway = nodes.find((n) => n !== leader)!;
    const a = await client(gateway.url, 'alice');
    const b = await client(leader.url, 'bob');
    const total = 4000;
    const streams = [stream(a, total, 20, 10), stream(b, total, 20, 10)];
    // Ack.durable_seq as the server sends it (the client's own durableSeq waits for through_seq): the ingest pause;
    // through_seq: the training pause (the leader's consumer recovering)
    const raw = { a: 0, b: 0 };
    a.on('ack', (k) => (raw.a = Math.max(raw.a, Number(k.durableSeq))));
    b.on('ack', (k) => (raw.b = Math.max(raw.b, Number(k.durableSeq))));
    let stall = 0, trainStall = 0, polling = true;
    const poll = (async () => {
      let last = Date.now(), lastSeq = 0, lastT = Date.now(), lastThrough = 0;
      while (polling) {
        const seq = raw.a + raw.b, through = a.throughSeq + b.throughSeq, now = Date.now();
        if (seq !== lastSeq) {
          stall = Math.max(stall, now - last);
          lastSeq = seq;
          last = now;
        }
        if (through !== lastThrough) {
          trainStall = Math.max(trainStall, now - lastT);
          lastThrough = through;
          lastT = now;
        }
        await sleep(5);
      }
    })();
    await sleep(1000);
    const nc = await connectNats(parseNatsTarget(nats.urls), 'fault-3');
    const info = await (await jetstreamManager(nc)).streams.info('NNSTREAM_m');
    await nc.close();
    const victim = nats.nodes.find((n) => n.name === info.cluster?.leader)!;
    const durableAtKill = raw.a + raw.b;
    await victim.kill('SIGKILL');
    await within(Promise.all(streams), 60_000, 'streaming');
    for (const n of nodes) for (const line of n.stderr().split('\n')) if (/cluster: (no longer|leading|append|the log)/.test(line)) console.log(line);
    polling = false;
    await poll;
    expect(a.throughSeq).toBe(total);
    expect(b.throughSeq).toBe(total);
    const refused = a.stats.samplesRejected + b.stats.samplesRejected; // answered NOT_READY (never silently): the clients know
    const acked = 2 * total - refused;
    const h = await until('every acked sample trained', () => nodeHealth(gateway), (h) => h.samples === acked, 30_000).catch(async (e: unknown) => {
      for (const n of nodes) console.log(n.stderr(), JSON.stringify(await nodeHealth(n).catch(() => 'down')));
      throw e;
    });
    const ref = await replayLog(nats.urls);
    expect([...ref.distinct.entries()].sort()).toEqual([['alice', total - a.stats.samplesRejected], ['bob', total - b.stats.samplesRejected]]);
    expect(h.samples).toBe(acked);
    expect(refused).toBeLessThan(total / 10);
    expect(stall).toBeLessThan(15_000);
    console.log(`fault 3: killed NATS ${victim.name} (the stream leader) at ${durableAtKill} durable samples; longest stall of durable acks (ingest) ${stall} ms, of trained acks ${trainStall} ms; ${acked} acked, ${refused} refused with NOT_READY, ${h.samples} trained, ${ref.entries} log entries, ${a.stats.resent + b.stats.resent} resent`);
  }), 120_000);

  it.runIf(process.env['SOAK'] === '1')('soak: three leaders killed one after another while two clients stream; exactly once and bit-identical to one node fed the log', () => exclusive('cpu-heavy', async () => {
    nats = await startNats(1);
    nodes.push(...(await startNodes(nats.urls, 4, ['--replicas', '1'])));
    let alive = [...nodes];
    const first = await leaderOf(alive);
    const gateway = alive.find((n) => n !== first)!;
    const a = await client(gateway.url, 'alice');
    const b = await client(gateway.url, 'bob');
    const reports: CostReport[] = [];
    a.subscribe({ cost: true }, { onCost: (r) => reports.push(r) });
    const total = 20_000;
    const streams = [stream(a, total, 25, 12), stream(b, total, 25, 12)];
    const takeovers: number[] = [];
    for (let k = 0; k < 3; k++) {
      await sleep(2500);
      const leader = await leaderOf(alive);
      if (leader === gateway) break;
      const t0 = Date.now();
      await leader.stop('SIGKILL');
      alive = alive.filter((n) => n !== leader);
      await leaderOf(alive, 15_000);
      takeovers.push(Date.now() - t0);
    }
    await within(Promise.all(streams), 120_000, 'streaming');
    const h = await until('every sample trained', () => nodeHealth(gateway), (h) => h.samples === 2 * total, 30_000);
    const ref = await replayLog(nats.urls);
    expect([...ref.distinct.entries()].sort()).toEqual([['alice', total], ['bob', total]]);
    expect(h.step).toBe(ref.costs.length);
    for (const r of reports) if (r.step < ref.costs.length) expect(r.cost).toBe(ref.costs[r.step]);
    const p = await a.predict(GRID, { n: 2, m: 100 });
    expect(Array.from(p.yHat)).toEqual(Array.from(ref.learner.predictMany(matrix(2, 100, Float64Array.from(GRID))).data));
    console.log(`soak: ${takeovers.length} leaders killed, takeovers ${takeovers.join(', ')} ms; ${2 * total} acked, ${h.samples} trained, ${reports.length} cost reports all equal to the replay`);
  }), 300_000);
});

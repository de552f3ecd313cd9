import { afterEach, describe, expect, it } from 'vitest';
import { NnstreamClient } from '../../clients/node/index.js';
import type { ServerProcess } from '../clients/serve-process.js';
import { leaderOf, samplesOf, sleep, startNodes } from '../helpers/cluster.js';
import { exclusive } from '../helpers/exclusive.js';
import { NATS_SERVER, startNats, type NatsCluster } from '../helpers/nats.js';

const nodes: ServerProcess[] = [];
const clients: NnstreamClient[] = [];
let nats: NatsCluster | undefined;

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(nodes.splice(0).map((n) => n.stop('SIGKILL')));
  await nats?.stop();
  nats = undefined;
});

const quantile = (v: number[], q: number): number => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor(q * v.length))]!;

/**
 * Measures, on a node that does not lead, the time from a step on the leader
 * (its CostReport's time) to that node first answering a prediction with it.
 * Both run on this machine, so one clock.
 */
export async function predictionLag(o: { natsNodes: number; replicas: number; seconds: number }): Promise<{ lags: number[]; versions: number; steps: number }> {
  nats = await startNats(o.natsNodes);
  nodes.push(...(await startNodes(nats.urls, 2, ['--replicas', String(o.replicas)])));
  const leader = await leaderOf(nodes, 30_000);
  const follower = nodes.find((n) => n !== leader)!;
  const feeder = await NnstreamClient.connect(leader.url, { clientId: 'feeder' });
  const watcher = await NnstreamClient.connect(leader.url);
  const asker = await NnstreamClient.connect(follower.url);
  clients.push(feeder, watcher, asker);
  const stepAt = new Map<number, number>(); // model step (after the step) -> when the leader made it
  watcher.subscribe({ cost: true }, { onCost: (r) => stepAt.set(Number(r.step) + 1, Number(r.timeMs)) });
  const firstSeen = new Map<number, number>();
  let running = true;
  const ask = (async () => {
    while (running) {
      const p = await asker.predict([0.1, 0.2], { n: 2, m: 1 });
      if (!firstSeen.has(p.modelStep)) firstSeen.set(p.modelStep, Date.now());
      await sleep(1);
    }
  })();
  const end = Date.now() + o.seconds * 1000;
  for (let s = 1; Date.now() < end; s += 32) {
    await feeder.write(samplesOf(s, 32));
    await sleep(5);
  }
  await feeder.flush();
  await sleep(300);
  running = false;
  await ask;
  const lags: number[] = [];
  for (const [step, seen] of firstSeen) if (stepAt.has(step) && step > 0) lags.push(seen - stepAt.get(step)!);
  return { lags, versions: firstSeen.size, steps: stepAt.size };
}

describe.skipIf(NATS_SERVER === undefined)('predictions on a node that does not lead', () => {
  it('follow the leader: the lag from a step to that node answering with it is well under the version interval plus a round trip', () => exclusive('cpu-heavy', async () => {
    const { lags, versions, steps } = await predictionLag({ natsNodes: 1, replicas: 1, seconds: 4 });
    const p50 = quantile(lags, 0.5), p99 = quantile(lags, 0.99);
    console.log(`prediction lag (R1, versions every 100 ms): p50 ${p50} ms, p99 ${p99} ms over ${lags.length} versions (${versions} seen, ${steps} steps)`);
    expect(lags.length).toBeGreaterThan(10);
    // a step's time is when the leader's main thread heard of it; its parameters are in shared memory (and may be published) a few ms before
    expect(Math.min(...lags)).toBeGreaterThan(-20);
    expect(p50).toBeLessThan(100);
    expect(p99).toBeLessThan(250); // the goal is 100 ms (met on an idle machine, see the bench); a loaded CI gets slack, not a pass by construction
  }), 60_000);
});

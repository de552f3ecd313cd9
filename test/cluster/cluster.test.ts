import { afterEach, describe, expect, it } from 'vitest';
import { NnstreamClient } from '../../clients/node/index.js';
import type { ServerProcess } from '../clients/serve-process.js';
import { leaderOf, nodeHealth, samplesOf, startNodes, until } from '../helpers/cluster.js';
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

describe.skipIf(NATS_SERVER === undefined)('serve --cluster on a one-node NATS', () => {
  it('elects one leader; a client on a non-leading node gets durable and trained acks, and every node predicts', async () => {
    nats = await startNats(1);
    nodes.push(...(await startNodes(nats.urls, 2, ['--replicas', '1'])));
    const leader = await leaderOf(nodes);
    const other = nodes.find((n) => n !== leader)!;
    expect((await nodeHealth(other)).role).toBe('gateway');
    const c = await NnstreamClient.connect(other.url, { clientId: 'alice' });
    clients.push(c);
    for (let i = 0; i < 20; i++) await c.write(samplesOf(1 + i * 100, 100));
    await c.flush();
    expect(c.throughSeq).toBe(2000);
    expect(c.durableSeq).toBe(2000);
    const h = await until('the model version with every sample', () => nodeHealth(other), (h) => h.samples === 2000);
    expect(h.step).toBeGreaterThanOrEqual(Math.ceil(2000 / 32)); // more when the log went quiet mid-batch (a flush mark)
    const p = await c.predict([0, 0, 0.9, 0.9], { n: 2, m: 2 });
    expect(p.modelStep).toBe(h.step);
  }, 60_000);
});

import { afterEach, describe, expect, it } from 'vitest';
import { NnstreamClient } from '../../clients/node/index.js';
import type { ServerProcess } from '../clients/serve-process.js';
import { startServer } from '../clients/serve-process.js';
import { leaderOf, MODEL, nodeHealth, samplesOf, startNodes, until } from '../helpers/cluster.js';
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

  it('reaches a NATS that wants a user and password from the URL, and refuses a wrong one with a clear error', async () => {
    nats = await startNats(1, { auth: 'authorization { user: nn, password: "s3cret" }' });
    const good = nats.urls.replace('nats://', 'nats://nn:s3cret@');
    nodes.push(...(await startNodes(good, 1, ['--replicas', '1'])));
    expect((await leaderOf(nodes)).port).toBe(nodes[0]!.port);
    const bad = await startServer(['--cluster', nats.urls.replace('nats://', 'nats://nn:wrong@'), '--name', 'm', ...MODEL], 30_000).then(
      (s) => {
        nodes.push(s);
        return 'started';
      },
      (e: Error) => e.message,
    );
    expect(bad).toMatch(/exited with 1 before listening: .*NATS.*(authoriz|Authoriz)/s);
    expect(bad).not.toMatch(/\n\s+at /); // no stack trace
  }, 60_000);
});

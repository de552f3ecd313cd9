import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NnstreamClient } from '../../clients/node/index.js';
import type { ServerProcess } from '../clients/serve-process.js';
import { startServer } from '../clients/serve-process.js';
import { leaderOf, MODEL, nodeHealth, samplesOf, startNodes, until } from '../helpers/cluster.js';
import { NATS_SERVER, startNats, type NatsCluster } from '../helpers/nats.js';
import { replayLog } from '../helpers/log-replay.js';

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
    expect((await fetch(other.http)).status).toBe(200); // the dashboard, on every node
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
    // controls sent to a gateway are carried out by the leader, and every node's versions show them
    expect((await c.setLearningRate(0.005)).ok).toBe(true);
    expect((await c.pause()).ok).toBe(true);
    await until('the pause in every node', () => Promise.all(nodes.map(nodeHealth)), (hs) => hs.every((x) => x.paused));
    await c.write(samplesOf(5000, 64));
    await new Promise((r) => setTimeout(r, 300));
    expect((await nodeHealth(leader)).step).toBe(h.step); // paused: taken into the log, not trained
    expect((await c.resume()).ok).toBe(true);
    await c.flush();
    expect(c.throughSeq).toBe(2064);
    expect(c.modelInfo.learningRate).toBe(0.005);
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

  it('a leader stopped with SIGTERM checkpoints and hands over: the next one resumes at its last step, nothing to replay', async () => {
    nats = await startNats(1);
    nodes.push(...(await startNodes(nats.urls, 2, ['--replicas', '1', '--checkpoint-every', '3600s'])));
    const leader = await leaderOf(nodes);
    const other = nodes.find((n) => n !== leader)!;
    const c = await NnstreamClient.connect(other.url, { clientId: 'carol' });
    clients.push(c);
    for (let i = 0; i < 10; i++) await c.write(samplesOf(1 + i * 64, 64));
    await c.flush();
    const before = await until('the version of every step', () => nodeHealth(other), (h) => h.samples === 640);
    expect(await leader.stop('SIGTERM')).toBe(0);
    const next = await leaderOf([other], 10_000);
    const resumed = await until('the resume line', () => /resumed from the checkpoint at step (\d+), reading the log from (\d+)/.exec(next.stderr()), (m) => m !== null);
    expect(Number(resumed![1])).toBe(before.step);
    await c.write(samplesOf(10_000, 64));
    await c.flush();
    expect(c.throughSeq).toBe(704);
    expect((await until('trained', () => nodeHealth(other), (h) => h.samples === 704)).samples).toBe(704);
  }, 60_000);

  it('splits a batch larger than the NATS max_payload into several log entries, and trains every sample once', async () => {
    nats = await startNats(1, { maxPayload: '64KB' });
    nodes.push(...(await startNodes(nats.urls, 1, ['--replicas', '1'])));
    await leaderOf(nodes);
    const c = await NnstreamClient.connect(nodes[0]!.url, { clientId: 'dave' });
    clients.push(c);
    await c.send(samplesOf(1, 6000)); // 6000 x 3 doubles = 144 KB in one SampleBatch
    expect(c.throughSeq).toBe(6000);
    const ref = await replayLog(nats.urls);
    expect(ref.distinct.get('dave')).toBe(6000);
    expect(ref.entries).toBeGreaterThanOrEqual(3); // 144 KB in entries of at most 60 KB (and a flush mark)
    expect((await until('trained', () => nodeHealth(nodes[0]!), (h) => h.samples === 6000)).samples).toBe(6000);
  }, 60_000);

  it.skipIf(spawnSync('openssl', ['version']).status !== 0)('reaches a NATS that speaks only TLS, with --cluster-ca', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nnstream-tls-'));
    const ssl = (...args: string[]): void => void execFileSync('openssl', args, { stdio: 'ignore' });
    ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=nnstream-test-ca', '-keyout', join(dir, 'ca.key'), '-out', join(dir, 'ca.pem'));
    ssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-keyout', join(dir, 'server.key'), '-out', join(dir, 'server.csr'));
    execFileSync('sh', ['-c', `printf 'subjectAltName=IP:127.0.0.1,DNS:localhost' > ${join(dir, 'san.ext')}`]);
    ssl('x509', '-req', '-in', join(dir, 'server.csr'), '-CA', join(dir, 'ca.pem'), '-CAkey', join(dir, 'ca.key'), '-CAcreateserial', '-days', '1', '-extfile', join(dir, 'san.ext'), '-out', join(dir, 'server.pem'));
    nats = await startNats(1, { auth: `tls { cert_file: "${join(dir, 'server.pem')}", key_file: "${join(dir, 'server.key')}" }` });
    nodes.push(...(await startNodes(nats.urls.replace('nats://', 'tls://'), 1, ['--replicas', '1', '--cluster-ca', join(dir, 'ca.pem')])));
    await leaderOf(nodes);
    const c = await NnstreamClient.connect(nodes[0]!.url, { clientId: 'erin' });
    clients.push(c);
    await c.send(samplesOf(1, 64));
    expect(c.throughSeq).toBe(64);
    // a CA that did not sign the server's certificate: a clear error, not a silent wait
    const bad = await startServer(['--cluster', nats.urls.replace('nats://', 'tls://'), '--name', 'm', '--cluster-ca', join(dir, 'server.pem'), ...MODEL], 60_000).then((s) => (nodes.push(s), 'started'), (e: Error) => e.message);
    expect(bad).toMatch(/exited with 1 before listening: .*cannot join the NATS cluster at .*(certificate|self.signed|verify)/is);
    rmSync(dir, { recursive: true, force: true });
  }, 90_000);
});

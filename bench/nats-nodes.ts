import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's nats-server, installed by scripts/test-deps.mjs; tests skip (saying so) when it is missing. */
export const NATS_SERVER = ['/usr/sbin/nats-server', '/usr/bin/nats-server'].find((p) => spawnSync(p, ['--version']).status === 0);

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

export interface NatsNode {
  name: string;
  port: number;
  url: string; // nats://127.0.0.1:PORT
  proc: ChildProcess | undefined;
  log: () => string;
  /** kill -9 (the default) or a clean stop, by PID; resolves when it exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same ports, config and store folder; resolves when it answers /healthz. */
  start(): Promise<void>;
}

export interface NatsCluster {
  nodes: NatsNode[];
  urls: string; // comma list of every node's URL
  dir: string;
  stop(): Promise<void>;
}

/**
 * Starts `size` nats-server processes with JetStream on free loopback ports, each
 * with its own config file and store folder (a cluster of routes when size > 1),
 * and resolves once each answers /healthz?js-enabled-only (and the cluster has a
 * JetStream meta leader). `stop()` kills them by PID and removes the folder.
 */
export async function startNats(size: number, o: { maxPayload?: string; auth?: string } = {}): Promise<NatsCluster> {
  if (NATS_SERVER === undefined) throw new Error('nats-server is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'nnstream-nats-'));
  const ports = await Promise.all(Array.from({ length: size }, async () => ({ client: await freePort(), route: await freePort(), http: await freePort() })));
  const routes = ports.map((p) => `nats-route://127.0.0.1:${p.route}`).join(', ');
  const nodes: NatsNode[] = ports.map((p, i) => {
    const name = `n${i + 1}`;
    const conf = join(dir, `${name}.conf`);
    const cluster = size > 1 ? `cluster { name: nnstream-test, listen: 127.0.0.1:${p.route}, routes: [${routes}] }\n` : '';
    writeFileSync(
      conf,
      `server_name: ${name}\nlisten: 127.0.0.1:${p.client}\nhttp: 127.0.0.1:${p.http}\nmax_payload: ${o.maxPayload ?? '8MB'}\n` +
        `jetstream { store_dir: "${join(dir, name)}" }\n${cluster}${o.auth ?? ''}\n`,
    );
    let out = '';
    const node: NatsNode = {
      name,
      port: p.client,
      url: `nats://127.0.0.1:${p.client}`,
      proc: undefined,
      log: () => out,
      kill: (signal = 'SIGKILL') =>
        new Promise<void>((ok) => {
          const proc = node.proc;
          node.proc = undefined;
          if (proc === undefined || proc.exitCode !== null || proc.signalCode !== null) return ok();
          proc.once('exit', () => ok());
          process.kill(proc.pid!, signal);
        }),
      start: async () => {
        const proc = spawn(NATS_SERVER!, ['-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
        proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
        proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
        node.proc = proc;
        await waitHealthy(p.http, proc, () => out);
      },
    };
    return node;
  });
  await Promise.all(nodes.map((n) => n.start()));
  if (size > 1) await waitMetaLeader(ports[0]!.http);
  return {
    nodes,
    urls: nodes.map((n) => n.url).join(','),
    dir,
    stop: async () => {
      await Promise.all(nodes.map((n) => n.kill()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitHealthy(httpPort: number, proc: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`nats-server exited (${proc.exitCode}): ${log()}`);
    try {
      const r = await fetch(`http://127.0.0.1:${httpPort}/healthz`);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nats-server on ${httpPort} not healthy within 20 s: ${log()}`);
}

async function waitMetaLeader(httpPort: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`http://127.0.0.1:${httpPort}/jsz`);
      const j = (await r.json()) as { meta_cluster?: { leader?: string; cluster_size?: number } };
      if (j.meta_cluster?.leader) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the JetStream cluster elected no meta leader within 20 s');
}

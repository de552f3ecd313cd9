import { startServer, type ServerProcess } from '../clients/serve-process.js';

/** /healthz of a cluster node. */
export interface NodeHealth {
  step: number;
  samples: number;
  leader: boolean;
  role: string;
  node: string;
  cluster: string;
  model_version: number;
}

export async function nodeHealth(n: ServerProcess): Promise<NodeHealth> {
  return (await (await fetch(new URL('healthz', n.http))).json()) as NodeHealth;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function until<T>(what: string, get: () => Promise<T> | T, ok: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    try {
      last = await get();
      if (ok(last)) return last;
    } catch {
      // not there yet
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await sleep(50);
  }
}

/** Model options every node of a test cluster shares. */
export const MODEL = ['--inputs', '2', '--hidden', '6', '--task', 'binary', '--optimizer', 'adam', '--lr', '0.01', '--batch', '32', '--seed', '7', '--max-wait-ms', '30'];

/** Starts `nnstream serve --cluster` nodes named a, b, c, ... */
export async function startNodes(urls: string, count: number, extra: string[] = [], names = 'abcdefgh'): Promise<ServerProcess[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => startNode(urls, names[i]!, extra)));
}

export function startNode(urls: string, name: string, extra: string[] = []): Promise<ServerProcess> {
  return startServer(['--cluster', urls, '--name', 'm', '--node', name, '--checkpoint-every', '1s', ...MODEL, ...extra], 30_000);
}

/** The one leader among the nodes (waits until exactly one says so). */
export async function leaderOf(nodes: ServerProcess[], timeoutMs = 20_000): Promise<ServerProcess> {
  const hs = await until('exactly one leader', () => Promise.all(nodes.map((n) => nodeHealth(n).catch(() => undefined))), (hs) => hs.filter((h) => h?.leader).length === 1, timeoutMs).catch((e: unknown) => {
    if (timeoutMs >= 5000) for (const n of nodes) console.log(n.stderr()); // why not
    throw e;
  });
  return nodes[hs.findIndex((h) => h?.leader)]!;
}

/** A deterministic stream of 2-feature samples: a circle inside a square. */
export function samplesOf(from: number, m: number): { n: number; m: number; x: Float64Array; y: Float64Array } {
  const x = new Float64Array(2 * m), y = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const k = from + j;
    const a = Math.sin(k * 12.9898) * 43758.5453, b = Math.sin(k * 78.233) * 12345.6789;
    x[2 * j] = 2 * (a - Math.floor(a)) - 1;
    x[2 * j + 1] = 2 * (b - Math.floor(b)) - 1;
    y[j] = x[2 * j]! ** 2 + x[2 * j + 1]! ** 2 < 0.5 ? 1 : 0;
  }
  return { n: 2, m, x, y };
}

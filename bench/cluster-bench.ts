import WebSocket from 'ws';
import { decodeEnvelope, encodeEnvelope, rawBytes } from '../src/codec/protocol.js';
import { startNats, type NatsCluster } from './nats-nodes.js';
import { BenchServer, IngestThread, measureIngest } from './server-bench.js';
import { problem, type Shape } from './shapes.js';
import { percentile } from './stats.js';

/** A cluster for one bench figure: NATS nodes, and two nnstream nodes (the first to start leads). */
export class BenchCluster {
  private constructor(
    readonly nats: NatsCluster,
    readonly leader: BenchServer,
    readonly gateway: BenchServer,
  ) {}

  static async start(s: Shape, natsNodes: number, replicas: number): Promise<BenchCluster> {
    const nats = await startNats(natsNodes);
    const opts = (node: string): string[] => ['--cluster', nats.urls, '--name', 'bench', '--replicas', String(replicas), '--node', node, '--checkpoint-every', '30s'];
    const leader = await BenchServer.start(s, opts('lead'));
    await waitFor(async () => ((await (await fetch(`${leader.url}/healthz`)).json()) as { leader: boolean }).leader, 30_000);
    const gateway = await BenchServer.start(s, opts('gate'));
    return new BenchCluster(nats, leader, gateway);
  }

  async close(): Promise<void> {
    await this.gateway.close();
    await this.leader.close();
    await this.nats.stop();
  }
}

async function waitFor(ok: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await ok().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not ready within ${ms} ms`);
}

/** Trained samples per second acknowledged to a client of the gateway (appended, replicated, trained by the leader, acked back). */
export async function clusterIngest(c: BenchCluster, s: Shape, runs: number): Promise<number[]> {
  const ingest = new IngestThread(c.gateway.url, s);
  const rates: number[] = [];
  try {
    for (let r = 0; r < runs; r++) rates.push(await measureIngest(ingest, 2));
  } finally {
    await ingest.stop();
  }
  return rates;
}

/**
 * The lag, on the gateway, from a step on the leader (its CostReport time) to the
 * gateway first answering a prediction with it, while a client trains through the
 * gateway; versions go out every 100 ms, so the lag is per version.
 */
export async function clusterLag(c: BenchCluster, s: Shape, seconds: number): Promise<{ p50: number; p99: number; count: number }> {
  const ingest = new IngestThread(c.gateway.url, s);
  const watch = await open(c.leader.url), ask = await open(c.gateway.url);
  const stepAt = new Map<number, number>(), seen = new Map<number, number>();
  watch.on('message', (d: Buffer) => {
    const e = decodeEnvelope(d);
    if (e.costReport != null) stepAt.set(Number(e.costReport.step) + 1, Number(e.costReport.timeMs));
  });
  watch.send(encodeEnvelope({ subscribe: { cost: true } }));
  const x = rawBytes(problem(s).x.subarray(0, s.n0)).slice();
  let id = 0;
  const end = Date.now() + seconds * 1000;
  try {
    while (Date.now() < end) {
      const want = ++id;
      const step = await new Promise<number>((done, fail) => {
        const on = (d: Buffer): void => {
          const e = decodeEnvelope(d);
          if (e.predictResponse != null && Number(e.predictResponse.id) === want) {
            ask.off('message', on);
            done(Number(e.predictResponse.modelStep));
          } else if (e.error != null && e.error.code !== 'NOT_READY') fail(new Error(`${e.error.code}: ${e.error.message}`));
          else if (e.error != null) {
            ask.off('message', on);
            done(-1);
          }
        };
        ask.on('message', on);
        ask.send(encodeEnvelope({ predictRequest: { id: want, n: s.n0, m: 1, xRaw: x } }));
      });
      if (step > 0 && !seen.has(step)) seen.set(step, Date.now());
      await new Promise((r) => setTimeout(r, 1));
    }
  } finally {
    await ingest.stop();
    watch.close();
    ask.close();
  }
  const lags: number[] = [];
  for (const [step, t] of seen) if (stepAt.has(step)) lags.push(t - stepAt.get(step)!);
  return { p50: percentile(lags, 0.5), p99: percentile(lags, 0.99), count: lags.length };
}

async function open(url: string): Promise<WebSocket> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/ws`, { perMessageDeflate: false });
  ws.binaryType = 'nodebuffer';
  await new Promise<void>((done, fail) => {
    ws.once('open', () => done());
    ws.once('error', fail);
  });
  return ws;
}

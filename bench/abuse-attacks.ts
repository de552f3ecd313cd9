/**
 * Attacks on a running server that the memory bounds of issue 9 must survive, as
 * a hostile user runs them: clients that ask for predictions and never read the
 * answers, and clients that push 8 MB sample messages as fast as they can. Used by
 * `bench/abuse.ts` (full size) and test/server/memory-bounds.test.ts (smaller).
 */
import { Worker } from 'node:worker_threads';
import WebSocket from 'ws';
import { encodeEnvelope } from '../src/codec/protocol.js';

export interface Attack {
  /** Frames sent so far, and connections the server closed. */
  sent: number;
  closed: Map<number, number>;
  stop(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function open(url: string): Promise<WebSocket> {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  await new Promise<void>((ok, fail) => {
    ws.once('message', () => ok()); // ModelInfo: the server has set the connection up
    ws.once('error', fail);
  });
  return ws;
}

/** Runs `loop` for every socket until stopped; connections are opened `parallel` at a time. */
async function attack(url: string, clients: number, setup: (ws: WebSocket) => void, frame: () => Uint8Array, clientBufferBytes: number): Promise<Attack> {
  const a: Attack = { sent: 0, closed: new Map(), stop: async () => undefined };
  const sockets: WebSocket[] = [];
  for (let k = 0; k < clients; k += 32) sockets.push(...(await Promise.all(Array.from({ length: Math.min(32, clients - k) }, () => open(url)))));
  let running = true;
  for (const ws of sockets) {
    setup(ws);
    ws.on('close', (code) => a.closed.set(code, (a.closed.get(code) ?? 0) + 1));
    ws.on('error', () => undefined);
  }
  const bytes = frame();
  const loops = sockets.map(async (ws) => {
    while (running && ws.readyState === ws.OPEN) {
      // as fast as the connection takes them, keeping this process's own buffer bounded
      while (running && ws.readyState === ws.OPEN && ws.bufferedAmount < clientBufferBytes) {
        ws.send(bytes);
        a.sent++;
      }
      await sleep(5);
    }
  });
  a.stop = async () => {
    running = false;
    await Promise.all(loops);
    for (const ws of sockets) ws.terminate();
  };
  return a;
}

/** Clients that send PredictRequests (n features, m samples each) and never read a byte. */
export function nonReadingPredictors(url: string, clients: number, n: number, m = 1024): Promise<Attack> {
  const x = new Float64Array(n * m).fill(0.5);
  const frame = (): Uint8Array => encodeEnvelope({ predictRequest: { id: 1, n, m, xRaw: new Uint8Array(x.buffer) } });
  return attack(url, clients, (ws) => (ws as unknown as { _socket: { pause(): void } })._socket.pause(), frame, 1 << 20);
}

/** Clients that push SampleBatches of about `bytes` (x as raw float64) as fast as they can, reading acks and errors. */
export function bigSenders(url: string, clients: number, n: number, bytes = 8 << 20): Promise<Attack> {
  const m = Math.floor((bytes - 4096) / (8 * (n + 1)));
  const x = new Float64Array(n * m).map((_, i) => Math.sin(i));
  const frame = (): Uint8Array => encodeEnvelope({ sampleBatch: { n, m, xRaw: new Uint8Array(x.buffer), yRaw: new Uint8Array(new Float64Array(m).fill(1).buffer) } });
  return attack(url, clients, () => undefined, frame, 24 << 20);
}

/**
 * /healthz round trips every `everyMs` until stopped, from a thread of its own
 * (the attackers keep this thread's event loop busy; the probe must not wait for them).
 */
export function healthLatency(url: string, everyMs = 100): { stop(): Promise<number[]> } {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    let running = true;
    const times = [];
    parentPort.on('message', () => { running = false; });
    (async () => {
      while (running) {
        const t0 = performance.now();
        try {
          await (await fetch(new URL('/healthz', workerData.url), { signal: AbortSignal.timeout(10000) })).text();
          times.push(performance.now() - t0);
        } catch { times.push(Infinity); }
        await new Promise((r) => setTimeout(r, workerData.everyMs));
      }
      parentPort.postMessage(times);
    })();`;
  const w = new Worker(code, { eval: true, workerData: { url, everyMs } });
  return {
    stop: () =>
      new Promise((ok) => {
        w.once('message', (times: number[]) => {
          void w.terminate();
          ok(times);
        });
        w.postMessage('stop');
      }),
  };
}

// The streaming client of the server bench, in a thread of its own: encoding and sending
// its 800 KB frames must not hold up the event loop that times the predictions.
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';
import { Ingest } from './server-bench.js';
import type { Shape } from './shapes.js';

const { url, shape } = workerData as { url: string; shape: Shape };
const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/ws`, { perMessageDeflate: false });
ws.binaryType = 'nodebuffer';
ws.once('error', (e) => parentPort!.postMessage({ failure: e.message }));
ws.once('open', () => {
  const ingest = new Ingest(ws, shape);
  ingest.start();
  const report = setInterval(() => {
    try {
      ingest.check();
      parentPort!.postMessage({ acked: ingest.acked });
    } catch (e) {
      parentPort!.postMessage({ failure: (e as Error).message });
    }
  }, 20);
  parentPort!.once('message', () => {
    clearInterval(report);
    ingest.stop();
    ws.close();
    parentPort!.close();
  });
});

/**
 * `node dist/bench/abuse.js`: the memory and latency figures of issue 9 at full
 * size, on a real `nnstream serve`:
 *   1. 1024 clients that send PredictRequests and never read (goal: server RSS < 500 MB);
 *   2. 100 clients sending 8 MB SampleBatches as fast as they can (goal: RSS below
 *      --max-pending-bytes plus a fixed overhead);
 * and /healthz latency during each. Options: --predictors N, --senders N, --seconds S,
 * --budget-mb MB, --kill-above-mb MB (a safety stop for servers without bounds, default 4096).
 */
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { BIN } from './csv-bench.js';
import { binNodeFlags } from './server-bench.js';
import { percentile, rssMiB, watchRss } from '../test/helpers/rss.js';
import { bigSenders, healthLatency, nonReadingPredictors, type Attack } from './abuse-attacks.js';

const { values: v } = parseArgs({ options: { predictors: { type: 'string', default: '1024' }, senders: { type: 'string', default: '100' }, seconds: { type: 'string', default: '20' }, 'budget-mb': { type: 'string', default: '256' }, 'kill-above-mb': { type: 'string', default: '4096' } } });
const seconds = Number(v.seconds);

/** `nnstream serve --port 0 ARGS`, resolved once it listens. */
async function serve(args: string[]): Promise<{ url: string; ws: string; proc: ReturnType<typeof spawn>; stop(sig: NodeJS.Signals): Promise<void> }> {
  const proc = spawn(process.execPath, [...binNodeFlags(), BIN, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening (http:\/\/\S+)/.exec(out);
      if (m) ok(m[1]!);
    });
    proc.once('exit', (code) => fail(new Error(`serve exited ${code}`)));
  });
  const port = new URL(url).port;
  return { url, ws: `ws://127.0.0.1:${port}/ws`, proc, stop: (sig) => new Promise((r) => (proc.once('exit', () => r()), proc.kill(sig))) };
}

async function run(name: string, args: string[], start: (ws: string) => Promise<Attack>): Promise<void> {
  const s = await serve(args);
  try {
    const idle = watchRss(s.proc.pid!);
    await new Promise((r) => setTimeout(r, 1000));
    const base = idle.stop().peak;
    const rss = watchRss(s.proc.pid!);
    const health = healthLatency(s.url);
    const a = await start(s.ws);
    // a server without bounds could take the machine down: stop it at --kill-above-mb
    const limit = Number(v['kill-above-mb']);
    let killed = false;
    const guard = setInterval(() => {
      if (rssMiB(s.proc.pid!) > limit) (killed = true), s.proc.kill('SIGKILL');
    }, 50);
    const end = Date.now() + seconds * 1000;
    while (Date.now() < end && !killed) await new Promise((r) => setTimeout(r, 50));
    clearInterval(guard);
    if (killed) console.log(`${name}: server RSS went over ${limit} MiB: killed`);
    const all = await health.stop();
    const lat = all.filter(Number.isFinite);
    const { peak } = rss.stop();
    await a.stop();
    const closed = [...a.closed].map(([c, n]) => `${n}×${c}`).join(', ') || 'none';
    console.log(`${name}: server RSS ${base.toFixed(0)} MiB idle, peak ${peak.toFixed(0)} MiB; /healthz p50 ${percentile(lat, 50).toFixed(1)} ms, p99 ${percentile(lat, 99).toFixed(1)} ms, max ${Math.max(...lat).toFixed(1)} ms (${lat.length} probes, ${all.length - lat.length} failed); ${a.sent} frames sent; closed by the server: ${closed}`);
  } finally {
    await s.stop('SIGKILL');
  }
}

const predictors = Number(v.predictors), senders = Number(v.senders), budget = Number(v['budget-mb']);
if (predictors > 0)
  // 8 KB requests, 80 KB answers (10 class probabilities for each of 1024 samples): what piles up is output
  await run(`${predictors} non-reading predictors (8 KB requests, 80 KB answers)`, ['--inputs', '1', '--hidden', '8', '--task', 'multiclass', '--classes', '10', '--max-connections', String(predictors + 16), '--heartbeat-s', '600'], (ws) => nonReadingPredictors(ws, predictors, 1));
if (senders > 0)
  await run(`${senders} clients sending 8 MB batches (n=784), --max-pending-bytes ${budget} MiB`, ['--inputs', '784', '--hidden', '32', '--batch', '128', '--max-pending-bytes', String(budget << 20), '--max-connections', String(senders + 16)], (ws) => bigSenders(ws, senders, 784));

#!/usr/bin/env node
// A terminal monitor: subscribes to a running `nnstream serve` and prints cost and accuracy live.
import { NnstreamClient, type CostReport } from '../node/index.js';
import { intOption, numberOption, parseCommandLine, run, UsageError } from './args.js';

const usage = `Usage: node dist/clients/examples/monitor.js --url ws://127.0.0.1:8080/ws [options]

Prints one line per cost report: step, samples, cost and progressive accuracy (each
batch scored before the model learns from it), their moving averages, and speed.

Options:
  --url URL              the server's WebSocket (required)
  --every-steps N        a report at most every N steps [1]
  --max-per-second R     at most R reports per second [4]
  --count N              exit after N reports [0: run until Ctrl-C]
  --token T              access token, a viewer token is enough (or NNSTREAM_TOKEN)`;

run('monitor', usage, async () => {
  const { values } = parseCommandLine(process.argv.slice(2), {
    url: { type: 'string' }, 'every-steps': { type: 'string' }, 'max-per-second': { type: 'string' },
    count: { type: 'string' }, token: { type: 'string' },
  }, 0);
  if (values.help === true) {
    process.stdout.write(usage + '\n');
    return;
  }
  const url = values.url;
  if (typeof url !== 'string') throw new UsageError('Expected --url ws://HOST:PORT/ws');
  const everySteps = intOption(values, 'every-steps', 1, 1);
  const maxPerSecond = numberOption(values, 'max-per-second', 0, 4);
  const count = intOption(values, 'count', 0, 0);
  const token = (values.token as string | undefined) ?? process.env['NNSTREAM_TOKEN'];
  const client = await NnstreamClient.connect(url, { ...(token !== undefined ? { token } : {}) });
  const info = client.modelInfo;
  const model = info.sizes.length > 0 ? `model ${info.sizes.join('-')} ${info.task}, ${info.optimizer} lr ${info.learningRate}` : `model not created yet (${info.task})`;
  process.stdout.write(`monitoring ${url}: ${model}, batch ${info.batchSize}, role ${info.role}\n`);
  client.on('disconnected', () => process.stderr.write('disconnected; reconnecting\n'));
  client.on('connected', (e) => e.reconnect && process.stderr.write('reconnected\n'));
  client.on('closed', (e) => e && process.stderr.write(`monitor: ${e.message}\n`));
  let seen = 0;
  const done = new Promise<void>((resolve) => {
    client.subscribe(
      { cost: true, costEverySteps: everySteps, costMaxPerSecond: maxPerSecond },
      {
        onCost: (r) => {
          if (count > 0 && seen >= count) return;
          process.stdout.write(line(r) + '\n');
          if (count > 0 && ++seen >= count) resolve();
        },
        onAlert: (a) => process.stdout.write(`ALERT ${a.code} at step ${a.step}: ${a.message}\n`),
      },
    );
    process.once('SIGINT', () => resolve());
  });
  await done;
  await client.close();
});

function line(r: CostReport): string {
  const pct = (v: number): string => (Number.isNaN(v) ? '   -  ' : `${(100 * v).toFixed(1).padStart(5)}%`);
  return [
    `step ${String(r.step).padStart(7)}`,
    `samples ${String(r.samples).padStart(9)}`,
    `cost ${r.cost.toFixed(4)} (avg ${r.smoothedCost.toFixed(4)})`,
    `acc ${pct(r.accuracy)} (avg ${pct(r.smoothedAccuracy)})`,
    `${Math.round(r.samplesPerSecond)} samples/s`,
    `lr ${r.learningRate}`,
    r.paused ? 'PAUSED' : '',
  ].join('  ').trimEnd();
}

#!/usr/bin/env node
// Streams a CSV file to a running `nnstream serve`, paced by acks, and prints a summary.
import { NnstreamClient, type CsvSendSummary } from '../node/index.js';
import { intOption, parseCommandLine, run, UsageError } from './args.js';

const usage = `Usage: node dist/clients/examples/stream-csv.js FILE --url ws://127.0.0.1:8080/ws [options]

Streams the rows of FILE (CSV; label column "label", else the last) to the server
in batches, waiting for acks instead of flooding, and prints progress and a summary.

Options:
  --url URL          the server's WebSocket (required)
  --batch 64         samples per message
  --epochs 1         passes over the file
  --window 4096      most samples on the wire without an ack
  --label NAME       the label column
  --token T          access token (or NNSTREAM_TOKEN)
  --client-id ID     a stable id: after a reconnect, resend exactly what the server lacks
  --quiet            no progress lines`;

run('stream-csv', usage, async () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), {
    url: { type: 'string' }, batch: { type: 'string' }, epochs: { type: 'string' }, window: { type: 'string' },
    label: { type: 'string' }, token: { type: 'string' }, 'client-id': { type: 'string' }, quiet: { type: 'boolean' },
  }, 1);
  if (values.help === true) {
    process.stdout.write(usage + '\n');
    return;
  }
  const file = positionals[0];
  if (file === undefined) throw new UsageError('Expected a CSV FILE');
  const url = values.url;
  if (typeof url !== 'string') throw new UsageError('Expected --url ws://HOST:PORT/ws');
  const batch = intOption(values, 'batch', 1, 64);
  const epochs = intOption(values, 'epochs', 1, 1);
  const token = (values.token as string | undefined) ?? process.env['NNSTREAM_TOKEN'];
  const clientId = values['client-id'] as string | undefined;
  const client = await NnstreamClient.connect(url, {
    window: intOption(values, 'window', 1, 4096),
    ...(token !== undefined ? { token } : {}),
    ...(clientId !== undefined ? { clientId, clientName: 'stream-csv' } : {}),
  });
  const quiet = values.quiet === true;
  const say = (line: string): void => void (quiet || process.stderr.write(line + '\n'));
  client.on('disconnected', (e) => say(`disconnected (${e.code}${e.reason ? ` ${e.reason}` : ''}); reconnecting`));
  client.on('connected', (e) => e.reconnect && say(`reconnected${e.resent > 0 ? `, resent ${e.resent} samples` : ''}`));
  const info = client.modelInfo;
  let modelStep = info.step;
  client.on('ack', (a) => void (modelStep = Math.max(modelStep, a.modelStep)));
  say(`connected to ${url}: model ${info.sizes.length > 0 ? info.sizes.join('-') : '(created from the first sample)'} ${info.task}, step ${info.step}`);

  const total: CsvSendSummary = { rows: 0, badRows: 0, sent: 0, acked: 0, refused: 0, problems: [], seconds: 0 };
  let lastPrint = 0;
  try {
    for (let epoch = 1; epoch <= epochs; epoch++) {
      const summary = await client.sendCsvFile(file, {
        batch,
        ...(typeof values.label === 'string' ? { label: values.label } : {}),
        onProgress: (p) => {
          const now = performance.now();
          if (now - lastPrint < 1000) return;
          lastPrint = now;
          say(`epoch ${epoch}: ${p.sent} sent, ${p.acked} acked, ${Math.round(p.acked / Math.max(p.seconds, 1e-9))} samples/s`);
        },
      });
      total.rows += summary.rows;
      total.badRows += summary.badRows;
      total.sent += summary.sent;
      total.acked += summary.acked;
      total.refused += summary.refused;
      total.seconds += summary.seconds;
      for (const p of summary.problems) if (epoch === 1 || !p.startsWith('line ')) total.problems.push(p);
    }
  } finally {
    await client.close();
  }
  for (const p of total.problems.slice(0, 10)) process.stderr.write(`  ${p}\n`);
  const rate = Math.round(total.acked / Math.max(total.seconds, 1e-9));
  process.stdout.write(
    `${file}: ${total.rows} rows, ${total.acked} samples acked, ${total.badRows} bad rows, ${total.refused} refused by the server, ` +
      `in ${total.seconds.toFixed(2)} s (${rate} samples/s); model step ${modelStep}\n`,
  );
  if (total.acked === 0) process.exitCode = 1;
});

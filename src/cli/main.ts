#!/usr/bin/env -S node --single-threaded-gc
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { isNnError } from '../core/errors.js';
import { evalCommand, evalHelp } from './eval.js';
import { demoDataCommand, demoDataHelp } from './demo-data.js';
import { exportCommand, exportHelp } from './export.js';
import { UsageError } from './options.js';
import { predictCommand, predictHelp } from './predict.js';
import { trainCommand, trainHelp } from './train.js';

const usage = `Usage: nnstream <command> [options]

Commands:
  train [FILE|-]               train on CSV (stdin when FILE is - or absent)
  predict --model M [FILE|-]   print predictions as CSV
  serve                        WebSocket + HTTP server with the live dashboard
  eval --model M [FILE|-]      score a labelled CSV (accuracy, log loss, AUC, RMSE, R², ...)
  export M --out N             convert a model between .json and .pb
  demo-data flower             print a labelled example CSV (the course's flower data)

Run "nnstream <command> --help" for a command's options.`;

type Command = (args: string[]) => Promise<void>;

async function serveCommand(args: string[]): Promise<void> {
  // A server ingesting large frames allocates a buffer per frame (ws); with V8's
  // incremental marking that external memory restarts marking every ~80 ms and each
  // finalization paused the main thread for 5-20 ms: that was what a prediction
  // waited for at the 99th percentile. Without it, full collections are rare.
  // (The bin's shebang adds --single-threaded-gc: with the training thread on one
  // core, GC helper threads only contend for the other. Shape M ingest, prediction
  // p99: 11 ms -> 5-7 ms with this flag, 3.2-3.8 ms with both.)
  setFlagsFromString('--no-incremental-marking');
  const { serveCommand: serve } = await import('./serve.js');
  await serve(args);
}

const commands: Record<string, { run: Command; help: string }> = {
  train: { run: trainCommand, help: trainHelp },
  predict: { run: predictCommand, help: predictHelp },
  eval: { run: evalCommand, help: evalHelp },
  export: { run: exportCommand, help: exportHelp },
  'demo-data': { run: demoDataCommand, help: demoDataHelp },
  serve: { run: serveCommand, help: '' },
};

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage + '\n');
    if (name === undefined) process.exitCode = 2;
    return;
  }
  if (name === '--version') {
    const { version } = createRequire(import.meta.url)('../../../package.json') as { version: string }; // dist/src/cli -> the package
    process.stdout.write(`nnstream ${version}\n`);
    return;
  }
  const command = commands[name];
  if (command === undefined) {
    process.stderr.write(`nnstream: unknown command "${name}" (commands: ${Object.keys(commands).join(', ')}; see nnstream --help)\n`);
    process.exitCode = 2;
    return;
  }
  try {
    await command.run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`nnstream ${name}: ${e.message}\nRun "nnstream ${name} --help" for the options.\n`);
      process.exitCode = 2;
    } else if (isNnError(e)) {
      process.stderr.write(`nnstream ${name}: ${e.message}\n`);
      process.exitCode = e.code === 'BAD_OPTION' ? 2 : 1;
    } else {
      const err = e as NodeJS.ErrnoException;
      process.stderr.write(`nnstream ${name}: ${err.code === 'EPIPE' ? 'output closed' : (err.message ?? String(e))}\n`);
      process.exitCode = 1;
      if (process.env['NNSTREAM_DEBUG']) process.stderr.write(`${err.stack}\n`);
    }
  }
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

await main(process.argv.slice(2));

import { spawn, type ChildProcess } from 'node:child_process';
import { binNodeFlags } from '../../bench/server-bench.js'; // the bin's shebang flags: tests run the server as users do
import { resolve } from 'node:path';

export const BIN = resolve(import.meta.dirname, '../../dist/src/cli/main.js');

export interface Served {
  url: string; // http://127.0.0.1:PORT/
  ws: string; // ws://127.0.0.1:PORT/ws
  port: number;
  proc: ChildProcess;
  stderr: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts the built `nnstream serve` on a free port and resolves once it listens. */
export async function serve(args: string[], opts: { stdin?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<Served> {
  const proc = spawn(process.execPath, [...binNodeFlags(BIN), BIN, 'serve', '--port', '0', ...args], {
    stdio: [opts.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...opts.env },
  });
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    const onData = (d: Buffer): void => {
      out += d.toString();
      const m = /listening (http:\/\/\S+)/.exec(out);
      if (m) {
        proc.stdout!.off('data', onData);
        ok(m[1]!);
      }
    };
    proc.stdout!.on('data', onData);
    proc.once('exit', (code) => fail(new Error(`serve exited (${code}) before listening: ${err}`)));
    setTimeout(() => fail(new Error(`serve did not listen within 10 s: ${err}`)), 10_000);
  });
  const port = Number(new URL(url).port);
  return {
    url,
    ws: `ws://127.0.0.1:${port}/ws`,
    port,
    proc,
    stderr: () => err,
    stop: (signal = 'SIGTERM') =>
      new Promise((ok) => {
        if (proc.exitCode !== null) return ok(proc.exitCode);
        proc.once('exit', (code) => ok(code));
        proc.kill(signal);
      }),
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const bin = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));
/** The shared data sets, beside the repository (used in place, never copied in). */
export const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  /** ws://HOST:PORT/ws */
  url: string;
  /** http://HOST:PORT/ */
  http: string;
  stderr(): string;
  /** Sends the signal and resolves with the exit code (null after SIGKILL). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Spawns the built `nnstream serve` (port 0 unless given) and waits for its "listening" line. */
export async function startServer(args: string[], timeoutMs = 15000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [bin, 'serve', ...(args.includes('--port') ? [] : ['--port', '0']), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '', err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const http = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within ${timeoutMs} ms: ${err}`)), timeoutMs);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening (http:\/\/\S+?\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening: ${err}`));
    });
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    port: Number(new URL(http).port),
    http,
    url: http.replace(/^http/, 'ws') + 'ws',
    stderr: () => err,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** GET /healthz of a running server. */
export async function health(http: string): Promise<{ step: number; samples: number; connections: number }> {
  const res = await fetch(new URL('healthz', http));
  return (await res.json()) as { step: number; samples: number; connections: number };
}

import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment of a command run as a user would: without the npm_* variables that
 * `npm test` sets for its own scripts (they would point npm at this repository).
 */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'INIT_CWD') env[k] = v;
  return { ...env, NO_UPDATE_NOTIFIER: '1', ...extra };
}

/** Runs cmd in cwd; resolves with its exit code and output (never rejects). */
export function sh(cmd: string, args: string[], cwd: string, input?: string): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: userEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => (stderr += String(e)));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/** An empty project (package.json only) in dir: what `npm init -y` leaves. */
export function emptyProject(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2));
  return dir;
}

/** npm install with what the machine already has cached preferred over the registry. */
export const NPM_INSTALL = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

/** A small labelled CSV (two features; the label is which side of a line a point is on). */
export function lineCsv(rows: number): string {
  const out = ['a,b,label'];
  for (let i = 0; i < rows; i++) {
    const a = Math.sin(i * 1.7), b = Math.cos(i * 0.9);
    out.push(`${a.toFixed(4)},${b.toFixed(4)},${a + b > 0 ? 1 : 0}`);
  }
  return out.join('\n') + '\n';
}

import { spawn } from 'node:child_process';
import { BIN } from './serve.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `nnstream` bin with args and optional stdin. */
export function nnstream(args: string[], input?: string | Buffer): Promise<Run> {
  return new Promise((ok) => {
    const p = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('close', (code) => ok({ code, stdout, stderr }));
    p.stdin.on('error', () => undefined);
    if (input !== undefined) p.stdin.end(input);
    else p.stdin.end();
  });
}

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA, health, startServer, type ServerProcess } from './serve-process.js';

const examples = fileURLToPath(new URL('../../dist/clients/examples/', import.meta.url));
const cancer = `${DATA}breast_cancer_train.csv`;
const digits = `${DATA}digits_train.csv`;

interface Run extends Promise<{ code: number | null; stdout: string; stderr: string }> {
  output(): string;
}

function run(script: string, args: string[]): Run {
  const child = spawn(process.execPath, [examples + script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '', stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return Object.assign(done, { output: () => stdout });
}

async function until(what: string, ok: () => boolean, timeoutMs = 10000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

let server: ServerProcess | undefined;
afterEach(async () => {
  await server?.stop('SIGKILL');
  server = undefined;
});

describe('clients/examples', () => {
  it('stream-csv streams a file in batches and prints a summary; monitor prints the live cost meanwhile', async () => {
    server = await startServer(['--hidden', '8', '--task', 'binary', '--batch', '32', '--standardize', '--max-wait-ms', '20', '--token', 'tok']);
    const monitor = run('monitor.js', ['--url', server.url, '--token', 'tok', '--count', '5', '--max-per-second', '0']);
    await until('the monitor to connect', () => monitor.output().includes('monitoring'));
    await new Promise((r) => setTimeout(r, 50)); // its Subscribe follows the line
    const stream = await run('stream-csv.js', [cancer, '--url', server.url, '--token', 'tok', '--batch', '64', '--epochs', '2', '--quiet']);
    expect(stream.stderr).toBe('');
    expect(stream.code).toBe(0);
    expect(stream.stdout).toMatch(/breast_cancer_train\.csv: 854 rows, 854 samples acked, 0 bad rows, 0 refused by the server, in [\d.]+ s \(\d+ samples\/s\); model step 28\n$/);
    expect((await health(server.http)).samples).toBe(854);

    const mon = await monitor;
    expect(mon.code).toBe(0);
    const lines = mon.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^monitoring ws:\/\/127\.0\.0\.1:\d+\/ws: model not created yet \(binary\), batch 32, role trainer$/);
    expect(lines.slice(1)).toHaveLength(5);
    const steps = lines.slice(1).map((line) => {
      const m = /^step\s+(\d+)\s+samples\s+(\d+)\s+cost 0\.\d{4} \(avg 0\.\d{4}\)\s+acc\s+[\d.]+% \(avg\s+[\d.]+%\)\s+\d+ samples\/s\s+lr 0\.1$/.exec(line);
      expect(m, line).not.toBeNull();
      expect(Number(m![2])).toBe(32 * (Number(m![1]) + 1)); // full batches of 32 from the start
      return Number(m![1]);
    });
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(new Set(steps).size).toBe(5);
  });

  it('stream-csv fails with one clear line: a wrong token, a missing file, a file that does not fit the model, no --url', async () => {
    server = await startServer(['--inputs', '30', '--token', 'tok']);
    const forbidden = await run('stream-csv.js', [cancer, '--url', server.url, '--token', 'nope']);
    expect(forbidden).toMatchObject({ code: 1, stdout: '' });
    expect(forbidden.stderr).toMatch(/^stream-csv: FORBIDDEN: ws:\/\/.* refused the connection \(HTTP 401\): check the token\n$/);
    const missing = await run('stream-csv.js', ['/nonexistent.csv', '--url', server.url, '--token', 'tok', '--quiet']);
    expect(missing).toMatchObject({ code: 1, stderr: 'stream-csv: BAD_INPUT: file not found: /nonexistent.csv\n' });
    const wrong = await run('stream-csv.js', [digits, '--url', server.url, '--token', 'tok', '--quiet']);
    expect(wrong).toMatchObject({ code: 1, stderr: 'stream-csv: BAD_SHAPE: line 1: the model expects 30 features, the input has 64 (65 columns with the label)\n' });
    const usage = await run('stream-csv.js', [cancer]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^stream-csv: Expected --url ws:\/\/HOST:PORT\/ws\nUsage: /);
  });
});

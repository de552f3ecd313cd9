import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA, health, startServer, type ServerProcess } from './serve-process.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const demo = join(root, 'clients/python/demo.py');
const cancer = `${DATA}breast_cancer_train.csv`;

/** A python with google.protobuf and websockets (Debian's python3-protobuf, python3-websockets live in /usr/bin/python3). */
function findPython(): string | undefined {
  for (const python of ['/usr/bin/python3', 'python3']) {
    const r = spawnSync(python, ['-c', 'import google.protobuf, websockets'], { encoding: 'utf8' });
    if (r.status === 0) return python;
  }
  return undefined;
}

const protoc = spawnSync('protoc', ['--version'], { encoding: 'utf8' }).status === 0;
const python = findPython();
const missing = !protoc
  ? 'protoc is not installed (Debian: protobuf-compiler)'
  : python === undefined
    ? 'no python3 with google.protobuf and websockets (Debian: python3-protobuf python3-websockets)'
    : undefined;

let server: ServerProcess | undefined;
const dirs: string[] = [];
afterAll(async () => {
  await server?.stop('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function run(cmd: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('a Python client generated from proto/nnstream.proto alone', () => {
  it(`trains, predicts, subscribes and gets every Error${missing ? ` (skipped: ${missing})` : ''}`, async (ctx) => {
    if (missing !== undefined) ctx.skip(missing);
    const out = mkdtempSync(join(tmpdir(), 'nnstream-pb-'));
    dirs.push(out);
    const gen = spawnSync('protoc', [`--python_out=${out}`, '-I', join(root, 'proto'), join(root, 'proto/nnstream.proto')], { encoding: 'utf8' });
    expect(gen.stderr).toBe('');
    expect(gen.status).toBe(0);

    server = await startServer(['--inputs', '30', '--hidden', '8', '--task', 'binary', '--batch', '32', '--standardize', '--max-wait-ms', '20', '--seed', '2']);
    const r = await run(python!, [demo, '--url', server.url, '--proto-dir', out, '--csv', cancer, '--epochs', '3']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.problems).toEqual([]);
    expect(r.code).toBe(0);

    expect(report.model_info).toEqual({ sizes: [30, 8, 1], task: 'binary', batch_size: 32, role: 'trainer' });
    expect(report.hello_ack).toEqual({ through_seq: 0, durable_seq: 0 });
    expect(report.packed_samples_acked_through).toBeGreaterThanOrEqual(5);
    expect(report.samples_sent).toBe(3 * 427);
    expect(report.acked_through).toBe(3 * 427);
    expect((await health(server.http)).samples).toBe(3 * 427);
    expect(report.cost_reports).toBeGreaterThan(10);
    expect(report.last_cost).toBeLessThan(0.7 * report.first_cost);

    const [batch, single] = report.predictions;
    expect(batch).toMatchObject({ id: 1001, k: 1, m: 3 });
    expect(batch.y_hat).toHaveLength(3);
    expect(single).toMatchObject({ id: 1002, k: 1, m: 1 });
    expect(single.y_hat[0]).toBeCloseTo(batch.y_hat[1], 12);

    const seq = report.acked_through;
    expect(report.errors).toMatchObject({
      bad_label: { code: 'BAD_LABEL', ref: seq + 1 },
      wrong_dimension: { code: 'BAD_SHAPE', ref: seq + 2 },
      nan: { code: 'BAD_VALUE', ref: seq + 3 },
      infinity_raw: { code: 'BAD_VALUE', ref: seq + 4 },
      x_n_m_mismatch: { code: 'BAD_SHAPE', ref: seq + 5 },
      predict_wrong_n: { code: 'BAD_SHAPE', ref: 1003 },
      garbage_bytes: { code: 'BAD_MESSAGE', ref: 0 },
      text_frame: { code: 'BAD_MESSAGE', ref: 0 },
    });
    expect(report.alive_after_errors).toBe(true);
    expect(report.unchanged_after_errors).toBe(true);
    expect((await health(server.http)).samples).toBe(3 * 427);
  });
});

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { decodeEnvelope } from '../../src/codec/protocol.js';
import { DATA, health, startServer, type ServerProcess } from './serve-process.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = join(root, 'clients/python');
const cancer = `${DATA}breast_cancer_train.csv`;
const PY = '/usr/bin/python3';
const bin = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

/** Records by column name with both clients; prints what it saw as JSON ({unsupported} when the server refuses Record). */
const RECORDS_PY = `
import asyncio, json, sys
from nnstream_client import Client, SyncClient

async def main(url):
    c = await Client.connect(url, client_id="records-demo")
    out = {"feature_names": list(c.model_info.feature_names), "class_names": list(c.model_info.class_names)}
    done = await c.send_records([{"size": 0.9, "color": "red", "label": "big"}, {"size": 0.1, "color": "blue", "label": "small"}])
    err = asyncio.ensure_future(c.next_error(timeout=10))
    await asyncio.wait([done, err], return_when=asyncio.FIRST_COMPLETED)
    if not done.done():
        out["unsupported"] = err.result().message
    else:
        err.cancel()
        await asyncio.gather(err, return_exceptions=True)
        out["batch_trained_through"] = done.result()
        one = await c.send_record({"size": 0.2, "color": "green", "label": "small"})
        out["record_trained_through"] = await asyncio.wait_for(one, 10)
        p = await c.predict_records([{"size": 0.95, "color": "green"}, {"size": 0.05, "color": "red"}])
        out["labels"] = list(p.labels)
    await c.close()
    if "unsupported" not in out:
        with SyncClient.connect(url) as s:
            s.send_records([{"size": 0.8, "color": "blue", "label": "big"}])
            s.flush()
            out["sync_labels"] = list(s.predict_records([{"size": 0.9, "color": "blue"}]).labels)
    print(json.dumps(out))

asyncio.run(main(sys.argv[1]))
`; // Debian's python, where python3-protobuf and python3-websockets install

const can = (args: string[]): boolean => spawnSync(PY, args, { stdio: 'ignore' }).status === 0;
const debianMissing = !existsSync(PY)
  ? `${PY} does not exist`
  : !can(['-c', 'import google.protobuf, websockets'])
    ? 'no python3-protobuf and python3-websockets (Debian)'
    : !can(['-c', 'import ensurepip, venv, setuptools, wheel'])
      ? 'no python3-venv, python3-setuptools and python3-wheel (Debian)'
      : undefined;
const protoc = spawnSync('protoc', ['--version'], { encoding: 'utf8' }).status === 0;

/** pip's network settings for these tests: fail fast where an index is unreachable. */
const PIP_ENV = { PIP_RETRIES: '0', PIP_TIMEOUT: '5', PIP_DISABLE_PIP_VERSION_CHECK: '1', PYTHONDONTWRITEBYTECODE: '1' };

const dirs: string[] = [];
let server: ServerProcess | undefined;
afterEach(async () => {
  await server?.stop('SIGKILL');
  server = undefined;
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tmp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

function run(cmd: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...PIP_ENV, ...env } });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => (stderr += String(e)));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh venv with the package pip-installed from clients/python; returns its bin dir. */
async function venvWith(systemSite: boolean, pipArgs: string[]): Promise<string> {
  const venv = join(tmp('nnstream-venv-'), 'venv');
  const made = await run(PY, ['-m', 'venv', ...(systemSite ? ['--system-site-packages'] : []), venv]);
  expect(made.stderr).toBe('');
  const src = join(tmp('nnstream-pysrc-'), 'python'); // pip builds in the tree: a copy keeps the clone clean
  cpSync(pkg, src, { recursive: true, filter: (f) => !/(\/build|\.egg-info|__pycache__)$/.test(f) });
  const install = await run(join(venv, 'bin/pip'), ['install', '--quiet', ...pipArgs, src]);
  expect(install.stderr).not.toMatch(/^ERROR/m); // warnings about unreachable indexes are the machine's, not the package's
  expect(install.code).toBe(0);
  return join(venv, 'bin');
}

/** Runs the installed demo against a fresh server and checks its report. */
async function demoAgainstServer(bin: string): Promise<{ versions: { websockets: string; protobuf: string } }> {
  server = await startServer(['--inputs', '30', '--hidden', '8', '--task', 'binary', '--batch', '32', '--standardize', '--max-wait-ms', '20', '--seed', '2']);
  const r = await run(join(bin, 'nnstream-demo'), ['--url', server.url, '--csv', cancer, '--epochs', '3']);
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout);
  expect(report.problems).toEqual([]);
  expect(r.code).toBe(0);

  expect(report.model_info).toEqual({ sizes: [30, 8, 1], task: 'binary', batch_size: 32, role: 'trainer' });
  expect(report.hello_ack).toEqual({ through_seq: 0, durable_seq: 0 });
  expect(report.packed_samples_acked_through).toBe(5);
  // a reconnect right after a batch: the named client resent what the server had not trained, no more
  expect(report.reconnect.resent).toBe(45 - (report.reconnect.through_seq - 5));
  expect(report.samples_sent).toBe(3 * 427);
  expect(report.acked_through).toBe(3 * 427);
  expect(report.stats).toEqual({ samples_sent: 3 * 427, samples_acked: 3 * 427, rejected: 0, reconnects: 1 });
  expect(report.cost_reports).toBeGreaterThan(10);
  expect(report.last_cost).toBeLessThan(0.7 * report.first_cost);

  const [batch, single] = report.predictions;
  expect(batch).toMatchObject({ k: 1, m: 3 });
  expect(batch.y_hat).toHaveLength(3);
  expect(single).toMatchObject({ k: 1, m: 1 });
  expect(single.y_hat[0]).toBeCloseTo(batch.y_hat[1], 12);
  expect(report.controls).toEqual({ pause: [true, true], lr: [true, 0.05], resume: [true, false], checkpoint: 'BAD_CONTROL' });

  const seq = report.acked_through;
  expect(report.errors).toMatchObject({
    bad_label: { code: 'BAD_LABEL', ref: seq + 1 },
    wrong_dimension: { code: 'BAD_SHAPE', ref: seq + 2 },
    nan: { code: 'BAD_VALUE', ref: seq + 3 },
    infinity_raw: { code: 'BAD_VALUE', ref: seq + 4 },
    x_n_m_mismatch: { code: 'BAD_SHAPE', ref: seq + 5 },
    predict_wrong_n: { code: 'BAD_SHAPE' },
    garbage_bytes: { code: 'BAD_MESSAGE', ref: 0 },
    text_frame: { code: 'BAD_MESSAGE', ref: 0 },
  });
  expect(report.alive_after_errors).toBe(true);
  expect(report.unchanged_after_errors).toBe(true);
  // the blocking client, on its own connection
  expect(report.sync).toEqual({ acked_through: 20, prediction_k: 1, paused_ok: true, samples_acked: 20 });
  expect((await health(server.http)).samples).toBe(3 * 427 + 20);
  return report;
}

describe('the Python client package (clients/python)', () => {
  it(`pip-installs into a fresh venv with Debian's websockets and protobuf (offline) and runs its demo against a real server${debianMissing ? ` (skipped: ${debianMissing})` : ''}`, async (ctx) => {
    if (debianMissing !== undefined) ctx.skip(debianMissing);
    const bin = await venvWith(true, ['--no-index', '--no-build-isolation']);
    const report = await demoAgainstServer(bin);
    console.log(`python client with system packages: websockets ${report.versions.websockets}, protobuf ${report.versions.protobuf}`);
    expect(report.versions.websockets).toMatch(/^\d+\./);
  });

  // websockets 13 renamed connect's extra_headers and 14 made the new asyncio client the default
  const fetch13 = debianMissing === undefined ? spawnSync(PY, ['-m', 'pip', 'download', '--quiet', '--no-deps', '--dest', tmp('nnstream-pipdl-'), 'websockets>=13'], { encoding: 'utf8', env: { ...process.env, ...PIP_ENV } }) : undefined;
  const no13 = debianMissing ?? (fetch13!.status !== 0 ? `pip cannot fetch websockets>=13 here (no package index reachable: ${fetch13!.stderr.trim().split('\n').pop()})` : undefined);
  it(`pip-installs with websockets 13+ and a current protobuf from a package index and runs its demo${no13 ? ` (skipped: ${no13})` : ''}`, async (ctx) => {
    if (no13 !== undefined) ctx.skip(no13);
    const bin = await venvWith(false, ['websockets>=13']);
    const report = await demoAgainstServer(bin);
    console.log(`python client from pip: websockets ${report.versions.websockets}, protobuf ${report.versions.protobuf}`);
    expect(Number(report.versions.websockets.split('.')[0])).toBeGreaterThanOrEqual(13);
  }, 120_000);

  it(`encodes samples and predictions by column name (Record, RecordBatch, PredictRecords) as the .proto says${debianMissing ? ` (skipped: ${debianMissing})` : ''}`, async (ctx) => {
    if (debianMissing !== undefined) ctx.skip(debianMissing);
    const script = `
import sys, json
from nnstream_client import encode, record, pb
out = [
  encode(record=record({"sepal length": 5.1, "species": "setosa", "missing": None, "flag": True}, seq=7)).hex(),
  encode(record_batch=pb.RecordBatch(records=[record({"a": 1}), record({"a": 0.1})], first_seq=11)).hex(),
  encode(predict_records=pb.PredictRecords(id=3, records=[record({"a": "2.5e-3"})])).hex(),
]
print(json.dumps(out))`;
    const r = await run(PY, ['-c', script], { PYTHONPATH: join(pkg, 'src') });
    expect(r.stderr).toBe('');
    const [one, batch, predict] = (JSON.parse(r.stdout) as string[]).map((h) => decodeEnvelope(Buffer.from(h, 'hex')));
    expect(one!.body).toBe('record');
    expect(one!.record!.fields).toEqual({ 'sepal length': '5.1', species: 'setosa', missing: '', flag: '1' });
    expect(Number(one!.record!.seq)).toBe(7);
    expect(batch!.recordBatch!.records!.map((x) => x.fields)).toEqual([{ a: '1' }, { a: '0.1' }]);
    expect(Number(batch!.recordBatch!.firstSeq)).toBe(11);
    expect(Number(predict!.predictRecords!.id)).toBe(3);
    expect(predict!.predictRecords!.records![0]!.fields).toEqual({ a: '2.5e-3' });
  });

  it(`sends and predicts records by column name against a real server (a model trained from a CSV with text labels)${debianMissing ? ` (skipped: ${debianMissing})` : ''}`, async (ctx) => {
    if (debianMissing !== undefined) ctx.skip(debianMissing);
    const work = tmp('nnstream-records-');
    const lines = ['size,color,label'];
    for (let i = 0; i < 300; i++) lines.push(`${(i % 10) / 10},${['red', 'green', 'blue'][i % 3]},${i % 10 >= 5 ? 'big' : 'small'}`);
    writeFileSync(join(work, 'sizes.csv'), lines.join('\n') + '\n');
    const trained = await run(process.execPath, [bin, 'train', join(work, 'sizes.csv'), '--epochs', '30', '--lr', '1', '--quiet', '--save', join(work, 'model.json')]);
    expect(trained.stderr).toBe('');
    server = await startServer(['--model', join(work, 'model.json'), '--max-wait-ms', '10']);
    writeFileSync(join(work, 'records.py'), RECORDS_PY);
    const r = await run(PY, [join(work, 'records.py'), server.url], { PYTHONPATH: join(pkg, 'src') });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    // the server side of Record is issue 14's; until it is merged the server refuses the message
    if (out.unsupported !== undefined) ctx.skip(`the server does not read Record yet: ${out.unsupported}`);
    expect(out.class_names).toEqual(['big', 'small']);
    expect(out.batch_trained_through).toBe(2);
    expect(out.record_trained_through).toBe(3);
    expect(out.labels).toEqual(['big', 'small']);
    expect(out.sync_labels).toEqual(['big']);
    expect((await health(server.http)).samples).toBe(9000 + 4);
  });

  it(`resends a frame refused with BUSY once, under the same seqs, when acks have made room: every sample trained once${debianMissing ? ` (skipped: ${debianMissing})` : ''}`, async (ctx) => {
    if (debianMissing !== undefined) ctx.skip(debianMissing);
    server = await startServer(['--inputs', '2', '--hidden', '3', '--batch', '10', '--max-wait-ms', '5', '--max-pending', '100']);
    const script = `
import asyncio, json, sys
from nnstream_client import Client

async def main(url):
    c = await Client.connect(url, client_id="busy-demo", window=10000)
    await c.pause()
    rows = [[i / 100, (i % 7) / 7] for i in range(50)]
    done = [await c.send_samples(rows, [i % 2 for i in range(50)]) for _ in range(4)]  # 200 > --max-pending 100
    while c.unacked > 100:  # the two BUSY answers
        await asyncio.sleep(0.01)
    window = c.window
    await c.resume()
    results = await asyncio.wait_for(asyncio.gather(*done), 20)
    ack = await c.flush()
    print(json.dumps({"window": window, "last_seqs": results, "through": ack.through_seq, "resent": c.stats.resent, "acked": c.stats.samples_acked, "rejected": c.stats.samples_rejected}))
    await c.close()

asyncio.run(main(sys.argv[1]))
`;
    const r = await run(PY, ['-c', script, server.url], { PYTHONPATH: join(pkg, 'src') });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.window).toBe(100); // what the server held when it refused: its --max-pending
    expect(out.rejected).toBe(0);
    expect(out.acked).toBe(200);
    expect(out.resent).toBe(100); // the two frames over the limit, once each
    expect(out.last_seqs.slice(0, 2)).toEqual([50, 100]); // accepted as sent
    expect(out.last_seqs.slice(2).sort((a: number, b: number) => a - b)).toEqual([150, 200]); // sent again under the same seqs: the ack waited for them
    expect(out.through).toBe(200);
    expect((await health(server.http)).samples).toBe(200); // nothing lost, nothing twice
  });

  it(`after a server crash and restart from its checkpoint, a named client resends exactly what the restart lost${debianMissing ? ` (skipped: ${debianMissing})` : ''}`, async (ctx) => {
    if (debianMissing !== undefined) ctx.skip(debianMissing);
    const work = tmp('nnstream-restart-');
    const args = ['--inputs', '2', '--hidden', '3', '--batch', '10', '--max-wait-ms', '5', '--checkpoint', join(work, 'ck.pb'), '--checkpoint-every', '1000000'];
    server = await startServer(args);
    const port = server.port;
    const script = `
import asyncio, json, sys
from nnstream_client import Client

async def main(url):
    c = await Client.connect(url, client_id="restart-demo")
    rows = [[i / 100, (i % 7) / 7] for i in range(50)]
    for _ in range(2):
        await c.send_samples(rows, [i % 2 for i in range(50)])
    await c.flush()
    await c.checkpoint()                      # samples 1..100 are durable
    for _ in range(2):
        await c.send_samples(rows, [i % 2 for i in range(50)])
    ack = await c.flush()                     # 101..200 trained, not durable
    print(json.dumps({"phase": 1, "through": ack.through_seq, "durable": ack.durable_seq}), flush=True)
    while True:                               # the server is killed and started again
        await asyncio.sleep(0.2)
        try:
            await c.reconnect(timeout=2)
            break
        except OSError:
            pass
    hello = c.last_ack
    ack = await c.flush()
    print(json.dumps({"phase": 2, "hello_through": hello.through_seq, "through": ack.through_seq, "resent": c.stats.resent, "acked": c.stats.samples_acked}), flush=True)
    await c.close()

asyncio.run(main(sys.argv[1]))
`;
    const child = spawn(PY, ['-c', script, server.url], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PYTHONPATH: join(pkg, 'src'), PYTHONDONTWRITEBYTECODE: '1' } });
    let stdout = '', stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('close', r));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (stdout.includes('"phase": 1')) resolve();
      });
      child.on('close', () => reject(new Error(`the client exited early: ${stderr}`)));
    });
    expect(JSON.parse(stdout.split('\n')[0]!)).toEqual({ phase: 1, through: 200, durable: 100 });
    expect(await server.stop('SIGKILL')).toBeNull(); // a crash: no final checkpoint
    server = await startServer([...args, '--port', String(port)]);
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
    const phase2 = JSON.parse(stdout.trim().split('\n')[1]!);
    expect(phase2).toEqual({ phase: 2, hello_through: 100, through: 200, resent: 100, acked: 200 });
    expect((await health(server.http)).samples).toBe(200); // 100 from the checkpoint, the lost 100 again: none twice
  });

  it(`bundles a message descriptor that matches proto/nnstream.proto${!protoc || debianMissing ? ` (skipped: ${!protoc ? 'protoc is not installed (Debian: protobuf-compiler)' : debianMissing})` : ''}`, async (ctx) => {
    if (!protoc || debianMissing !== undefined) ctx.skip('protoc or python3-protobuf missing');
    const out = join(tmp('nnstream-desc-'), 'fresh.desc');
    const gen = spawnSync('protoc', [`--descriptor_set_out=${out}`, '-I', join(root, 'proto'), join(root, 'proto/nnstream.proto')], { encoding: 'utf8' });
    expect(gen.status).toBe(0);
    const script = `
import base64, sys
from google.protobuf import descriptor_pb2
from nnstream_client._descriptor import DESCRIPTOR_SET_BASE64
bundled = descriptor_pb2.FileDescriptorSet.FromString(base64.b64decode(DESCRIPTOR_SET_BASE64))
fresh = descriptor_pb2.FileDescriptorSet.FromString(open(sys.argv[1], "rb").read())
print("same" if bundled == fresh else "differs")`;
    const r = await run(PY, ['-c', script, out], { PYTHONPATH: join(pkg, 'src') });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim(), 'run `npm run build:proto` (with protoc installed) after changing the .proto').toBe('same');
  });
});

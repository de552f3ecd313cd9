import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeModelPb } from '../../src/codec/model-pb.js';
import { nnstream, type Run } from '../helpers/cli.js';
import { BIN, serve } from '../helpers/serve.js';

const dir = mkdtempSync(join(tmpdir(), 'nnstream-edges-'));
const csv = join(dir, 'data.csv');
const model = join(dir, 'model.json'); // 2 inputs, hidden 4 tanh, binary
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const rows = ['a,b,label'];
  for (let i = 0; i < 120; i++) rows.push(`${Math.sin(i).toFixed(3)},${Math.cos(2 * i).toFixed(3)},${i % 2}`);
  writeFileSync(csv, rows.join('\n') + '\n');
  const r = await nnstream(['train', csv, '--hidden', '4', '--batch', '30', '--save', model, '--quiet']);
  expect(r.code).toBe(0);
});

/** Waits until the server's /healthz counts this many trained samples. */
async function trainedSamples(url: string, samples: number, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const h = (await (await fetch(new URL('/healthz', url))).json()) as { samples: number };
    if (h.samples >= samples) return;
    if (Date.now() > end) throw new Error(`${h.samples} samples trained after ${timeoutMs} ms, expected ${samples}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Runs `nnstream serve ...` and resolves when it exits, or after timeoutMs with code 'hung' (then kills it). */
function serveUntilExit(args: string[], timeoutMs = 10_000, input?: string): Promise<Run | { code: 'hung'; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, 'serve', ...args], { stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      p.kill('SIGKILL');
      resolve({ code: 'hung', stdout, stderr });
    }, timeoutMs);
    p.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    if (input !== undefined) p.stdin!.end(input);
  });
}

describe('serve on a port in use', () => {
  let busy: Server;
  let port = 0;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', () => r()));
    port = (busy.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((r) => busy.close(() => r())));

  const modes: [string, string[]][] = [
    ['a new model', []],
    ['--model', ['--model', model]],
    ['--inputs', ['--inputs', '2']],
    ['--demo', ['--demo']],
    ['--checkpoint', ['--checkpoint', join(dir, 'busy-ck.pb'), '--demo']],
    ['--stdin', ['--stdin']],
  ];
  for (const [name, args] of modes)
    it(`exits non-zero with one line naming the port (${name})`, async () => {
      const r = await serveUntilExit(['--port', String(port), ...args], 10_000, name === '--stdin' ? 'a,b,label\n1,2,1\n' : undefined);
      expect(r.code).not.toBe('hung');
      expect(r.code).not.toBe(0);
      const lines = r.stderr.split('\n').filter((l) => l !== '' && !/ loaded model /.test(l));
      expect(lines).toEqual([`nnstream serve: cannot listen on 127.0.0.1:${port}: the port is already in use (EADDRINUSE); stop the other server or choose another --port (0 picks a free one)`]);
      expect(r.stdout).toBe('');
    });
});

describe('options that contradict --init or --model', () => {
  const cases: [string, string[], RegExp][] = [
    ['--hidden', ['--hidden', '32'], /--hidden 32 contradicts the model .*model\.json, which has hidden layers 4/],
    ['--task', ['--task', 'regression'], /--task regression contradicts the model .*model\.json, which has task binary/],
    ['--activation', ['--activation', 'relu'], /--activation relu contradicts the model .*model\.json, which has activation tanh/],
    ['--classes', ['--classes', '3'], /--classes 3 contradicts the model .*model\.json, which has task binary \(2 classes\)/],
  ];
  for (const [name, args, message] of cases)
    it(`train --init M ${name} is an error naming both values, and trains nothing`, async () => {
      const out = join(dir, `never-${name.slice(2)}.json`);
      const r = await nnstream(['train', csv, '--init', model, ...args, '--save', out]);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.code).toBe(2);
      expect(existsSync(out)).toBe(false);
    });

  it('train --init M --hidden 32 --task regression names the first contradiction', async () => {
    const r = await nnstream(['train', csv, '--init', model, '--hidden', '32', '--task', 'regression']);
    expect(r.stderr).toMatch(/--hidden 32 contradicts/);
    expect(r.code).toBe(2);
  });

  it('agreeing options and the ones a model does not fix (--lr, --optimizer) still continue from it', async () => {
    const r = await nnstream(['train', csv, '--init', model, '--hidden', '4', '--activation', 'tanh', '--task', 'binary', '--lr', '0.5', '--optimizer', 'adam', '--quiet', '--report', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.split('\n')[0]!).step).toBe(4); // the model's 4 steps came first
  });

  it('serve --model M --hidden 8 is an error naming both values (and so is --inputs)', async () => {
    const a = await serveUntilExit(['--port', '0', '--model', model, '--hidden', '8']);
    expect(a.stderr).toMatch(/--hidden 8 contradicts the model .*model\.json, which has hidden layers 4/);
    expect(a.code).toBe(2);
    const b = await serveUntilExit(['--port', '0', '--model', model, '--inputs', '3']);
    expect(b.stderr).toMatch(/--inputs 3 contradicts the model .*model\.json, which has 2 inputs/);
    expect(b.code).toBe(2);
  });
});

describe('serve: where the model goes on shutdown', () => {
  it('without --checkpoint or --save it says at startup that the model lives in memory only', async () => {
    const s = await serve(['--inputs', '2', '--hidden', '3']);
    await new Promise((r) => setTimeout(r, 200));
    expect(await s.stop('SIGTERM')).toBe(0);
    expect(s.stderr()).toMatch(/no --checkpoint or --save: the model lives in memory only/);
    expect(s.stderr()).toMatch(/the model \(step 0\) is discarded: it was not saved/);
  });

  it('--save FILE writes the trained model atomically on SIGTERM', async () => {
    const save = join(dir, 'served.pb');
    const s = await serve(['--stdin', '--hidden', '3', '--batch', '10', '--save', save], { stdin: true });
    s.proc.stdin!.end(readFileSync(csv));
    await trainedSamples(s.url, 120);
    expect(s.stderr()).toMatch(/the model is saved to .*served\.pb on shutdown/);
    expect(existsSync(save)).toBe(false);
    expect(await s.stop('SIGTERM')).toBe(0);
    const saved = decodeModelPb(readFileSync(save));
    expect(saved.samples).toBe(120);
    expect(saved.step).toBe(12);
    expect(saved.layers.map((l) => l.W.rows)).toEqual([3, 1]);
    expect(s.stderr()).toMatch(/model saved to .*served\.pb at step 12 \(120 samples\)/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--save with a name that is not .json or .pb fails before starting', async () => {
    const r = await serveUntilExit(['--port', '0', '--save', join(dir, 'model.txt')]);
    expect(r.stderr).toMatch(/Expected a model file name ending in \.json or \.pb/);
    expect(r.code).toBe(2);
  });
});

describe('export --out -', () => {
  it('writes the JSON model to stdout (and the protobuf form with --format pb)', async () => {
    const json = await nnstream(['export', model, '--out', '-']);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(readFileSync(model, 'utf8')));
    const pb = await new Promise<Buffer>((resolve) => {
      const p = spawn(process.execPath, [BIN, 'export', model, '--out', '-', '--format', 'pb']);
      const chunks: Buffer[] = [];
      p.stdout.on('data', (d: Buffer) => chunks.push(d));
      p.on('close', () => resolve(Buffer.concat(chunks)));
    });
    const decoded = decodeModelPb(pb);
    expect(decoded.layers.map((l) => Array.from(l.b))).toEqual(JSON.parse(readFileSync(model, 'utf8')).layers.map((l: { b: number[] }) => l.b));
  });
});

describe('serve --stdin errors', () => {
  it('a header without the --label column stops the server with the column, as train says it', async () => {
    const train = await nnstream(['train', csv, '--label', 'y']);
    expect(train.code).not.toBe(0);
    const said = /no column named "y" in the header \(a, b, label\)/;
    expect(train.stderr).toMatch(said);
    const r = await serveUntilExit(['--port', '0', '--stdin', '--label', 'y'], 10_000, readFileSync(csv, 'utf8'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`stdin: (line 1: )?${said.source}`));
    expect(r.stderr).toMatch(/the server stops: its --stdin input cannot be used/);
  });

  it('bad rows are reported with their line and column, the same words as train', async () => {
    const rows = ['a,b,label'];
    for (let i = 0; i < 400; i++) rows.push(`${(i % 7) / 7},${(i % 5) / 5},${i % 2}`);
    const bad = rows.join('\n') + '\n1,x,0\n1,2,1,4\n1e200,2,0\n';
    const train = await nnstream(['train', '-', '--quiet'], bad);
    const fromTrain = train.stderr.trim().split('\n');
    expect(fromTrain).toEqual([
      'line 402: column "b" is not a number: "x"',
      'line 403: expected 3 columns, got 4',
      'line 404: column "a": 1e+200 exceeds the largest accepted magnitude 1e+100',
    ]);
    const s = await serve(['--stdin', '--hidden', '2'], { stdin: true });
    s.proc.stdin!.end(bad);
    await trainedSamples(s.url, 400);
    await new Promise((r) => setTimeout(r, 100)); // the rejected rows after them are logged too
    await s.stop('SIGKILL');
    const fromServe = s.stderr().split('\n').filter((l) => / stdin line /.test(l)).map((l) => l.replace(/^\S+ stdin /, ''));
    expect(fromServe).toEqual(fromTrain);
  });

  it('--max-abs applies to stdin rows as it does to socket samples', async () => {
    const s = await serve(['--stdin', '--hidden', '2', '--max-abs', '10'], { stdin: true });
    s.proc.stdin!.end('a,b,label\n1,2,1\n1,20,0\n');
    await trainedSamples(s.url, 1);
    await new Promise((r) => setTimeout(r, 100));
    await s.stop('SIGKILL');
    expect(s.stderr()).toMatch(/stdin line 3: column "b": 20 exceeds the largest accepted magnitude 10/);
  });
});

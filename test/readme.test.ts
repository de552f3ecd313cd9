import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from './helpers/serve.js';
import { ROOT } from './reference/processes.js';

/**
 * The README's examples, run as written in an empty folder with `nnstream` on the
 * PATH (the built bin) and `nnstream` importable (this clone): every file they use
 * is one an earlier command made. A server they start listens on a free port
 * instead of 8080, and the examples talk to that one.
 */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  expect(start, `README section "${title}"`).toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + 4);
  return readme.slice(start, end < 0 ? undefined : end);
}

function blocks(text: string, lang: string): string[] {
  return [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!.replace(/^ {2}/gm, ''));
}

/** The commands of a shell block: continuation lines joined, comments and blank lines dropped. */
function commands(block: string): string[] {
  return block.replace(/\\\n\s*/g, ' ').split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

const dir = mkdtempSync(join(tmpdir(), 'nnstream-readme-'));
const binDir = join(dir, '.bin');
mkdirSync(binDir);
writeFileSync(join(binDir, 'nnstream'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
chmodSync(join(binDir, 'nnstream'), 0o755);
mkdirSync(join(dir, 'node_modules'));
symlinkSync(ROOT, join(dir, 'node_modules', 'nnstream'));
symlinkSync(join(ROOT, 'dist'), join(dir, 'dist'));
const env = { ...process.env, PATH: `${binDir}:${process.env['PATH']}` };

const servers: ChildProcess[] = [];
afterAll(() => {
  for (const s of servers) s.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function sh(cmd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn('/bin/sh', ['-c', cmd], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `nnstream serve ...` on a free port; resolves with the port once it listens. */
function startServe(cmd: string): Promise<{ port: number; child: ChildProcess; stderr: () => string }> {
  const args = cmd.replace(/\s*&$/, '').split(/\s+/).slice(2).join(' ').replace(/--port \d+/, '');
  const child = spawn('/bin/sh', ['-c', `exec nnstream serve --port 0 ${args}`], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  servers.push(child);
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening http:\/\/[^:]+:(\d+)\//.exec(out);
      if (m) resolve({ port: Number(m[1]), child, stderr: () => err });
    });
    child.on('exit', (code) => reject(new Error(`${cmd}: exited ${code} before listening: ${err}`)));
  });
}

describe('the README, run as written', () => {
  it('"At a shell": every command succeeds on files the commands before it made; serve --save saves on SIGTERM', async () => {
    const cmds = commands(blocks(section('At a shell'), 'sh')[0]!);
    expect(cmds.length).toBeGreaterThanOrEqual(6);
    for (const cmd of cmds) {
      if (cmd.startsWith('nnstream serve')) {
        const s = await startServe(cmd);
        s.child.kill('SIGTERM');
        const code = await new Promise((r) => s.child.once('exit', r));
        expect(code, `${cmd}: ${s.stderr()}`).toBe(0);
        expect(s.stderr()).toMatch(/model saved to model\.pb at step \d+/);
        continue;
      }
      const r = await sh(cmd);
      expect(r.code, `${cmd}\n${r.stderr}`).toBe(0);
      expect(r.stderr, cmd).not.toMatch(/^line \d+:/m); // no rejected rows in the examples' data
    }
    expect(readFileSync(join(dir, 'predictions.csv'), 'utf8').trim().split('\n')).toHaveLength(51);
    expect(readFileSync(join(dir, 'steps.jsonl'), 'utf8').trim().split('\n').length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')).format).toBe('nnstream.model.v1');
  });

  it('"As a library": the example runs with node, importing nnstream', async () => {
    const [code] = blocks(section('As a library'), 'js');
    writeFileSync(join(dir, 'library.mjs'), code!);
    const r = await sh(`"${process.execPath}" library.mjs`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(7); // 400 rows in batches of 64
    expect(lines[0]).toMatch(/^0 0\.69\d+$/);
  });

  it('"Clients": the Node client snippet and the example programs run against the server the block starts', async () => {
    const text = section('Clients');
    const [programs] = blocks(text, 'sh');
    const cmds = commands(programs!);
    const serveCmd = cmds.find((c) => c.startsWith('nnstream serve'))!;
    const s = await startServe(serveCmd);
    const local = (c: string): string => c.replaceAll('127.0.0.1:8080', `127.0.0.1:${s.port}`);

    const [client] = blocks(text, 'js');
    writeFileSync(join(dir, 'client.mjs'), local(client!));
    const r = await sh(`"${process.execPath}" client.mjs`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\[ [\d.e-]+ \]$|^Float64Array|^\[/m);

    for (const cmd of cmds.filter((c) => c !== serveCmd).map(local)) {
      const x = await sh(cmd);
      expect(x.code, `${cmd}\n${x.stderr}`).toBe(0);
      expect(x.stdout.trim(), cmd).not.toBe('');
    }
    s.child.kill('SIGTERM');
  });
});

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../reference/processes.js';
import { emptyProject, lineCsv, NPM_INSTALL, sh, userEnv } from './run.js';

// A consumer of the published package: ESM, strict TypeScript without skipLibCheck,
// importing the library and the Node client by their package names only.
const CONSUMER_TS = `import { Learner, NnServer, Trainer, miniBatch, type StepReport } from 'nnstream';
import { NnstreamClient, type Prediction } from 'nnstream/client';

const trainer = new Trainer({
  makeLearner: (inputs: number) => Learner.create({ inputs, hidden: [4], activation: 'tanh', task: 'binary', learningRate: 0.5, seed: 3 }),
  task: 'binary', classes: 0, batch: 8, maxWaitMs: 5,
});
const server = new NnServer({ port: 0, host: '127.0.0.1', trainer, task: 'binary', standardize: false });
const { port } = await server.listen();
const client = await NnstreamClient.connect(\`ws://127.0.0.1:\${port}/ws\`);
const samples = Array.from({ length: 32 }, (_, i) => ({ x: [Math.sin(i), Math.cos(i)], y: i % 2 }));
await client.send(samples);
const p: Prediction = await client.predict([0.5, -0.5], { n: 2, m: 1 });
const step: StepReport | undefined = undefined;
console.log(JSON.stringify({ yHat: p.yHat.length, modelStep: p.modelStep, acked: client.stats.samplesAcked, miniBatch: typeof miniBatch, step }));
await client.close();
await server.close();
trainer.close();
`;

const TSCONFIG = {
  compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, outDir: 'out', skipLibCheck: false, types: [] as string[] },
  files: ['use.ts'],
};

const work = mkdtempSync(join(tmpdir(), 'nnstream-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the npm package, as a user installs it', () => {
  it('packs without tests, benches or CI files; installed in an empty project its bin, ESM imports and types work', async () => {
    // the suite ran `npm run build` before: pack what it built (prepare would build again)
    const pack = await sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT);
    expect(pack.stderr).not.toMatch(/gitignore-fallback/);
    expect(pack.code).toBe(0);
    const [info] = JSON.parse(pack.stdout) as { filename: string; entryCount: number; size: number; unpackedSize: number; files: { path: string }[] }[];
    const paths = info!.files.map((f) => f.path);
    console.log(`npm pack: ${info!.filename}, ${info!.entryCount} files, ${(info!.size / 1024).toFixed(0)} KiB packed, ${(info!.unpackedSize / 1024).toFixed(0)} KiB unpacked`);
    expect(paths.filter((p) => /^(test|bench|\.ci|scripts|assembly|src|clients)\//.test(p) || /(^|\/)dist\/(bench|wasm)\//.test(p))).toEqual([]);
    expect(paths.filter((p) => p.endsWith('.map') || (p.endsWith('.ts') && !p.endsWith('.d.ts')))).toEqual([]);
    for (const p of ['LICENSE', 'README.md', 'package.json', 'proto/nnstream.proto', 'dist/src/cli/main.js', 'dist/src/index.d.ts', 'dist/clients/node/index.d.ts', 'dist/dashboard/index.html', 'dist/dashboard/app.js'])
      expect(paths).toContain(p);
    expect(info!.entryCount).toBeLessThan(300); // (the server carved into small files: each one .js and .d.ts)
    expect(info!.size).toBeLessThan(1 << 20);

    const app = emptyProject(join(work, 'app'));
    const install = await sh('npm', [...NPM_INSTALL, join(work, info!.filename)], app);
    expect(install.stderr).not.toMatch(/ERR!/);
    expect(install.code).toBe(0);

    const help = await sh('npx', ['--no-install', 'nnstream', '--help'], app);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: nnstream <command>/);

    writeFileSync(join(app, 'data.csv'), lineCsv(200));
    const train = await sh('npx', ['--no-install', 'nnstream', 'train', 'data.csv', '--hidden', '3', '--batch', '20', '--epochs', '10', '--lr', '2', '--report', 'json', '--save', 'm.json'], app);
    expect(train.stderr).toMatch(/rows read 200, rows skipped 0, steps 100/);
    expect(train.code).toBe(0);
    const steps = train.stdout.trim().split('\n').map((l) => JSON.parse(l) as { step: number; cost: number });
    expect(steps).toHaveLength(100);
    expect(steps.at(-1)!.cost).toBeLessThan(0.5 * steps[0]!.cost);
    expect(JSON.parse(readFileSync(join(app, 'm.json'), 'utf8')).format).toBe('nnstream.model.v1');

    // the installed server finds its dashboard and serves prom-client's metrics
    const served = spawn(join(app, 'node_modules/.bin/nnstream'), ['serve', '--port', '0', '--demo'], { cwd: app, env: userEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        served.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /listening (http:\/\/\S+\/)/.exec(out);
          if (m) resolve(m[1]!);
        });
        served.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      expect(await (await fetch(url)).text()).toMatch(/<script type="module" src="app\.js"><\/script>/);
      expect((await fetch(new URL('app.js', url))).status).toBe(200);
      expect(await (await fetch(new URL('metrics', url))).text()).toMatch(/^# TYPE nnstream_ack_latency_seconds histogram$/m);
    } finally {
      served.kill('SIGKILL');
    }

    // plain ESM, by package name; the deep paths stay private
    writeFileSync(join(app, 'esm.mjs'), `import * as lib from 'nnstream';
import * as client from 'nnstream/client';
let deep = 'exported';
try { await import('nnstream/dist/src/index.js'); } catch (e) { deep = e.code; }
console.log(JSON.stringify({ lib: ['Learner', 'miniBatch', 'train', 'createTrainer', 'NnServer'].filter((k) => typeof lib[k] === 'function'), client: typeof client.NnstreamClient, deep }));
`);
    const esm = await sh(process.execPath, ['esm.mjs'], app);
    expect(esm.stderr).toBe('');
    expect(JSON.parse(esm.stdout)).toEqual({ lib: ['Learner', 'miniBatch', 'train', 'createTrainer', 'NnServer'], client: 'function', deep: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });

    // strict TypeScript, no skipLibCheck: every .d.ts the package ships must compile, with its type packages
    writeFileSync(join(app, 'use.ts'), CONSUMER_TS);
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ ...TSCONFIG, compilerOptions: { ...TSCONFIG.compilerOptions, types: ['node'] } }, null, 2));
    const tsc = await sh(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
    const used = await sh(process.execPath, ['out/use.js'], app);
    expect(used.stderr).toBe('');
    expect(JSON.parse(used.stdout)).toMatchObject({ yHat: 1, acked: 32, miniBatch: 'function' });
  }, 180_000);
});

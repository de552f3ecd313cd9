import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../reference/processes.js';
import { emptyProject, lineCsv, NPM_INSTALL, sh } from './run.js';

const work = mkdtempSync(join(tmpdir(), 'nnstream-git-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('installing from a git URL', () => {
  it('builds the package (prepare) so that the bin runs from node_modules', async () => {
    // a clone holds what is committed, and no dist/: what `npm install git+https://...` fetches
    const repo = join(work, 'repo');
    const clone = await sh('git', ['clone', '--quiet', '--no-hardlinks', ROOT, repo], work);
    expect(clone.stderr).toBe('');
    expect(existsSync(join(repo, 'dist'))).toBe(false);

    const app = emptyProject(join(work, 'app'));
    const install = await sh('npm', [...NPM_INSTALL, `git+${pathToFileURL(repo).href}`], app);
    expect(install.stderr).not.toMatch(/ERR!/);
    expect(install.code).toBe(0);
    const pkg = join(app, 'node_modules', 'nnstream');
    expect(existsSync(join(pkg, 'dist/src/cli/main.js'))).toBe(true);
    expect(existsSync(join(pkg, 'dist/dashboard/app.js'))).toBe(true);
    expect(existsSync(join(pkg, 'test'))).toBe(false);

    const version = await sh('npx', ['--no-install', 'nnstream', '--version'], app);
    expect(version.stdout).toMatch(/^nnstream \d+\.\d+\.\d+/);
    writeFileSync(join(app, 'data.csv'), lineCsv(100));
    const train = await sh('npx', ['--no-install', 'nnstream', 'train', 'data.csv', '--batch', '25', '--quiet', '--report', 'json'], app);
    expect(train.stderr).toBe('');
    expect(train.code).toBe(0);
    expect(train.stdout.trim().split('\n')).toHaveLength(4);
  }, 240_000);
});

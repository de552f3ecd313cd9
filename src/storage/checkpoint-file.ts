import { existsSync } from 'node:fs';
import { link, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { NnError } from '../core/errors.js';
import type { ModelData } from '../core/model.js';
import { TEMP_SUFFIX, tempPrefix, writeFileAtomic } from './atomic-write.js';
import { seal } from './checksum.js';
import { encodeModel, loadModel, modelFormatOf } from './model-file.js';

/** Where the previous good checkpoint is kept. */
export const previousOf = (path: string): string => `${path}.prev`;

/**
 * Before a server acks anything: the checkpoint path must have a model extension
 * and a folder this process can write, and temporary files that earlier runs left
 * behind (killed mid-write) are removed. Returns how many were removed.
 */
export async function prepareCheckpoint(path: string): Promise<number> {
  modelFormatOf(path); // BAD_OPTION for an unknown extension
  const dir = dirname(path);
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a folder');
  } catch (e) {
    throw new NnError('BAD_OPTION', `Cannot write checkpoints to ${path}: the folder ${dir} ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'is not usable'}`);
  }
  if (existsSync(path) && !(await stat(path)).isFile()) throw new NnError('BAD_OPTION', `Cannot write checkpoints to ${path}: it is not a file`);
  const probe = join(dir, `${tempPrefix(path)}${process.pid}.probe${TEMP_SUFFIX}`);
  try {
    const fh = await open(probe, 'w', 0o644);
    await fh.close();
    await unlink(probe);
  } catch (e) {
    throw new NnError('BAD_OPTION', `Cannot write checkpoints to ${path}: ${(e as Error).message}`);
  }
  let removed = 0;
  for (const name of await readdir(dir)) {
    const prefixes = [tempPrefix(path), tempPrefix(previousOf(path))];
    if (!name.endsWith(TEMP_SUFFIX) || !prefixes.some((p) => name.startsWith(p))) continue;
    await unlink(join(dir, name)).catch(() => undefined);
    removed++;
  }
  return removed;
}

/**
 * Writes a checkpoint with its checksum, atomically; the checkpoint it replaces
 * stays as FILE.prev (a hard link, so FILE itself is never missing).
 */
export async function writeCheckpoint(path: string, model: ModelData): Promise<void> {
  const format = modelFormatOf(path);
  if (existsSync(path)) {
    const prev = previousOf(path);
    const tmp = join(dirname(prev), `${tempPrefix(prev)}${process.pid}${TEMP_SUFFIX}`);
    await unlink(tmp).catch(() => undefined);
    await link(path, tmp);
    await rename(tmp, prev);
  }
  await writeFileAtomic(path, seal(encodeModel(model, format), format));
}

/**
 * Loads a checkpoint to resume from, checksum required. When it is damaged, the
 * error says whether FILE.prev loads (and at which step), so the operator can
 * choose to resume from it.
 */
export async function loadCheckpoint(path: string): Promise<ModelData> {
  try {
    return await loadModel(path, { requireChecksum: true });
  } catch (e) {
    if (!(e instanceof NnError) || e.code !== 'BAD_MODEL') throw e;
    const prev = previousOf(path);
    let offer = `no previous checkpoint ${basename(prev)} to fall back on`;
    if (existsSync(prev)) {
      try {
        const older = await loadModel(prev, { requireChecksum: true, format: modelFormatOf(path) });
        offer = `the previous checkpoint ${prev} is intact (step ${older.step}, ${older.samples} samples): to resume from it, move it in place (mv ${prev} ${path})`;
      } catch (e2) {
        offer = `the previous checkpoint ${prev} does not load either (${(e2 as Error).message})`;
      }
    }
    throw new NnError('BAD_MODEL', `${e.message}; refusing to resume from it. ${offer}`);
  }
}

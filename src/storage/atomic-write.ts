import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary files of a write to `path` are named `.NAME.<pid>.<time>.tmp` beside it. */
export const tempPrefix = (path: string): string => `.${basename(path)}.`;
export const TEMP_SUFFIX = '.tmp';

/**
 * Writes a file so that readers see the old content or the new one, never a mix,
 * even across a crash: temporary file in the same folder, fsync, rename, fsync of
 * the folder.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `${tempPrefix(path)}${process.pid}.${Date.now()}${TEMP_SUFFIX}`);
  const fh = await open(tmp, 'w', 0o644);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } catch (e) {
    await fh.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  await fh.close();
  try {
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  const d = await open(dir, 'r');
  try {
    await d.sync();
  } finally {
    await d.close();
  }
}

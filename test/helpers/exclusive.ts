import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Runs `run` while no other test file of this checkout holds the lock `name`.
 * For tests that flood the machine and tests that measure throughput: vitest runs
 * two files at once, and a flood beside a throughput ratio makes the ratio
 * meaningless. (A lock folder: mkdir is atomic; a holder that died is detected.)
 */
export async function exclusive<T>(name: string, run: () => Promise<T>): Promise<T> {
  const dir = join(tmpdir(), `nnstream-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}-${name}.lock`);
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      break;
    } catch {
      let holder = NaN;
      try {
        holder = Number(readFileSync(join(dir, 'pid'), 'utf8'));
      } catch {
        // being created or removed right now
      }
      if (Number.isInteger(holder) && holder > 0 && !alive(holder)) rmSync(dir, { recursive: true, force: true });
      await sleep(100);
    }
  }
  try {
    return await run();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The shared data sets, used in place (never copied into the repo). */
export const DATA = process.env['NNSTREAM_DATA'] ?? join(ROOT, '..', 'shared', 'data'); // shared/ lies beside the clone
export const REFERENCE = join(ROOT, 'test', 'reference');

/** Parses one JSON object per non-empty line. */
export function jsonLines<T>(text: string): T[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/**
 * The first python among `python3` (PATH) and `/usr/bin/python3` that imports every
 * module named, or undefined with the reason why none did.
 */
export function findPython(modules: readonly string[]): { python: string } | { python: undefined; reason: string } {
  const tried: string[] = [];
  for (const python of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(python, ['-c', `import ${modules.join(', ')}`], { encoding: 'utf8' });
    if (r.status === 0) return { python };
    tried.push(`${python}: ${r.error ? r.error.message : (r.stderr.trim().split('\n').pop() ?? `exit ${r.status}`)}`);
  }
  return { python: undefined, reason: `no python with ${modules.join(', ')} (${tried.join('; ')})` };
}

/** Runs a script of test/reference with `python`. */
export function runPython(python: string, script: string, args: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(python, [join(REFERENCE, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr + (r.error ? String(r.error) : '') };
}

import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { CsvParser, type CsvRecord } from '../src/sources/csv-parser.js';
import { CsvSchema } from '../src/sources/csv-schema.js';

export const BIN = resolve(import.meta.dirname, '../src/cli/main.js');
const CHUNK = 64 * 1024; // what a pipe on stdin hands over at a time

/**
 * Numeric CSV text of about `bytes` bytes: a header, then rows of `features` values
 * written as people's files write them (a sign, 1-3 integer digits, 4-6 decimals,
 * some integers) and a 0/1 label.
 */
export function numericCsv(bytes: number, features: number, seed = 1): Buffer {
  let s = seed >>> 0;
  const rand = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const parts: string[] = [Array.from({ length: features }, (_, i) => `x${i + 1}`).join(',') + ',label\n'];
  let size = parts[0]!.length;
  const row: string[] = [];
  while (size < bytes) {
    row.length = 0;
    for (let i = 0; i < features; i++) {
      const r = rand();
      row.push(r < 0.1 ? String(Math.floor(r * 1000)) : ((rand() - 0.5) * 10 ** Math.floor(r * 3)).toFixed(4 + (i % 3)));
    }
    row.push(rand() < 0.5 ? '0' : '1');
    const line = row.join(',') + '\n';
    parts.push(line);
    size += line.length;
  }
  return Buffer.from(parts.join(''), 'latin1');
}

/**
 * The parsing half of `nnstream train -`: bytes in stdin-sized chunks through the CLI's
 * CsvParser and CsvSchema into samples (what csvSource does before batching).
 * Returns MB/s (10^6 bytes) and the rows seen.
 */
export function parseThroughput(csv: Buffer): { mbPerS: number; rows: number } {
  const schema = new CsvSchema({ labels: 'required' });
  const parser = new CsvParser();
  let first = true, rows = 0;
  const onRecord = (r: CsvRecord): void => {
    if (first) {
      first = false;
      if (schema.decide(r)) return;
    }
    if ('sample' in schema.toSample(r)) rows++;
  };
  const t0 = performance.now();
  for (let i = 0; i < csv.length; i += CHUNK) parser.push(csv.subarray(i, Math.min(csv.length, i + CHUNK)), onRecord);
  parser.end(onRecord);
  const s = (performance.now() - t0) / 1000;
  return { mbPerS: csv.length / 1e6 / s, rows };
}

/** Runs `nnstream train` with `input` piped into its stdin; resolves with the wall time in seconds. */
export function cliRun(input: Buffer, args: readonly string[]): Promise<number> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [BIN, 'train', ...args], { stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done((performance.now() - t0) / 1000) : fail(new Error(`nnstream train exited ${code}: ${err.slice(-500)}`))));
    child.stdin.on('error', () => {}); // reported through the exit code
    child.stdin.end(input);
  });
}

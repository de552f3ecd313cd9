import { statSync } from 'node:fs';
import { fileSource, stdinSource, type ByteSource } from '../sources/csv-source.js';

/** The CSV input named on the command line: a file, or stdin for "-" or nothing. */
export function inputOf(positional: string | undefined): { source: ByteSource; name: string; rereadable: boolean } {
  if (positional === undefined || positional === '-') return { source: stdinSource(), name: 'stdin', rereadable: false };
  return { source: fileSource(positional), name: positional, rereadable: true };
}

/** Reports rejected rows on stderr: the first `limit` one by one, then only counted. */
export class RejectLog {
  count = 0;
  constructor(private readonly limit = 1000) {}
  report(line: number, reason: string): void {
    this.count++;
    if (this.count <= this.limit) process.stderr.write(`line ${line}: ${reason}\n`);
    else if (this.count === this.limit + 1) process.stderr.write(`(more rejected rows are only counted)\n`);
  }
}

/** The input's size in bytes when it is a regular file (for progress), else undefined. */
export function fileSize(positional: string | undefined): number | undefined {
  if (positional === undefined || positional === '-') return undefined;
  try {
    const s = statSync(positional);
    return s.isFile() ? s.size : undefined;
  } catch {
    return undefined; // the source reports a missing file
  }
}

/** The source, counting the bytes it yields (every pass counted) into `counter.bytes`. */
export function countingSource(open: ByteSource, counter: { bytes: number }): ByteSource {
  return () => {
    const input = open();
    return {
      [Symbol.asyncIterator]() {
        const it = input[Symbol.asyncIterator]();
        return {
          async next() {
            const r = await it.next();
            if (!r.done) counter.bytes += r.value.byteLength;
            return r;
          },
          async return(value?: unknown) {
            (input as { destroy?: () => void }).destroy?.();
            return (await it.return?.(value)) ?? { done: true as const, value: undefined };
          },
        };
      },
    };
  };
}

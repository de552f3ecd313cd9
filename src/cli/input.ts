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

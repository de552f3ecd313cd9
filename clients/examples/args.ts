import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

/** Parses the command line strictly; a mistake becomes a UsageError with a one-line message. */
export function parseCommandLine(args: string[], options: NonNullable<ParseArgsConfig['options']>, positionals: number) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  if (parsed.positionals.length > positionals) throw new UsageError(`Unexpected argument "${parsed.positionals[positionals]}"`);
  return parsed as { values: Record<string, string | boolean | undefined>; positionals: string[] };
}

export function intOption(values: Record<string, unknown>, name: string, min: number, fallback: number): number {
  const s = values[name];
  if (s === undefined) return fallback;
  const v = Number(s);
  if (typeof s !== 'string' || s.trim() === '' || !Number.isInteger(v) || v < min) throw new UsageError(`Expected --${name} to be an integer >= ${min}, got ${String(s)}`);
  return v;
}

export function numberOption(values: Record<string, unknown>, name: string, min: number, fallback: number): number {
  const s = values[name];
  if (s === undefined) return fallback;
  const v = Number(s);
  if (typeof s !== 'string' || s.trim() === '' || !Number.isFinite(v) || v < min) throw new UsageError(`Expected --${name} to be a number >= ${min}, got ${String(s)}`);
  return v;
}

/** Runs an example's main: a usage mistake exits 2, any other failure prints one line and exits 1. */
export function run(name: string, usage: string, main: () => Promise<void>): void {
  main().catch((e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`${name}: ${e.message}\n${usage}\n`);
      process.exitCode = 2;
    } else {
      const err = e as Error & { code?: string };
      process.stderr.write(`${name}: ${err.code !== undefined && err.name === 'NnstreamError' ? `${err.code}: ` : ''}${err.message ?? String(e)}\n`);
      process.exitCode = 1;
    }
  });
}

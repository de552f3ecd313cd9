import { parseArgs, type ParseArgsConfig } from 'node:util';
import { NnError } from '../core/errors.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Thrown for a command line that cannot run: printed as one line with the usage hint, exit 2. */
export class UsageError extends Error {}

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parse(args: string[], options: OptionSpec, maxPositionals: number): Parsed {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  if (parsed.positionals.length > maxPositionals)
    throw new UsageError(`Unexpected argument "${parsed.positionals[maxPositionals]}"`);
  return { values: parsed.values as Parsed['values'], positionals: parsed.positionals };
}

export function str(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function flag(p: Parsed, name: string): boolean {
  return p.values[name] === true;
}

export function int(p: Parsed, name: string, min: number, fallback: number): number;
export function int(p: Parsed, name: string, min: number): number | undefined;
export function int(p: Parsed, name: string, min: number, fallback?: number): number | undefined {
  const s = str(p, name);
  if (s === undefined) return fallback;
  const v = Number(s);
  if (!Number.isInteger(v) || v < min) throw new NnError('BAD_OPTION', `Expected --${name} to be an integer >= ${min}, got ${s}`);
  return v;
}

export function num(p: Parsed, name: string, min: number, fallback: number, exclusiveMin = false): number {
  const s = str(p, name);
  if (s === undefined) return fallback;
  const v = Number(s);
  if (s.trim() === '' || !Number.isFinite(v) || v < min || (exclusiveMin && v === min))
    throw new NnError('BAD_OPTION', `Expected --${name} to be a number ${exclusiveMin ? '>' : '>='} ${min}, got ${s}`);
  return v;
}

export function intList(p: Parsed, name: string, fallback: number[]): number[] {
  const s = str(p, name);
  if (s === undefined) return fallback;
  if (s.trim() === '' || s.trim() === '0') return [];
  return s.split(',').map((part) => {
    const v = Number(part);
    if (!Number.isInteger(v) || v < 1) throw new NnError('BAD_OPTION', `Expected --${name} to be a comma list of integers >= 1, got ${s}`);
    return v;
  });
}

export function oneOf<T extends string>(p: Parsed, name: string, allowed: readonly T[], fallback: T): T {
  const s = str(p, name);
  if (s === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(s)) throw new NnError('BAD_OPTION', `Expected --${name} to be one of ${allowed.join(', ')}, got ${s}`);
  return s as T;
}

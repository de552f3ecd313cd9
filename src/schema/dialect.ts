import { NnError } from '../core/errors.js';

/** The delimiters a header line is searched for, in the order that breaks a tie. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

const QUOTE = 34, LF = 10;
const CODES = DELIMITERS.map((d) => d.charCodeAt(0));

/**
 * The delimiter of a CSV file, found from its first line (bytes up to the first
 * line break): the candidate among , ; tab | that occurs most often outside quotes
 * (a comma when none occurs, and on a tie the earlier in that list), as pandas'
 * and Python's csv.Sniffer do from a sample.
 */
export function detectDelimiter(bytes: Uint8Array): number {
  const counts = CODES.map(() => 0);
  let quoted = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === LF && !quoted) break;
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted) {
      const k = CODES.indexOf(c);
      if (k >= 0) counts[k]!++;
    }
  }
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  return CODES[best]!;
}

/** `--delimiter C`: one character (`\t` or "tab" for a tab) as its byte; 'auto' when not given. */
export function delimiterOption(s: string | undefined): number | 'auto' {
  if (s === undefined || s === 'auto') return 'auto';
  const c = s === '\\t' || s.toLowerCase() === 'tab' ? '\t' : s;
  if (c.length !== 1 || c.charCodeAt(0) > 127 || c === '"' || c === '\n' || c === '\r')
    throw new NnError('BAD_OPTION', `Expected --delimiter to be one ASCII character (e.g. ; or tab), got ${JSON.stringify(s)}`);
  return c.charCodeAt(0);
}

/** `--decimal C`: the decimal mark, '.' (default) or ','. */
export function decimalOption(s: string | undefined): '.' | ',' {
  if (s === undefined || s === '.') return '.';
  if (s === ',') return ',';
  throw new NnError('BAD_OPTION', `Expected --decimal to be . or ,, got ${JSON.stringify(s)}`);
}

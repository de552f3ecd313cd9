import { NnError } from '../core/errors.js';
import type { Rejected } from '../sources/sample.js';

/** Lines printed per reason before rows rejected for it are only counted. */
const PER_REASON = 5;
/** Rows read before a flood of rejected rows stops the run early. */
const EARLY_ROWS = 1000;

/**
 * Rejected rows counted by reason: the first few of each reason are printed with
 * their line, the rest only counted; the summary lists every reason with its
 * count, and `check` fails the run when too many rows were rejected, naming the
 * biggest reason and the option that fixes it.
 */
export class RejectTally {
  count = 0;
  private readonly byReason = new Map<string, number>();

  constructor(
    private readonly maxFraction: number,
    private readonly write: (line: string) => void = (l) => void process.stderr.write(l + '\n'),
  ) {}

  add(r: Rejected, rowsSoFar: number): void {
    this.count++;
    const group = r.group ?? r.reason;
    const n = (this.byReason.get(group) ?? 0) + 1;
    this.byReason.set(group, n);
    if (n <= PER_REASON) this.write(`line ${r.line}: ${r.reason}`);
    else if (n === PER_REASON + 1) this.write(`(more rows rejected because ${group} are only counted)`);
    if (rowsSoFar >= EARLY_ROWS && this.count > Math.max(0.5, this.maxFraction) * rowsSoFar) this.fail(rowsSoFar, true);
  }

  /** "12 × reason; 3 × reason", biggest first. */
  summary(): string {
    return this.sorted().map(([g, n]) => `${n} × ${g}`).join('; ');
  }

  /** Throws when more than the allowed fraction of `rows` was rejected. */
  check(rows: number): void {
    if (this.count > 0 && this.count > this.maxFraction * rows) this.fail(rows, false);
  }

  private sorted(): [string, number][] {
    return [...this.byReason].sort((a, b) => b[1] - a[1]);
  }

  private fail(rows: number, early: boolean): never {
    const [group, n] = this.sorted()[0]!;
    const pct = (100 * this.count) / rows;
    throw new NnError('BAD_INPUT',
      `${this.count} of ${rows} rows${early ? ' read so far' : ''} were rejected (${pct.toFixed(pct < 10 ? 1 : 0)}%, more than --max-rejected ${+(100 * this.maxFraction).toFixed(4)}%); ` +
      `the biggest reason: ${group} (${n} rows)${hint(group)}. Nothing was saved`);
  }
}

/** What to do about a reason. */
function hint(group: string): string {
  const text = /^column "(.*)" is text$/.exec(group);
  if (text) return `: if "${text[1]}" is the label, use --label ${text[1]}; to leave it out, --ignore ${text[1]}`;
  if (group === 'wrong number of columns') return ': is the delimiter right? (--delimiter C)';
  if (group.startsWith('a class the schema does not know')) return '';
  if (/^the label ".*" is missing$/.test(group)) return ': rows without a label cannot train (--max-rejected raises the limit)';
  return ' (--max-rejected raises the limit)';
}

import { describe, expect, it } from 'vitest';
import { CsvGenerator } from '../../bench/soak/csv-generator.js';
import { runWithCsv, type StdinRun } from '../../bench/soak/stdin-run.js';
import { BIN } from '../helpers/serve.js';

// CSV of any length piped into stdin must leave memory flat: the peak RSS once
// 80% of the stream has gone by is within GROWTH of the peak at 20%, and below CAP.
const MiB = 1 << 20;
const GROWTH = 32 * MiB;
const CAP = 250 * MiB;

const mib = (b: number): string => `${(b / MiB).toFixed(1)} MiB`;
const curve = (r: StdinRun): string => [...r.peakAt].map(([f, b]) => `${f * 100}%: ${mib(b)}`).join(', ');
const sleep = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms));

/** Polls until `cond` holds or `ms` pass. */
async function until(cond: () => boolean, ms: number): Promise<void> {
  for (const end = Date.now() + ms; !cond() && Date.now() < end; ) await sleep(20);
}

describe('CSV through stdin keeps memory flat', () => {
  it('train: 320 MiB of rows, peak RSS does not grow with the stream and no row is lost', async () => {
    const input = new CsvGenerator({ features: 30, bytes: 320 * MiB, seed: 7 });
    let last = '';
    const run = runWithCsv({ bin: BIN, args: ['train', '--batch', '256', '--hidden', '8', '--report', 'json'], input, onStdoutLine: (l) => (last = l) });
    const { code } = await run.exited;
    const peak = run.peak();
    expect(code, run.stderr()).toBe(0);
    expect(input.rows).toBeGreaterThan(1_400_000);
    expect(run.stderr()).toContain(`rows read ${input.rows}, rows skipped 0, steps ${Math.ceil(input.rows / 256)},`);
    expect(run.stdoutLines()).toBe(Math.ceil(input.rows / 256));
    expect(JSON.parse(last)).toMatchObject({ step: Math.ceil(input.rows / 256) - 1, samples: input.rows, m: input.rows % 256 || 256, epoch: 1 });
    const at20 = run.peakAt.get(0.2)!, at80 = run.peakAt.get(0.8)!;
    expect(at80 - at20, `peak RSS ${curve(run)}`).toBeLessThan(GROWTH);
    expect(peak, `peak RSS ${curve(run)}, end ${mib(peak)}`).toBeLessThan(CAP);
  }, 120_000);

  it('train: 128 MiB of rows with a categorical column, the schema inferred from the first rows: RSS flat, no row lost', async () => {
    const input = new CsvGenerator({ features: 30, bytes: 128 * MiB, seed: 10, categories: 20 });
    const run = runWithCsv({ bin: BIN, args: ['train', '--batch', '256', '--hidden', '8'], input });
    const { code } = await run.exited;
    expect(code, run.stderr()).toBe(0);
    expect(input.rows).toBeGreaterThan(550_000);
    expect(run.stderr()).toContain(`rows read ${input.rows}, rows skipped 0, steps ${Math.ceil(input.rows / 256)},`);
    const at20 = run.peakAt.get(0.2)!, at80 = run.peakAt.get(0.8)!;
    console.log(`categorical stdin: ${input.rows} rows, peak RSS ${curve(run)}`);
    expect(at80 - at20, `peak RSS ${curve(run)}`).toBeLessThan(GROWTH);
    expect(run.peak(), `peak RSS ${curve(run)}`).toBeLessThan(CAP);
  }, 120_000);

  it('serve --stdin: 256 MiB trains while serving, /healthz samples grow, RSS stays flat', async () => {
    const input = new CsvGenerator({ features: 30, bytes: 256 * MiB, seed: 8 });
    let url: string | undefined;
    const run = runWithCsv({
      bin: BIN,
      args: ['serve', '--port', '0', '--stdin', '--inputs', '30', '--batch', '256', '--hidden', '8'],
      input,
      onStdoutLine: (l) => (url ??= /listening (http:\/\/\S+)/.exec(l)?.[1]),
    });
    try {
      await until(() => url !== undefined, 10_000);
      expect(url, run.stderr()).toBeDefined();
      const health = async (): Promise<{ status: string; samples: number }> => (await fetch(new URL('/healthz', url))).json() as never;
      let fed = false;
      void run.inputDone.then(() => (fed = true));
      const seen: number[] = [];
      while (!fed && run.proc.exitCode === null) {
        seen.push((await health()).samples);
        await sleep(500);
      }
      // the server answers while it trains, and its count climbs as the stream goes by
      expect(seen.length, `polls ${seen}`).toBeGreaterThanOrEqual(4);
      expect(seen.slice(1).every((s, i) => s >= seen[i]!)).toBe(true);
      expect(seen.at(-1)!).toBeGreaterThan(seen[1]!);
      // every row is trained once the last partial batch is flushed (after --max-wait-ms)
      let last = { status: '', samples: 0 };
      for (let i = 0; i < 100 && last.samples < input.rows; i++, await sleep(100)) last = await health();
      expect(last).toMatchObject({ status: 'ok', samples: input.rows });
      await until(() => run.stderr().includes('stdin:'), 2_000);
      expect(run.stderr()).toContain(`stdin: ${input.rows} rows taken, 0 rejected`);
      const peak = run.peak();
      const at20 = run.peakAt.get(0.2)!, at80 = run.peakAt.get(0.8)!;
      expect(at80 - at20, `peak RSS ${curve(run)}`).toBeLessThan(GROWTH);
      expect(peak, `peak RSS ${curve(run)}, end ${mib(peak)}`).toBeLessThan(CAP);
    } finally {
      run.proc.kill('SIGTERM');
      await run.exited;
    }
  }, 120_000);

  it('train --report json: while stdout is not read, the input is not read either', async () => {
    const input = new CsvGenerator({ features: 30, bytes: 96 * MiB, seed: 9 });
    const run = runWithCsv({ bin: BIN, args: ['train', '--batch', '16', '--hidden', '8', '--report', 'json'], input });
    await until(() => run.fed() > 8 * MiB, 20_000);
    run.proc.stdout!.pause();
    // the pipes fill (how long that takes depends on the machine's load): wait until the input stops moving
    let before = -1;
    for (let i = 0; i < 50 && run.fed() !== before; i++) {
      before = run.fed();
      await sleep(300);
    }
    const fedA = run.fed(), rssA = run.samples.at(-1)!.rss;
    await sleep(1500);
    const fedB = run.fed(), rssB = run.samples.at(-1)!.rss;
    run.proc.stdout!.resume();
    const { code } = await run.exited;
    // reports are ~150 bytes per 16 rows (~3.5 KiB of input): unpaced, 1.5 s would take tens of MiB
    expect(fedB - fedA, `input fed while stdout was held: ${mib(fedB - fedA)}`).toBeLessThan(2 * MiB);
    expect(rssB - rssA).toBeLessThan(8 * MiB);
    expect(code, run.stderr()).toBe(0);
    expect(run.stdoutLines()).toBe(Math.ceil(input.rows / 16));
    expect(run.stderr()).toContain(`rows read ${input.rows}, rows skipped 0`);
  }, 60_000);

  it('a stray quote fails fast: record N opens a quote that never closes', async () => {
    const input = new CsvGenerator({ features: 2, bytes: 512 * MiB, seed: 10, strayQuoteAtLine: 5000 });
    const started = Date.now();
    const run = runWithCsv({ bin: BIN, args: ['train', '--batch', '256', '--hidden', '8'], input });
    const { code } = await run.exited;
    expect(code).toBe(1);
    expect(run.stderr()).toBe('nnstream train: line 5000: a record longer than 1048576 bytes (an unterminated quote?)\n');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.fed()).toBeLessThan(4 * MiB); // it stopped reading at the limit, not at the end of the stream
    expect(run.peak()).toBeLessThan(150 * MiB);
  }, 30_000);

  it('--max-record-bytes sets the longest record accepted', async () => {
    const bad = new CsvGenerator({ features: 2, bytes: 512 * MiB, seed: 11, strayQuoteAtLine: 300 });
    const run = runWithCsv({ bin: BIN, args: ['train', '--max-record-bytes', '65536'], input: bad });
    expect((await run.exited).code).toBe(1);
    expect(run.stderr()).toBe('nnstream train: line 300: a record longer than 65536 bytes (an unterminated quote?)\n');
    expect(run.fed()).toBeLessThan(1 * MiB);

    // a 30-feature row is ~240 bytes: a limit of 200 refuses the first data record, 300 takes them all
    const rows = (limit: string): Promise<StdinRun> => {
      const r = runWithCsv({ bin: BIN, args: ['train', '--max-record-bytes', limit], input: new CsvGenerator({ features: 30, bytes: MiB, seed: 12 }) });
      return r.exited.then(() => r);
    };
    const [tight, loose] = await Promise.all([rows('200'), rows('300')]);
    expect(tight.stderr()).toBe('nnstream train: line 2: a record longer than 200 bytes (an unterminated quote?)\n');
    expect(tight.proc.exitCode).toBe(1);
    expect(loose.proc.exitCode, loose.stderr()).toBe(0);
    expect(loose.stderr()).toMatch(/rows read \d+, rows skipped 0/);
  }, 30_000);
});

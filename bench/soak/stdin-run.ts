import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pipeline, Transform } from 'node:stream';
import type { CsvGenerator } from './csv-generator.js';

/** One reading of the child's memory: resident now and peak so far, with the input fed by then. */
export interface RssSample {
  ms: number; // since the start
  fed: number; // input bytes handed to the child
  rss: number; // VmRSS, bytes
  hwm: number; // VmHWM (peak resident), bytes
}

export interface StdinRunOptions {
  /** The built bin, e.g. dist/src/cli/main.js. */
  bin: string;
  args: string[];
  input: CsvGenerator;
  /** Fractions of the input at which to note the child's peak RSS (default 0.1, 0.2, 0.5, 0.8). */
  marks?: number[];
  sampleMs?: number;
  /** Called with every line the child writes on stdout (they are counted, not kept). */
  onStdoutLine?: (line: string) => void;
}

export interface StdinRun {
  proc: ChildProcess;
  samples: RssSample[];
  /** Peak RSS (VmHWM, bytes) when the input crossed each mark; the key is the fraction. */
  peakAt: Map<number, number>;
  stdoutLines: () => number;
  stderr: () => string;
  fed: () => number;
  /** Resolves when the whole input has been handed to the child (or the child stopped reading). */
  inputDone: Promise<void>;
  /** Resolves when the child has exited and its output is all read. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The latest peak RSS reading, bytes. */
  peak: () => number;
}

/** VmRSS and VmHWM of a live process, in bytes; undefined once it is gone. */
export function memoryOf(pid: number): { rss: number; hwm: number } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'latin1');
  } catch {
    return undefined;
  }
  const kb = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) * 1024;
  const rss = kb('VmRSS'), hwm = kb('VmHWM');
  return Number.isNaN(rss) ? undefined : { rss, hwm };
}

/**
 * Spawns the bin with the generated CSV piped into its stdin and watches its
 * memory: every sampleMs a reading of /proc/PID/status, and at each mark of the
 * input (a fraction of the generator's target bytes) its peak RSS so far.
 */
export function runWithCsv(o: StdinRunOptions): StdinRun {
  const proc = spawn(process.execPath, [o.bin, ...o.args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const pid = proc.pid!;
  const started = Date.now();
  const samples: RssSample[] = [];
  const peakAt = new Map<number, number>();
  const marks = [...(o.marks ?? [0.1, 0.2, 0.5, 0.8])].sort((a, b) => a - b);
  let fed = 0, lines = 0, partial = '', err = '', lastHwm = 0;

  const read = (): void => {
    const m = memoryOf(pid);
    if (m === undefined) return;
    lastHwm = m.hwm;
    samples.push({ ms: Date.now() - started, fed, ...m });
  };
  read();
  const timer = setInterval(read, o.sampleMs ?? 100);

  proc.stdout!.setEncoding('utf8');
  proc.stdout!.on('data', (d: string) => {
    const parts = (partial + d).split('\n');
    partial = parts.pop()!;
    lines += parts.length;
    if (o.onStdoutLine) for (const l of parts) o.onStdoutLine(l);
  });
  proc.stderr!.setEncoding('utf8');
  proc.stderr!.on('data', (d: string) => {
    if (err.length < 1 << 20) err += d;
  });

  // the input passes through a meter on its way in, which notes the peak RSS at each mark
  const target = o.input.targetBytes;
  let next = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      fed += chunk.length;
      while (next < marks.length && fed >= marks[next]! * target) {
        const m = memoryOf(pid);
        if (m !== undefined) peakAt.set(marks[next]!, m.hwm);
        next++;
      }
      done(null, chunk);
    },
  });
  // a child that stops reading (a fatal input error) ends the pipeline: not ours to report
  const inputDone = new Promise<void>((ok) => pipeline(o.input, meter, proc.stdin!, () => ok()));

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => {
    proc.once('close', (code, signal) => {
      clearInterval(timer);
      o.input.destroy();
      if (partial !== '') {
        lines++;
        o.onStdoutLine?.(partial);
      }
      ok({ code, signal });
    });
  });
  return {
    proc,
    samples,
    peakAt,
    stdoutLines: () => lines,
    stderr: () => err,
    fed: () => fed,
    inputDone,
    exited,
    peak: () => {
      read(); // nothing once the child is gone: then the last reading before it exited stands
      return lastHwm;
    },
  };
}

import { readFileSync } from 'node:fs';

/** Resident set size of a process in MiB (Linux /proc), or NaN where unavailable. */
export function rssMiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; returns the peak and the series. */
export function watchRss(pid: number, everyMs = 100): { stop(): { peak: number; series: number[] } } {
  const series: number[] = [];
  const timer = setInterval(() => series.push(rssMiB(pid)), everyMs);
  return {
    stop() {
      clearInterval(timer);
      return { peak: Math.max(...series.filter((v) => !Number.isNaN(v))), series };
    },
  };
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

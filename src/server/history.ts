import type { HistoryPoint } from '../core/model.js';

/** Taken from a bucket's first report: where the bucket starts. */
const FIRST = new Set(['step', 'timeMs', 'samples']);
/** Taken from a bucket's last report: the state at its end. */
const LAST = new Set(['batchSize', 'connections', 'learningRate']);
/** Holdout figures come together from the newest report that had any (an evaluation is occasional). */
const HOLDOUT = /^holdout/;

/** One bucket: n reports, the mean of each figure, the first/last/extreme ones, per the rules above. */
interface Bucket {
  n: number;
  first: HistoryPoint;
  last: HistoryPoint;
  sum: Map<string, { s: number; n: number }>;
  min: number;
  max: number;
  holdout: HistoryPoint | undefined;
}

/**
 * The bounded history of a model's cost reports, from its first step: at most
 * `capacity` points however long it trains. Every point stands for `stride`
 * consecutive steps (the mean of their figures, labelled with the first step),
 * and keeps the smallest and largest cost among them (cost_min, cost_max), so a
 * spike survives any decimation. When the history is full, neighbouring pairs
 * merge and the stride doubles: resolution stays uniform, memory fixed, work O(1)
 * per step (amortized). Saved with checkpoints and restored from them.
 */
export class CostHistory {
  private readonly closed: Bucket[] = [];
  private open: Bucket | undefined;
  private stride = 1;
  private lastStep = -1;
  private readonly cap: number;

  constructor(
    readonly capacity = 2000,
    saved: readonly HistoryPoint[] = [],
  ) {
    if (!Number.isInteger(capacity) || capacity < 4) throw new RangeError(`Expected a history capacity >= 4, got ${capacity}`);
    this.cap = (capacity - 1) & ~1; // even, and one place for the open bucket
    this.restore(saved);
  }

  get length(): number {
    return this.closed.length + (this.open ? 1 : 0);
  }

  /** Steps each point stands for, now. */
  get resolution(): number {
    return this.stride;
  }

  /** One step's report; a step below the last one means the model started again (reset): the history does too. */
  add(r: HistoryPoint): void {
    const step = r['step'] ?? 0;
    if (step < this.lastStep) this.clear();
    this.lastStep = step;
    if (this.open === undefined) this.open = one(r);
    else accumulate(this.open, r);
    if (this.open.n < this.stride) return;
    this.closed.push(this.open);
    this.open = undefined;
    if (this.closed.length >= this.cap) this.halve();
  }

  clear(): void {
    this.closed.length = 0;
    this.open = undefined;
    this.stride = 1;
    this.lastStep = -1;
  }

  /** The points, oldest first: each with cost_min and cost_max. */
  points(beforeStep = Infinity): HistoryPoint[] {
    const all = this.open ? [...this.closed, this.open] : this.closed;
    return all.map(pointOf).filter((p) => (p['step'] ?? 0) < beforeStep);
  }

  private halve(): void {
    const half = this.closed.length >> 1;
    for (let o = 0; o < half; o++) {
      const a = this.closed[2 * o]!;
      merge(a, this.closed[2 * o + 1]!);
      this.closed[o] = a;
    }
    this.closed.length = half;
    this.stride *= 2;
  }

  /** Saved points come back as buckets weighted by the steps between them; the stride is their spacing. */
  private restore(saved: readonly HistoryPoint[]): void {
    const pts = saved.filter((p) => Number.isFinite(p['step']));
    if (pts.length === 0) return;
    const steps = pts.map((p) => p['step']!);
    const spacing = pts.length > 1 ? (steps[steps.length - 1]! - steps[0]!) / (pts.length - 1) : 1;
    this.stride = 2 ** Math.max(0, Math.round(Math.log2(Math.max(1, spacing))));
    for (let i = 0; i < pts.length; i++) {
      const b = one(pts[i]!);
      b.n = Math.max(1, (steps[i + 1] ?? steps[i]! + this.stride) - steps[i]!);
      b.min = finiteOr(pts[i]!['costMin'], b.min);
      b.max = finiteOr(pts[i]!['costMax'], b.max);
      this.closed.push(b);
    }
    this.lastStep = steps[steps.length - 1]!;
    while (this.closed.length >= this.cap) this.halve();
  }
}

function one(r: HistoryPoint): Bucket {
  const sum = new Map<string, { s: number; n: number }>();
  for (const [k, v] of Object.entries(r)) if (!FIRST.has(k) && !LAST.has(k) && !HOLDOUT.test(k) && k !== 'costMin' && k !== 'costMax') sum.set(k, Number.isFinite(v) ? { s: v, n: 1 } : { s: 0, n: 0 });
  const cost = r['cost'] ?? NaN;
  return { n: 1, first: r, last: r, sum, min: Number.isFinite(cost) ? cost : Infinity, max: Number.isFinite(cost) ? cost : -Infinity, holdout: (r['holdoutSamples'] ?? 0) > 0 ? r : undefined };
}

/** Adds one later report into a bucket (merge without making a bucket of it: no allocation per step). */
function accumulate(a: Bucket, r: HistoryPoint): void {
  a.n++;
  a.last = r;
  for (const k in r) {
    if (FIRST.has(k) || LAST.has(k) || HOLDOUT.test(k) || k === 'costMin' || k === 'costMax') continue;
    const v = r[k]!, s = a.sum.get(k);
    const finite = Number.isFinite(v);
    if (s === undefined) a.sum.set(k, finite ? { s: v, n: 1 } : { s: 0, n: 0 });
    else if (finite) {
      s.s += v;
      s.n++;
    }
  }
  const cost = r['cost'] ?? NaN;
  if (Number.isFinite(cost)) {
    a.min = Math.min(a.min, cost);
    a.max = Math.max(a.max, cost);
  }
  if ((r['holdoutSamples'] ?? 0) > 0) a.holdout = r;
}

/** Adds b (the later bucket) into a. */
function merge(a: Bucket, b: Bucket): void {
  a.n += b.n;
  a.last = b.last;
  for (const [k, v] of b.sum) {
    const s = a.sum.get(k);
    if (s === undefined) a.sum.set(k, { ...v });
    else {
      s.s += v.s;
      s.n += v.n;
    }
  }
  a.min = Math.min(a.min, b.min);
  a.max = Math.max(a.max, b.max);
  if (b.holdout !== undefined) a.holdout = b.holdout;
}

function pointOf(b: Bucket): HistoryPoint {
  const p: HistoryPoint = {};
  for (const k of FIRST) if (b.first[k] !== undefined) p[k] = b.first[k]!;
  for (const k of LAST) if (b.last[k] !== undefined) p[k] = b.last[k]!;
  for (const [k, v] of b.sum) p[k] = v.n > 0 ? v.s / v.n : NaN;
  if (b.holdout !== undefined) for (const [k, v] of Object.entries(b.holdout)) if (HOLDOUT.test(k)) p[k] = v;
  if (b.min <= b.max) {
    p['costMin'] = b.min;
    p['costMax'] = b.max;
  }
  return p;
}

function finiteOr(v: number | undefined, fallback: number): number {
  return v !== undefined && Number.isFinite(v) ? v : fallback;
}

/** The numeric fields of a report (what a history point keeps). */
export function numbersOf(r: object): HistoryPoint {
  const p: HistoryPoint = {};
  for (const [k, v] of Object.entries(r)) if (typeof v === 'number') p[k] = v;
  return p;
}

import { NnError } from './errors.js';
import type { Optimizer, OptimizerState } from './optimizers.js';

/**
 * How the learning rate changes with t, the number of updates made under the
 * schedule (t = 0 for the first step), from the base rate α:
 *   constant           α
 *   step:EVERY:FACTOR  α · FACTOR^⌊t / EVERY⌋         (e.g. step:1000:0.5 halves it every 1000 steps)
 *   exp:RATE           α · RATE^t                     (e.g. exp:0.999: 0.1% less every step)
 *   cosine:STEPS[:MIN] MIN + (α - MIN) · (1 + cos(π · min(t, STEPS) / STEPS)) / 2, then MIN (default 0)
 */
export type LrSchedule =
  | { kind: 'constant' }
  | { kind: 'step'; every: number; factor: number }
  | { kind: 'exp'; rate: number }
  | { kind: 'cosine'; steps: number; min: number };

export const LR_SCHEDULE_HELP = 'constant, step:EVERY:FACTOR, exp:RATE, cosine:STEPS[:MIN]';

const KINDS = ['constant', 'step', 'exp', 'cosine'] as const;

export function parseLrSchedule(text: string): LrSchedule {
  const [kind, ...args] = text.split(':');
  const bad = (why: string): never => {
    throw new NnError('BAD_OPTION', `Expected --lr-schedule to be one of ${LR_SCHEDULE_HELP}, got "${text}": ${why}`);
  };
  const arg = (i: number, what: string, ok: (v: number) => boolean): number => {
    const s = args[i];
    const v = Number(s);
    if (s === undefined || s.trim() === '' || !Number.isFinite(v) || !ok(v)) bad(`${what}`);
    return v;
  };
  switch (kind) {
    case 'constant':
      if (args.length !== 0) bad('constant takes no arguments');
      return { kind: 'constant' };
    case 'step':
      if (args.length !== 2) bad('step takes EVERY and FACTOR');
      return { kind: 'step', every: arg(0, 'EVERY must be an integer >= 1', (v) => Number.isInteger(v) && v >= 1), factor: arg(1, 'FACTOR must be a number > 0', (v) => v > 0) };
    case 'exp':
      if (args.length !== 1) bad('exp takes RATE');
      return { kind: 'exp', rate: arg(0, 'RATE must be a number in (0, 1]', (v) => v > 0 && v <= 1) };
    case 'cosine':
      if (args.length !== 1 && args.length !== 2) bad('cosine takes STEPS and an optional MIN');
      return { kind: 'cosine', steps: arg(0, 'STEPS must be an integer >= 1', (v) => Number.isInteger(v) && v >= 1), min: args.length === 2 ? arg(1, 'MIN must be a number >= 0', (v) => v >= 0) : 0 };
    default:
      return bad(`unknown kind "${kind}"`);
  }
}

export function formatLrSchedule(s: LrSchedule): string {
  switch (s.kind) {
    case 'constant':
      return 'constant';
    case 'step':
      return `step:${s.every}:${s.factor}`;
    case 'exp':
      return `exp:${s.rate}`;
    case 'cosine':
      return `cosine:${s.steps}:${s.min}`;
  }
}

/** The learning rate of update t (0-based) from the base rate. */
export function lrAt(s: LrSchedule, base: number, t: number): number {
  switch (s.kind) {
    case 'constant':
      return base;
    case 'step':
      return base * Math.pow(s.factor, Math.floor(t / s.every));
    case 'exp':
      return base * Math.pow(s.rate, t);
    case 'cosine':
      return s.min + ((base - s.min) * (1 + Math.cos((Math.PI * Math.min(t, s.steps)) / s.steps))) / 2;
  }
}

/** The schedule's place in the optimizer state's scalars (so model files and checkpoints carry it). */
function toScalars(s: LrSchedule, base: number, t: number): Record<string, number> {
  const sc: Record<string, number> = { 'lr.kind': KINDS.indexOf(s.kind), 'lr.base': base, 'lr.t': t };
  if (s.kind === 'step') (sc['lr.every'] = s.every), (sc['lr.factor'] = s.factor);
  if (s.kind === 'exp') sc['lr.rate'] = s.rate;
  if (s.kind === 'cosine') (sc['lr.steps'] = s.steps), (sc['lr.min'] = s.min);
  return sc;
}

/** The schedule saved in an optimizer state, if any. */
export function scheduleOf(state: OptimizerState | undefined): { schedule: LrSchedule; base: number; t: number } | undefined {
  const sc = state?.scalars;
  if (sc === undefined || sc['lr.kind'] === undefined) return undefined;
  const kind = KINDS[sc['lr.kind']];
  const num = (k: string): number => {
    const v = sc[k];
    if (v === undefined) throw new NnError('BAD_MODEL', `The optimizer state's learning-rate schedule lacks "${k}"`);
    return v;
  };
  let schedule: LrSchedule;
  if (kind === 'constant') schedule = { kind };
  else if (kind === 'step') schedule = { kind, every: num('lr.every'), factor: num('lr.factor') };
  else if (kind === 'exp') schedule = { kind, rate: num('lr.rate') };
  else if (kind === 'cosine') schedule = { kind, steps: num('lr.steps'), min: num('lr.min') };
  else throw new NnError('BAD_MODEL', `Unknown learning-rate schedule ${sc['lr.kind']} in the optimizer state`);
  return { schedule, base: num('lr.base'), t: num('lr.t') };
}

/**
 * An optimizer whose learning rate follows a schedule: before each update it sets
 * the inner optimizer's rate to lrAt(schedule, base, t); a kept update advances t.
 * `learningRate` reads the rate of the latest update (the next one before any),
 * and setting it sets the base. Its state is the inner one's, plus the schedule, the
 * base and t in `scalars`, with `learningRate` the base: a model or checkpoint
 * loaded from it continues the schedule exactly where it stopped.
 */
export class ScheduledOptimizer implements Optimizer {
  constructor(
    private readonly inner: Optimizer,
    readonly schedule: LrSchedule,
    private base: number,
    private t = 0,
  ) {
    inner.learningRate = lrAt(schedule, base, t);
  }

  get name(): Optimizer['name'] {
    return this.inner.name;
  }

  get learningRate(): number {
    return this.inner.learningRate;
  }

  set learningRate(v: number) {
    this.base = v;
    this.inner.learningRate = lrAt(this.schedule, v, this.t);
  }

  /** Updates made under the schedule. */
  get updates(): number {
    return this.t;
  }

  step(params: readonly Float64Array[], grads: readonly Float64Array[]): void {
    this.inner.learningRate = lrAt(this.schedule, this.base, this.t);
    this.inner.step(params, grads);
    this.t++;
  }

  tryStep(params: readonly Float64Array[], grads: readonly Float64Array[]): boolean {
    this.inner.learningRate = lrAt(this.schedule, this.base, this.t);
    const kept = this.inner.tryStep(params, grads);
    if (kept) this.t++;
    return kept;
  }

  getState(): OptimizerState {
    const s = this.inner.getState();
    return { ...s, learningRate: this.base, scalars: { ...s.scalars, ...toScalars(this.schedule, this.base, this.t) } };
  }

  setState(state: OptimizerState): void {
    const saved = scheduleOf(state);
    this.inner.setState(state);
    this.base = saved?.base ?? this.base; // a state without a schedule (a reset) keeps the base
    this.t = saved?.t ?? 0;
    this.inner.learningRate = lrAt(this.schedule, this.base, this.t);
  }
}

/**
 * The optimizer with its schedule: `explicit` starts a new one (t = 0, from the
 * optimizer's rate); else the schedule saved in `state` continues; else none.
 */
export function withSchedule(optimizer: Optimizer, explicit: LrSchedule | undefined, state: OptimizerState | undefined): Optimizer {
  if (explicit !== undefined) return explicit.kind === 'constant' ? optimizer : new ScheduledOptimizer(optimizer, explicit, optimizer.learningRate);
  const saved = scheduleOf(state);
  return saved === undefined ? optimizer : new ScheduledOptimizer(optimizer, saved.schedule, optimizer.learningRate, saved.t);
}

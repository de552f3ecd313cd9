import type { nnstream } from '../codec/generated/nnstream.js';

/** One stream a connection subscribed to, with its rate limits. */
export interface Stream {
  on: boolean;
  everySteps: number; // 0: every step
  maxPerSecond: number; // 0: no limit
  lastStep: number;
  lastTime: number;
}

export interface Subscription {
  cost: Stream;
  params: Stream;
  recent: Stream;
  recentMax: number;
  /** First send the retained cost history (once, when subscribing). */
  history: boolean;
}

const off = (): Stream => ({ on: false, everySteps: 0, maxPerSecond: 0, lastStep: -Infinity, lastTime: -Infinity });

export function noSubscription(): Subscription {
  return { cost: off(), params: off(), recent: off(), recentMax: 200, history: false };
}

/** The subscription a Subscribe message asks for (replacing any earlier one). */
export function subscriptionOf(s: nnstream.v1.Subscribe.$Properties): Subscription {
  const sub = noSubscription();
  const set = (stream: Stream, on: boolean | null | undefined, every: number | null | undefined, perSecond: number | null | undefined): void => {
    stream.on = on === true;
    stream.everySteps = Math.max(0, Math.floor(every ?? 0));
    stream.maxPerSecond = Number.isFinite(perSecond) && (perSecond ?? 0) > 0 ? perSecond! : 0;
  };
  set(sub.cost, s.cost, s.costEverySteps, s.costMaxPerSecond);
  set(sub.params, s.params, s.paramsEverySteps, s.paramsMaxPerSecond);
  // recent samples go out with the parameters they are drawn against
  set(sub.recent, s.recent, s.paramsEverySteps, s.paramsMaxPerSecond || 10);
  sub.recentMax = Math.min(Math.max(1, s.recentMax || 200), 500);
  sub.history = s.history === true;
  return sub;
}

/**
 * When a stream that skipped a report because of its per-second limit may have
 * the newest one (so a reader never stays on a stale report when training
 * pauses or slows); undefined when it is not waiting on the rate.
 */
export function trailingAt(s: Stream, step: number): number | undefined {
  if (!s.on || s.maxPerSecond === 0) return undefined;
  if (s.everySteps > 0 && step - s.lastStep < s.everySteps) return undefined;
  return s.lastTime + 1000 / s.maxPerSecond;
}

/** Whether a stream wants the report of `step` at time `now`. */
export function due(s: Stream, step: number, now: number): boolean {
  if (!s.on) return false;
  if (s.everySteps > 0 && step - s.lastStep < s.everySteps) return false;
  if (s.maxPerSecond > 0 && now - s.lastTime < 1000 / s.maxPerSecond) return false;
  return true;
}

export function markSent(s: Stream, step: number, now: number): void {
  s.lastStep = step;
  s.lastTime = now;
}

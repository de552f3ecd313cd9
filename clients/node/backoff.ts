export interface BackoffOptions {
  /** First delay in ms (default 100). */
  initialMs?: number;
  /** Longest delay in ms (default 5000). */
  maxMs?: number;
  /** Growth per failed attempt (default 2). */
  factor?: number;
  /** Fraction of each delay drawn at random, so many clients do not return in step (default 0.2). */
  jitter?: number;
}

/** Delays between reconnect attempts: exponential, capped, with jitter; reset after a good connection. */
export class Backoff {
  private attempt = 0;
  private readonly initialMs: number;
  private readonly maxMs: number;
  private readonly factor: number;
  private readonly jitter: number;

  constructor(o: BackoffOptions = {}, private readonly random: () => number = Math.random) {
    this.initialMs = o.initialMs ?? 100;
    this.maxMs = o.maxMs ?? 5000;
    this.factor = o.factor ?? 2;
    this.jitter = o.jitter ?? 0.2;
  }

  get attempts(): number {
    return this.attempt;
  }

  next(): number {
    const base = Math.min(this.maxMs, this.initialMs * this.factor ** this.attempt);
    this.attempt++;
    return Math.round(base * (1 - this.jitter * this.random()));
  }

  reset(): void {
    this.attempt = 0;
  }
}

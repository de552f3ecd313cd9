/**
 * Slows down repeated bad tokens from one address: each failure within the
 * window adds `stepMs` to the wait before the next refusal, up to `maxMs`. The
 * table is bounded (oldest addresses go first), so a flood of addresses cannot
 * grow it.
 */
export class AuthPenalty {
  private readonly failures = new Map<string, { n: number; last: number }>();

  constructor(
    private readonly stepMs = 100,
    private readonly maxMs = 1000,
    private readonly windowMs = 60_000,
    private readonly maxAddresses = 10_000,
  ) {}

  /** Records a failure from `address`; returns how long to wait before answering it. */
  fail(address: string, now = Date.now()): number {
    const f = this.failures.get(address);
    const n = f !== undefined && now - f.last < this.windowMs ? f.n + 1 : 1;
    this.failures.delete(address);
    this.failures.set(address, { n, last: now });
    while (this.failures.size > this.maxAddresses) this.failures.delete(this.failures.keys().next().value!);
    return Math.min(this.maxMs, (n - 1) * this.stepMs);
  }

  /** A good token from `address` clears its record. */
  succeed(address: string): void {
    this.failures.delete(address);
  }
}

/**
 * A set of integers kept as sorted, disjoint, non-adjacent closed ranges [lo, hi].
 * Sequence numbers come in runs, so a client's bookkeeping is a handful of ranges
 * whatever the number of samples.
 */
export class RangeSet {
  /** lo0, hi0, lo1, hi1, ... sorted, with lo(k+1) > hi(k) + 1. */
  private r: number[] = [];

  get empty(): boolean {
    return this.r.length === 0;
  }

  /** Number of ranges (not of members). */
  get ranges(): number {
    return this.r.length / 2;
  }

  min(): number {
    return this.r.length === 0 ? Infinity : this.r[0]!;
  }

  max(): number {
    return this.r.length === 0 ? -Infinity : this.r[this.r.length - 1]!;
  }

  has(x: number): boolean {
    const r = this.r;
    for (let k = 0; k < r.length; k += 2) {
      if (x < r[k]!) return false;
      if (x <= r[k + 1]!) return true;
    }
    return false;
  }

  add(lo: number, hi = lo): void {
    if (hi < lo) return;
    const r = this.r, n = r.length;
    // the common cases in place: seqs arrive in order, so ranges grow at the end
    if (n === 0 || lo > r[n - 1]! + 1) {
      r.push(lo, hi);
      return;
    }
    if (lo >= r[n - 2]! && lo <= r[n - 1]! + 1) {
      if (hi > r[n - 1]!) r[n - 1] = hi;
      return;
    }
    const out: number[] = [];
    let k = 0;
    while (k < r.length && r[k + 1]! < lo - 1) out.push(r[k]!, r[k + 1]!), (k += 2);
    while (k < r.length && r[k]! <= hi + 1) {
      lo = Math.min(lo, r[k]!);
      hi = Math.max(hi, r[k + 1]!);
      k += 2;
    }
    out.push(lo, hi);
    while (k < r.length) out.push(r[k]!, r[k + 1]!), (k += 2);
    this.r = out;
  }

  delete(lo: number, hi = lo): void {
    if (hi < lo || this.r.length === 0) return;
    const r = this.r;
    // in place when it cuts the front of the first range (seqs are trained in order)
    if (lo <= r[0]! && hi >= r[0]! && hi < r[1]!) {
      r[0] = hi + 1;
      return;
    }
    const out: number[] = [];
    for (let k = 0; k < r.length; k += 2) {
      const a = r[k]!, b = r[k + 1]!;
      if (b < lo || a > hi) {
        out.push(a, b);
        continue;
      }
      if (a < lo) out.push(a, lo - 1);
      if (b > hi) out.push(hi + 1, b);
    }
    this.r = out;
  }

  /** Removes every member <= x. */
  dropThrough(x: number): void {
    if (this.r.length > 0 && this.r[0]! <= x) this.delete(this.r[0]!, x);
  }

  /** The members of [lo, hi] that are not in the set, as ranges. */
  missing(lo: number, hi: number): [number, number][] {
    if (hi < lo) return [];
    if (this.r.length === 0 || lo > this.r[this.r.length - 1]!) return [[lo, hi]];
    const out: [number, number][] = [];
    let at = lo;
    const r = this.r;
    for (let k = 0; k < r.length && at <= hi; k += 2) {
      const a = r[k]!, b = r[k + 1]!;
      if (b < at) continue;
      if (a > hi) break;
      if (a > at) out.push([at, a - 1]);
      at = b + 1;
    }
    if (at <= hi) out.push([at, hi]);
    return out;
  }

  toArray(): [number, number][] {
    const out: [number, number][] = [];
    for (let k = 0; k < this.r.length; k += 2) out.push([this.r[k]!, this.r[k + 1]!]);
    return out;
  }
}

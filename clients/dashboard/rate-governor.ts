/**
 * Chooses how many parameter snapshots per second to ask for, from how long the
 * page takes to draw one: at most a quarter of the time goes to drawing them,
 * between MIN and MAX per second. Returns a new rate only when it changed enough
 * to be worth a new Subscribe.
 */
export class RateGovernor {
  static readonly MAX = 5;
  static readonly MIN = 0.5;
  private drawMs = 0;
  private samples = 0;
  rate = RateGovernor.MAX;

  record(ms: number): number | undefined {
    this.drawMs = this.samples === 0 ? ms : this.drawMs + 0.2 * (ms - this.drawMs);
    this.samples++;
    if (this.samples < 5) return undefined;
    const want = Math.max(RateGovernor.MIN, Math.min(RateGovernor.MAX, 250 / Math.max(1, this.drawMs)));
    if (Math.abs(want - this.rate) / this.rate < 0.3) return undefined;
    this.rate = Math.round(want * 10) / 10;
    return this.rate;
  }
}

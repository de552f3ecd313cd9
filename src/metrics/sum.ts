/**
 * A running sum with Neumaier's compensation: the error stays at a few ulps of the
 * total however many terms are added, so a mean over millions of rows keeps the
 * digits an independent computation (numpy's pairwise sum) gets.
 */
export class Sum {
  private s = 0;
  private c = 0;

  add(x: number): void {
    const t = this.s + x;
    if (Math.abs(this.s) >= Math.abs(x)) this.c += this.s - t + x;
    else this.c += x - t + this.s;
    this.s = t;
  }

  get value(): number {
    return this.s + this.c;
  }
}

import type { Learner } from '../core/learner.js';
import { HoldoutSet, holdoutPicker } from '../metrics/holdout-set.js';
import type { Figures } from '../metrics/scorer.js';

export interface ServerHoldoutOptions {
  /** Fraction of the samples held out, by a seeded hash of their seq (0 < fraction < 1). */
  fraction: number;
  seed: number | string;
  /** Evaluate every this many steps. */
  every: number;
  /** Held-out samples kept: the latest ones. */
  capacity: number;
}

/**
 * A stream's validation split: samples whose seq hashes below the fraction never
 * reach training; they go into a bounded buffer (the latest `capacity`) that the
 * model is scored on every `every` steps. The newest figures ride on every
 * CostReport (holdout_loss, holdout_accuracy or holdout_rmse and holdout_r2,
 * holdout_samples). The buffer is memory only: a restart starts it afresh.
 */
export class ServerHoldout {
  private set: HoldoutSet | undefined;
  private readonly pick: (seq: number) => boolean;
  /** Per client, its latest held-out seq not yet covered by an ack. */
  private readonly held = new Map<string, number>();
  latest: Figures | undefined;

  constructor(private readonly o: ServerHoldoutOptions) {
    this.pick = holdoutPicker(o.seed, o.fraction);
  }

  /** Keeps the sample out of training when its seq is held out; returns whether it did. */
  take(client: string, seq: number, x: Float64Array, y: number): boolean {
    if (!this.pick(seq)) return false;
    (this.set ??= new HoldoutSet(x.length, this.o.capacity)).add(x, y);
    this.held.set(client, seq);
    return true;
  }

  /** The client's latest held-out seq, forgotten once read (its ack is then due). */
  takeHeld(client: string): number | undefined {
    const s = this.held.get(client);
    this.held.delete(client);
    return s;
  }

  /** After step `step`: whether it is time to evaluate. */
  due(step: number): boolean {
    return this.set !== undefined && this.set.size > 0 && (step + 1) % this.o.every === 0;
  }

  evaluate(learner: Learner): void {
    if (this.set !== undefined && this.set.size > 0) this.latest = this.set.evaluate(learner);
  }

  /** The CostReport fields of the newest evaluation (none before the first). */
  fields(): { holdoutLoss: number; holdoutAccuracy?: number; holdoutRmse?: number; holdoutR2?: number; holdoutSamples: number } | undefined {
    const f = this.latest;
    if (f === undefined) return undefined;
    return f.task === 'regression'
      ? { holdoutLoss: f.loss, holdoutRmse: f.rmse!, holdoutR2: f.r2!, holdoutSamples: f.rows }
      : { holdoutLoss: f.loss, holdoutAccuracy: f.accuracy!, holdoutSamples: f.rows };
  }
}

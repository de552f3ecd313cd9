import type { Session } from './session.js';
import type { Trainer } from './trainer.js';
import type { Incoming } from './validate.js';

/**
 * Where a server puts the samples its clients send. The single process takes
 * them into its own trainer (`localIntake` in handlers.ts); `serve --cluster`
 * appends them to the cluster's log instead (src/cluster/gateway.ts). `accept`
 * throws an NnError to refuse a message whole; acks go out through the session.
 */
export interface SampleIntake {
  accept(s: Session, inc: Incoming & { learned?: (taken: number) => void }, first: number): void;
  /** Before a Hello is answered: may bring the client's ledger entry up to date (the cluster asks its leader). */
  hello(client: string): Promise<void> | undefined;
}

/** What the Control messages act on: the local trainer, or the cluster's leader. */
export interface TrainingControls {
  setPaused(paused: boolean): Promise<void> | void;
  setLearningRate(lr: number): Promise<void> | void;
  reset(): Promise<void>;
  /** Writes a checkpoint now; resolves with the client seqs it holds (undefined: none configured). */
  checkpoint: (() => Promise<Record<string, number>>) | undefined;
}

export function localControls(trainer: Trainer, checkpoint: (() => Promise<Record<string, number>>) | undefined): TrainingControls {
  return {
    setPaused: (p) => trainer.setPaused(p),
    setLearningRate: (lr) => trainer.setLearningRate(lr),
    reset: async () => {
      await trainer.reset();
      trainer.recent.clear();
    },
    checkpoint,
  };
}

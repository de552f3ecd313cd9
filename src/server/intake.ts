import { NnError } from '../core/errors.js';
import type { nnstream } from '../codec/generated/nnstream.js';
import type { Trainer } from './trainer.js';
import type { Incoming } from './validate.js';

/** What an Ack tells one client: trained into the model, and kept durably. */
export interface AckFigures {
  trained: number;
  durable: number;
}

/** Sends one message to every connection of the client (an Ack, or an Error that names a seq). */
export type ClientReply = (message: nnstream.v1.Envelope.$Properties) => void;

/**
 * Where a server puts the samples its clients send. The single process takes
 * them into its own trainer (`localIntake`); `serve --cluster` appends them to the
 * cluster's log instead. Either way `accept` throws an NnError to refuse a
 * message whole, and later answers go through `reply`.
 */
export interface SampleIntake {
  accept(client: string, inc: Incoming, ref: number, reply: ClientReply): void;
  /** What a Hello is answered with, for this client. */
  hello(client: string): Promise<AckFigures> | AckFigures;
}

/** What the Control messages act on: the local trainer, or the cluster's leader. */
export interface TrainingControls {
  setPaused(paused: boolean): Promise<void> | void;
  setLearningRate(lr: number): Promise<void> | void;
  reset(): Promise<void>;
  /** Writes a checkpoint now; resolves with the client seqs it holds (undefined: none configured). */
  checkpoint: (() => Promise<Record<string, number>>) | undefined;
}

export function localIntake(trainer: Trainer, maxPending: () => number): SampleIntake {
  return {
    accept(client, inc, ref, reply) {
      const c = trainer.clients.get(client);
      if (c.pending + inc.m > maxPending())
        throw new NnError('BUSY', `${c.pending} samples of this client are waiting for training (limit ${maxPending()}): wait for acks, then resend seq ${ref}`);
      const taken = trainer.accept(client, inc.X, inc.n, inc.labels, inc.firstSeq);
      if (taken === 0 || c.pending === 0) reply({ ack: { throughSeq: c.trained, durableSeq: c.durable, modelStep: trainer.learner?.step ?? 0 } });
    },
    hello(client) {
      const c = trainer.clients.get(client);
      return { trained: c.trained, durable: c.durable };
    },
  };
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

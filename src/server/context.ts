import type { CostHistory } from './history.js';
import type { SampleIntake, TrainingControls } from './intake.js';
import type { Metrics } from './metrics.js';
import type { ServerLimits } from './limits.js';
import type { Reports } from './reports.js';
import type { Session } from './session.js';
import type { Trainer } from './trainer.js';

/** What the message handlers see of the server: the model, the limits, and the connections by client. */
export interface ServerContext {
  readonly trainer: Trainer;
  readonly limits: ServerLimits;
  readonly metrics: Metrics;
  readonly reports: Reports;
  readonly task: string;
  readonly standardize: boolean;
  readonly closing: boolean;
  /** Writes a checkpoint now; resolves with the client seqs it holds. */
  readonly checkpoint: (() => Promise<Record<string, number>>) | undefined;
  /** The cost history kept for Subscribe.history (cleared on reset). */
  readonly history: CostHistory | undefined;
  /** Where samples go: this process's trainer, or the cluster's log. */
  readonly intake: SampleIntake;
  /** What controls act on: this process's trainer, or the cluster's leader. */
  readonly controls: TrainingControls;
  log(line: string): void;
  sessions(): Iterable<Session>;
  /** Moves a connection to another client id (Hello). */
  rebind(s: Session, id: string): void;
  /** Sends a connection its client's ack as the ledger has it now. */
  ack(s: Session): void;
  announceDurable(seqs: Record<string, number>): void;
}

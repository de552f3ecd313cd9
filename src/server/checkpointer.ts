import { writeCheckpoint } from '../storage/checkpoint-file.js';
import type { Trainer } from './trainer.js';

export interface CheckpointOptions {
  path: string;
  everySteps?: number; // 0: not by steps
  everyMs?: number; // 0: not by time
}

/**
 * Writes checkpoints: everything a resumed run needs (parameters, optimizer,
 * normalizer, RNG, counters, and each named client's trained seq) taken between
 * two steps, written atomically with a checksum, the one it replaces kept as
 * FILE.prev. One write at a time; a request during a write waits for a new one.
 * Durable is what a written checkpoint holds: the ledger is told after each write.
 */
export class Checkpointer {
  private lastStep = 0;
  private lastTime = Date.now();
  private writing: Promise<Record<string, number>> | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  count = 0;

  constructor(
    private readonly trainer: Trainer,
    private readonly o: CheckpointOptions,
    private readonly onWritten: (seqs: Record<string, number>) => void,
    private readonly log: (line: string) => void,
  ) {
    this.lastStep = trainer.learner?.step ?? 0;
    trainer.steps.subscribe(() => this.maybe());
    if (o.everyMs) {
      this.timer = setInterval(() => this.maybe(), Math.min(o.everyMs, 1000));
      this.timer.unref();
    }
  }

  private maybe(): void {
    const step = this.trainer.learner?.step ?? 0;
    const bySteps = (this.o.everySteps ?? 0) > 0 && step - this.lastStep >= this.o.everySteps!;
    const byTime = (this.o.everyMs ?? 0) > 0 && Date.now() - this.lastTime >= this.o.everyMs! && step !== this.lastStep;
    if ((bySteps || byTime) && this.writing === undefined) void this.write().catch((e: unknown) => this.log(`checkpoint failed: ${(e as Error).message}`));
  }

  /** Captures the model between two steps and writes it; one write at a time. */
  async write(): Promise<Record<string, number>> {
    while (this.writing !== undefined) await this.writing.catch(() => undefined);
    const job = this.captureAndSave();
    this.writing = job;
    try {
      return await job;
    } finally {
      if (this.writing === job) this.writing = undefined;
    }
  }

  private async captureAndSave(): Promise<Record<string, number>> {
    const captured = await this.trainer.capture();
    if (captured === undefined) return {};
    const { model, seqs, owners } = captured;
    this.lastStep = model.step;
    this.lastTime = Date.now();
    await writeCheckpoint(this.o.path, { ...model, clients: seqs, clientOwners: owners });
    this.trainer.clients.markDurable(seqs);
    this.count++;
    this.onWritten(seqs);
    return seqs;
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
  }
}

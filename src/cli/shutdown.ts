import type { Checkpointer } from '../server/checkpointer.js';
import type { NnServer } from '../server/server.js';
import type { Trainer } from '../server/trainer.js';

export interface ShutdownParts {
  server: NnServer;
  trainer: Trainer;
  checkpointer: Checkpointer | undefined;
  checkpointPath: string | undefined;
  /** Stop the other sources (demo, stdin). */
  stops: (() => void)[];
  /** After the last checkpoint: anything else to write (the model to --save). */
  save?: () => Promise<void>;
  /** The whole shutdown ends within this (ms), checkpoint included. */
  timeoutMs: number;
  log: (line: string) => void;
  exit: (code: number) => void;
  /** Leaves the cluster (`serve --cluster`): a leader checkpoints and gives up its lease at once. */
  leave?: () => Promise<void>;
}

/**
 * What a signal does: stop taking samples, train what was accepted (unless
 * training is paused, or that takes too long), write a last checkpoint of what
 * was trained, close the sockets, exit 0. It always ends within the timeout; a
 * failure ends it with a message and exit 1 (never an unhandled rejection); a
 * second signal exits at once.
 */
export function onSignals(parts: ShutdownParts): (reason: string) => void {
  let stopping = false;
  const handle = (signal: string): void => {
    if (stopping) {
      parts.log(`${signal} again: exiting now, without waiting for training or a checkpoint`);
      return parts.exit(1);
    }
    stopping = true;
    const timer = setTimeout(() => {
      parts.log(`shutdown did not finish within ${parts.timeoutMs / 1000} s (--shutdown-timeout): exiting now`);
      parts.exit(1);
    }, parts.timeoutMs);
    shutdown(signal, parts).then(
      () => {
        clearTimeout(timer);
        parts.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      },
      (e: unknown) => {
        clearTimeout(timer);
        parts.log(`shutdown failed: ${(e as Error)?.message ?? e}`);
        parts.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => handle('SIGTERM'));
  process.on('SIGINT', () => handle('SIGINT'));
  return handle;
}

const within = <T>(p: Promise<T>, ms: number): Promise<T | 'late'> =>
  Promise.race([p, new Promise<'late'>((r) => setTimeout(() => r('late'), ms).unref())]);

async function shutdown(signal: string, { server, trainer, checkpointer, checkpointPath, stops, save, timeoutMs, log, leave }: ShutdownParts): Promise<void> {
  server.stopAccepting();
  for (const stop of stops) stop();
  if (trainer.paused) log(`${signal}: stopping — training is paused: the ${trainer.backlog} samples waiting stay untrained (unacknowledged, for their clients to resend)`);
  else {
    log(`${signal}: stopping — no new samples; training what was accepted`);
    // training gets most of the time; the checkpoint and the goodbyes the rest
    if ((await within(trainer.drain(), timeoutMs * 0.6)) === 'late') log(`training the backlog takes too long: ${trainer.backlog} samples stay untrained (unacknowledged, for their clients to resend)`);
    trainer.setPaused(true); // nothing more goes to the training thread: the checkpoint is of what was trained
  }
  if (checkpointer !== undefined) {
    checkpointer.stop();
    const seqs = await checkpointer.write();
    server.announceDurable(seqs);
    log(`final checkpoint written to ${checkpointPath} at step ${trainer.learner?.step ?? 0}`);
  }
  await save?.();
  await leave?.();
  await server.close(1001, 'server shutting down');
  trainer.close();
}

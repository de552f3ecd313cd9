import { NnError } from '../core/errors.js';
import type { Trainer } from '../server/trainer.js';
import { saveModel } from '../storage/model-file.js';

/**
 * Why the server could not listen, as one line for the command line (the caller
 * then releases what it started, so the process exits instead of hanging).
 */
export function listenError(e: unknown, host: string, port: number): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  const where = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  if (code === 'EADDRINUSE') return new NnError('BAD_OPTION', `cannot listen on ${where}: the port is already in use (EADDRINUSE); stop the other server or choose another --port (0 picks a free one)`);
  if (code === 'EACCES') return new NnError('BAD_OPTION', `cannot listen on ${where}: permission denied (EACCES); ports below 1024 need privileges, choose another --port`);
  if (code === 'EADDRNOTAVAIL') return new NnError('BAD_OPTION', `cannot listen on ${where}: no such local address (EADDRNOTAVAIL); check --host`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new NnError('BAD_OPTION', `cannot listen on ${where}: unknown host (${code}); check --host`);
  return e;
}

/** Where the model goes when the server stops: said once at startup, so nobody loses a model unawares. */
export function persistenceNote(checkpoint: string | undefined, save: string | undefined): string {
  if (checkpoint !== undefined && save !== undefined) return `the model is checkpointed to ${checkpoint} and saved to ${save} on shutdown`;
  if (checkpoint !== undefined) return `the model is checkpointed to ${checkpoint}`;
  if (save !== undefined) return `the model is saved to ${save} on shutdown (SIGTERM/SIGINT)`;
  return 'note: no --checkpoint or --save: the model lives in memory only and is lost when the server stops';
}

/** serve --save: the whole model (parameters, optimizer, normalizer, counters), written atomically. */
export async function saveOnShutdown(trainer: Trainer, path: string, log: (line: string) => void): Promise<void> {
  const captured = await trainer.capture();
  if (captured === undefined) {
    log(`--save ${path}: nothing to save, the model was never created (no sample arrived)`);
    return;
  }
  const { clients: _clients, ...model } = captured.model;
  await saveModel(path, model);
  log(`model saved to ${path} at step ${model.step} (${model.samples} samples)`);
}

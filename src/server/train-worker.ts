import { getPriority, setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { jsKernels } from '../core/kernels.js';
import { Learner } from '../core/learner.js';
import { DEFAULT_ARENA_BYTES, WasmKernels } from '../core/wasm-kernels.js';
import { matrix } from '../core/matrix.js';
import type { ModelData } from '../core/model.js';
import { Publisher, type PublishedBuffers } from './published-params.js';

/** Messages to the training thread, answered in order. */
export type ToWorker =
  | { type: 'init'; model: ModelData; published: PublishedBuffers; threads: number; nice: number }
  | { type: 'train'; id: number; X: Float64Array; n: number; m: number; labels: Float64Array }
  | { type: 'capture'; id: number }
  | { type: 'lr'; lr: number }
  | { type: 'reset'; id: number };

export type FromWorker =
  | { type: 'step'; id: number; report: import('../core/learner.js').StepReport; X: Float64Array; lr: number; seconds: number }
  | { type: 'model'; id: number; model: ModelData }
  | { type: 'reset'; id: number }
  | { type: 'fatal'; message: string };

/**
 * The training thread: it holds the model that learns, takes one message at a
 * time, and after every step publishes the parameters for the main thread.
 */
const port = parentPort!;

let learner: Learner | undefined;
let publisher: Publisher | undefined;

port.on('message', (msg: ToWorker) => {
  try {
    switch (msg.type) {
      case 'init':
        lowerPriority(msg.nice);
        learner = Learner.fromModel(msg.model, { kernels: WasmKernels.create(DEFAULT_ARENA_BYTES, { threads: msg.threads }) ?? jsKernels });
        publisher = new Publisher(msg.published);
        publisher.publish(learner);
        return;
      case 'train': {
        const t0 = performance.now();
        const report = learner!.learnMany(matrix(msg.n, msg.m, msg.X), msg.labels);
        const seconds = (performance.now() - t0) / 1000;
        publisher!.publish(learner!);
        // the batch's buffer goes back to the main thread's pool
        return port.postMessage({ type: 'step', id: msg.id, report, X: msg.X, lr: learner!.optimizer.learningRate, seconds } satisfies FromWorker, [msg.X.buffer as ArrayBuffer]);
      }
      case 'capture':
        return port.postMessage({ type: 'model', id: msg.id, model: learner!.toModel() } satisfies FromWorker);
      case 'lr':
        learner!.optimizer.learningRate = msg.lr;
        return;
      case 'reset':
        learner!.reset();
        publisher!.publish(learner!);
        return port.postMessage({ type: 'reset', id: msg.id } satisfies FromWorker);
    }
  } catch (e) {
    port.postMessage({ type: 'fatal', message: (e as Error).stack ?? String(e) } satisfies FromWorker);
  }
});

/**
 * Training takes the CPU that the main thread (sockets, decoding, predictions) leaves:
 * on Linux a nice value belongs to one thread, so this lowers this thread (and the
 * product helpers it starts) `by` nice levels below the process, never the main
 * thread. Where that is not possible, training keeps the process's priority.
 */
function lowerPriority(by: number): void {
  if (by <= 0 || process.platform !== 'linux') return;
  try {
    setPriority(0, Math.min(19, getPriority(0) + by));
  } catch {
    // not permitted: nothing changes
  }
}

import { Worker } from 'node:worker_threads';
import { NnError } from '../core/errors.js';
import type { Learner, StepReport } from '../core/learner.js';
import type { ModelData } from '../core/model.js';
import { createPublished, Publisher, Subscriber } from './published-params.js';
import type { FromWorker, ToWorker } from './train-worker.js';

/**
 * The main thread's handle on the training thread. Training steps, checkpoints
 * and resets are messages answered in order; the parameters come back through
 * shared memory (see published-params.ts), so predictions on the main thread
 * never wait for a step and never see half of one.
 */
export class TrainThread {
  private readonly worker: Worker;
  private readonly subscriber: Subscriber;
  private readonly waiting = new Map<number, { ok: (v: never) => void; fail: (e: Error) => void }>();
  private nextId = 1;
  private failure: Error | undefined;
  private closing = false;

  /**
   * `threads`: threads sharing each large matrix product in the training thread (1: it
   * alone); `nice`: how many nice levels below the process the training thread runs (Linux; 0: none).
   */
  constructor(learner: Learner, threads: number, nice: number, onFatal: (e: Error) => void) {
    const published = createPublished(learner);
    new Publisher(published).publish(learner); // the initial step, readable before the thread is up
    this.subscriber = new Subscriber(published);
    this.worker = new Worker(new URL('./train-worker.js', import.meta.url));
    this.worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'fatal') return this.fail(new NnError('INTERNAL', `the training thread failed: ${msg.message}`), onFatal);
      const w = this.waiting.get(msg.id);
      this.waiting.delete(msg.id);
      w?.ok((msg.type === 'step' ? { report: msg.report, X: msg.X, lr: msg.lr, seconds: msg.seconds } : msg.type === 'model' ? msg.model : undefined) as never);
    });
    this.worker.on('error', (e) => this.fail(e, onFatal));
    this.worker.on('exit', (code) => code !== 0 && !this.closing && this.fail(new NnError('INTERNAL', `the training thread exited with code ${code}`), onFatal));
    this.post({ type: 'init', model: learner.toModel(), published, threads, nice });
  }

  /** One training step on the batch; X's buffer is handed over to the thread, and back with the report. */
  train(X: Float64Array, n: number, m: number, labels: Float64Array): Promise<{ report: StepReport; X: Float64Array; lr: number; seconds: number }> {
    const transfer = X.buffer === labels.buffer ? [X.buffer] : [X.buffer, labels.buffer];
    return this.request((id) => ({ type: 'train', id, X, n, m, labels }), transfer as ArrayBuffer[]);
  }

  /** The whole model (optimizer and RNG state included) after every step sent before. */
  capture(): Promise<ModelData> {
    return this.request((id) => ({ type: 'capture', id }));
  }

  reset(): Promise<void> {
    return this.request((id) => ({ type: 'reset', id }));
  }

  setLearningRate(lr: number): void {
    this.post({ type: 'lr', lr });
  }

  /** Brings the main thread's replica to the newest published step; returns that step. */
  sync(replica: Learner): number {
    return this.subscriber.copyInto(replica);
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.worker.terminate();
  }

  private request<T>(make: (id: number) => ToWorker, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<T>((ok, fail) => {
      this.waiting.set(id, { ok: ok as (v: never) => void, fail });
      this.post(make(id), transfer);
    });
  }

  private post(msg: ToWorker, transfer: ArrayBuffer[] = []): void {
    this.worker.postMessage(msg, transfer);
  }

  private fail(e: Error, onFatal: (e: Error) => void): void {
    if (this.failure !== undefined) return;
    this.failure = e;
    for (const w of this.waiting.values()) w.fail(e);
    this.waiting.clear();
    onFatal(e);
  }
}

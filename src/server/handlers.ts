import { NnError } from '../core/errors.js';
import { matrix } from '../core/matrix.js';
import type { nnstream } from '../codec/generated/nnstream.js';
import { ownerDigest, sameOwner } from './auth.js';
import type { ServerContext } from './context.js';
import type { SampleIntake } from './intake.js';
import { modelInfo } from './model-info.js';
import { predictedLabels } from './records.js';
import type { Session } from './session.js';
import { subscriptionOf } from './subscription.js';
import { sampleBytes } from './trainer.js';
import { predictIn, type Expect, type Incoming } from './validate.js';

/** Refusals a client can fix by resending the same seqs (later, or split): they leave a hole the ack stops below. */
const RETRYABLE = new Set(['BUSY', 'TOO_LARGE']);

export function expectOf(ctx: ServerContext): Expect {
  return { inputs: ctx.trainer.inputs, checkLabel: ctx.trainer.checkLabel, maxAbs: ctx.limits.maxAbs, maxSamples: ctx.limits.maxSamplesPerMessage };
}

export function onHello(ctx: ServerContext, s: Session, h: nnstream.v1.Hello.$Properties): Promise<void> | undefined {
  const id = h.clientId ?? '';
  if (id !== '') {
    if (id.length > 128 || id.startsWith('~')) throw new NnError('BAD_MESSAGE', 'client_id must be 1-128 characters and not start with "~"');
    const owner = ownerDigest(id, h.secret ?? undefined, s.token);
    const known = ctx.trainer.clients.peek(id);
    // an id first used with a secret (or token) is resumed only with the same one
    if (known !== undefined && known.owner !== '' && !sameOwner(known.owner, owner))
      throw new NnError('FORBIDDEN', `client_id "${id}" is held by another secret: resume it with the Hello secret (or token) it was first used with, or choose another id`);
    if (id !== s.clientId) ctx.rebind(s, id);
    const c = ctx.trainer.clients.get(id);
    if (s.role === 'trainer' && c.owner === '' && c.through === 0 && !c.busy) c.owner = owner; // the first trainer to use an id binds it
    s.named = true;
  }
  const asked = ctx.intake.hello(s.clientId); // the cluster asks its leader first
  if (asked !== undefined) return asked.then(() => ctx.ack(s));
  ctx.ack(s);
  return undefined;
}

/** The seqs a message of samples claims, read before decoding it (for the window and for holes). */
export interface Claimed {
  first: number; // 0: unsequenced
  m: number;
}

export const claimedBy = {
  sample: (b: nnstream.v1.Sample.$Properties): Claimed => ({ first: Number(b.seq ?? 0), m: 1 }),
  batch: (b: nnstream.v1.SampleBatch.$Properties): Claimed => ({ first: Number(b.firstSeq ?? 0), m: Math.max(1, b.m ?? 0) }),
  record: (r: nnstream.v1.Record.$Properties): Claimed => ({ first: Number(r.seq ?? 0), m: 1 }),
  records: (b: nnstream.v1.RecordBatch.$Properties): Claimed => ({ first: Number(b.firstSeq ?? 0), m: Math.max(1, b.records?.length ?? 0) }),
};

/** Samples in (Sample, SampleBatch, Record, RecordBatch): `decode` checks them; the ledger decides what is taken. */
export function onSamples(ctx: ServerContext, s: Session, { first, m }: Claimed, decode: () => Incoming & { learned?: (taken: number) => void }): void {
  if (s.role !== 'trainer') throw new NnError('FORBIDDEN', 'this connection is read-only (viewer token): it cannot send samples');
  const c = ctx.trainer.clients.get(s.clientId);
  const gap = ctx.limits.maxSeqGap;
  if (first > 0 && (!Number.isSafeInteger(first + m) || first + m - 1 > c.through + gap))
    throw new NnError('BAD_SAMPLE', `seq ${first}${m > 1 ? `-${first + m - 1}` : ''} reaches more than ${gap} (--max-seq-gap) past this client's acknowledged seq ${c.through}: seqs count up from the last ack`);
  try {
    if (ctx.closing) throw new NnError('BUSY', 'the server is shutting down: samples are no longer accepted');
    const inc = decode();
    ctx.intake.accept(s, inc, first);
  } catch (e) {
    // a refusal the client can fix by resending holds its ack back below these seqs
    if (first > 0 && e instanceof NnError && RETRYABLE.has(e.code)) c.refuse(first, Math.min(first + m - 1, c.through + gap));
    throw e;
  }
}

/** The single process's intake: the limits, then this process's trainer. */
export function localIntake(ctx: ServerContext): SampleIntake {
  return {
    accept(s, inc, first) {
      admit(ctx, s, inc, first);
      const taken = ctx.trainer.accept(s.clientId, inc.X, inc.n, inc.labels, inc.firstSeq);
      inc.learned?.(taken); // records: the values taken move the schema's fill means
      if (taken === 0 || ctx.trainer.clients.get(s.clientId).pendingSamples === 0) ctx.ack(s);
    },
    hello: () => undefined,
  };
}

/** The per-client and global backlog limits, in samples and in bytes. */
function admit(ctx: ServerContext, s: Session, inc: Incoming, ref: number): void {
  const L = ctx.limits, c = ctx.trainer.clients.get(s.clientId);
  const bytes = inc.m * sampleBytes(inc.n);
  if (c.pendingSamples + inc.m > L.maxPendingPerConnection)
    throw new NnError('BUSY', `${c.pendingSamples} samples of this client are waiting for training (limit ${L.maxPendingPerConnection}): wait for acks, then resend seq ${ref}`);
  if (c.pendingBytes + bytes > L.maxPendingBytesPerConnection)
    throw new NnError('BUSY', `${c.pendingBytes} bytes of this client's samples are waiting for training (limit ${L.maxPendingBytesPerConnection}): wait for acks, then resend seq ${ref}`);
  const all = ctx.trainer.clients.pendingBytes;
  if (all + bytes > L.maxPendingBytes)
    throw new NnError('BUSY', `the server's training backlog holds ${all} bytes (budget ${L.maxPendingBytes}, --max-pending-bytes): wait for acks, then resend seq ${ref}`);
}

export function onPredict(ctx: ServerContext, s: Session, r: nnstream.v1.PredictRequest.$Properties): void {
  if (s.role !== 'trainer') throw new NnError('FORBIDDEN', 'this connection is read-only (viewer token): it cannot ask for predictions');
  const { n, m, X } = predictIn(r, expectOf(ctx));
  answerPredict(ctx, s, Number(r.id ?? 0), n, m, X);
}

/** A prediction from the live model, once the inputs are checked (PredictRequest, PredictRecords). */
export function answerPredict(ctx: ServerContext, s: Session, id: number, n: number, m: number, X: Float64Array): void {
  const started = ctx.metrics.now();
  if (s.role !== 'trainer') throw new NnError('FORBIDDEN', 'this connection is read-only (viewer token): it cannot ask for predictions');
  // answers to a peer that does not read would pile up here (the rest of a read can hold many requests)
  if (s.backlogged) throw new NnError('BUSY', `${s.ws.bufferedAmount} bytes of answers to this connection are not read yet: read them before asking for more`);
  const { A, step } = ctx.trainer.predict(matrix(n, m, X));
  ctx.metrics.predictions++;
  const labels = predictedLabels(ctx.trainer, A);
  s.send({ predictResponse: { id, yHat: Array.from(A.data), modelStep: step, k: A.rows, m, labels } });
  ctx.metrics.observePrediction(started);
}

export function onSubscribe(ctx: ServerContext, s: Session, sub: nnstream.v1.Subscribe.$Properties): void {
  s.subscription = subscriptionOf(sub);
  ctx.reports.subscribed(s);
}

export async function onControl(ctx: ServerContext, s: Session, c: nnstream.v1.Control.$Properties): Promise<void> {
  if (s.role !== 'trainer') throw new NnError('FORBIDDEN', 'this connection is read-only (viewer token): it cannot control training');
  const id = c.id ?? 0;
  const trainer = ctx.trainer, controls = ctx.controls;
  let message = '';
  switch (c.action) {
    case 'pause':
      await controls.setPaused(true);
      message = 'training paused';
      break;
    case 'resume':
      await controls.setPaused(false);
      message = 'training resumed';
      break;
    case 'setLearningRate': {
      const lr = c.setLearningRate ?? NaN;
      if (!Number.isFinite(lr) || lr <= 0 || lr > 1e3) throw new NnError('BAD_CONTROL', `set_learning_rate must be a number in (0, 1000], got ${lr}`);
      await controls.setLearningRate(lr);
      message = `learning rate set to ${lr}`;
      break;
    }
    case 'reset':
      await controls.reset();
      ctx.history?.clear(); // a new run: a page opened now starts from its step 0
      message = 'model reset to new random parameters';
      break;
    case 'checkpoint': {
      if (controls.checkpoint === undefined) throw new NnError('BAD_CONTROL', 'no --checkpoint file is configured');
      const seqs = await controls.checkpoint();
      ctx.announceDurable(seqs);
      message = 'checkpoint written';
      break;
    }
    default:
      throw new NnError('BAD_CONTROL', 'Control needs an action: pause, resume, set_learning_rate, reset or checkpoint');
  }
  ctx.log(`control: ${message}`);
  s.send({ controlResult: { id, ok: true, action: c.action, message, modelInfo: modelInfo(trainer, s.role, ctx.standardize, ctx.task) } });
}

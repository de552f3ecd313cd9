import type { RawData } from 'ws';
import { isNnError, NnError } from '../core/errors.js';
import { decodeEnvelope } from '../codec/protocol.js';
import type { nnstream } from '../codec/generated/nnstream.js';
import type { ServerContext } from './context.js';
import { answerPredict, claimedBy, expectOf, onControl, onHello, onPredict, onSamples, onSubscribe } from './handlers.js';
import { recordsOf } from './records.js';
import { batchIn, sampleIn } from './validate.js';
import type { Session } from './session.js';

type RefKind = '' | 'seq' | 'id';

/** Answers a rejected message with an Error naming what it answers; changes nothing else. */
export function reject(ctx: ServerContext, s: Session, e: unknown, ref: number, refKind: RefKind = ''): void {
  const err = isNnError(e) ? e : new NnError('INTERNAL', (e as Error)?.message ?? String(e));
  if (!isNnError(e)) ctx.log(`internal error: ${(e as Error)?.stack ?? e}`);
  ctx.metrics.error(err.code);
  s.send({ error: { code: err.code, message: err.message, ref, refKind } });
}

/** One frame from a connection: decoded, handed to the handler of its kind, and every failure answered. */
export function dispatch(ctx: ServerContext, s: Session, data: RawData, isBinary: boolean): void {
  ctx.metrics.messages++;
  s.lastMessage = Date.now();
  if (!isBinary) return reject(ctx, s, new NnError('BAD_MESSAGE', 'text frames are not accepted: send a binary protobuf Envelope'), 0);
  const bytes = Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? new Uint8Array(data) : data;
  ctx.metrics.observeMessage(bytes.length);
  let env: nnstream.v1.Envelope;
  try {
    env = decodeEnvelope(bytes);
  } catch (e) {
    return reject(ctx, s, new NnError('BAD_MESSAGE', `not a protobuf Envelope: ${(e as Error).message}`), 0);
  }
  let ref = 0;
  let refKind: RefKind = '';
  try {
    switch (env.body) {
      case 'hello':
        return void onHello(ctx, s, env.hello!)?.catch((e: unknown) => reject(ctx, s, e, 0));
      case 'sample':
        ref = Number(env.sample!.seq ?? 0);
        refKind = 'seq';
        return onSamples(ctx, s, claimedBy.sample(env.sample!), () => sampleIn(env.sample!, expectOf(ctx)));
      case 'sampleBatch':
        ref = Number(env.sampleBatch!.firstSeq ?? 0);
        refKind = 'seq';
        return onSamples(ctx, s, claimedBy.batch(env.sampleBatch!), () => batchIn(env.sampleBatch!, expectOf(ctx)));
      case 'record':
        ref = Number(env.record!.seq ?? 0);
        refKind = 'seq';
        return onSamples(ctx, s, claimedBy.record(env.record!), () => recordsOf(ctx.trainer, ctx.limits.maxAbs).samples([env.record!], ref, ctx.limits.maxSamplesPerMessage));
      case 'recordBatch':
        ref = Number(env.recordBatch!.firstSeq ?? 0);
        refKind = 'seq';
        return onSamples(ctx, s, claimedBy.records(env.recordBatch!), () => recordsOf(ctx.trainer, ctx.limits.maxAbs).samples(env.recordBatch!.records ?? [], ref, ctx.limits.maxSamplesPerMessage));
      case 'predictRecords': {
        ref = Number(env.predictRecords!.id ?? 0);
        refKind = 'id';
        const { n, m, X } = recordsOf(ctx.trainer, ctx.limits.maxAbs).inputs(env.predictRecords!.records ?? [], ctx.limits.maxSamplesPerMessage);
        return answerPredict(ctx, s, ref, n, m, X);
      }
      case 'predictRequest':
        ref = Number(env.predictRequest!.id ?? 0);
        refKind = 'id';
        return onPredict(ctx, s, env.predictRequest!);
      case 'subscribe':
        return onSubscribe(ctx, s, env.subscribe!);
      case 'control':
        ref = Number(env.control!.id ?? 0);
        refKind = 'id';
        return void onControl(ctx, s, env.control!).catch((e: unknown) => reject(ctx, s, e, ref, 'id'));
      case undefined:
        throw new NnError('BAD_MESSAGE', bytes.length === 0 ? 'empty message: an Envelope needs a body' : 'the Envelope has no known body (unknown fields only?)');
      default:
        throw new NnError('BAD_MESSAGE', `a client does not send ${env.body}`);
    }
  } catch (e) {
    reject(ctx, s, e, ref, refKind);
  }
}

import type { NatsConnection } from '@nats-io/transport-node';
import { Kvm, type KV } from '@nats-io/kv';
import { NnError } from '../core/errors.js';
import type { ModelData } from '../core/model.js';
import { decodeModelPb, encodeModelPb } from '../codec/model-pb.js';
import type { ClusterNames } from './names.js';

/** A checkpoint in the cluster: the whole model (clients' trained seqs included) and where in the log it stands. */
export interface ClusterCheckpoint {
  model: ModelData;
  /** The first stream sequence whose samples are not all in `model`: a new leader reads the log from here. */
  streamSeq: number;
  node: string;
}

interface Pointer {
  gen: string;
  parts: number;
  bytes: number;
  streamSeq: number;
  step: number;
  node: string;
  time: number;
}

/**
 * Checkpoints in a KV bucket, of any size: the model is written in parts that fit
 * the server's max_payload (`ckpt.GEN.I`), then one small pointer key
 * (`checkpoint`) is switched to them with compare-and-set on the revision the
 * writer last saw, so a deposed leader cannot overwrite its successor's
 * checkpoint; the old parts are purged after the switch.
 */
export class NatsCheckpointStore {
  private constructor(
    private readonly kv: KV,
    private readonly partBytes: number,
  ) {}

  static async open(nc: NatsConnection, names: ClusterNames, replicas: number, maxPayload: number): Promise<NatsCheckpointStore> {
    const kv = await new Kvm(nc).create(names.bucket, { history: 1, replicas });
    return new NatsCheckpointStore(kv, Math.max(1024, maxPayload - 16 * 1024));
  }

  /** The newest checkpoint and the pointer's revision (0 when there is none yet). */
  async load(): Promise<{ checkpoint: ClusterCheckpoint | undefined; revision: number }> {
    const e = await this.kv.get('checkpoint');
    if (e === null || e.operation !== 'PUT') return { checkpoint: undefined, revision: e?.revision ?? 0 };
    const p = e.json<Pointer>();
    const bytes = new Uint8Array(p.bytes);
    let at = 0;
    for (let i = 0; i < p.parts; i++) {
      const part = await this.kv.get(`ckpt.${p.gen}.${i}`);
      if (part === null || part.operation !== 'PUT') throw new NnError('BAD_MODEL', `checkpoint ${p.gen} lacks part ${i + 1} of ${p.parts}`);
      bytes.set(part.value, at);
      at += part.value.length;
    }
    if (at !== p.bytes) throw new NnError('BAD_MODEL', `checkpoint ${p.gen} has ${at} bytes, its pointer says ${p.bytes}`);
    return { checkpoint: { model: decodeModelPb(bytes), streamSeq: p.streamSeq, node: p.node }, revision: e.revision };
  }

  /**
   * Writes a checkpoint if the pointer is still at `revision` (0: none yet);
   * resolves with the new revision. Throws NOT_READY when another writer moved it,
   * and other errors when JetStream did not answer (worth another try).
   */
  async save(cp: ClusterCheckpoint, revision: number): Promise<number> {
    const bytes = encodeModelPb(cp.model);
    const gen = `${cp.model.step}-${Date.now()}-${cp.node.replace(/[^A-Za-z0-9_-]/g, '_')}`;
    const parts = Math.max(1, Math.ceil(bytes.length / this.partBytes));
    for (let i = 0; i < parts; i++) await this.kv.put(`ckpt.${gen}.${i}`, bytes.subarray(i * this.partBytes, (i + 1) * this.partBytes));
    const pointer: Pointer = { gen, parts, bytes: bytes.length, streamSeq: cp.streamSeq, step: cp.model.step, node: cp.node, time: Date.now() };
    const old = revision === 0 ? undefined : await this.kv.get('checkpoint').then((e) => (e?.operation === 'PUT' ? e.json<Pointer>() : undefined)).catch(() => undefined);
    let next: number;
    try {
      next = revision === 0 ? await this.kv.create('checkpoint', JSON.stringify(pointer)) : await this.kv.update('checkpoint', JSON.stringify(pointer), revision);
    } catch (e) {
      // a lost reply (timeout, election) or another writer: the pointer says which
      const now = await this.kv.get('checkpoint').catch(() => null);
      if (now?.operation === 'PUT' && now.json<Pointer>().gen === gen) next = now.revision;
      else if (now !== null && now.revision !== revision) {
        for (let i = 0; i < parts; i++) await this.kv.purge(`ckpt.${gen}.${i}`).catch(() => undefined);
        throw new NnError('NOT_READY', `the cluster checkpoint moved on (another leader wrote it at revision ${now.revision}): ${(e as Error).message}`);
      } else throw e;
    }
    if (old !== undefined && old.gen !== gen) for (let i = 0; i < old.parts; i++) await this.kv.purge(`ckpt.${old.gen}.${i}`).catch(() => undefined);
    return next;
  }
}

import type { NatsConnection } from '@nats-io/transport-node';
import { Kvm, type KV } from '@nats-io/kv';
import type { ModelData } from '../core/model.js';
import { decodeModelPb, encodeModelPb } from '../codec/model-pb.js';
import type { ClusterNames } from './names.js';

/** What a model version says besides its parameters. */
export interface VersionInfo {
  step: number;
  samples: number;
  paused: boolean;
  learningRate: number;
  time: number; // ms since the epoch: when the leader made this step
  node: string;
}

export interface ModelVersion {
  info: VersionInfo;
  model: ModelData; // parameters and normalizer (no optimizer or RNG state)
}

/**
 * The newest model version of a model, as one KV key (`model`) that the leader
 * rewrites and every node watches: [u32 JSON length][VersionInfo JSON][ParameterSnapshot].
 * A watcher that falls behind jumps to the newest version.
 */
export class NatsVersionFeed {
  private constructor(private readonly kv: KV) {}

  static async open(nc: NatsConnection, names: ClusterNames, replicas: number): Promise<NatsVersionFeed> {
    return new NatsVersionFeed(await new Kvm(nc).create(names.bucket, { history: 1, replicas }));
  }

  async publish(v: ModelVersion): Promise<void> {
    const { optimizer: _o, rng: _r, clients: _c, ...params } = v.model;
    const head = new TextEncoder().encode(JSON.stringify(v.info));
    const body = encodeModelPb(params);
    const out = new Uint8Array(4 + head.length + body.length);
    new DataView(out.buffer).setUint32(0, head.length, true);
    out.set(head, 4);
    out.set(body, 4 + head.length);
    await this.kv.put('model', out);
  }

  /** The newest version, read directly (when a watcher cannot be had), and its revision. */
  async latest(): Promise<{ version: ModelVersion; revision: number } | undefined> {
    const e = await this.kv.get('model');
    return e === null || e.operation !== 'PUT' ? undefined : { version: decodeVersion(e.value), revision: e.revision };
  }

  /** Calls `on` with every version from the newest one on; returns a stop function. */
  async watch(on: (v: ModelVersion) => void, onError: (e: Error) => void): Promise<() => void> {
    const it = await this.kv.watch({ key: 'model' });
    void (async () => {
      for await (const e of it) {
        if (e.operation !== 'PUT') continue;
        try {
          on(decodeVersion(e.value));
        } catch (err) {
          onError(err as Error);
        }
      }
    })().catch(onError);
    return () => it.stop();
  }
}

export function decodeVersion(bytes: Uint8Array): ModelVersion {
  const len = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  const info = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + len))) as VersionInfo;
  return { info, model: decodeModelPb(bytes.subarray(4 + len)) };
}

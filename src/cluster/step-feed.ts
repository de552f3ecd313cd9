import type { StepEvent } from '../server/trainer.js';

/** A step event as the leader sends it to every node (core NATS, JSON; non-finite numbers as strings). */
export function encodeStep(e: StepEvent, extra: { lr: number; paused: boolean }): Uint8Array {
  const json = JSON.stringify({ ...e, trained: [...e.trained], untrained: [...e.untrained], ...extra }, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
  return new TextEncoder().encode(json);
}

export function decodeStep(bytes: Uint8Array): StepEvent & { lr: number; paused: boolean } {
  const o = JSON.parse(new TextDecoder().decode(bytes), (_k, v: unknown) => (v === 'NaN' || v === 'Infinity' || v === '-Infinity' ? Number(v) : v)) as StepEvent & {
    trained: [string, number][];
    untrained: [string, [number, number][]][];
    lr: number;
    paused: boolean;
  };
  return { ...o, trained: new Map(o.trained), untrained: new Map(o.untrained) };
}

/** The log's name of a client: anonymous ids are per node, so they carry the node's name. */
export function logClientId(client: string, node: string): string {
  return client.startsWith('~') ? `${client}@${node}` : client;
}

/** This node's name of a client in the log; undefined for another node's anonymous client. */
export function localClientId(logId: string, node: string): string | undefined {
  if (!logId.startsWith('~')) return logId;
  const at = logId.lastIndexOf('@');
  return at > 0 && logId.slice(at + 1) === node ? logId.slice(0, at) : undefined;
}

import { encodeEnvelope, pb, rawBytes } from '../../src/codec/protocol.js';
import { NnstreamError } from './errors.js';

/** A message's fields without its methods: what the client hands out (plain objects, 64-bit integers as numbers). */
type Plain<T> = { -readonly [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K extends `$${string}` ? never : K]: T[K] };

export type ModelInfo = Plain<InstanceType<typeof pb.ModelInfo>>;
export type CostReport = Plain<InstanceType<typeof pb.CostReport>>;
export type ParameterSnapshot = Plain<InstanceType<typeof pb.ParameterSnapshot>>;
export type RecentSamples = Plain<InstanceType<typeof pb.RecentSamples>>;
export type Alert = Plain<InstanceType<typeof pb.Alert>>;
export type ControlResult = Plain<InstanceType<typeof pb.ControlResult>>;
export type Ack = Plain<InstanceType<typeof pb.Ack>>;
type PredictResponse = InstanceType<typeof pb.PredictResponse>;

interface MessageType {
  toObject(message: never, options: { longs: NumberConstructor; defaults: boolean; arrays: boolean }): Record<string, unknown>;
}

/**
 * A decoded message as a plain object with every field present. protobufjs leaves
 * an absent uint64 field as its prototype default, a Long object (0 + 1 === "01"),
 * even with --force-number; toObject with longs: Number turns every one into a number.
 */
export function plain<T>(type: MessageType, message: unknown): T {
  return type.toObject(message as never, { longs: Number, defaults: true, arrays: true }) as T;
}

/** What the server answers a prediction with. */
export interface Prediction {
  id: number;
  /** k*m values, column-major: the k outputs of sample j are yHat[j*k .. j*k+k-1]. */
  yHat: Float64Array;
  k: number;
  m: number;
  /** The step of the parameters that answered. */
  modelStep: number;
  /** Classification with a schema: the predicted class name per sample ([] otherwise). */
  labels: string[];
}

/** Which streams to receive and how often (see `Subscribe` in proto/nnstream.proto). */
export interface SubscribeOptions {
  cost?: boolean;
  params?: boolean;
  recent?: boolean;
  costEverySteps?: number;
  costMaxPerSecond?: number;
  paramsEverySteps?: number;
  paramsMaxPerSecond?: number;
  recentMax?: number;
  /** First receive the server's retained cost history (reports with `history` true, oldest first, from step 0; again after a reconnect), then live ones. */
  history?: boolean;
}

export interface SubscribeCallbacks {
  onCost?(report: CostReport): void;
  onParams?(snapshot: ParameterSnapshot): void;
  onRecent?(recent: RecentSamples): void;
  onAlert?(alert: Alert): void;
}

/** One action of a `Control` message. */
export type ControlAction =
  | { pause: true }
  | { resume: true }
  | { setLearningRate: number }
  | { reset: true }
  | { checkpoint: true };

export function predictFrame(id: number, x: Float64Array, n: number, m: number): Uint8Array {
  // One sample: packed doubles, the simplest form; a batch: raw bytes, the fast one.
  if (m === 1) return encodeEnvelope({ predictRequest: { id, n, m, x: Array.from(x) } });
  return encodeEnvelope({ predictRequest: { id, n, m, xRaw: rawBytes(x) } });
}

export function subscribeFrame(o: SubscribeOptions, c: SubscribeCallbacks): Uint8Array {
  return encodeEnvelope({
    subscribe: {
      cost: o.cost ?? c.onCost !== undefined,
      params: o.params ?? c.onParams !== undefined,
      recent: o.recent ?? c.onRecent !== undefined,
      costEverySteps: o.costEverySteps ?? 0,
      costMaxPerSecond: o.costMaxPerSecond ?? 0,
      paramsEverySteps: o.paramsEverySteps ?? 0,
      paramsMaxPerSecond: o.paramsMaxPerSecond ?? 0,
      recentMax: o.recentMax ?? 0,
      history: o.history ?? false,
    },
  });
}

export function controlFrame(id: number, action: ControlAction): Uint8Array {
  if ('setLearningRate' in action && !(Number.isFinite(action.setLearningRate) && action.setLearningRate > 0))
    throw new NnstreamError('BAD_CONTROL', `Expected a learning rate > 0, got ${action.setLearningRate}`);
  return encodeEnvelope({ control: { id, ...action } });
}

export function predictionOf(r: PredictResponse): Prediction {
  const yHat = Float64Array.from(r.yHat);
  const m = r.m > 0 ? r.m : 1;
  const k = r.k > 0 ? r.k : yHat.length / m;
  return { id: Number(r.id), yHat, k, m, modelStep: Number(r.modelStep), labels: [...(r.labels ?? [])] };
}

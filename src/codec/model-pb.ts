import { NnError } from '../core/errors.js';
import { toRowMajor } from '../core/matrix.js';
import { MODEL_FORMAT, type ModelData } from '../core/model.js';
import { modelFromJson, modelToJson } from './model-json.js';
import { pb } from './protocol.js';
import type { nnstream } from './generated/nnstream.js';

/** The model as a ParameterSnapshot message (the content of a `.pb` model file). */
export function modelToSnapshot(model: ModelData, withState = true): nnstream.v1.ParameterSnapshot.$Properties {
  const snap: nnstream.v1.ParameterSnapshot.$Properties = {
    step: model.step,
    samples: model.samples,
    task: model.task,
    classes: model.classes,
    format: MODEL_FORMAT,
    layers: model.layers.map((l) => ({ rows: l.W.rows, cols: l.W.cols, activation: l.activation, w: Array.from(toRowMajor(l.W)), b: Array.from(l.b) })),
  };
  if (!withState) return snap;
  if (model.normalizer) snap.normalizer = { count: model.normalizer.count, mean: Array.from(model.normalizer.mean), m2: Array.from(model.normalizer.m2) };
  if (model.optimizer)
    snap.optimizer = {
      name: model.optimizer.name,
      learningRate: model.optimizer.learningRate,
      l2: model.l2 ?? 0,
      scalars: model.optimizer.scalars,
      arrays: Object.entries(model.optimizer.arrays).map(([name, v]) => ({ name, values: Array.from(v) })),
    };
  else if (model.l2) snap.optimizer = { l2: model.l2 };
  if (model.rng) snap.rngState = JSON.stringify(model.rng);
  if (model.clients) snap.clientSeqs = model.clients;
  if (model.clientOwners) snap.clientOwners = model.clientOwners;
  return snap;
}

export function encodeModelPb(model: ModelData): Uint8Array {
  return pb.ParameterSnapshot.encode(modelToSnapshot(model)).finish();
}

/** Decodes and checks a `.pb` model: the same checks as the JSON form, via its shape. */
export function decodeModelPb(bytes: Uint8Array): ModelData {
  let snap: nnstream.v1.ParameterSnapshot;
  try {
    snap = pb.ParameterSnapshot.decode(bytes);
  } catch (e) {
    throw new NnError('BAD_MODEL', `Not a protobuf ParameterSnapshot: ${(e as Error).message}`);
  }
  return snapshotToModel(snap);
}

export function snapshotToModel(snap: nnstream.v1.ParameterSnapshot): ModelData {
  const layers = (snap.layers ?? []).map((l, i) => {
    const w = l.w ?? [], rows = l.rows ?? 0, cols = l.cols ?? 0;
    if (w.length !== rows * cols) throw new NnError('BAD_MODEL', `Layer ${i + 1}: w has ${w.length} values, expected ${rows}x${cols}`);
    const W: number[][] = [];
    for (let r = 0; r < rows; r++) W.push(w.slice(r * cols, (r + 1) * cols));
    return { activation: l.activation, W, b: l.b ?? [] };
  });
  const json: Record<string, unknown> = {
    format: snap.format || MODEL_FORMAT,
    task: snap.task,
    step: snap.step,
    samples: snap.samples,
    layers,
  };
  if (snap.normalizer) json['normalizer'] = { count: snap.normalizer.count, mean: snap.normalizer.mean, m2: snap.normalizer.m2 };
  if (snap.optimizer?.name) {
    const arrays: Record<string, number[]> = {};
    for (const a of snap.optimizer.arrays ?? []) arrays[a.name ?? ''] = a.values ?? [];
    json['optimizer'] = { name: snap.optimizer.name, learningRate: snap.optimizer.learningRate, scalars: snap.optimizer.scalars, arrays };
  }
  if (snap.optimizer?.l2) json['l2'] = snap.optimizer.l2;
  if (snap.clientSeqs && Object.keys(snap.clientSeqs).length > 0) json['clients'] = snap.clientSeqs;
  if (snap.clientOwners && Object.keys(snap.clientOwners).length > 0) json['clientOwners'] = snap.clientOwners;
  if (snap.rngState) {
    try {
      json['rng'] = JSON.parse(snap.rngState);
    } catch {
      throw new NnError('BAD_MODEL', 'rng_state is not valid JSON');
    }
  }
  return modelFromJson(json);
}

export { modelToJson };

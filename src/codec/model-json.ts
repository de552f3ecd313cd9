import { isHiddenActivation, OUTPUT_ACTIVATIONS, type ActivationName } from '../core/activations.js';
import { NnError } from '../core/errors.js';
import { TASKS, type Task } from '../core/loss.js';
import { fromRows, toRows } from '../core/matrix.js';
import { MODEL_FORMAT, type LayerData, type ModelData } from '../core/model.js';
import type { OptimizerState } from '../core/optimizers.js';
import { OPTIMIZERS } from '../core/optimizers.js';
import type { RngState } from '../core/rng.js';

/** The JSON form of a model file (PRODUCT.md): W as a list of rows, numpy's shape. */
export interface ModelJson {
  format: typeof MODEL_FORMAT;
  task: Task;
  step: number;
  samples?: number;
  classes?: number;
  l2?: number;
  layers: { activation: string; W: number[][]; b: number[] }[];
  normalizer?: { count: number; mean: number[]; m2: number[] };
  optimizer?: { name: string; learningRate: number; scalars: Record<string, number>; arrays: Record<string, number[]> };
  rng?: unknown;
  clients?: Record<string, number>;
  clientOwners?: Record<string, string>;
}

export function modelToJson(model: ModelData): ModelJson {
  const json: ModelJson = {
    format: MODEL_FORMAT,
    task: model.task,
    step: model.step,
    samples: model.samples,
    layers: model.layers.map((l) => ({ activation: l.activation, W: toRows(l.W), b: Array.from(l.b) })),
  };
  if (model.task === 'multiclass') json.classes = model.classes;
  if (model.l2) json.l2 = model.l2;
  if (model.normalizer) json.normalizer = { count: model.normalizer.count, mean: Array.from(model.normalizer.mean), m2: Array.from(model.normalizer.m2) };
  if (model.optimizer) {
    const arrays: Record<string, number[]> = {};
    for (const [k, v] of Object.entries(model.optimizer.arrays)) arrays[k] = Array.from(v);
    json.optimizer = { name: model.optimizer.name, learningRate: model.optimizer.learningRate, scalars: model.optimizer.scalars, arrays };
  }
  if (model.rng) json.rng = model.rng;
  if (model.clients) json.clients = model.clients;
  if (model.clientOwners && Object.keys(model.clientOwners).length > 0) json.clientOwners = model.clientOwners;
  return json;
}

const bad = (what: string): never => {
  throw new NnError('BAD_MODEL', what);
};

function numbers(v: unknown, what: string): number[] {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'number' && Number.isFinite(x))) bad(`${what} must be a list of finite numbers`);
  return v as number[];
}

function finiteNumber(v: unknown, what: string, min = -Infinity): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min) bad(`${what} must be a finite number${min > -Infinity ? ` >= ${min}` : ''}, got ${JSON.stringify(v)}`);
  return v as number;
}

/** Checks a parsed JSON model and turns it into ModelData; every defect is a BAD_MODEL error. */
export function modelFromJson(value: unknown): ModelData {
  if (typeof value !== 'object' || value === null) bad('A model file must hold a JSON object');
  const j = value as Record<string, unknown>;
  if (j['format'] !== MODEL_FORMAT) bad(`Expected "format": "${MODEL_FORMAT}", got ${JSON.stringify(j['format'])}`);
  const task = j['task'];
  if (typeof task !== 'string' || !(TASKS as readonly string[]).includes(task)) bad(`Expected "task" to be one of ${TASKS.join(', ')}, got ${JSON.stringify(task)}`);
  if (!Array.isArray(j['layers']) || j['layers'].length === 0) bad('Expected "layers" to be a non-empty list');
  const rawLayers = j['layers'] as unknown[];
  const layers: LayerData[] = rawLayers.map((raw, i) => {
    const l = raw as Record<string, unknown>;
    const act = l['activation'];
    const last = i === rawLayers.length - 1;
    if (typeof act !== 'string' || !(last ? (OUTPUT_ACTIVATIONS as readonly string[]).includes(act) : isHiddenActivation(act)))
      bad(`Layer ${i + 1}: unknown ${last ? 'output' : 'hidden'} activation ${JSON.stringify(act)}`);
    if (!Array.isArray(l['W']) || l['W'].length === 0) bad(`Layer ${i + 1}: "W" must be a non-empty list of rows`);
    const rows = (l['W'] as unknown[]).map((r, k) => numbers(r, `Layer ${i + 1} W row ${k}`));
    if (rows[0]!.length === 0 || rows.some((r) => r.length !== rows[0]!.length)) bad(`Layer ${i + 1}: every row of "W" must have the same, non-zero length`);
    const b = numbers(l['b'], `Layer ${i + 1} b`);
    if (b.length !== rows.length) bad(`Layer ${i + 1}: "b" has ${b.length} values, W has ${rows.length} rows`);
    return { activation: act as ActivationName, W: fromRows(rows), b: Float64Array.from(b) };
  });
  for (let i = 1; i < layers.length; i++)
    if (layers[i]!.W.cols !== layers[i - 1]!.W.rows) bad(`Layer ${i + 1}: W has ${layers[i]!.W.cols} columns, but layer ${i} has ${layers[i - 1]!.W.rows} units`);
  const model: ModelData = {
    task: task as Task,
    classes: task === 'multiclass' ? layers[layers.length - 1]!.W.rows : 0,
    step: j['step'] === undefined ? 0 : finiteNumber(j['step'], '"step"', 0),
    samples: j['samples'] === undefined ? 0 : finiteNumber(j['samples'], '"samples"', 0),
    layers,
  };
  if (j['l2'] !== undefined) model.l2 = finiteNumber(j['l2'], '"l2"', 0);
  const nz = j['normalizer'] as Record<string, unknown> | undefined;
  if (nz !== undefined) {
    const n = layers[0]!.W.cols;
    const mean = numbers(nz['mean'], 'normalizer.mean'), m2 = numbers(nz['m2'], 'normalizer.m2');
    if (mean.length !== n || m2.length !== n) bad(`normalizer must have ${n} features`);
    model.normalizer = { count: finiteNumber(nz['count'], 'normalizer.count', 0), mean: Float64Array.from(mean), m2: Float64Array.from(m2) };
  }
  const opt = j['optimizer'] as Record<string, unknown> | undefined;
  if (opt !== undefined) {
    if (typeof opt['name'] !== 'string' || !(OPTIMIZERS as readonly string[]).includes(opt['name'])) bad(`optimizer.name must be one of ${OPTIMIZERS.join(', ')}`);
    const arrays: Record<string, Float64Array> = {};
    for (const [k, v] of Object.entries((opt['arrays'] ?? {}) as Record<string, unknown>)) arrays[k] = Float64Array.from(numbers(v, `optimizer.arrays.${k}`));
    const scalars: Record<string, number> = {};
    for (const [k, v] of Object.entries((opt['scalars'] ?? {}) as Record<string, unknown>)) scalars[k] = finiteNumber(v, `optimizer.scalars.${k}`);
    model.optimizer = { name: opt['name'], learningRate: finiteNumber(opt['learningRate'], 'optimizer.learningRate', 0), scalars, arrays } as OptimizerState;
  }
  if (j['rng'] !== undefined) model.rng = j['rng'] as RngState;
  const clients = j['clients'];
  if (clients !== undefined) {
    if (typeof clients !== 'object' || clients === null) bad('"clients" must be an object of sequence numbers');
    model.clients = Object.create(null) as Record<string, number>; // ids are plain keys: "__proto__" too
    for (const [id, seq] of Object.entries(clients as Record<string, unknown>)) model.clients[id] = finiteNumber(seq, `clients.${id}`, 0);
  }
  const owners = j['clientOwners'];
  if (owners !== undefined) {
    if (typeof owners !== 'object' || owners === null) bad('"clientOwners" must be an object of digests');
    model.clientOwners = Object.create(null) as Record<string, string>;
    for (const [id, d] of Object.entries(owners as Record<string, unknown>)) model.clientOwners[id] = typeof d === 'string' ? d : bad(`clientOwners.${id} must be a string`);
  }
  return model;
}

import type { nnstream } from '../codec/generated/nnstream.js';
import { Schema } from '../schema/schema.js';
import type { Role } from './auth.js';
import type { Trainer } from './trainer.js';

export const VERSION = '0.1.0';

/** What a connection learns first: the model's shape and settings, and its own role. */
export function modelInfo(t: Trainer, role: Role, standardize: boolean, taskHint: string): nnstream.v1.ModelInfo.$Properties {
  const l = t.learner;
  return {
    sizes: l ? [...l.net.sizes] : [],
    activations: l ? [...l.net.activations] : [],
    task: l?.task ?? taskHint,
    learningRate: l?.optimizer.learningRate ?? 0,
    batchSize: t.batchSize,
    optimizer: l?.optimizer.name ?? '',
    classes: l?.classes ?? 0,
    standardize: l ? l.normalizer !== undefined : standardize,
    step: l?.step ?? 0,
    samples: l?.samples ?? 0,
    role,
    maxWaitMs: t.maxWaitMs,
    paused: t.paused,
    version: VERSION,
    l2: l?.l2 ?? 0,
    ...schemaInfo(schemaOf(t)),
  };
}

/** The trainer's schema, when it has one. */
export function schemaOf(t: Trainer): Schema | undefined {
  const s = t.learner?.schema ?? t.schema;
  return s instanceof Schema ? s : undefined;
}

function schemaInfo(s: Schema | undefined): Partial<nnstream.v1.ModelInfo.$Properties> {
  if (s === undefined) return {};
  return { featureNames: s.featureNames, classNames: s.classes, labelName: s.label.name, schemaJson: JSON.stringify(s) };
}

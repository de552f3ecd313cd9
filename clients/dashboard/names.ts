import type { nnstream } from '../../src/codec/generated/nnstream.js';

/** What to call the model's inputs, classes and label. */
export interface Names {
  features: string[];
  classes: string[];
  label: string;
}

/**
 * Names from ModelInfo (the schema's feature and class names) when they fit the
 * model, else what the model itself has: x1..xn, and classes 0..K-1.
 */
export function namesOf(info: nnstream.v1.ModelInfo | undefined, inputs: number, outputs: number, task: string): Names {
  const given = info?.featureNames ?? [];
  const features = given.length === inputs && given.every((f) => f !== '') ? [...given] : Array.from({ length: inputs }, (_, i) => `x${i + 1}`);
  const K = task === 'binary' ? 2 : task === 'multiclass' ? outputs : 0;
  const cls = info?.classNames ?? [];
  const classes = cls.length === K ? [...cls] : Array.from({ length: K }, (_, k) => String(k));
  return { features, classes, label: info?.labelName ?? '' };
}

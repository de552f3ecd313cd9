import type { Schema } from '../schema/schema.js';

/** The header of predict's output for a model with a schema: prediction, then p (binary) or p_CLASS per class. */
export function predictionColumns(schema: Schema): string[] {
  if (schema.task === 'binary') return ['prediction', 'p'];
  if (schema.task === 'multiclass') return ['prediction', ...schema.classes.map((c) => field(`p_${c}`))];
  return ['prediction'];
}

function field(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

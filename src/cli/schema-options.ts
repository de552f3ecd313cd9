import { readFile } from 'node:fs/promises';
import { NnError } from '../core/errors.js';
import { TASKS, type Task } from '../core/loss.js';
import type { ModelData } from '../core/model.js';
import { decimalOption, delimiterOption } from '../schema/dialect.js';
import type { InferOptions } from '../schema/infer.js';
import { Schema } from '../schema/schema.js';
import { loadModel } from '../storage/model-file.js';
import { int, oneOf, str, type OptionSpec, type Parsed } from './options.js';

/** The options that shape how CSV columns become a model's inputs (train, serve). */
export const schemaOptionSpec: OptionSpec = {
  features: { type: 'string' },
  ignore: { type: 'string' },
  categorical: { type: 'string' },
  positive: { type: 'string' },
  'max-categories': { type: 'string' },
  'na-values': { type: 'string' },
  delimiter: { type: 'string' },
  decimal: { type: 'string' },
  'infer-rows': { type: 'string' },
  schema: { type: 'string' },
};

export const schemaOptionHelp = `Columns and values (a schema, learned from the data and saved in the model):
  --features A,B,...    the feature columns, in this order (default: all but the label)
  --ignore A,B,...      columns to leave out (ids, timestamps, free text)
  --categorical A,B,... columns to one-hot although they hold numbers (codes: a zip, a class)
  --classes a,b,...     the classes in output order, fixed in advance (or a count K: 0..K-1);
                        without --task this means multiclass
  --positive VALUE      binary: the positive class (default the second in sorted order)
  --max-categories 50   a text column one-hots its 50 most frequent values; rarer and unseen
                        ones share an "(other)" slot; a column of mostly distinct text
                        (an id, a timestamp) is an error
  --na-values LIST      field texts that are missing (default: empty, NA, N/A, NaN, null, None, ?);
                        a numeric feature gets its mean, a text one the category "(missing)"
  --delimiter C         field delimiter (default: found from the header among , ; tab |)
  --decimal ,           decimal comma: 3,14 is 3.14
  --infer-rows 1000     stdin: rows the schema is learned from before training starts
                        (held in memory, then trained in order); a file is scanned once whole
  --schema FILE         take the schema from this JSON file (the "schema" of a model file)`;

/** The most rows held in memory while a stream's schema is inferred. */
const MAX_INFER_ROWS = 1_000_000;

export interface SchemaSettings {
  infer: InferOptions;
  inferRows: number;
  delimiter: number | 'auto';
  /** From --schema FILE. */
  schema: Schema | undefined;
}

function list(p: Parsed, name: string): string[] | undefined {
  const s = str(p, name);
  if (s === undefined) return undefined;
  const parts = s.split(',').map((x) => x.trim());
  if (parts.some((x) => x === '') && name !== 'na-values') throw new NnError('BAD_OPTION', `Expected --${name} to be a comma list of column names, got ${JSON.stringify(s)}`);
  return parts;
}

/** `--classes`: a count K >= 2, or a comma list of class names. */
export function classesOption(p: Parsed): number | string[] | undefined {
  const s = str(p, 'classes');
  if (s === undefined) return undefined;
  if (/^\s*\d+\s*$/.test(s)) {
    const k = Number(s);
    if (k < 2) throw new NnError('BAD_OPTION', `Expected --classes to be a count >= 2 or a comma list of classes, got ${s}`);
    return k;
  }
  const names = s.split(',').map((x) => x.trim());
  if (names.length < 2 || names.some((x) => x === '')) throw new NnError('BAD_OPTION', `Expected --classes to be a count >= 2 or a comma list of 2 or more classes, got ${JSON.stringify(s)}`);
  return names;
}

/** Reads the schema options (and --schema FILE); `task` is the task a loaded model fixes, if any. */
export async function schemaSettings(p: Parsed, modelTask?: Task): Promise<SchemaSettings> {
  const features = list(p, 'features'), ignore = list(p, 'ignore'), categorical = list(p, 'categorical');
  if (features !== undefined && ignore !== undefined) throw new NnError('BAD_OPTION', 'Give --features or --ignore, not both');
  const taskGiven = str(p, 'task') !== undefined ? oneOf(p, 'task', TASKS, 'binary') : modelTask;
  const classes = classesOption(p);
  const na = list(p, 'na-values');
  const infer: InferOptions = {
    ...(str(p, 'label') !== undefined ? { label: str(p, 'label')! } : {}),
    ...(features ? { features } : {}),
    ...(ignore ? { ignore } : {}),
    ...(categorical ? { categorical } : {}),
    ...(taskGiven ? { task: taskGiven } : {}),
    ...(classes !== undefined ? { classes } : {}),
    ...(str(p, 'positive') !== undefined ? { positive: str(p, 'positive')! } : {}),
    maxCategories: int(p, 'max-categories', 1, 50),
    ...(na ? { na } : {}),
    decimal: decimalOption(str(p, 'decimal')),
  };
  const file = str(p, 'schema');
  const inferRows = int(p, 'infer-rows', 1, 1000);
  if (inferRows > MAX_INFER_ROWS) throw new NnError('BAD_OPTION', `Expected --infer-rows to be at most ${MAX_INFER_ROWS} (the rows are held in memory), got ${inferRows}`);
  return { infer, inferRows, delimiter: delimiterOption(str(p, 'delimiter')), schema: file === undefined ? undefined : await schemaFile(file) };
}

async function schemaFile(path: string): Promise<Schema> {
  if (path.toLowerCase().endsWith('.pb')) {
    const schema = schemaOfModel(await loadModel(path), path);
    if (schema === undefined) throw new NnError('BAD_MODEL', `${path} holds no schema (a model from before schemas)`);
    return schema;
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new NnError('BAD_INPUT', `Schema file not found: ${path}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new NnError('BAD_MODEL', `${path}: not valid JSON: ${(e as Error).message}`);
  }
  const v = value as Record<string, unknown>;
  return Schema.fromJSON(v !== null && typeof v === 'object' && 'schema' in v && 'layers' in v ? v['schema'] : value, path); // a model file works too
}

/** The schema a model file holds, or undefined (a model from before schemas). */
export function schemaOfModel(model: ModelData, where: string): Schema | undefined {
  if (model.schema === undefined) return undefined;
  return model.schema instanceof Schema ? model.schema : Schema.fromJSON(model.schema, `${where} schema`);
}

/** `--max-rejected`: a fraction of the rows (0.01) or a percentage (1%); default 1%. */
export function maxRejectedOption(p: Parsed): number {
  const s = str(p, 'max-rejected');
  if (s === undefined) return 0.01;
  const pct = s.trim().endsWith('%');
  const v = Number(pct ? s.trim().slice(0, -1) : s);
  const f = pct ? v / 100 : v;
  if (s.trim() === '' || !Number.isFinite(f) || f < 0 || f > 1) throw new NnError('BAD_OPTION', `Expected --max-rejected to be a fraction from 0 to 1 or a percentage (e.g. 1%), got ${s}`);
  return f;
}

/** Options that shape a schema, which a schema taken whole (--schema, --init) makes moot: one note each. */
export function givenSchemaNotes(p: Parsed): string[] {
  const from = str(p, 'schema') !== undefined ? '--schema' : '--init';
  return ['label', 'features', 'ignore', 'categorical', 'classes', 'positive', 'max-categories', 'na-values', 'decimal', 'infer-rows']
    .filter((o) => str(p, o) !== undefined)
    .map((o) => `--${o} is not used: the schema (columns, categories, classes) comes from ${from}`);
}

/** Which column the label is, when it was not named "label": said once, so a wrong guess is seen. */
export function labelNote(s: Schema): string {
  const what = s.task === 'regression' ? 'a regression target' : `${s.classes.length} classes: ${s.classes.slice(0, 6).join(', ')}${s.classes.length > 6 ? ', …' : ''}`;
  return `the label is column "${s.label.name}" (${what}); --label NAME chooses another`;
}

import { NnError } from '../core/errors.js';
import { TASKS, type Task } from '../core/loss.js';
import { DEFAULT_NA, OTHER } from './values.js';

/** A numeric feature; a missing value is filled with the mean of the values seen (count, mean). */
export interface NumberColumn {
  name: string;
  kind: 'number';
  count: number;
  mean: number;
}

/** A text feature, one-hot: one slot per category, then one for rare and unseen values. */
export interface CategoryColumn {
  name: string;
  kind: 'category';
  categories: string[];
}

export type FeatureColumn = NumberColumn | CategoryColumn;

/** The label: its column, the task, and for classification the classes in output order. */
export interface LabelSpec {
  name: string;
  task: Task;
  /** Classification: class names in output order (binary: negative, positive). */
  classes?: string[];
}

/**
 * The JSON form of a schema, as model files store it (key "schema") and as
 * `--schema FILE` reads it. Feature columns are matched by name in any input
 * with a header; `columns` (the training input's header) orders a headerless one.
 */
export interface SchemaJson {
  version: 1;
  features: FeatureColumn[];
  label: LabelSpec;
  columns: string[];
  na: string[];
  decimal: '.' | ',';
}

/** What a model's inputs and outputs mean: the one description shared by CSV rows, socket records and the model file. */
export class Schema {
  readonly features: FeatureColumn[];
  readonly label: LabelSpec;
  readonly columns: string[];
  readonly na: string[];
  readonly decimal: '.' | ',';
  private readonly classIndex: Map<string, number>;

  constructor(j: SchemaJson) {
    this.features = j.features;
    this.label = j.label;
    this.columns = j.columns;
    this.na = j.na;
    this.decimal = j.decimal;
    this.classIndex = new Map((j.label.classes ?? []).map((c, i) => [c, i]));
  }

  get task(): Task {
    return this.label.task;
  }

  /** Classification: the class names in output order; [] for regression. */
  get classes(): string[] {
    return this.label.classes ?? [];
  }

  /** Output index of a class (by its canonical text), or undefined when the schema does not know it. */
  classOf(key: string): number | undefined {
    return this.classIndex.get(key);
  }

  /** Network inputs n[0]: one per numeric column, categories + 1 per text column. */
  get inputs(): number {
    let n = 0;
    for (const f of this.features) n += f.kind === 'number' ? 1 : f.categories.length + 1;
    return n;
  }

  /** One name per network input: the column, or "column=category" for a one-hot slot. */
  get featureNames(): string[] {
    const out: string[] = [];
    for (const f of this.features) {
      if (f.kind === 'number') out.push(f.name);
      else for (const c of [...f.categories, OTHER]) out.push(`${f.name}=${c}`);
    }
    return out;
  }

  /** Whether every feature is numeric (CSV rows of plain numbers need no text). */
  get numeric(): boolean {
    return this.features.every((f) => f.kind === 'number');
  }

  toJSON(): SchemaJson {
    return {
      version: 1,
      features: this.features.map((f) => (f.kind === 'number' ? { name: f.name, kind: f.kind, count: f.count, mean: f.mean } : { name: f.name, kind: f.kind, categories: [...f.categories] })),
      label: { name: this.label.name, task: this.label.task, ...(this.label.classes ? { classes: [...this.label.classes] } : {}) },
      columns: [...this.columns],
      na: [...this.na],
      decimal: this.decimal,
    };
  }

  /** A copy that shares nothing with this one (its fill means move on their own). */
  clone(): Schema {
    return new Schema(this.toJSON());
  }

  /** Checks a schema in its JSON form (a model file's "schema", a --schema file); every defect is a BAD_MODEL error. */
  static fromJSON(value: unknown, where = 'schema'): Schema {
    const bad = (what: string): never => {
      throw new NnError('BAD_MODEL', `${where}: ${what}`);
    };
    if (typeof value !== 'object' || value === null) bad('must be a JSON object');
    const j = value as Record<string, unknown>;
    const strings = (v: unknown, what: string): string[] => {
      if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) bad(`${what} must be a list of strings`);
      return v as string[];
    };
    if (!Array.isArray(j['features']) || j['features'].length === 0) bad('"features" must be a non-empty list');
    const seen = new Set<string>();
    const features = (j['features'] as unknown[]).map((raw, i): FeatureColumn => {
      const f = raw as Record<string, unknown>;
      const name = f['name'];
      if (typeof name !== 'string') return bad(`features[${i}].name must be a string`);
      if (seen.has(name)) bad(`features[${i}]: the column "${name}" appears twice`);
      seen.add(name);
      if (f['kind'] === 'number') {
        const count = f['count'] ?? 0, mean = f['mean'] ?? 0;
        if (typeof count !== 'number' || !(count >= 0) || typeof mean !== 'number' || !Number.isFinite(mean)) bad(`features[${i}] ("${name}"): count and mean must be finite numbers`);
        return { name, kind: 'number', count: count as number, mean: mean as number };
      }
      if (f['kind'] === 'category') return { name, kind: 'category', categories: strings(f['categories'], `features[${i}].categories`) };
      return bad(`features[${i}] ("${name}"): kind must be "number" or "category", got ${JSON.stringify(f['kind'])}`);
    });
    const l = j['label'] as Record<string, unknown> | undefined;
    if (typeof l !== 'object' || l === null || typeof l['name'] !== 'string') return bad('"label" must be an object with a "name"');
    const task = l['task'];
    if (typeof task !== 'string' || !(TASKS as readonly string[]).includes(task)) bad(`label.task must be one of ${TASKS.join(', ')}, got ${JSON.stringify(task)}`);
    const label: LabelSpec = { name: l['name'], task: task as Task };
    if (task !== 'regression') {
      const classes = strings(l['classes'], 'label.classes');
      if (classes.length < 2 || new Set(classes).size !== classes.length) bad('label.classes must hold at least 2 distinct classes');
      if (task === 'binary' && classes.length !== 2) bad(`a binary label has 2 classes, got ${classes.length}`);
      label.classes = classes;
    }
    const decimal = j['decimal'] ?? '.';
    if (decimal !== '.' && decimal !== ',') bad('"decimal" must be "." or ","');
    return new Schema({
      version: 1,
      features,
      label,
      columns: j['columns'] === undefined ? [...features.map((f) => f.name), label.name] : strings(j['columns'], '"columns"'),
      na: j['na'] === undefined ? [...DEFAULT_NA] : strings(j['na'], '"na"'),
      decimal: decimal as '.' | ',',
    });
  }
}

import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { NnError } from '../core/errors.js';
import type { ModelData } from '../core/model.js';
import { modelFromJson, modelToJson } from '../codec/model-json.js';
import { decodeModelPb, encodeModelPb } from '../codec/model-pb.js';
import { writeFileAtomic } from './atomic-write.js';
import { seal, verify } from './checksum.js';

export type ModelFormat = 'json' | 'pb';

export function modelFormatOf(path: string): ModelFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.pb') return 'pb';
  throw new NnError('BAD_OPTION', `Expected a model file name ending in .json or .pb, got "${path}"`);
}

export function encodeModel(model: ModelData, format: ModelFormat): Uint8Array | string {
  return format === 'json' ? JSON.stringify(modelToJson(model)) + '\n' : encodeModelPb(model);
}

export function decodeModel(bytes: Uint8Array, format: ModelFormat): ModelData {
  if (format === 'pb') return decodeModelPb(bytes);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new NnError('BAD_MODEL', `Not valid JSON: ${(e as Error).message}`);
  }
  return modelFromJson(value);
}

export interface LoadOptions {
  /** Refuse a file without a checksum (checkpoints). A file with one is always verified. */
  requireChecksum?: boolean;
  /** The format, when the name does not tell it (FILE.prev). */
  format?: ModelFormat;
}

/** Reads a model file (.json or .pb); every failure is a BAD_MODEL or BAD_INPUT error naming the file. */
export async function loadModel(path: string, o: LoadOptions = {}): Promise<ModelData> {
  const format = o.format ?? modelFormatOf(path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new NnError('BAD_INPUT', code === 'ENOENT' ? `Model file not found: ${path}` : `Cannot read model file ${path}: ${(e as Error).message}`);
  }
  try {
    const sealed = verify(bytes, format);
    const model = decodeModel(bytes, format); // a file cut short says so, before it says it lacks a checksum
    if (sealed === 'none' && o.requireChecksum) throw new NnError('BAD_MODEL', 'no checksum: a checkpoint always has one, so this file is damaged or not a checkpoint');
    return model;
  } catch (e) {
    if (e instanceof NnError) throw new NnError(e.code, `${path}: ${e.message}`);
    throw e;
  }
}

/** Writes a model atomically, in the format its extension names (with a checksum when asked). */
export async function saveModel(path: string, model: ModelData, o: { checksum?: boolean } = {}): Promise<void> {
  const format = modelFormatOf(path);
  const content = encodeModel(model, format);
  await writeFileAtomic(path, o.checksum ? seal(content, format) : content);
}

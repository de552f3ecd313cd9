import { createReadStream } from 'node:fs';
import { isNnError } from '../../src/core/errors.js';
import { CsvParser, CsvRecordTooLarge, type CsvRecord } from '../../src/sources/csv-parser.js';
import { CsvSchema } from '../../src/sources/csv-schema.js';
import { headerOf, TableRows } from '../../src/sources/csv-table.js';
import { Schema } from '../../src/schema/schema.js';
import type { NnstreamClient } from './client.js';
import { NnstreamError } from './errors.js';
import type { SendResult } from './outbox.js';
import type { Block } from './samples.js';

export interface CsvSendOptions {
  /** Samples per frame (default 64). */
  batch?: number;
  /** Name of the label column (default "label", else the last column). */
  label?: string;
  /** Longest CSV record in bytes (default 1 MiB): a stray quote fails fast. */
  maxRecordBytes?: number;
  /** Called after each frame is on the wire. */
  onProgress?(progress: CsvSendSummary): void;
}

export interface CsvSendSummary {
  /** Data rows read (the header excluded). */
  rows: number;
  /** Rows refused before sending (not numbers, wrong column count...). */
  badRows: number;
  /** Samples put on the wire. */
  sent: number;
  /** Samples the server has trained. */
  acked: number;
  /** Samples the server refused. */
  refused: number;
  /** The first few reasons for bad rows or refusals. */
  problems: string[];
  seconds: number;
}

const MAX_PROBLEMS = 10;

/**
 * Streams CSV (a file, or rows of text) to the server in frames of `batch`
 * samples, paced by the client's window, and waits until every sample is acked.
 */
export async function sendCsv(
  client: NnstreamClient,
  input: { path: string } | { rows: Iterable<string> | AsyncIterable<string> },
  o: CsvSendOptions,
): Promise<CsvSendSummary> {
  const batch = o.batch ?? 64;
  if (!Number.isInteger(batch) || batch < 1) throw new NnstreamError('BAD_OPTION', `Expected batch to be an integer >= 1, got ${batch}`);
  const started = performance.now();
  const summary: CsvSendSummary = { rows: 0, badRows: 0, sent: 0, acked: 0, refused: 0, problems: [], seconds: 0 };
  const note = (problem: string): void => {
    if (summary.problems.length < MAX_PROBLEMS) summary.problems.push(problem);
  };
  const inputs = client.inputs();
  // with the server's schema, columns are read by header name as the server reads them; else by position
  const serverSchema = client.modelInfo.schemaJson ? Schema.fromJSON(JSON.parse(client.modelInfo.schemaJson), 'the server schema') : undefined;
  const schema = serverSchema !== undefined ? schemaRows(serverSchema) : new CsvSchema({ labels: 'required', ...(o.label !== undefined ? { label: o.label } : {}), ...(inputs !== undefined ? { inputs } : {}) });
  const parser = new CsvParser(o.maxRecordBytes, serverSchema !== undefined ? 'auto' : 44);
  let first = true;
  let n = 0, m = 0;
  let x = new Float64Array(0), y = new Float64Array(batch);
  const full: Block[] = [];
  const onRecord = (r: CsvRecord): void => {
    if (first) {
      first = false;
      const header = schema.decide(r);
      n = schema.features;
      x = new Float64Array(n * batch);
      if (header) return;
    }
    summary.rows++;
    const result = schema.toSample(r);
    if (!('sample' in result)) {
      summary.badRows++;
      note(`line ${result.rejected.line}: ${result.rejected.reason}`);
      return;
    }
    x.set(result.sample.x, m * n);
    y[m++] = result.sample.y;
    if (m === batch) {
      full.push({ n, m, x, y, single: false });
      x = new Float64Array(n * batch);
      y = new Float64Array(batch);
      m = 0;
    }
  };
  const acks: Promise<void>[] = [];
  const flushFull = async (): Promise<void> => {
    for (const block of full.splice(0)) {
      const { acked } = await client.writeBlock(block);
      summary.sent += block.m;
      acks.push(
        acked.then(
          (r: SendResult) => void (summary.acked += r.samples),
          (e: NnstreamError) => {
            summary.refused += block.m;
            note(`${e.code}: ${e.message}`);
          },
        ),
      );
      if (acks.length > 1024) await Promise.all(acks.splice(0, acks.length));
      o.onProgress?.({ ...summary, seconds: (performance.now() - started) / 1000 });
    }
  };
  try {
    for await (const chunk of bytesOf(input)) {
      parser.push(chunk, onRecord);
      await flushFull();
    }
    parser.end(onRecord);
  } catch (e) {
    throw inputError(e, 'path' in input ? input.path : 'the rows');
  }
  if (first) throw new NnstreamError('BAD_INPUT', 'the CSV input is empty');
  if (m > 0) full.push({ n, m, x: x.subarray(0, m * n), y: y.subarray(0, m), single: false });
  await flushFull();
  await Promise.all(acks);
  await client.flush();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** CSV rows read with a schema, in the shape of CsvSchema (decide the header, then a sample per row). */
function schemaRows(s: Schema): Pick<CsvSchema, 'decide' | 'toSample' | 'features'> {
  let table: TableRows | undefined;
  return {
    features: s.inputs,
    decide(r: CsvRecord): boolean {
      const names = headerOf(r, s);
      table = new TableRows(s, names, r.values.length, { labels: 'required' });
      return names !== undefined;
    },
    toSample: (r: CsvRecord) => table!.toSample(r),
  };
}

async function* bytesOf(input: { path: string } | { rows: Iterable<string> | AsyncIterable<string> }): AsyncGenerator<Uint8Array> {
  if ('path' in input) {
    yield* createReadStream(input.path, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>;
    return;
  }
  const encoder = new TextEncoder();
  let text = '';
  for await (const row of input.rows) {
    text += row.endsWith('\n') ? row : row + '\n';
    if (text.length >= 1 << 16) {
      yield encoder.encode(text);
      text = '';
    }
  }
  if (text !== '') yield encoder.encode(text);
}

function inputError(e: unknown, name: string): unknown {
  if (e instanceof NnstreamError) return e;
  if (isNnError(e)) return new NnstreamError(e.code, e.message);
  if (e instanceof CsvRecordTooLarge) return new NnstreamError('TOO_LARGE', e.message);
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return new NnstreamError('BAD_INPUT', `file not found: ${name}`);
  if (err.code === 'EISDIR') return new NnstreamError('BAD_INPUT', `is a directory, not a CSV file: ${name}`);
  if (err.code === 'EACCES') return new NnstreamError('BAD_INPUT', `permission denied: ${name}`);
  return e;
}

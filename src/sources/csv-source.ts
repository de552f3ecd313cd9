import { createReadStream } from 'node:fs';
import { Observable } from 'rxjs';
import { NnError } from '../core/errors.js';
import { CsvParser, CsvRecordTooLarge, type CsvRecord } from './csv-parser.js';
import { CsvSchema, type CsvSchemaOptions } from './csv-schema.js';
import { SchemaReader } from './csv-table.js';
import type { SourceEvent } from './sample.js';
import type { InferOptions } from '../schema/infer.js';
import type { Schema } from '../schema/schema.js';

export interface CsvSourceOptions extends CsvSchemaOptions {
  /** Passes over the input; only a re-openable input (a file) can have more than one. */
  epochs?: number;
  maxRecordBytes?: number;
  /**
   * Awaited after each chunk, before the next is read, when it returns a promise:
   * lets a consumer with its own backpressure (stdout) hold the input back.
   */
  pace?: () => Promise<void> | undefined;
  /** Encode rows with this schema, matching columns by header name. */
  schema?: Schema;
  /** Or infer the schema from the first `rows` rows (held in a bounded buffer, then trained in order). */
  infer?: InferOptions & { rows: number };
  /** Whether rows after those the schema was inferred from move its fill means (a stream). */
  learnFill?: boolean;
  /** The field delimiter's byte, or 'auto' (found from the first line). Default: a comma. */
  delimiter?: number | 'auto';
}

/** Opens the input anew for each pass: a file, or stdin once. */
export type ByteSource = () => AsyncIterable<Uint8Array>;

export function fileSource(path: string): ByteSource {
  return () => createReadStream(path, { highWaterMark: 1 << 20 });
}

export function stdinSource(): ByteSource {
  let used = false;
  return () => {
    if (used) throw new NnError('BAD_INPUT', 'stdin can be read only once');
    used = true;
    return process.stdin;
  };
}

/**
 * CSV as an Observable of samples and rejected rows. Input is pulled with async
 * iteration and every record is pushed downstream synchronously, so a synchronous
 * consumer (a training step) paces the reading: memory stays flat however long
 * the stream. Fatal faults (no data, a missing file, an oversized record) error
 * the Observable with an NnError; bad rows are values.
 */
export function csvSource(open: ByteSource, o: CsvSourceOptions): Observable<SourceEvent> {
  return new Observable<SourceEvent>((subscriber) => {
    let stopped = false;
    let input: AsyncIterable<Uint8Array> | undefined;
    const schema = new CsvSchema(o);
    const reader = o.schema !== undefined || o.infer !== undefined ? new SchemaReader(o, (e) => subscriber.next(e)) : undefined;
    const run = async (): Promise<void> => {
      const epochs = o.epochs ?? 1;
      for (let epoch = 1; epoch <= epochs && !stopped; epoch++) {
        const parser = new CsvParser(o.maxRecordBytes, o.delimiter ?? 44);
        let first = true, dataRows = 0;
        const onRecord = (r: CsvRecord): void => {
          if (reader !== undefined) {
            if (first) {
              first = false;
              if (reader.first(r, epoch)) return;
            }
            dataRows++;
            reader.row(r, epoch);
            return;
          }
          if (first) {
            first = false;
            if (epoch === 1) {
              const header = schema.decide(r);
              subscriber.next({ kind: 'header', names: schema.names ?? [], featureNames: schema.featureNames });
              if (header) return;
            } else if (schema.names !== undefined) return;
          }
          dataRows++;
          const result = schema.toSample(r);
          if ('sample' in result) {
            subscriber.next({ kind: 'sample', sample: result.sample });
          } else if (epoch === 1) subscriber.next({ kind: 'rejected', rejected: result.rejected });
        };
        input = open();
        try {
          for await (const chunk of input) {
            parser.push(chunk, onRecord);
            if (stopped) break;
            const wait = o.pace?.();
            if (wait !== undefined) await wait;
            if (stopped) break;
          }
          if (!stopped) parser.end(onRecord);
          reader?.end();
        } catch (e) {
          throw toInputError(e);
        }
        if (first) throw new NnError('BAD_INPUT', 'the input is empty');
        if (dataRows === 0) throw new NnError('BAD_INPUT', 'the input has a header but no data rows');
        subscriber.next({ kind: 'epoch-end', epoch });
      }
    };
    run().then(
      () => subscriber.complete(),
      (e: unknown) => subscriber.error(e),
    );
    return () => {
      stopped = true;
      const s = input as { destroy?: () => void } | undefined;
      if (s !== process.stdin) s?.destroy?.();
    };
  });
}

export function toInputError(e: unknown): unknown {
  if (e instanceof NnError) return e;
  if (e instanceof CsvRecordTooLarge) return new NnError('TOO_LARGE', e.message);
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return new NnError('BAD_INPUT', `file not found: ${err.path ?? ''}`);
  if (err.code === 'EISDIR') return new NnError('BAD_INPUT', `is a directory, not a CSV file: ${err.path ?? ''}`);
  if (err.code === 'EACCES') return new NnError('BAD_INPUT', `permission denied: ${err.path ?? ''}`);
  return e;
}

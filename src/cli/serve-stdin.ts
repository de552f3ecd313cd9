import { tap } from 'rxjs';
import { NnError } from '../core/errors.js';
import type { Schema } from '../schema/schema.js';
import { CsvRecordTooLarge } from '../sources/csv-parser.js';
import { csvSource, stdinSource } from '../sources/csv-source.js';
import type { Trainer } from '../server/trainer.js';
import { RejectTally } from './rejects.js';
import type { SchemaSettings } from './schema-options.js';

let stop: (() => void) | undefined;
let stopped = false;

/** Stops reading stdin (at shutdown). */
export function stopStdin(): void {
  stopped = true;
  stop?.();
}

/**
 * Trains from CSV on stdin, paced by the trainer's queue, reporting bad rows by
 * line. Rows go through the schema: the server's (from --model or --schema), or
 * one inferred from the first --infer-rows rows, which then becomes the server's.
 */
export async function feedStdin(
  trainer: Trainer,
  o: { label: string | undefined; settings: SchemaSettings; maxRecordBytes: number; maxAbs?: number },
  adopt: (s: Schema) => void,
  log: (line: string) => void,
): Promise<void> {
  let rows = 0;
  const rejects = new RejectTally(1, (line) => log(`stdin ${line}`)); // counted by reason, the first few of each logged; never fatal
  const y = new Float64Array(1);
  const known = trainer.learner?.schema ?? trainer.schema;
  const source = csvSource(stdinSource(), {
    labels: 'required',
    ...(known !== undefined ? { schema: known as Schema } : { infer: { ...o.settings.infer, rows: o.settings.inferRows } }),
    learnFill: true,
    delimiter: o.settings.delimiter,
    maxRecordBytes: o.maxRecordBytes,
    ...(o.maxAbs !== undefined ? { maxAbs: o.maxAbs } : {}),
    pace: () => trainer.whenRoom(),
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const sub = source.pipe(tap((e) => {
      if (stopped) return;
      if (e.kind === 'header' && e.schema !== undefined && known === undefined) {
        if (trainer.learner !== undefined && trainer.learner.inputs !== e.schema.inputs)
          throw new NnError('BAD_SHAPE', `the model has ${trainer.learner.inputs} inputs, the stdin CSV's schema ${e.schema.inputs} (${e.schema.featureNames.join(', ')})`);
        trainer.schema = e.schema;
        if (trainer.learner !== undefined) trainer.learner.schema = e.schema;
        adopt(e.schema);
        trainer.changed.next(); // every connection gets the ModelInfo with the schema
        log(`stdin: schema from the first rows: ${e.schema.featureNames.length} inputs (${e.schema.featureNames.slice(0, 8).join(', ')}${e.schema.featureNames.length > 8 ? ', …' : ''}), label "${e.schema.label.name}" (${e.schema.task}${e.schema.classes.length ? `: ${e.schema.classes.join(', ')}` : ''})`);
      } else if (e.kind === 'rejected') {
        rejects.add(e.rejected, rows + rejects.count + 1);
      } else if (e.kind === 'sample') {
        rows++;
        y[0] = e.sample.y; // accept copies it, like x, at once
        trainer.accept('stdin', e.sample.x, e.sample.x.length, y, 0);
      }
      })).subscribe({ complete: resolve, error: reject });
      stop = () => {
        sub.unsubscribe();
        resolve();
      };
      if (stopped) stop();
    });
    if (!stopped) log(`stdin: ${rows} rows taken, ${rejects.count} rejected${rejects.count > 0 ? ` (by reason: ${rejects.summary()})` : ''}`);
  } catch (e) {
    // the input cannot be used at all (no such label column, a record too long): the caller stops the server
    throw e instanceof CsvRecordTooLarge ? new NnError('TOO_LARGE', e.message) : e;
  }
}

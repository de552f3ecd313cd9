import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cursor, RunStore } from '../metrics/auc.js';

const BLOCK = 1 << 13; // values read at a time from a run (64 KiB)

/**
 * Sorted runs of float64 in temporary files (one file per run, in a fresh
 * directory under the system's temp dir, removed by dispose): what keeps an exact
 * AUC over a long input in bounded memory. A run is read back a block at a time.
 */
export function fileRuns(dir = tmpdir()): RunStore {
  let root: string | undefined;
  let count = 0;
  const path = (h: number): string => join(root!, `run-${h}.f64`);
  return {
    put(run) {
      root ??= mkdtempSync(join(dir, 'nnstream-auc-'));
      const h = count++;
      const fd = openSync(path(h), 'w');
      try {
        const bytes = new Uint8Array(run.buffer, run.byteOffset, run.byteLength);
        for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
      } finally {
        closeSync(fd);
      }
      return h;
    },
    open(h): Cursor {
      const fd = openSync(path(h), 'r');
      const block = new Float64Array(BLOCK);
      const bytes = new Uint8Array(block.buffer);
      let length = 0, i = 0, done = false;
      return {
        next() {
          if (i === length) {
            if (done) return undefined;
            let got = 0;
            for (;;) {
              const r = readSync(fd, bytes, got, bytes.length - got, null);
              got += r;
              if (r === 0 || got === bytes.length) break;
            }
            length = got >> 3;
            i = 0;
            if (length === 0) {
              done = true;
              closeSync(fd);
              return undefined;
            }
          }
          return block[i++];
        },
      };
    },
    dispose() {
      if (root !== undefined) rmSync(root, { recursive: true, force: true });
      root = undefined;
    },
  };
}

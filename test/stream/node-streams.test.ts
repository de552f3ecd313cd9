import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { lastValueFrom, toArray } from 'rxjs';
import { Learner, createCsvParser, createTrainer, csvSource, fileSource, miniBatch, train, type StepReport } from '../../src/index.js';

const PLANAR = new URL('../../../shared/data/planar.csv', import.meta.url).pathname;
const options = { inputs: 2, hidden: [4], activation: 'tanh' as const, task: 'binary' as const, learningRate: 1.2, seed: 5 };

describe('the library as Node streams and RxJS operators', () => {
  it('pipes like any Node stream and matches the RxJS pipeline step for step', async () => {
    const reports: StepReport[] = [];
    await pipeline(
      createReadStream(PLANAR),
      createCsvParser(),
      createTrainer(Learner.create(options), { batch: 64 }),
      new Writable({ objectMode: true, write: (r: StepReport, _e, done) => (reports.push(r), done()) }),
    );
    expect(reports.map((r) => r.m)).toEqual([64, 64, 64, 64, 64, 64, 16]);
    const learner = Learner.create(options);
    const viaRx = await lastValueFrom(
      csvSource(fileSource(PLANAR), { labels: 'required', checkLabel: (y) => learner.checkLabel(y) }).pipe(miniBatch(64), train(learner), toArray()),
    );
    expect(viaRx.map((r) => r.cost)).toEqual(reports.map((r) => r.cost));
  });

  it('emits bad rows as rejected events, not data', async () => {
    const parser = createCsvParser();
    const rejected: { line: number }[] = [];
    const samples: unknown[] = [];
    parser.on('rejected', (r: { line: number }) => rejected.push(r));
    parser.on('data', (s) => samples.push(s));
    parser.end(Buffer.from('a,label\n1,0\nx,1\n2,1\n'));
    await new Promise((r) => parser.on('end', r));
    expect(samples).toHaveLength(2);
    expect(rejected.map((r) => r.line)).toEqual([3]);
  });
});

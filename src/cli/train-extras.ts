import { lastValueFrom, tap, type MonoTypeOperatorFunction } from 'rxjs';
import { NnError } from '../core/errors.js';
import type { Learner, StepReport } from '../core/learner.js';
import { HoldoutSet, holdoutFields, holdoutPicker } from '../metrics/holdout-set.js';
import type { Figures } from '../metrics/scorer.js';
import { csvSource, fileSource } from '../sources/csv-source.js';
import type { SourceEvent } from '../sources/sample.js';
import type { Schema } from '../schema/schema.js';
import { shuffle } from '../stream/shuffle.js';
import { divergence } from './divergence.js';
import { EarlyStopping } from './early-stopping.js';
import { RejectLog } from './input.js';
import { flag, int, num, str, type OptionSpec, type Parsed } from './options.js';
import { TrainSummary } from './train-summary.js';

/** The options of `train` for day two: shuffling, a holdout, early stopping, divergence, progress. */
export const trainExtraSpec: OptionSpec = {
  shuffle: { type: 'boolean' },
  'shuffle-memory': { type: 'string' },
  'shuffle-buffer': { type: 'string' },
  holdout: { type: 'string' },
  'holdout-file': { type: 'string' },
  'holdout-every': { type: 'string' },
  'holdout-max': { type: 'string' },
  'early-stopping': { type: 'string' },
  'save-on-divergence': { type: 'boolean' },
  progress: { type: 'boolean' },
};

export const trainExtraHelp = `Shuffling, validation and safety:
  --shuffle             a new random order of the rows every epoch, drawn from --seed (the same
                        seed gives the same run). Without it rows are taken in file order.
  --shuffle-memory 1G   a file whose rows fit in this many bytes (K, M, G suffixes) is shuffled
                        exactly; a larger one (and stdin) with a shuffle buffer of --shuffle-buffer rows
  --shuffle-buffer 100000  rows held by the shuffle buffer (tf.data's shuffle(buffer_size))
  --holdout F           keep a fraction F (0 < F < 1) of the rows out of training, chosen by a seeded
                        hash of the row's line number (the same rows every epoch), and report their
                        loss and accuracy (RMSE and R² for regression) after every epoch
  --holdout-file FILE   the holdout is this labelled CSV file instead
  --holdout-every N     also evaluate the holdout every N steps (default: stdin 1000, files never)
  --holdout-max 100000  holdout rows kept (a stream keeps the latest)
  --early-stopping P    stop when the holdout loss has not improved for P evaluations (epochs) and
                        save the best parameters seen, not the last (needs a holdout)
  --save-on-divergence  when a cost or an update becomes NaN or Infinity (or the cost grows 10^12-fold
                        from the first step's), train stops with exit 1 and saves nothing; with this
                        it saves the last finite parameters
  --progress            a progress line (percent of the file, epoch, rows/s, ETA) even when stderr is
                        not a terminal (then one line a second); on a terminal it is on by default`;

/**
 * A cost this many times the first step's (or 1, when that was smaller) counts as
 * divergence too: on an unscaled target a run can climb to 1e57 for a long while
 * before anything becomes Infinity, and a model like that is as broken.
 */
const EXPLOSION = 1e12;

/** "1G", "512M", "100000" as bytes. */
export function bytesOption(p: Parsed, name: string, fallback: number): number {
  const s = str(p, name);
  if (s === undefined) return fallback;
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?$/i.exec(s.trim());
  if (m === null) throw new NnError('BAD_OPTION', `Expected --${name} to be a size in bytes (e.g. 512M, 1G), got ${s}`);
  return Math.floor(Number(m[1]) * 1024 ** ' kmgt'.indexOf((m[2] || ' ').toLowerCase()));
}

/**
 * The state of those options during one `train` run. train.ts calls it at a few
 * points of its pipeline: a header, each sample (holdout or not), each step, each
 * epoch's end, and for the model to save.
 */
export class TrainExtras {
  readonly summary = new TrainSummary();
  readonly shuffle: boolean;
  readonly saveOnDivergence: boolean;
  readonly forceProgress: boolean;
  private readonly fraction: number | undefined;
  private readonly holdoutFile: string | undefined;
  private readonly every: number | undefined;
  private readonly capacity: number;
  private readonly early: EarlyStopping | undefined;
  private readonly pick: ((key: number) => boolean) | undefined;
  private fileRows: { x: Float64Array; y: number; line: number }[] = [];
  private set: HoldoutSet | undefined;
  private maxAbsTarget = 0;
  private epoch = 1;
  private lastEvalStep = -1;
  private firstCost = NaN;
  /** Set when early stopping ends the run. */
  stopped = false;

  constructor(
    private readonly p: Parsed,
    private readonly o: { seed: string; rereadable: boolean; save: string | undefined },
  ) {
    this.shuffle = flag(p, 'shuffle');
    this.saveOnDivergence = flag(p, 'save-on-divergence');
    this.forceProgress = flag(p, 'progress');
    const h = str(p, 'holdout');
    if (h !== undefined) {
      this.fraction = num(p, 'holdout', 0, 0, true);
      if (this.fraction >= 1) throw new NnError('BAD_OPTION', `Expected --holdout to be a fraction between 0 and 1, got ${h}`);
    }
    this.holdoutFile = str(p, 'holdout-file');
    if (this.fraction !== undefined && this.holdoutFile !== undefined) throw new NnError('BAD_OPTION', 'Give --holdout F or --holdout-file FILE, not both');
    const hasHoldout = this.fraction !== undefined || this.holdoutFile !== undefined;
    this.every = int(p, 'holdout-every', 1) ?? (hasHoldout && !o.rereadable ? 1000 : undefined);
    this.capacity = int(p, 'holdout-max', 1, 100_000);
    const patience = int(p, 'early-stopping', 1);
    if (patience !== undefined && !hasHoldout) throw new NnError('BAD_OPTION', '--early-stopping needs a holdout: give --holdout F or --holdout-file FILE');
    this.early = patience === undefined ? undefined : new EarlyStopping(patience);
    this.pick = this.fraction === undefined ? undefined : holdoutPicker(o.seed, this.fraction);
    if (!this.shuffle && (str(p, 'shuffle-memory') !== undefined || str(p, 'shuffle-buffer') !== undefined))
      throw new NnError('BAD_OPTION', '--shuffle-memory and --shuffle-buffer need --shuffle');
  }

  /** Reads --holdout-file before training starts, encoding its columns by name with the training input's schema. */
  async prepare(schema: Schema | undefined, delimiter: number | 'auto'): Promise<void> {
    if (this.holdoutFile === undefined) return;
    if (schema === undefined)
      throw new NnError('BAD_OPTION', '--holdout-file needs the schema before training: train from a file, or give --schema FILE or --init MODEL');
    const rejects = new RejectLog();
    await lastValueFrom(
      csvSource(fileSource(this.holdoutFile), { labels: 'required', schema, delimiter }).pipe(
        tap((e) => {
          if (e.kind === 'sample') this.fileRows.push({ x: e.sample.x.slice(), y: e.sample.y, line: e.sample.line ?? 0 });
          else if (e.kind === 'rejected') rejects.report(e.rejected.line, `${this.holdoutFile}: ${e.rejected.reason}`);
        }),
      ),
      { defaultValue: undefined },
    );
  }

  /** The shuffle operator, or none. */
  shuffler(): MonoTypeOperatorFunction<SourceEvent> {
    if (!this.shuffle) return (s) => s;
    return shuffle({
      seed: this.o.seed,
      memoryBytes: this.o.rereadable ? bytesOption(this.p, 'shuffle-memory', 1 << 30) : 0, // stdin: a buffer from the start
      bufferSize: int(this.p, 'shuffle-buffer', 1, 100_000),
      ...(this.o.rereadable ? { onBuffered: () => void process.stderr.write(`the input does not fit --shuffle-memory: shuffling with a buffer of --shuffle-buffer rows\n`) } : {}),
    });
  }

  onHeader(learner: Learner): void {
    if (this.fraction === undefined && this.holdoutFile === undefined) return;
    this.set = new HoldoutSet(learner.inputs, this.capacity);
    for (const r of this.fileRows) {
      if (r.x.length !== learner.inputs) throw new NnError('BAD_SHAPE', `${this.holdoutFile}: the model has ${learner.inputs} features, the holdout file ${r.x.length}`);
      const why = learner.checkLabel(r.y);
      if (why !== undefined) process.stderr.write(`line ${r.line}: ${this.holdoutFile}: ${why}\n`);
      else this.set.add(r.x, r.y);
    }
    this.fileRows = [];
  }

  /** Whether this event is a held-out sample (kept out of training: stored in the first epoch). */
  holdsOut(e: SourceEvent): boolean {
    if (e.kind === 'epoch-end') this.epoch = e.epoch + 1;
    if (e.kind !== 'sample') return false;
    const y = Math.abs(e.sample.y);
    if (y > this.maxAbsTarget) this.maxAbsTarget = y;
    if (this.pick === undefined || !this.pick(e.sample.line ?? 0)) return false;
    if (this.epoch === 1) this.set!.add(e.sample.x, e.sample.y);
    return true;
  }

  /** After each step: stops a diverging run; every N steps, the holdout fields for its report. */
  onStep(r: StepReport, epoch: number, learner: Learner): Record<string, number | null> | undefined {
    this.summary.step(r, epoch);
    if (Number.isNaN(this.firstCost)) this.firstCost = r.cost;
    if (r.refused || r.cost > EXPLOSION * Math.max(this.firstCost, 1))
      throw divergence(r, { learningRate: learner.optimizer.learningRate, task: learner.task, maxAbsTarget: this.maxAbsTarget, targetScaled: learner.targetNormalizer !== undefined, saveOnDivergence: this.saveOnDivergence, ...(this.o.save !== undefined ? { save: this.o.save } : {}) });
    if (this.every === undefined || (r.step + 1) % this.every !== 0) return undefined;
    return this.evaluate(epoch, learner);
  }

  /** At an epoch's end (after its last step): the holdout fields for the last step's report. */
  onEpochEnd(epoch: number, learner: Learner): Record<string, number | null> | undefined {
    return this.evaluate(epoch, learner);
  }

  private evaluate(epoch: number, learner: Learner): Record<string, number | null> | undefined {
    if (this.set === undefined || this.set.size === 0 || learner.step - 1 === this.lastEvalStep) return undefined;
    this.lastEvalStep = learner.step - 1;
    const figures: Figures = this.set.evaluate(learner);
    this.summary.holdout = { figures, epoch, step: learner.step - 1 };
    if (this.early !== undefined && !this.early.observe(figures.loss, epoch, learner)) this.stopped = this.summary.stoppedEarly = true;
    if (this.early?.best !== undefined) this.summary.best = this.early.best;
    return holdoutFields(figures);
  }

  /** The model to save: the best one seen with early stopping, else the learner's. */
  model(learner: Learner): ReturnType<Learner['toModel']> {
    return this.early?.best?.model ?? learner.toModel();
  }
}

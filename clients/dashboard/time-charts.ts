import uPlot from 'uplot';
import { DecimatingSeries } from './decimating-series.js';
import { formatValue, tickLabels } from './format.js';
import { emaSmooth } from './smoothing.js';
import { downloadCsv } from './csv-download.js';
import type { nnstream } from '../../src/codec/generated/nnstream.js';

// columns of the shared series
const COST = 0, COST_MIN = 1, COST_MAX = 2, ACC = 3, LOSS = 4, RATE = 5, TIME = 6, HO_LOSS = 7, HO_ACC = 8, HO_RMSE = 9, RMSE = 10;
const COLUMNS = 11;

export interface ChartView {
  task: string;
  smoothing: number; // TensorBoard's weight: 0 none, 0.99 heavy
  logCost: boolean;
  xAxis: 'step' | 'time';
}

/** One line of a chart: a column of the series, raw or smoothed, with its look. */
interface Line {
  label: string;
  column: number;
  smooth?: boolean;
  stroke: string;
  width: number;
  dash?: number[];
  band?: 'max' | 'min';
}

interface ChartSpec {
  id: string;
  title: string;
  name: string; // file name of its CSV
  lines: Line[];
  range?: [number, number];
  log?: boolean;
}

const RAW = 'rgba(8,119,189,0.35)', SMOOTH = '#0b3d66', HOLDOUT = '#c2410c', BAND = 'rgba(8,119,189,0.14)';

/** The charts for this view: what the task has (no empty accuracy chart for regression), holdout lines when there is a holdout. */
function specsOf(v: ChartView, holdout: boolean): ChartSpec[] {
  const smooth = `smoothed (${v.smoothing.toFixed(2)})`;
  const pair = (label: string, column: number): Line[] => [
    { label, column, stroke: v.smoothing > 0 ? RAW : SMOOTH, width: v.smoothing > 0 ? 1 : 2 },
    ...(v.smoothing > 0 ? [{ label: smooth, column, smooth: true, stroke: SMOOTH, width: 2 }] : []),
  ];
  const ho = (label: string, column: number): Line[] => (holdout ? [{ label, column, stroke: HOLDOUT, width: 2, dash: [6, 3] }] : []);
  const regression = v.task === 'regression';
  return [
    {
      id: 'chart-cost', title: `Cost per step <small>${v.logCost ? 'log' : 'linear'} scale · band: min–max of each point</small>`, name: 'cost', log: v.logCost,
      lines: [{ label: 'max', column: COST_MAX, stroke: 'rgba(8,119,189,0.25)', width: 1, band: 'max' }, { label: 'min', column: COST_MIN, stroke: 'rgba(8,119,189,0.25)', width: 1, band: 'min' }, ...pair('cost', COST)],
    },
    regression
      ? { id: 'chart-accuracy', title: 'Progressive RMSE <small>each batch scored before learning from it</small>', name: 'rmse', lines: [...pair('RMSE', RMSE), ...ho('holdout RMSE', HO_RMSE)] }
      : { id: 'chart-accuracy', title: 'Progressive accuracy <small>each batch scored before learning from it</small>', name: 'accuracy', lines: [...pair('accuracy', ACC), ...ho('holdout', HO_ACC)], range: [0, 1] },
    { id: 'chart-loss', title: `Progressive loss <small>${holdout ? 'training · holdout' : 'raw · smoothed'}</small>`, name: 'loss', lines: [...pair('loss', LOSS), ...ho('holdout loss', HO_LOSS)] },
    { id: 'chart-rate', title: 'Throughput <small>samples per second</small>', name: 'throughput', lines: [{ label: 'samples/s', column: RATE, stroke: SMOOTH, width: 2 }] },
  ];
}

/**
 * The line charts of cost, progressive accuracy (RMSE for regression), loss and
 * throughput, by step or wall time: raw values, TensorBoard-style smoothing set
 * by a slider, holdout curves when the model keeps a holdout, the cost's min–max
 * band (history points stand for many steps), and a CSV of each chart's data.
 */
export class TimeCharts {
  readonly series = new DecimatingSeries(COLUMNS, 2000, ['mean', 'min', 'max', 'mean', 'mean', 'mean', 'min']);
  private charts: { plot: uPlot; spec: ChartSpec; box: HTMLElement }[] = [];
  private lastStep = -1;
  private holdout = false;
  /** Live reports skipped steps (the page's rate limit): the server's history holds them. */
  gaps = false;
  private view: ChartView = { task: 'binary', smoothing: 0.6, logCost: false, xAxis: 'step' };
  private readonly resizer = new ResizeObserver(() => this.resize());

  constructor(private readonly root: Document = document) {
    this.build();
  }

  /** Changes what the charts show; rebuilds them when their lines change. */
  setView(change: Partial<ChartView>): void {
    const next = { ...this.view, ...change };
    if (JSON.stringify(next) === JSON.stringify(this.view)) return;
    this.view = next;
    this.build();
  }

  get current(): ChartView {
    return this.view;
  }

  /** Forgets every point (a new connection replays the history from the start). */
  clear(): void {
    this.series.clear();
    this.lastStep = -1;
    this.gaps = false;
  }

  /** Adds one report; returns true when the step went backwards (a reset model or a new server) and history was cleared. */
  add(r: nnstream.v1.CostReport): boolean {
    const step = Number(r.step);
    let restarted = false;
    if (step < this.lastStep) {
      this.clear();
      restarted = true;
    }
    if (step === this.lastStep && !restarted) return false;
    if (r.history !== true && this.lastStep >= 0 && step > this.lastStep + 1) this.gaps = true;
    this.lastStep = step;
    const hasHoldout = Number(r.holdoutSamples) > 0;
    const v: number[] = new Array<number>(COLUMNS).fill(NaN);
    const replay = r.history === true && Number.isFinite(r.costMin) && r.costMin <= r.costMax && (r.costMin !== 0 || r.costMax !== 0);
    v[COST] = r.cost;
    v[COST_MIN] = replay ? r.costMin : r.cost;
    v[COST_MAX] = replay ? r.costMax : r.cost;
    v[ACC] = r.accuracy;
    v[LOSS] = r.loss;
    v[RATE] = r.samplesPerSecond;
    v[TIME] = r.timeMs;
    v[RMSE] = Number.isFinite(r.loss) && r.loss >= 0 ? Math.sqrt(2 * r.loss) : NaN; // the loss is (1/2m) Σ (a - y)²
    if (hasHoldout) {
      v[HO_LOSS] = r.holdoutLoss;
      v[HO_ACC] = r.holdoutAccuracy;
      v[HO_RMSE] = r.holdoutRmse;
    }
    this.series.push(step, v);
    if (hasHoldout && !this.holdout) {
      this.holdout = true;
      this.build();
    }
    return restarted;
  }

  /** Redraws every chart from the series (call once per animation frame at most). */
  draw(): void {
    const [steps] = this.series.aligned();
    for (const c of this.charts) {
      c.plot.setData(this.dataFor(c.spec));
      // with the pointer elsewhere, the legend shows the newest values
      if (!(c.plot.cursor.left! >= 0) && this.series.length > 0) c.plot.setLegend({ idx: this.series.length - 1 });
      c.box.dataset['points'] = String(this.series.length);
      c.box.dataset['firstStep'] = steps.length > 0 ? String(steps[0]) : '';
      c.box.dataset['lastStep'] = steps.length > 0 ? String(steps[steps.length - 1]) : '';
    }
  }

  /** The chart's data as CSV (x, then each line as the legend names it). */
  csv(id: string): string {
    const c = this.charts.find((k) => k.spec.id === id);
    if (c === undefined) return '';
    const data = this.dataFor(c.spec);
    const head = [this.view.xAxis === 'time' ? 'time' : 'step', ...c.spec.lines.map((l) => l.label)];
    const rows = [head.join(',')];
    for (let i = 0; i < data[0].length; i++) {
      const x = data[0][i]!;
      rows.push([this.view.xAxis === 'time' ? new Date(x * 1000).toISOString() : String(x), ...data.slice(1).map((col) => (col[i] == null ? '' : String(col[i])))].join(','));
    }
    return rows.join('\n') + '\n';
  }

  private dataFor(spec: ChartSpec): uPlot.AlignedData {
    const [steps, ...columns] = this.series.aligned();
    const x = this.view.xAxis === 'time' ? columns[TIME]!.map((t) => (t == null ? null : t / 1000)) : steps;
    const ys = spec.lines.map((l) => {
      const col = columns[l.column]!;
      const y = l.smooth ? emaSmooth(col, this.view.smoothing) : col;
      return spec.log ? y.map((v) => (v != null && v > 0 ? v : null)) : y;
    });
    return [x, ...ys] as uPlot.AlignedData;
  }

  private build(): void {
    for (const c of this.charts) {
      this.resizer.unobserve(c.box);
      c.plot.destroy();
    }
    this.charts = [];
    for (const spec of specsOf(this.view, this.holdout)) {
      const box = this.root.getElementById(spec.id)!;
      const title = this.root.getElementById(`${spec.id}-title`);
      if (title !== null) title.innerHTML = spec.title;
      const plot = new uPlot(options(spec, box, this.view), this.dataFor(spec), box);
      this.charts.push({ plot, spec, box });
      this.resizer.observe(box);
      const button = this.root.querySelector<HTMLButtonElement>(`button[data-csv="${spec.id}"]`);
      if (button !== null) button.onclick = () => downloadCsv(`nnstream-${spec.name}.csv`, this.csv(spec.id));
    }
    this.draw();
    requestAnimationFrame(() => this.draw()); // a new plot's legend takes values once it has rendered
  }

  private resize(): void {
    for (const c of this.charts) {
      const { width, height } = sizeOf(c.box);
      if (width !== c.plot.width || height !== c.plot.height) c.plot.setSize({ width, height });
    }
  }
}

/** The plot's width follows its box; its height comes from the box's --plot-h (the legend flows below it). */
function sizeOf(box: HTMLElement): { width: number; height: number } {
  const h = Number.parseFloat(getComputedStyle(box).getPropertyValue('--plot-h'));
  return { width: Math.max(120, Math.floor(box.clientWidth)), height: Number.isFinite(h) && h > 40 ? h : 200 };
}

/** Integer steps only: never "388 388" from half-step ticks. */
const STEP_INCRS = Array.from({ length: 30 }, (_, i) => [1, 2, 5].map((m) => m * 10 ** i)).flat();

/** An axis as wide as its longest label (uPlot's auto-size recipe): numbers are never clipped. */
function fitAxis(self: uPlot, values: string[] | null, axisIdx: number, cycleNum: number): number {
  const axis = self.axes[axisIdx]!;
  if (cycleNum > 1) return (axis as unknown as { _size: number })._size;
  let size = (axis.ticks?.size ?? 10) + (axis.gap ?? 5);
  const longest = (values ?? []).reduce((a, v) => (v.length > a.length ? v : a), '');
  if (longest !== '') {
    self.ctx.font = (axis.font as unknown as string[])[0]!;
    size += self.ctx.measureText(longest).width / (window.devicePixelRatio || 1);
  }
  return Math.ceil(size) + 4;
}

function logLabels(splits: number[]): string[] {
  return splits.map((v) => {
    const m = v / 10 ** Math.floor(Math.log10(v) + 1e-9);
    return [1, 2, 5].some((k) => Math.abs(m - k) < 1e-6) ? formatValue(v) : '';
  });
}

function options(spec: ChartSpec, box: HTMLElement, view: ChartView): uPlot.Options {
  const time = view.xAxis === 'time';
  const maxAt = spec.lines.findIndex((l) => l.band === 'max'), minAt = spec.lines.findIndex((l) => l.band === 'min');
  return {
    ...sizeOf(box),
    pxAlign: false,
    cursor: { drag: { x: false, y: false } },
    legend: { live: true },
    scales: {
      x: { time },
      y: spec.log ? { distr: 3, log: 10 } : spec.range ? { range: spec.range } : { auto: true },
    },
    ...(maxAt >= 0 && minAt >= 0 ? { bands: [{ series: [maxAt + 1, minAt + 1] as [number, number], fill: BAND }] } : {}),
    axes: [
      time ? { size: 50 } /* two lines: time, then the date or hour */ : { size: 34, incrs: STEP_INCRS, values: (_u, ticks, _a, _s, incr) => tickLabels(ticks, incr) },
      { size: fitAxis, values: spec.log ? (_u, ticks) => logLabels(ticks) : (_u, ticks, _a, _s, incr) => tickLabels(ticks, incr) },
    ],
    series: [
      time ? { label: 'time' } : { label: 'step', value: (_u, v) => (v == null ? '–' : String(Math.round(v))) },
      ...spec.lines.map((l) => ({ label: l.label, stroke: l.stroke, width: l.width, ...(l.dash ? { dash: l.dash } : {}), points: { show: false }, spanGaps: l.column >= HO_LOSS, value: (_u: uPlot, v: number | null) => formatValue(v) })),
    ],
  };
}

import uPlot from 'uplot';
import { DecimatingSeries } from './decimating-series.js';
import { formatValue } from './format.js';
import type { nnstream } from '../../src/codec/generated/nnstream.js';

// columns of the shared series
const COST = 0, SMOOTH_COST = 1, ACC = 2, SMOOTH_ACC = 3, LOSS = 4, SMOOTH_LOSS = 5, RATE = 6;
const EMA = 0.05; // the server's per-step smoothing of cost and accuracy

interface ChartSpec {
  id: string;
  columns: readonly number[];
  labels: readonly string[];
  range?: [number, number];
}

const SPECS: readonly ChartSpec[] = [
  { id: 'chart-cost', columns: [COST, SMOOTH_COST], labels: ['cost', 'smoothed'] },
  { id: 'chart-accuracy', columns: [ACC, SMOOTH_ACC], labels: ['accuracy', 'smoothed'], range: [0, 1] },
  { id: 'chart-loss', columns: [LOSS, SMOOTH_LOSS], labels: ['loss', 'smoothed'] },
  { id: 'chart-rate', columns: [RATE], labels: ['samples/s'] },
];

/** The line charts of cost, progressive accuracy and loss, and throughput, per step. */
export class TimeCharts {
  readonly series = new DecimatingSeries(7, 2000);
  private readonly charts: { plot: uPlot; spec: ChartSpec; box: HTMLElement }[] = [];
  private smoothLoss = NaN;
  private lastStep = -1;

  constructor(root: Document = document) {
    for (const spec of SPECS) {
      const box = root.getElementById(spec.id)!;
      const plot = new uPlot(options(spec, box), this.dataFor(spec), box);
      this.charts.push({ plot, spec, box });
    }
    const resize = new ResizeObserver(() => this.resize());
    for (const c of this.charts) resize.observe(c.box);
  }

  /** Adds one report; returns true when the step went backwards (a reset model or a new server) and history was cleared. */
  add(r: nnstream.v1.CostReport): boolean {
    const step = Number(r.step);
    let restarted = false;
    if (step < this.lastStep) {
      this.series.clear();
      this.smoothLoss = NaN;
      restarted = true;
    }
    if (step === this.lastStep && !restarted) return false;
    const gap = this.lastStep < 0 ? 1 : step - this.lastStep;
    this.lastStep = step;
    this.smoothLoss = smoothLoss(this.smoothLoss, r, gap);
    const v: number[] = [];
    v[COST] = r.cost;
    v[SMOOTH_COST] = r.smoothedCost;
    v[ACC] = r.accuracy;
    v[SMOOTH_ACC] = r.smoothedAccuracy;
    v[LOSS] = r.loss;
    v[SMOOTH_LOSS] = this.smoothLoss;
    v[RATE] = r.samplesPerSecond;
    this.series.push(step, v);
    return restarted;
  }

  /** Redraws every chart from the series (call once per animation frame at most). */
  draw(): void {
    for (const c of this.charts) {
      c.plot.setData(this.dataFor(c.spec));
      // with the pointer elsewhere, the legend shows the newest values
      if (!(c.plot.cursor.left! >= 0) && this.series.length > 0) c.plot.setLegend({ idx: this.series.length - 1 });
      c.box.dataset['points'] = String(this.series.length);
    }
  }

  private dataFor(spec: ChartSpec): uPlot.AlignedData {
    const [x, ...columns] = this.series.aligned();
    return [x, ...spec.columns.map((k) => columns[k]!)] as uPlot.AlignedData;
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

function options(spec: ChartSpec, box: HTMLElement): uPlot.Options {
  const raw = { stroke: 'rgba(8,119,189,0.45)', width: 1 };
  const smooth = { stroke: '#0b3d66', width: 2 };
  const styles = spec.columns.length === 1 ? [smooth] : [raw, smooth];
  return {
    ...sizeOf(box),
    pxAlign: false,
    cursor: { drag: { x: false, y: false } },
    legend: { live: true },
    scales: { x: { time: false }, y: spec.range ? { range: spec.range } : { auto: true } },
    axes: [
      { label: undefined, size: 30, values: (_u, ticks) => ticks.map((t) => compactTick(t)) },
      { size: 50, values: (_u, ticks) => ticks.map((t) => axisValue(t)) },
    ],
    series: [{ label: 'step', value: (_u, v) => (v == null ? '–' : String(Math.round(v))) }, ...spec.labels.map((label, i) => ({ label, ...styles[i]!, points: { show: false }, value: (_u: uPlot, v: number | null) => formatValue(v) }))],
  };
}

/**
 * The server smooths cost and accuracy per step; the page smooths loss the same
 * way from the reports it receives (a rate-limited subset): a gap of k steps
 * weighs the newest loss as k steps would. It starts from the server's smoothed
 * cost less the current L2 term, so with L2 = 0 it starts exact.
 */
function smoothLoss(previous: number, r: nnstream.v1.CostReport, gap: number): number {
  if (!Number.isFinite(r.loss)) return previous;
  if (!Number.isFinite(previous)) return Number.isFinite(r.smoothedCost) ? r.smoothedCost - (r.cost - r.loss) : r.loss;
  const a = 1 - (1 - EMA) ** Math.max(1, gap);
  return previous + a * (r.loss - previous);
}

/** Axis labels: compact above 10 000 so they fit the axis. */
function axisValue(v: number): string {
  return Math.abs(v) >= 1e4 ? compactTick(v) : formatValue(v);
}

function compactTick(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${+(v / 1e6).toFixed(2)}M`;
  if (a >= 1e3) return `${+(v / 1e3).toFixed(1)}k`;
  return String(Math.round(v));
}

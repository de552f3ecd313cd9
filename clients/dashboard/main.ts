import 'uplot/dist/uPlot.min.css'; // before our own sheet, which overrides some of its rules
import './styles.css';
import type { Envelope } from '../../src/codec/protocol.js';
import type { nnstream } from '../../src/codec/generated/nnstream.js';
import { byId } from './canvas.js';
import { Connection, socketUrl, type ConnectionState } from './connection.js';
import { Controls } from './controls.js';
import { DecisionBoundary, type Neuron } from './decision-boundary.js';
import { clockTime } from './format.js';
import { healthOf } from './health.js';
import { showCost, showModelInfo, showSettings, showTaskTiles, type Settings } from './model-panel.js';
import { namesOf, type Names } from './names.js';
import { MAX_DRAWN_UNITS, drawNetwork } from './network-diagram.js';
import { NeuronThumbnails } from './neurons.js';
import { drawPredictions, type RecentFigures } from './prediction-view.js';
import { ChartTools } from './chart-tools.js';
import { drawCurve } from './curve-1d.js';
import { HistoryReplay } from './history-replay.js';
import { AxisPicker } from './axis-picker.js';
import { RateGovernor } from './rate-governor.js';
import { recentOf, type Recent } from './recent.js';
import { SnapshotModel } from './snapshot-model.js';
import { TimeCharts } from './time-charts.js';
import { WeightHeatmaps } from './weight-heatmaps.js';
import { WeightHistograms } from './weight-histograms.js';

const COST_PER_SECOND = 20;
const RECENT_MAX = 200;

// What arrived; the animation frame draws the newest of each and nothing twice.
let info: nnstream.v1.ModelInfo | undefined;
let cost: nnstream.v1.CostReport | undefined;
let snapshot: nnstream.v1.ParameterSnapshot | undefined;
let model: SnapshotModel | undefined;
let recent: Recent | undefined;
let settings: Settings | undefined; // from the newest ModelInfo or CostReport, in arrival order
const dirty = { info: false, cost: false, settings: false, params: false, recent: false, layout: false, focus: false };
let names: Names = namesOf(undefined, 0, 0, 'binary');
let figures: RecentFigures | undefined;
let alert: { text: string; until: number } | undefined;
const ALERT_MS = 60_000;

const charts = new TimeCharts();
const replay = new HistoryReplay(charts, () => subscribe(true), () => (dirty.cost = true));
const heatmaps = new WeightHeatmaps(byId('heatmaps'));
const histograms = new WeightHistograms(byId('histograms'));
const boundary = new DecisionBoundary();
const neurons = new NeuronThumbnails(byId('neurons'), (n: Neuron | undefined) => {
  boundary.focus = n;
  dirty.focus = true;
});
new ChartTools(charts);
const picker = new AxisPicker((i, j) => {
  boundary.setAxes(i, j);
  if (recent !== undefined) boundary.include(recent);
  dirty.params = true;
});
const governor = new RateGovernor();
const status = byId('status');
const banner = byId('banner');
let bannerTimer: ReturnType<typeof setTimeout> | undefined;

const connection = new Connection(socketUrl(), {
  open: () => {
    replay.expect();
    subscribe(true);
  },
  envelope: receive,
  state: showConnection,
  bad: (message) => controls.write('bad', message),
});
const controls = new Controls((control) => connection.send({ control }));

/** With `history`, the server first replays the run's retained cost reports (on a new connection, and to fill skipped steps). */
function subscribe(history = false): boolean {
  return connection.send({
    subscribe: { cost: true, params: true, recent: true, costMaxPerSecond: COST_PER_SECOND, paramsMaxPerSecond: governor.rate, recentMax: RECENT_MAX, history },
  });
}

function receive(env: Envelope): void {
  switch (env.body) {
    case 'modelInfo':
      info = decoded<nnstream.v1.ModelInfo>(env.modelInfo);
      controls.setInfo(info);
      if (info.task) charts.setView({ task: info.task });
      if ((info.sizes ?? []).length > 0) newSettings(info);
      dirty.info = true;
      break;
    case 'costReport': {
      const r = decoded<nnstream.v1.CostReport>(env.costReport);
      if (r.history) {
        replay.history(r); // the run so far, oldest first: the charts start over from it
        break;
      }
      replay.live(r);
      // the step went back: against the charts (a reset), or against the last live report (a new run, already replayed)
      const back = cost !== undefined && Number(r.step) < Number(cost.step);
      cost = r;
      if (charts.add(cost) || back) restarted(Number(cost.step));
      newSettings(cost);
      dirty.cost = true;
      break;
    }
    case 'parameterSnapshot':
      snapshot = decoded<nnstream.v1.ParameterSnapshot>(env.parameterSnapshot);
      histograms.add(snapshot);
      dirty.params = true;
      break;
    case 'recentSamples': {
      const r = recentOf(decoded<nnstream.v1.RecentSamples>(env.recentSamples));
      if (r === undefined) return controls.write('bad', 'RecentSamples whose sizes do not agree were ignored');
      recent = r;
      if (boundary.include(r)) dirty.params = true;
      dirty.recent = true;
      break;
    }
    case 'controlResult': {
      const r = decoded<nnstream.v1.ControlResult>(env.controlResult);
      controls.answer(r);
      if (r.modelInfo && (r.modelInfo.sizes ?? []).length > 0) newSettings(r.modelInfo as nnstream.v1.ModelInfo);
      break;
    }
    case 'alert': {
      const a = decoded<nnstream.v1.Alert>(env.alert);
      controls.write('alert', `${a.code} at step ${a.step}: ${a.message}`);
      alert = { text: `${a.code} at step ${a.step}`, until: Date.now() + ALERT_MS };
      dirty.params = true;
      break;
    }
    case 'error': {
      const e = decoded<nnstream.v1.Error>(env.error);
      if (!controls.refused(e)) controls.write('bad', `${e.code}: ${e.message}`);
      break;
    }
    default:
      break;
  }
}

/**
 * A decoded message is an instance of its generated class (proto3 defaults live on
 * the prototype), so the class type, with every field present, is the honest one.
 */
function decoded<T>(message: unknown): T {
  return message as T;
}

function newSettings(m: { paused: boolean; learningRate: number }): void {
  settings = { paused: m.paused === true, learningRate: m.learningRate };
  controls.setPaused(settings.paused);
  dirty.settings = true;
}

/** The step went backwards: the model was reset, or a new server started from scratch. */
function restarted(step: number): void {
  histograms.clear();
  boundary.clear();
  neurons.clear();
  controls.write('info', `the model started again at step ${step}; charts start over`);
}

function showConnection(s: ConnectionState): void {
  status.dataset['state'] = s.kind;
  clearTimeout(bannerTimer);
  if (s.kind === 'open') {
    status.textContent = '● live';
    controls.setConnected(true);
    if (s.reconnected) {
      showBanner(`Reconnected to the server at ${clockTime()}.`, false);
      controls.write('info', 'reconnected to the server');
      bannerTimer = setTimeout(() => (banner.hidden = true), 8000);
    } else banner.hidden = true;
  } else if (s.kind === 'connecting') {
    status.textContent = s.attempt > 1 ? `reconnecting (attempt ${s.attempt})…` : 'connecting…';
  } else {
    status.textContent = 'disconnected';
    controls.setConnected(false);
    showBanner(`Connection to the server lost (${s.reason}). Reconnecting by itself in ${(s.retryInMs / 1000).toFixed(1)} s (attempt ${s.attempt + 1}); the charts keep what they had.`, true);
  }
}

function showBanner(text: string, bad: boolean): void {
  banner.textContent = text;
  banner.classList.toggle('bad', bad);
  banner.hidden = false;
}

function frame(): void {
  try {
    draw();
  } finally {
    requestAnimationFrame(frame);
  }
}

function draw(): void {
  if (dirty.info && info !== undefined) {
    dirty.info = false;
    showModelInfo(info);
  }
  if (dirty.cost) {
    dirty.cost = false;
    if (cost !== undefined) showCost(cost);
    showTaskTiles(info?.task ?? model?.task ?? '', cost, figures?.r2);
    charts.draw();
  }
  if (dirty.settings && settings !== undefined) {
    dirty.settings = false;
    showSettings(settings);
  }
  if ((dirty.params || dirty.layout) && snapshot !== undefined) {
    const t0 = performance.now();
    dirty.params = false;
    if (model?.snapshot !== snapshot) {
      try {
        model = SnapshotModel.from(snapshot);
      } catch (e) {
        controls.write('bad', `A ParameterSnapshot of step ${snapshot.step} could not be drawn: ${(e as Error).message}`);
        snapshot = undefined;
        return;
      }
    }
    names = namesOf(info, model.inputs, model.outputs, model.task);
    picker.show(names.features, () => topTwo(model!.inputWeights(recent)));
    heatmaps.draw(snapshot);
    byId('weights-step').textContent = `step ${snapshot.step}`;
    const layout = drawNetwork(byId<HTMLCanvasElement>('network'), snapshot, info?.activations ?? [], names.features, model.inputs >= 2 ? 16 : 0);
    if (model.inputs >= 2) neurons.draw(layout, boundary.thumbnails(model, MAX_DRAWN_UNITS));
    histograms.draw();
    drawPlane(model);
    drawTask(model);
    const rate = governor.record(performance.now() - t0);
    if (rate !== undefined) subscribe();
  } else if ((dirty.recent || dirty.focus) && model !== undefined) {
    drawPlane(model);
    if (dirty.recent) drawTask(model);
  }
  dirty.layout = false;
  dirty.recent = false;
  dirty.focus = false;
}

function drawPlane(m: SnapshotModel): void {
  const canvas = byId<HTMLCanvasElement>('boundary');
  const [a, b] = boundary.axisPair;
  byId('boundary-title').innerHTML = boundary.focus !== undefined
    ? `Neuron view <small>hidden layer ${boundary.focus.layer}, neuron ${boundary.focus.unit + 1} over the plane · point elsewhere (or tap it again) to go back</small>`
    : m.inputs === 1
      ? 'Model output <small>over its one input · recent samples</small>'
      : m.inputs === 2
        ? 'Decision boundary <small>model output over the input plane · recent samples</small>'
        : `Decision slice <small>output over ${esc(names.features[a] ?? '')} × ${esc(names.features[b] ?? '')}, other inputs at their means</small>`;
  if (m.inputs < 2) {
    byId('boundary-legend').innerHTML = drawCurve(canvas, m, recent, names);
    return;
  }
  byId('boundary-legend').innerHTML = boundary.draw(canvas, m, recent, names);
}

/** The task's panel (confusion and per-class figures, or predicted against actual) and the model-health line. */
function drawTask(m: SnapshotModel): void {
  const view = drawPredictions(byId<HTMLCanvasElement>('task-plot'), m, recent, names);
  figures = view.figures;
  byId('task-title').innerHTML = m.task === 'regression' ? 'Predicted vs actual <small>recent samples</small>' : 'Confusion matrix <small>recent samples, with per-class precision and recall</small>';
  byId('task-legend').textContent = view.legend;
  byId('task-table').innerHTML = view.table;
  if (alert !== undefined && Date.now() > alert.until) alert = undefined;
  const h = healthOf(m, recent, figures, alert?.text);
  const line = byId('health');
  line.textContent = h.text;
  line.dataset['state'] = h.warn ? 'warn' : 'ok';
  line.dataset['maxW'] = String(h.maxAbsW);
  showTaskTiles(m.task, cost, figures?.r2); // the task's tiles use the figures
}

/** The two inputs that move the first layer most: the slice a user wants to see first (undefined until samples tell). */
function topTwo(w: Float64Array): [number, number] | undefined {
  if (!w.some((v) => v > 0)) return undefined;
  const order = Array.from(w.keys()).sort((a, b) => w[b]! - w[a]! || a - b);
  const [i, j] = [order[0] ?? 0, order[1] ?? 1];
  return i < j ? [i, j] : [j, i];
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

new ResizeObserver(() => (dirty.layout = true)).observe(document.body);
connection.start();
requestAnimationFrame(frame);

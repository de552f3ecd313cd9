import 'uplot/dist/uPlot.min.css'; // before our own sheet, which overrides some of its rules
import './styles.css';
import type { Envelope } from '../../src/codec/protocol.js';
import type { nnstream } from '../../src/codec/generated/nnstream.js';
import { byId } from './canvas.js';
import { Connection, socketUrl, type ConnectionState } from './connection.js';
import { Controls } from './controls.js';
import { DecisionBoundary } from './decision-boundary.js';
import { clockTime } from './format.js';
import { showCost, showModelInfo, showSettings, type Settings } from './model-panel.js';
import { drawNetwork } from './network-diagram.js';
import { drawPredictions } from './prediction-view.js';
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
const dirty = { info: false, cost: false, settings: false, params: false, recent: false, layout: false };

const charts = new TimeCharts();
const heatmaps = new WeightHeatmaps(byId('heatmaps'));
const histograms = new WeightHistograms(byId('histograms'));
const boundary = new DecisionBoundary();
const governor = new RateGovernor();
const status = byId('status');
const banner = byId('banner');
let bannerTimer: ReturnType<typeof setTimeout> | undefined;

const connection = new Connection(socketUrl(), {
  open: subscribe,
  envelope: receive,
  state: showConnection,
  bad: (message) => controls.write('bad', message),
});
const controls = new Controls((control) => connection.send({ control }));

function subscribe(): void {
  connection.send({
    subscribe: { cost: true, params: true, recent: true, costMaxPerSecond: COST_PER_SECOND, paramsMaxPerSecond: governor.rate, recentMax: RECENT_MAX },
  });
}

function receive(env: Envelope): void {
  switch (env.body) {
    case 'modelInfo':
      info = decoded<nnstream.v1.ModelInfo>(env.modelInfo);
      controls.setInfo(info);
      if ((info.sizes ?? []).length > 0) newSettings(info);
      dirty.info = true;
      break;
    case 'costReport': {
      cost = decoded<nnstream.v1.CostReport>(env.costReport);
      if (charts.add(cost)) restarted(Number(cost.step));
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
  if (dirty.cost && cost !== undefined) {
    dirty.cost = false;
    showCost(cost);
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
    heatmaps.draw(snapshot);
    byId('weights-step').textContent = `step ${snapshot.step}`;
    drawNetwork(byId<HTMLCanvasElement>('network'), snapshot, info?.activations ?? []);
    histograms.draw();
    drawPlane(model);
    const rate = governor.record(performance.now() - t0);
    if (rate !== undefined) subscribe();
  } else if (dirty.recent && model !== undefined) drawPlane(model);
  dirty.layout = false;
  dirty.recent = false;
}

function drawPlane(m: SnapshotModel): void {
  const canvas = byId<HTMLCanvasElement>('boundary');
  const twoD = m.inputs === 2;
  byId('boundary-title').innerHTML = twoD
    ? 'Decision boundary <small>model output over the input plane · recent samples</small>'
    : 'Recent predictions vs labels <small>newest parameters on the most recent samples</small>';
  byId('boundary-legend').innerHTML = twoD ? boundary.draw(canvas, m, recent) : drawPredictions(canvas, m, recent);
}

new ResizeObserver(() => (dirty.layout = true)).observe(document.body);
connection.start();
requestAnimationFrame(frame);

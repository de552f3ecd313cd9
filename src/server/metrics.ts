import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { StepEvent } from './trainer.js';
import { WeightedHistogram } from './weighted-histogram.js';

/** What the server knows only when it is scraped. */
export interface ScrapeState {
  backlog: number;
  paused: boolean;
  connections: { trainer: number; viewer: number };
  clientIds?: number;
  backlogBytes?: number;
}

const LATENCY_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];
const ACK_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const STEP_BUCKETS = [0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];
const SIZE_BUCKETS = [64, 256, 1024, 4096, 16384, 65536, 262144, 1 << 20, 4 << 20, 16 << 20];

/**
 * A running server's metrics, in the Prometheus text format at /metrics (prom-client,
 * one registry per server; names in docs/metrics.md). The hot paths only bump plain
 * fields or call one observe method; counters and gauges are read at scrape time.
 */
export class Metrics {
  samples = 0;
  steps = 0;
  cost = NaN;
  accuracy = NaN;
  connections = 0;
  errors = new Map<string, number>();
  messages = 0;
  predictions = 0;
  refusedSteps = 0;
  droppedMessages = 0;
  checkpoints = 0;

  readonly registry = new Registry();
  private scrape: ScrapeState = { backlog: 0, paused: false, connections: { trainer: 0, viewer: 0 } };
  private readonly predictionSeconds: Histogram;
  private readonly ackSeconds: WeightedHistogram;
  private readonly stepSeconds: Histogram;
  private readonly messageBytes: Histogram;

  constructor(o: { defaultMetrics?: boolean } = {}) {
    const registers = [this.registry];
    const counter = (name: string, help: string, value: () => number): void => {
      new Counter({ name, help, registers, collect() { this.reset(); this.inc(value()); } });
    };
    const gauge = (name: string, help: string, value: () => number): void => {
      new Gauge({ name, help, registers, collect() { this.set(value()); } });
    };
    counter('nnstream_samples_total', 'Samples trained into the model.', () => this.samples);
    counter('nnstream_steps_total', 'Training steps taken.', () => this.steps);
    gauge('nnstream_cost', 'Cost of the last step (before its update).', () => this.cost);
    gauge('nnstream_accuracy', 'Progressive accuracy of the last step.', () => this.accuracy);
    gauge('nnstream_connections', 'Open WebSocket connections.', () => this.connections);
    counter('nnstream_messages_total', 'WebSocket messages received.', () => this.messages);
    counter('nnstream_predictions_total', 'Prediction requests answered.', () => this.predictions);
    counter('nnstream_refused_steps_total', 'Updates refused because they were not finite.', () => this.refusedSteps);
    counter('nnstream_dropped_messages_total', 'Reports not sent to slow subscribers (a newer one replaced them).', () => this.droppedMessages);
    counter('nnstream_checkpoints_total', 'Checkpoints written.', () => this.checkpoints);
    gauge('nnstream_backlog_samples', 'Samples accepted and waiting for their training step.', () => this.scrape.backlog);
    gauge('nnstream_paused', '1 while training is paused.', () => (this.scrape.paused ? 1 : 0));
    gauge('nnstream_client_ids', 'Client ids the server keeps (connections, and named ids until --client-ttl).', () => this.scrape.clientIds ?? 0);
    gauge('nnstream_backlog_bytes', 'Bytes of accepted samples waiting for training (bounded by --max-pending-bytes).', () => this.scrape.backlogBytes ?? 0);
    const errors = this.errors;
    new Counter({
      name: 'nnstream_errors_total', help: 'Rejected messages by error code.', labelNames: ['code'], registers,
      collect() {
        this.reset();
        for (const [code, n] of errors) this.inc({ code }, n);
      },
    });
    const scrape = (): ScrapeState => this.scrape;
    new Gauge({
      name: 'nnstream_connections_by_role', help: 'Open WebSocket connections by role (trainer: may train, predict and control; viewer: read-only).', labelNames: ['role'], registers,
      collect() {
        const c = scrape().connections;
        this.set({ role: 'trainer' }, c.trainer);
        this.set({ role: 'viewer' }, c.viewer);
      },
    });
    this.predictionSeconds = new Histogram({ name: 'nnstream_prediction_duration_seconds', help: 'From a PredictRequest received to its PredictResponse sent.', buckets: LATENCY_BUCKETS, registers });
    this.ackSeconds = new WeightedHistogram('nnstream_ack_latency_seconds', 'Per sample: from its arrival at the server to the end of the training step that took it (when its Ack is sent).', ACK_BUCKETS, this.registry);
    this.stepSeconds = new Histogram({ name: 'nnstream_step_duration_seconds', help: 'One training step: forward pass, backprop and update of a mini-batch.', buckets: STEP_BUCKETS, registers });
    this.messageBytes = new Histogram({ name: 'nnstream_message_size_bytes', help: 'Size of each binary WebSocket message received (decodable or not).', buckets: SIZE_BUCKETS, registers });
    if (o.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry });
  }

  error(code: string): void {
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }

  /** A start time for observePrediction. */
  now(): number {
    return performance.now();
  }

  observePrediction(started: number): void {
    this.predictionSeconds.observe((performance.now() - started) / 1000);
  }

  /** The step's duration, and each of its samples' time from arrival to trained. */
  observeStep(e: StepEvent): void {
    this.stepSeconds.observe(e.stepSeconds);
    // samples of one message arrived together: one observation per run of equal arrival times
    const now = performance.now(), tags = e.tags;
    for (let i = 0; i < tags.length; ) {
      const at = tags[i]!.at;
      let j = i + 1;
      while (j < tags.length && tags[j]!.at === at) j++;
      this.ackSeconds.observe((now - at) / 1000, j - i);
      i = j;
    }
  }

  /** A binary message received, before it is decoded. */
  observeMessage(bytes: number): void {
    this.messageBytes.observe(bytes);
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  async render(state: ScrapeState): Promise<string> {
    this.scrape = state;
    return this.registry.metrics();
  }
}

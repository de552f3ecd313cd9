/** Counters of a running server, rendered in the Prometheus text format at /metrics. */
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

  error(code: string): void {
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }

  render(extra: { backlog: number; paused: boolean; clientIds?: number; backlogBytes?: number }): string {
    const lines: string[] = [];
    const metric = (name: string, type: string, help: string, value: number, labels = ''): void => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, `${name}${labels} ${fmt(value)}`);
    };
    metric('nnstream_samples_total', 'counter', 'Samples trained into the model.', this.samples);
    metric('nnstream_steps_total', 'counter', 'Training steps taken.', this.steps);
    metric('nnstream_cost', 'gauge', 'Cost of the last step (before its update).', this.cost);
    metric('nnstream_accuracy', 'gauge', 'Progressive accuracy of the last step.', this.accuracy);
    metric('nnstream_connections', 'gauge', 'Open WebSocket connections.', this.connections);
    metric('nnstream_messages_total', 'counter', 'WebSocket messages received.', this.messages);
    metric('nnstream_predictions_total', 'counter', 'Prediction requests answered.', this.predictions);
    metric('nnstream_refused_steps_total', 'counter', 'Updates refused because they were not finite.', this.refusedSteps);
    metric('nnstream_dropped_messages_total', 'counter', 'Reports not sent to slow subscribers (a newer one replaced them).', this.droppedMessages);
    metric('nnstream_checkpoints_total', 'counter', 'Checkpoints written.', this.checkpoints);
    metric('nnstream_backlog_samples', 'gauge', 'Samples accepted and waiting for their training step.', extra.backlog);
    metric('nnstream_paused', 'gauge', '1 while training is paused.', extra.paused ? 1 : 0);
    if (extra.clientIds !== undefined) metric('nnstream_client_ids', 'gauge', 'Client ids the server keeps (connections, and named ids until --client-ttl).', extra.clientIds);
    if (extra.backlogBytes !== undefined) metric('nnstream_backlog_bytes', 'gauge', 'Bytes of accepted samples waiting for training (bounded by --max-pending-bytes).', extra.backlogBytes);
    lines.push('# HELP nnstream_errors_total Rejected messages by error code.', '# TYPE nnstream_errors_total counter');
    for (const [code, n] of this.errors) lines.push(`nnstream_errors_total{code="${code}"} ${n}`);
    return lines.join('\n') + '\n';
  }
}

function fmt(v: number): string {
  return Number.isNaN(v) ? 'NaN' : Number.isFinite(v) ? String(v) : v > 0 ? '+Inf' : '-Inf';
}

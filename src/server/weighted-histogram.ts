import type { Metric, Registry } from 'prom-client';

interface Value {
  labels: Record<string, string | number>;
  value: number;
  metricName: string;
}

/**
 * A Prometheus histogram that takes many equal observations at once:
 * `observe(v, count)`. prom-client's Histogram costs about half a microsecond per
 * observation; this one is a few nanoseconds, so it can count every sample of a
 * stream (the samples of one message share their arrival time, hence their latency).
 * It renders exactly like a prom-client Histogram (cumulative `_bucket{le}`, `_sum`, `_count`).
 */
export class WeightedHistogram {
  readonly type = 'histogram' as const;
  readonly aggregator = 'sum' as const;
  private readonly counts: Float64Array;
  private sum = 0;
  private count = 0;

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly upperBounds: readonly number[],
    registry: Registry,
  ) {
    this.counts = new Float64Array(upperBounds.length);
    registry.registerMetric(this as unknown as Metric);
  }

  observe(value: number, times = 1): void {
    if (!Number.isFinite(value) || times <= 0) return;
    this.sum += value * times;
    this.count += times;
    const b = this.upperBounds;
    for (let i = 0; i < b.length; i++)
      if (value <= b[i]!) {
        this.counts[i]! += times;
        return;
      }
  }

  async get(): Promise<{ name: string; help: string; type: 'histogram'; values: Value[]; aggregator: 'sum' }> {
    const values: Value[] = [];
    let acc = 0;
    for (let i = 0; i < this.upperBounds.length; i++) {
      acc += this.counts[i]!;
      values.push({ labels: { le: this.upperBounds[i]! }, value: acc, metricName: `${this.name}_bucket` });
    }
    values.push({ labels: { le: '+Inf' }, value: this.count, metricName: `${this.name}_bucket` });
    values.push({ labels: {}, value: this.sum, metricName: `${this.name}_sum` });
    values.push({ labels: {}, value: this.count, metricName: `${this.name}_count` });
    return { name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator };
  }

  reset(): void {
    this.counts.fill(0);
    this.sum = this.count = 0;
  }
}

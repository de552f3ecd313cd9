import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeEnvelope } from '../../src/codec/protocol.js';
import { ProtoClient } from '../helpers/proto-client.js';
import { serve, type Served } from '../helpers/serve.js';

/** prom2json's shape, as parse-prometheus-text-format returns it. */
interface Family {
  name: string;
  help: string;
  type: 'COUNTER' | 'GAUGE' | 'HISTOGRAM' | 'SUMMARY' | 'UNTYPED';
  metrics: { value?: string; labels?: Record<string, string>; buckets?: Record<string, string>; count?: string; sum?: string }[];
}

const TOKEN = 'train-token', VIEW = 'view-token';
let s: Served;
beforeAll(async () => {
  s = await serve(['--inputs', '2', '--hidden', '3', '--batch', '10', '--max-wait-ms', '10', '--token', TOKEN, '--viewer-token', VIEW]);
});
afterAll(async () => {
  await s.stop('SIGKILL');
});

async function scrape(): Promise<{ families: Map<string, Family>; text: string; type: string | null }> {
  const res = await fetch(new URL('/metrics', s.url), { headers: { authorization: `Bearer ${VIEW}` } });
  expect(res.status).toBe(200);
  const text = await res.text();
  const families = new Map((parsePrometheusTextFormat(text) as Family[]).map((f) => [f.name, f]));
  return { families, text, type: res.headers.get('content-type') };
}

function histogram(f: Family | undefined, labels: Record<string, string> = {}): { count: number; sum: number; buckets: [number, number][] } {
  expect(f?.type).toBe('HISTOGRAM');
  const m = f!.metrics.find((x) => Object.entries(labels).every(([k, v]) => x.labels?.[k] === v));
  expect(m, `${f!.name} ${JSON.stringify(labels)}`).toBeDefined();
  const buckets = Object.entries(m!.buckets!).map(([le, n]) => [le === '+Inf' ? Infinity : Number(le), Number(n)] as [number, number]).sort((a, b) => a[0] - b[0]);
  return { count: Number(m!.count), sum: Number(m!.sum), buckets };
}

function value(f: Family | undefined, labels: Record<string, string> = {}): number {
  const m = f?.metrics.find((x) => Object.entries(labels).every(([k, v]) => x.labels?.[k] === v));
  expect(m, `${f?.name} ${JSON.stringify(labels)}`).toBeDefined();
  return Number(m!.value);
}

describe('/metrics (prom-client)', () => {
  it('parses as Prometheus text, with histograms whose counts match the requests made', async () => {
    const trainer = await ProtoClient.connect(s.ws, { headers: { authorization: `Bearer ${TOKEN}` } });
    const second = await ProtoClient.connect(s.ws, { headers: { authorization: `Bearer ${TOKEN}` } });
    const viewer = await ProtoClient.connect(s.ws, { headers: { authorization: `Bearer ${VIEW}` } });

    // 5 SampleBatch messages of 20 samples: 100 samples, exactly 10 steps of 10
    let batchBytes = 0;
    for (let b = 0; b < 5; b++) {
      const x: number[] = [], y: number[] = [];
      for (let j = 0; j < 20; j++) {
        const i = b * 20 + j;
        x.push(Math.sin(i), Math.cos(i));
        y.push(i % 2);
      }
      const bytes = encodeEnvelope({ sampleBatch: { n: 2, m: 20, x, y, firstSeq: b * 20 + 1 } });
      batchBytes += bytes.length;
      trainer.sendRaw(bytes);
    }
    await trainer.next('ack', (e) => Number(e.ack!.throughSeq) === 100, 10_000);
    let predictBytes = 0;
    for (let id = 1; id <= 7; id++) {
      const bytes = encodeEnvelope({ predictRequest: { id, n: 2, m: 1, x: [0.1 * id, -0.2] } });
      predictBytes += bytes.length;
      trainer.sendRaw(bytes);
      await trainer.next('predictResponse', (e) => Number(e.predictResponse!.id) === id);
    }
    trainer.sendRaw(new Uint8Array([0xff, 0xff, 0xff]));
    await trainer.next('error', (e) => e.error!.code === 'BAD_MESSAGE');
    const sample = encodeEnvelope({ sample: { x: [1, 2, 3], y: [1], seq: 101 } });
    const sampleBytes = sample.length;
    trainer.sendRaw(sample);
    await trainer.next('error', (e) => e.error!.code === 'BAD_SHAPE');

    const { families, text, type } = await scrape();
    expect(type).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(text).toMatch(/^# TYPE nnstream_prediction_duration_seconds histogram$/m);

    // the histograms: one observation per prediction, per trained sample, per step, per message
    const predictions = histogram(families.get('nnstream_prediction_duration_seconds'));
    expect(predictions.count).toBe(7);
    expect(predictions.sum).toBeGreaterThan(0);
    expect(predictions.sum).toBeLessThan(7 * 1); // seconds: each well under one
    expect(histogram(families.get('nnstream_ack_latency_seconds')).count).toBe(100);
    const steps = histogram(families.get('nnstream_step_duration_seconds'));
    expect(steps.count).toBe(10);
    expect(steps.sum).toBeGreaterThan(0);
    // every binary message: 5 batches, 7 requests, 3 garbage bytes, 1 bad sample
    const sizes = histogram(families.get('nnstream_message_size_bytes'));
    expect(sizes).toMatchObject({ count: 14, sum: batchBytes + predictBytes + 3 + sampleBytes });
    for (const h of [predictions, steps, sizes]) {
      // cumulative buckets, the last (+Inf) holding every observation
      for (let i = 1; i < h.buckets.length; i++) expect(h.buckets[i]![1]).toBeGreaterThanOrEqual(h.buckets[i - 1]![1]);
      expect(h.buckets.at(-1)).toEqual([Infinity, h.count]);
    }

    // today's series, as before
    expect(value(families.get('nnstream_samples_total'))).toBe(100);
    expect(value(families.get('nnstream_steps_total'))).toBe(10);
    expect(value(families.get('nnstream_predictions_total'))).toBe(7);
    expect(value(families.get('nnstream_messages_total'))).toBe(5 + 7 + 2);
    expect(value(families.get('nnstream_errors_total'), { code: 'BAD_MESSAGE' })).toBe(1);
    expect(value(families.get('nnstream_errors_total'), { code: 'BAD_SHAPE' })).toBe(1);
    expect(value(families.get('nnstream_backlog_samples'))).toBe(0);
    expect(value(families.get('nnstream_paused'))).toBe(0);
    expect(Number.isFinite(value(families.get('nnstream_cost')))).toBe(true);
    expect(families.get('nnstream_samples_total')!.type).toBe('COUNTER');

    // connections by role
    expect(value(families.get('nnstream_connections'))).toBe(3);
    expect(value(families.get('nnstream_connections_by_role'), { role: 'trainer' })).toBe(2);
    expect(value(families.get('nnstream_connections_by_role'), { role: 'viewer' })).toBe(1);

    // the library's default process and Node.js metrics
    expect(value(families.get('process_resident_memory_bytes'))).toBeGreaterThan(10 << 20);
    expect(value(families.get('process_cpu_seconds_total'))).toBeGreaterThan(0);
    expect(families.get('nodejs_eventloop_lag_seconds')?.type).toBe('GAUGE');
    expect(families.get('nodejs_eventloop_lag_p99_seconds')?.type).toBe('GAUGE');
    expect(families.get('nodejs_gc_duration_seconds')?.type).toBe('HISTOGRAM');
    expect(families.get('nodejs_heap_size_used_bytes')?.type).toBe('GAUGE');

    // every name follows the conventions: counters end in _total, histograms name their unit
    for (const f of families.values()) {
      if (!f.name.startsWith('nnstream_')) continue;
      if (f.type === 'COUNTER') expect(f.name).toMatch(/_total$/);
      if (f.type === 'HISTOGRAM') expect(f.name).toMatch(/_(seconds|bytes)$/);
      expect(f.help.length).toBeGreaterThan(10);
    }

    viewer.ws.close();
    second.ws.close();
    await new Promise((r) => setTimeout(r, 200));
    const after = (await scrape()).families;
    expect(value(after.get('nnstream_connections_by_role'), { role: 'viewer' })).toBe(0);
    expect(value(after.get('nnstream_connections_by_role'), { role: 'trainer' })).toBe(1);
    trainer.ws.close();
  });
});

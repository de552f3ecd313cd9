import { readFileSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import WebSocket from 'ws';
import { decodeEnvelope, encodeEnvelope, rawBytes } from '../src/codec/protocol.js';
import { BIN } from './csv-bench.js';
import { percentile } from './stats.js';
import { problem, type Shape } from './shapes.js';

/** The node flags of the bin's shebang (`#!/usr/bin/env -S node FLAGS`), so the server runs as users run it. */
export function binNodeFlags(bin = BIN): string[] {
  const first = readFileSync(bin, 'utf8').split('\n', 1)[0]!;
  return /^#!.*\bnode\b(.*)$/.exec(first)?.[1]!.trim().split(/\s+/).filter(Boolean) ?? [];
}

/** `nnstream serve --port 0` for a shape, until `close`. */
export class BenchServer {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  /** `extra`: more serve options (a cluster node's --cluster, --name, ...). */
  static async start(s: Shape, extra: string[] = []): Promise<BenchServer> {
    const args = ['serve', '--port', '0', '--host', '127.0.0.1', '--inputs', String(s.n0), '--hidden', String(s.n1),
      '--activation', s.act, '--batch', String(s.m), '--lr', '0.1', '--max-wait-ms', '5', ...extra];
    const child = spawn(process.execPath, [...binNodeFlags(), BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    const lines = createInterface({ input: child.stdout! });
    const url = await new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`nnstream serve did not start in 20 s: ${err.slice(-500)}`)), 20_000);
      lines.on('line', (l) => {
        const m = /listening (http:\/\/\S+?)\/?(\s|$)/.exec(l);
        if (m !== null) {
          clearTimeout(timer);
          done(m[1]!);
        }
      });
      child.once('exit', (code) => fail(new Error(`nnstream serve exited ${code}: ${err.slice(-500)}`)));
    });
    return new BenchServer(child, url);
  }

  async connect(): Promise<WebSocket> {
    const ws = new WebSocket(`${this.url.replace(/^http/, 'ws')}/ws`, { perMessageDeflate: false });
    ws.binaryType = 'nodebuffer';
    await new Promise<void>((done, fail) => {
      ws.once('open', () => done());
      ws.once('error', fail);
    });
    return ws;
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((done) => this.child.once('exit', () => done()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
}

/**
 * A client streaming SampleBatch messages (one mini-batch each, x as raw bytes),
 * keeping at most `window` samples unacknowledged. Counts acknowledged samples.
 */
export class Ingest {
  acked = 0;
  private seq = 0;
  private stopped = false;
  private readonly x: Uint8Array;
  private readonly y: Uint8Array;
  private failure: Error | undefined;

  constructor(
    private readonly ws: WebSocket,
    private readonly s: Shape,
    private readonly window = 8 * s.m,
  ) {
    const p = problem(s);
    this.x = rawBytes(p.x).slice();
    this.y = rawBytes(p.y).slice();
    ws.on('message', (data: Buffer) => {
      const e = decodeEnvelope(data);
      if (e.ack != null) {
        this.acked = Number(e.ack.throughSeq);
        this.pump();
      } else if (e.error != null) this.failure = new Error(`server error ${e.error.code}: ${e.error.message}`);
    });
  }

  start(): void {
    this.pump();
  }

  stop(): void {
    this.stopped = true;
  }

  check(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  private pump(): void {
    while (!this.stopped && this.seq - this.acked < this.window) {
      const m = this.s.m;
      this.ws.send(encodeEnvelope({ sampleBatch: { n: this.s.n0, m, xRaw: this.x, yRaw: this.y, firstSeq: this.seq + 1 } }));
      this.seq += m;
    }
  }
}

/** What measureIngest reads: samples acknowledged so far, and whether the stream failed. */
export interface AckCounter {
  readonly acked: number;
  check(): void;
}

/** An Ingest client running in a worker thread (bench/ingest-worker.ts), its ack count mirrored here. */
export class IngestThread implements AckCounter {
  acked = 0;
  private failure: Error | undefined;
  private readonly worker: Worker;

  constructor(url: string, s: Shape) {
    this.worker = new Worker(new URL('./ingest-worker.js', import.meta.url), { workerData: { url, shape: s } });
    this.worker.on('message', (m: { acked?: number; failure?: string }) => {
      if (m.acked !== undefined) this.acked = m.acked;
      if (m.failure !== undefined) this.failure = new Error(m.failure);
    });
    this.worker.on('error', (e) => (this.failure = e));
  }

  check(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  async stop(): Promise<void> {
    const exited = new Promise((done) => this.worker.once('exit', done));
    this.worker.postMessage('stop');
    await Promise.race([exited, sleep(2000)]);
    await this.worker.terminate();
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Samples per second acknowledged over `seconds`, after a warm-up. */
export async function measureIngest(ingest: AckCounter, seconds: number): Promise<number> {
  await sleep(500);
  ingest.check();
  const a0 = ingest.acked, t0 = performance.now();
  await sleep(seconds * 1000);
  ingest.check();
  return (ingest.acked - a0) / ((performance.now() - t0) / 1000);
}

/** Round-trip times (ms) of 1-sample PredictRequests sent one after another for `seconds`. */
export async function measurePredict(ws: WebSocket, s: Shape, seconds: number): Promise<{ p50: number; p99: number; count: number }> {
  const x = rawBytes(problem(s).x.subarray(0, s.n0)).slice();
  const times: number[] = [];
  let id = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const t0 = performance.now();
    const want = ++id;
    const answered = new Promise<void>((done, fail) => {
      const on = (data: Buffer): void => {
        const e = decodeEnvelope(data);
        if (e.predictResponse != null && Number(e.predictResponse.id) === want) {
          ws.off('message', on);
          done();
        } else if (e.error != null) {
          ws.off('message', on);
          fail(new Error(`server error ${e.error.code}: ${e.error.message}`));
        }
      };
      ws.on('message', on);
    });
    ws.send(encodeEnvelope({ predictRequest: { id: want, n: s.n0, m: 1, xRaw: x } }));
    await answered;
    times.push(performance.now() - t0);
  }
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), count: times.length };
}

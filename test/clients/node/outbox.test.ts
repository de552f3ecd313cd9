import { describe, expect, it } from 'vitest';
import { NnstreamError } from '../../../clients/node/errors.js';
import { Outbox, type OutboxOptions, type SendGroup, type SendResult } from '../../../clients/node/outbox.js';
import type { Block } from '../../../clients/node/samples.js';

const options: OutboxOptions = { window: 25, keepUntilDurable: true, maxKeptBytes: 1 << 20, whenKeptFull: 'drop', busyRetries: 1 };

/** A block of m one-feature samples whose x values are their own index (so slices can be checked). */
function block(m: number, from = 0): Block {
  return { n: 1, m, x: Float64Array.from({ length: m }, (_, i) => from + i), y: new Float64Array(m), single: false };
}

function group(parts = 1): SendGroup & { result?: SendResult; error?: NnstreamError } {
  const g: SendGroup & { result?: SendResult; error?: NnstreamError } = {
    samples: 0, parts, lastSeq: 0, modelStep: 0, failed: false,
    resolve: (r) => void (g.result = r),
    reject: (e) => void (g.error = e),
  };
  return g;
}

/** Takes every frame the window allows; returns their [firstSeq, m, first x]. */
function drain(o: Outbox): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let item = o.takeNext(); item !== undefined; item = o.takeNext()) out.push([item.firstSeq, item.block.m, item.block.x[0]!]);
  return out;
}

describe('Outbox', () => {
  it('lets no more than the window of samples onto the wire until acks come', () => {
    const o = new Outbox(options);
    for (let i = 0; i < 5; i++) o.enqueue(block(10, i * 10), group());
    expect(drain(o)).toEqual([[1, 10, 0], [11, 10, 10]]);
    expect(o.unacked).toBe(20);
    o.onAck(5, 0, 1); // half of the first frame trained
    expect(o.unacked).toBe(15);
    expect(drain(o)).toEqual([[21, 10, 20]]);
    o.onAck(30, 0, 2);
    expect(drain(o)).toEqual([[31, 10, 30], [41, 10, 40]]);
    expect(o.unacked).toBe(20);
  });

  it('sends a frame larger than the window alone', () => {
    const o = new Outbox(options);
    o.enqueue(block(40), group());
    o.enqueue(block(1), group());
    expect(drain(o)).toEqual([[1, 40, 0]]);
    o.onAck(40, 0, 1);
    expect(drain(o)).toEqual([[41, 1, 0]]);
  });

  it('resolves a send of several frames once the last of them is acked, with the step of that ack', () => {
    const o = new Outbox(options);
    const g = group(2);
    g.samples = 20;
    o.enqueue(block(10), g);
    o.enqueue(block(10), g);
    drain(o);
    o.onAck(10, 0, 3);
    expect(g.result).toBeUndefined();
    o.onAck(20, 0, 4);
    expect(g.result).toEqual({ samples: 20, lastSeq: 20, modelStep: 4 });
  });

  it('rejects the send whose frame holds the refused seq, and only that one', () => {
    const o = new Outbox(options);
    const [a, b, c] = [group(), group(), group()];
    o.enqueue(block(5), a);
    o.enqueue(block(5), b);
    o.enqueue(block(5), c);
    drain(o);
    expect(o.onError(8, new NnstreamError('BAD_LABEL', 'label 7', 6))).toBe(true);
    expect(b.error?.code).toBe('BAD_LABEL');
    expect(o.onError(99, new NnstreamError('BAD_LABEL', 'x', 99))).toBe(false);
    o.onAck(15, 0, 1);
    expect(a.result?.lastSeq).toBe(5);
    expect(c.result?.lastSeq).toBe(15);
    expect(o.idle).toBe(true);
  });

  it('sends a frame refused with BUSY again under the same seqs, ahead of the window (the ack waits for them), then gives up', () => {
    const o = new Outbox(options);
    const [a, b] = [group(), group()];
    o.enqueue(block(5, 0), a);
    o.enqueue(block(5, 5), b);
    drain(o);
    o.onError(1, new NnstreamError('BUSY', 'busy', 1));
    expect(a.error).toBeUndefined();
    expect(drain(o)).toEqual([[1, 5, 0]]); // the gap first, whatever the window
    o.onAck(10, 0, 1);
    expect(a.result?.lastSeq).toBe(5);
    expect(b.result?.lastSeq).toBe(10);
    const c = group();
    o.enqueue(block(5, 10), c);
    expect(drain(o)).toEqual([[11, 5, 10]]);
    o.onError(11, new NnstreamError('BUSY', 'busy', 11));
    expect(drain(o)).toEqual([[11, 5, 10]]);
    o.onError(11, new NnstreamError('BUSY', 'busy', 11));
    expect(c.error?.code).toBe('BUSY'); // busyRetries: 1
  });

  it('after BUSY keeps no more on the wire than the server had accepted, until the next connection', () => {
    const o = new Outbox({ ...options, window: 100 });
    for (let i = 0; i < 6; i++) o.enqueue(block(10, i * 10), group());
    expect(drain(o)).toHaveLength(6);
    o.onAck(5, 0, 1);
    o.onError(31, new NnstreamError('BUSY', 'busy', 31)); // 6..30 were accepted: 25 samples
    o.onError(41, new NnstreamError('BUSY', 'busy', 41));
    o.onError(51, new NnstreamError('BUSY', 'busy', 51));
    expect(o.window).toBe(25);
    o.onAck(30, 0, 2);
    expect(drain(o)).toEqual([[31, 10, 30], [41, 10, 40]]); // the refused frames again, under their seqs, within the window
    o.onAck(40, 0, 3);
    expect(drain(o)).toEqual([[51, 10, 50]]);
    o.restart(undefined);
    expect(o.window).toBe(100);
  });

  it('keeps trained samples until a checkpoint holds them, dropping the oldest past the byte limit', () => {
    const o = new Outbox({ ...options, window: 1000, maxKeptBytes: 3 * 16 * 10 });
    for (let i = 0; i < 5; i++) o.enqueue(block(10), group());
    drain(o);
    o.onAck(30, 10, 1);
    expect(o.held).toBe(40); // 11..30 kept, 31..50 on the wire
    o.onAck(50, 10, 2);
    expect(o.held).toBe(30); // 11..50 trained is 4 frames, over 3 frames of bytes: the oldest dropped
    expect(o.unprotected).toBe(10);
    o.onAck(50, 40, 3);
    expect(o.held).toBe(10);
  });

  it("with whenKeptFull 'wait' stops sending until a checkpoint frees room", () => {
    const o = new Outbox({ ...options, window: 1000, maxKeptBytes: 16 * 10, whenKeptFull: 'wait' });
    for (let i = 0; i < 4; i++) o.enqueue(block(10), group());
    expect(drain(o)).toHaveLength(4);
    o.onAck(40, 0, 1);
    o.enqueue(block(10), group());
    expect(drain(o)).toEqual([]);
    o.onAck(40, 35, 2);
    expect(drain(o)).toEqual([[41, 10, 0]]);
    expect(o.unprotected).toBe(0);
  });

  it('after a restart resends exactly what the server lacks, before anything new, in rising seqs', () => {
    const o = new Outbox({ ...options, window: 1000 });
    const groups = [group(), group(), group(), group()];
    groups.forEach((g, i) => o.enqueue(block(10, i * 10), g));
    drain(o);
    o.onAck(30, 10, 5); // 1..30 trained, 1..10 durable, 31..40 on the wire
    const queued = group();
    o.enqueue(block(10, 40), queued);
    // the server crashed and came back from a checkpoint that holds 1..15
    o.restart({ through: 15, durable: 15 });
    expect(o.through).toBe(15);
    expect(drain(o)).toEqual([[16, 5, 15], [21, 10, 20], [31, 10, 30], [41, 10, 40]]);
    expect(o.resent).toBe(25);
    o.onAck(50, 15, 6);
    expect(groups[3]!.result?.lastSeq).toBe(40);
    expect(queued.result?.lastSeq).toBe(50);
    expect(o.nextSeq).toBe(51);
  });

  it('after a reconnect to a server that kept everything, resends nothing and keeps the non-durable samples', () => {
    const o = new Outbox({ ...options, window: 1000 });
    o.enqueue(block(10), group());
    o.enqueue(block(10), group());
    drain(o);
    o.onAck(20, 5, 1);
    o.restart({ through: 20, durable: 5 });
    expect(drain(o)).toEqual([]);
    expect(o.resent).toBe(0);
    expect(o.held).toBe(20);
  });

  it('renumbers queued samples a new process would otherwise send under seqs the server already has', () => {
    const o = new Outbox(options);
    const g = group();
    o.enqueue(block(5), g); // seqs 1..5, never sent
    o.restart({ through: 100, durable: 100 });
    expect(drain(o)).toEqual([[101, 5, 0]]);
    expect(o.nextSeq).toBe(106);
  });

  it('an anonymous client resends after a reconnect only what was not acked', () => {
    const o = new Outbox({ ...options, keepUntilDurable: false });
    o.enqueue(block(10), group());
    o.enqueue(block(10), group());
    drain(o);
    o.onAck(14, 0, 1);
    expect(o.held).toBe(10);
    o.restart(undefined);
    expect(drain(o)).toEqual([[15, 6, 4]]);
  });

  it('fails every pending send when closing', () => {
    const o = new Outbox(options);
    const [a, b] = [group(), group()];
    o.enqueue(block(5), a);
    drain(o);
    o.enqueue(block(100), b);
    o.failAll(new NnstreamError('CLOSED', 'closed'));
    expect([a.error?.code, b.error?.code]).toEqual(['CLOSED', 'CLOSED']);
    expect(o.idle).toBe(true);
  });
});

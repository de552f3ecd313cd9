#!/usr/bin/env python3
"""Talks to `nnstream serve` using only proto/nnstream.proto: hello, samples (packed and raw),
acks, a subscription, predictions, and one Error of each kind, then prints a JSON report.

    protoc --python_out=/tmp/nnpb -I proto proto/nnstream.proto
    python3 clients/python/demo.py --url ws://127.0.0.1:8080/ws --proto-dir /tmp/nnpb --csv planar.csv

Needs python3-protobuf and python3-websockets (Debian), or the protobuf and websockets
packages. Exits 1 when the server broke the protocol somewhere (listed under "problems").
"""

import argparse
import asyncio
import csv
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from nnstream_client import Client, ServerError, load_messages, raw  # noqa: E402


def read_csv(path):
    """Rows of a CSV with a header; the label is the column "label", else the last."""
    with open(path, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        label = header.index("label") if "label" in header else len(header) - 1
        rows = []
        for rec in reader:
            values = [float(v) for v in rec]
            rows.append(([v for i, v in enumerate(values) if i != label], values[label]))
    return rows


def column_major(xs):
    return [v for x in xs for v in x]


async def run(args):
    pb = load_messages(args.proto_dir)
    rows = read_csv(args.csv)
    problems = []
    report = {"problems": problems}

    def check(ok, what):
        if not ok:
            problems.append(what)

    c = await Client.connect(args.url, pb, args.token)
    info = c.model_info
    report["model_info"] = {"sizes": list(info.sizes), "task": info.task, "batch_size": info.batch_size, "role": info.role}
    n = len(rows[0][0])
    check(not info.sizes or info.sizes[0] == n, f"model has {list(info.sizes)} but the CSV has {n} features")

    # Hello: a named client learns what the server already holds of its stream.
    await c.send(hello=pb.Hello(client_id=args.client_id, client_name="python demo"))
    hello = await c.wait_for("ack")
    report["hello_ack"] = {"through_seq": hello.through_seq, "durable_seq": hello.durable_seq}
    seq = hello.through_seq

    await c.send(subscribe=pb.Subscribe(cost=True))

    # Single samples with packed doubles.
    for x, y in rows[:5]:
        seq += 1
        await c.send(sample=pb.Sample(x=x, y=[y], seq=seq))
    ack = await c.wait_ack(seq)
    report["packed_samples_acked_through"] = ack.through_seq
    check(ack.through_seq >= seq, f"ack through {ack.through_seq} < {seq}")

    # Batches, most with raw little-endian bytes, one with packed doubles.
    sent = 5
    for epoch in range(args.epochs):
        for start in range(0, len(rows), 50):
            chunk = rows[start:start + 50]
            if epoch == 0 and start == 0:
                chunk = rows[5:50]
            xs, ys = [x for x, _ in chunk], [y for _, y in chunk]
            if epoch == 0 and start == 50:
                batch = pb.SampleBatch(n=n, m=len(chunk), x=column_major(xs), y=ys, first_seq=seq + 1)
            else:
                batch = pb.SampleBatch(n=n, m=len(chunk), x_raw=raw(column_major(xs)), y_raw=raw(ys), first_seq=seq + 1)
            await c.send(sample_batch=batch)
            seq += len(chunk)
            sent += len(chunk)
            await c.wait_ack(seq - 200 if seq > 200 else 0)  # a little backpressure: at most ~200 unacked
    ack = await c.wait_ack(seq, timeout=30)
    report["samples_sent"] = sent
    report["acked_through"] = ack.through_seq
    report["model_step"] = ack.model_step
    check(ack.through_seq == seq, f"final ack through {ack.through_seq}, expected {seq}")

    costs = [env.cost_report for env in c.inbox if env.WhichOneof("body") == "cost_report"]
    c.inbox = [env for env in c.inbox if env.WhichOneof("body") != "cost_report"]
    report["cost_reports"] = len(costs)
    if costs:
        report["first_cost"], report["last_cost"] = costs[0].cost, costs[-1].cost
        report["last_samples"] = costs[-1].samples
    check(len(costs) > 0, "no CostReport after subscribing")

    # Predictions: a batch as raw bytes and a single sample as packed doubles, matched by id.
    probe = [x for x, _ in rows[:3]]
    p1 = await c.predict(1001, column_major(probe), n, 3, use_raw=True)
    p2 = await c.predict(1002, probe[1], n, 1, use_raw=False)
    report["predictions"] = [
        {"id": p.id, "k": p.k, "m": p.m, "y_hat": list(p.y_hat), "model_step": p.model_step} for p in (p1, p2)
    ]
    check(p1.id == 1001 and p2.id == 1002, "prediction ids do not match the requests")
    check(len(p1.y_hat) == p1.k * 3 and p1.m == 3, f"batch prediction has {len(p1.y_hat)} values for k={p1.k}, m={p1.m}")
    check(abs(p2.y_hat[0] - p1.y_hat[p1.k]) < 1e-12, "the single prediction differs from the same sample in the batch")

    # Bad input: each gets an Error naming the seq or id, and the connection stays open.
    errors = {}

    async def provoke(name, ref, **body):
        await c.send(**body)
        e = await c.wait_for("error", lambda e: e.ref == ref)
        errors[name] = {"code": e.code, "ref": e.ref, "message": e.message}

    bad_label = 5 if info.task != "regression" else None
    if bad_label is not None:
        await provoke("bad_label", seq + 1, sample=pb.Sample(x=rows[0][0], y=[bad_label], seq=seq + 1))
    await provoke("wrong_dimension", seq + 2, sample=pb.Sample(x=rows[0][0] + [1.0], y=[0], seq=seq + 2))
    await provoke("nan", seq + 3, sample=pb.Sample(x=[math.nan] + rows[0][0][1:], y=[0], seq=seq + 3))
    await provoke("infinity_raw", seq + 4, sample_batch=pb.SampleBatch(n=n, m=1, x_raw=raw([math.inf] * n), y_raw=raw([0]), first_seq=seq + 4))
    await provoke("x_n_m_mismatch", seq + 5, sample_batch=pb.SampleBatch(n=n, m=2, x=[0.5] * (n * 2 - 1), y=[0, 1], first_seq=seq + 5))
    await provoke("predict_wrong_n", 1003, predict_request=pb.PredictRequest(id=1003, n=n + 1, m=1, x=[0.0] * (n + 1)))
    await c.send_bytes(b"\xff\xff\xff\xff")
    e = await c.wait_for("error", lambda e: e.code == "BAD_MESSAGE")
    errors["garbage_bytes"] = {"code": e.code, "ref": e.ref, "message": e.message}
    await c.send_bytes("a text frame")
    e = await c.wait_for("error", lambda e: e.code == "BAD_MESSAGE")
    errors["text_frame"] = {"code": e.code, "ref": e.ref, "message": e.message}
    report["errors"] = errors

    # Still alive, and the refused messages did not change the model.
    p3 = await c.predict(1004, column_major(probe), n, 3, use_raw=True)
    report["alive_after_errors"] = p3.id == 1004
    report["unchanged_after_errors"] = list(p3.y_hat) == list(p1.y_hat) and p3.model_step == p1.model_step
    check(report["unchanged_after_errors"], "the model changed after refused messages")
    await c.close()
    return report


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--url", required=True, help="ws://HOST:PORT/ws")
    ap.add_argument("--proto-dir", required=True, help="directory holding nnstream_pb2.py from protoc --python_out")
    ap.add_argument("--csv", required=True, help="training data (header row; label column 'label' or last)")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--token", default=os.environ.get("NNSTREAM_TOKEN"))
    ap.add_argument("--client-id", default="python-demo")
    args = ap.parse_args()
    try:
        report = asyncio.run(run(args))
    except (OSError, TimeoutError, ServerError) as e:
        print(f"demo.py: {type(e).__name__}: {e}", file=sys.stderr)
        sys.exit(1)
    print(json.dumps(report, indent=2))
    sys.exit(1 if report["problems"] else 0)


if __name__ == "__main__":
    main()

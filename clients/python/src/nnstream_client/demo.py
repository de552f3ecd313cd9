"""Talks to `nnstream serve` with every operation of the client and prints a JSON report:
hello, samples (packed and raw) paced by acks, a reconnect that resends exactly what
the server lacks, a subscription, predictions, controls, the blocking client, and one
Error of each kind. Exits 1 when the server broke the protocol somewhere ("problems").

    nnstream-demo --url ws://127.0.0.1:8080/ws --csv flower.csv
    python3 -m nnstream_client.demo --url ... --csv ...
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import math
import os
import sys
from typing import Any, Dict, List, Tuple

import google.protobuf

from .client import Client, ServerError
from .messages import column_major, pb, raw
from .sync import SyncClient
from .transport import WEBSOCKETS_VERSION


def read_csv(path: str) -> List[Tuple[List[float], float]]:
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


async def run(args: argparse.Namespace) -> Dict[str, Any]:
    rows = read_csv(args.csv)
    problems: List[str] = []
    report: Dict[str, Any] = {"problems": problems, "versions": {"websockets": WEBSOCKETS_VERSION, "protobuf": google.protobuf.__version__}}

    def check(ok: bool, what: str) -> None:
        if not ok:
            problems.append(what)

    c = await Client.connect(args.url, token=args.token, window=400)
    info = c.model_info
    report["model_info"] = {"sizes": list(info.sizes), "task": info.task, "batch_size": info.batch_size, "role": info.role}
    n = len(rows[0][0])
    check(not info.sizes or info.sizes[0] == n, f"model has {list(info.sizes)} but the CSV has {n} features")

    # Hello: a named client learns what the server already holds of its stream.
    hello = await c.hello(client_id=args.client_id, client_name="python demo")
    report["hello_ack"] = {"through_seq": hello.through_seq, "durable_seq": hello.durable_seq}

    costs: List[Any] = []
    await c.subscribe(cost=True, on_cost=costs.append)

    # Single samples with packed doubles, then batches with raw bytes, paced by the window.
    for x, y in rows[:5]:
        done = await c.send_sample(x, y)
    report["packed_samples_acked_through"] = await asyncio.wait_for(done, 10)
    sent = 5
    for epoch in range(args.epochs):
        for i in range(0, len(rows), 50):
            chunk = rows[max(i, 5):i + 50] if epoch == 0 else rows[i:i + 50]
            if not chunk:
                continue
            await c.send_samples([x for x, _ in chunk], [y for _, y in chunk])
            sent += len(chunk)
            if epoch == 0 and i == 0:
                # a reconnect mid-stream: the named client resends only what was not trained
                resent_before = c.stats.resent
                await c.reconnect()
                report["reconnect"] = {"resent": c.stats.resent - resent_before, "through_seq": c.hello_ack.through_seq}  # later acks may already have come
    ack = await c.flush(timeout=60)
    report["samples_sent"] = sent
    report["acked_through"] = ack.through_seq
    report["model_step"] = ack.model_step
    report["stats"] = {"samples_sent": c.stats.samples_sent, "samples_acked": c.stats.samples_acked, "rejected": c.stats.samples_rejected, "reconnects": c.stats.reconnects}
    check(ack.through_seq == sent, f"final ack through {ack.through_seq}, expected {sent}")

    await asyncio.sleep(0.3)  # the last cost reports
    report["cost_reports"] = len(costs)
    if costs:
        report["first_cost"], report["last_cost"] = costs[0].cost, costs[-1].cost
        report["last_samples"] = costs[-1].samples
    check(len(costs) > 0, "no CostReport after subscribing")

    # Predictions: a batch as raw bytes and a single sample as packed doubles.
    probe = [x for x, _ in rows[:3]]
    p1 = await c.predict(probe)
    p2 = await c.predict(probe[1], use_raw=False)
    report["predictions"] = [{"id": p.id, "k": p.k, "m": p.m, "y_hat": list(p.y_hat), "model_step": p.model_step} for p in (p1, p2)]
    check(len(p1.y_hat) == p1.k * 3 and p1.m == 3, f"batch prediction has {len(p1.y_hat)} values for k={p1.k}, m={p1.m}")
    check(abs(p2.y_hat[0] - p1.y_hat[p1.k]) < 1e-12, "the single prediction differs from the same sample in the batch")

    # Controls.
    paused = await c.pause()
    lr = await c.set_learning_rate(0.05)
    resumed = await c.resume()
    report["controls"] = {"pause": [paused.ok, paused.model_info.paused], "lr": [lr.ok, lr.model_info.learning_rate], "resume": [resumed.ok, resumed.model_info.paused]}
    try:
        await c.checkpoint()
        report["controls"]["checkpoint"] = "ok"
    except ServerError as e:
        report["controls"]["checkpoint"] = e.code

    # Bad input: each gets an Error naming the seq or id, and the connection stays open.
    errors: Dict[str, Any] = {}
    seq = ack.through_seq

    async def provoke(name: str, ref: int, **body: Any) -> None:
        await c.send_envelope(**body)
        e = await c.next_error(lambda e: e.ref == ref)
        errors[name] = {"code": e.code, "ref": e.ref, "message": e.message}

    if info.task != "regression":
        await provoke("bad_label", seq + 1, sample=pb.Sample(x=rows[0][0], y=[5], seq=seq + 1))
    await provoke("wrong_dimension", seq + 2, sample=pb.Sample(x=rows[0][0] + [1.0], y=[0], seq=seq + 2))
    await provoke("nan", seq + 3, sample=pb.Sample(x=[math.nan] + rows[0][0][1:], y=[0], seq=seq + 3))
    await provoke("infinity_raw", seq + 4, sample_batch=pb.SampleBatch(n=n, m=1, x_raw=raw([math.inf] * n), y_raw=raw([0]), first_seq=seq + 4))
    await provoke("x_n_m_mismatch", seq + 5, sample_batch=pb.SampleBatch(n=n, m=2, x=[0.5] * (n * 2 - 1), y=[0, 1], first_seq=seq + 5))
    try:
        await c.predict([0.0] * (n + 1))
    except ServerError as e:
        errors["predict_wrong_n"] = {"code": e.code, "ref": e.ref, "message": e.message}
    await c.send_frame(b"\xff\xff\xff\xff")
    e = await c.next_error(lambda e: e.code == "BAD_MESSAGE")
    errors["garbage_bytes"] = {"code": e.code, "ref": e.ref, "message": e.message}
    await c.send_frame("a text frame")
    e = await c.next_error(lambda e: e.code == "BAD_MESSAGE")
    errors["text_frame"] = {"code": e.code, "ref": e.ref, "message": e.message}
    report["errors"] = errors

    # Still alive, and the refused messages did not change the model.
    p3 = await c.predict(probe)
    report["alive_after_errors"] = True
    report["unchanged_after_errors"] = list(p3.y_hat) == list(p1.y_hat) and p3.model_step == p1.model_step
    check(report["unchanged_after_errors"], "the model changed after refused messages")
    await c.close()
    return report


def run_sync(args: argparse.Namespace, rows: List[Tuple[List[float], float]]) -> Dict[str, Any]:
    """The blocking client: send, flush, predict, a control, as a script without asyncio would."""
    with SyncClient.connect(args.url, token=args.token) as s:
        s.send_samples([x for x, _ in rows[:20]], [y for _, y in rows[:20]])
        ack = s.flush()
        p = s.predict(rows[0][0])
        r = s.pause()
        s.resume()
        return {"acked_through": ack.through_seq, "prediction_k": p.k, "paused_ok": r.ok, "samples_acked": s.stats.samples_acked}


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--url", required=True, help="ws://HOST:PORT/ws")
    ap.add_argument("--csv", required=True, help="training data (header row; label column 'label' or last)")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--token", default=os.environ.get("NNSTREAM_TOKEN"))
    ap.add_argument("--client-id", default="python-demo")
    args = ap.parse_args()
    try:
        report = asyncio.run(run(args))
        report["sync"] = run_sync(args, read_csv(args.csv))
    except (OSError, asyncio.TimeoutError, ServerError) as e:
        print(f"nnstream-demo: {type(e).__name__}: {e}", file=sys.stderr)
        sys.exit(1)
    print(json.dumps(report, indent=2))
    sys.exit(1 if report["problems"] else 0)


if __name__ == "__main__":
    main()

"""An asyncio client for `nnstream serve`: the same operations as the Node client
(clients/node): hello, samples paced by acks and resent after a reconnect,
predictions, subscriptions and controls, plus samples and predictions by column
name (Record, RecordBatch, PredictRecords). Every binary frame is one
`nnstream.v1.Envelope`; matrices are column-major."""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence

from .messages import column_major, decode, encode, pb, raw, record
from .transport import ConnectionClosed, open_socket


class ServerError(Exception):
    """An `Error` message from the server: code, message and the seq or id it refers to."""

    def __init__(self, code: str, message: str, ref: int = 0, ref_kind: str = ""):
        super().__init__(f"{code}: {message}" + (f" ({ref_kind or 'ref'} {ref})" if ref else ""))
        self.code, self.message, self.ref, self.ref_kind = code, message, ref, ref_kind


@dataclass
class _Outgoing:
    """Samples with consecutive seqs that travel as one frame, kept until an ack covers them."""

    first_seq: int
    items: List[Any]  # one per sample, in seq order
    build: Callable[[int, List[Any]], bytes]  # the frame, given its first seq and samples
    done: "asyncio.Future[int]"
    busy_retries: int = 0

    @property
    def m(self) -> int:
        return len(self.items)

    @property
    def last_seq(self) -> int:
        return self.first_seq + self.m - 1

    def frame(self) -> bytes:
        return self.build(self.first_seq, self.items)

    def drop_through(self, seq: int) -> int:
        """Forgets the samples up to seq (the server holds them); returns how many."""
        k = max(0, min(self.m, seq - self.first_seq + 1))
        if k:
            self.items = self.items[k:]
            self.first_seq += k
        return k


@dataclass
class Subscription:
    cost: bool = False
    params: bool = False
    recent: bool = False
    history: bool = False
    cost_every_steps: int = 0
    cost_max_per_second: float = 0.0
    params_every_steps: int = 0
    params_max_per_second: float = 0.0
    on_cost: Optional[Callable[[Any], None]] = None
    on_params: Optional[Callable[[Any], None]] = None
    on_recent: Optional[Callable[[Any], None]] = None
    on_alert: Optional[Callable[[Any], None]] = None


@dataclass
class Stats:
    samples_sent: int = 0
    samples_acked: int = 0
    samples_rejected: int = 0
    resent: int = 0
    reconnects: int = 0
    frames: int = 0
    unprotected: int = 0  # trained samples dropped from the kept store before a checkpoint held them
    rejected: List[ServerError] = field(default_factory=list)


class Client:
    """One logical client: a connection (re-opened by `reconnect`) and its sequence numbers.

    `model_info` is the ModelInfo the server sends first (and again whenever the model changes);
    `last_ack` the newest Ack. Use `await Client.connect(url, ...)`; close with `await close()`.
    """

    def __init__(self, url: str, token: Optional[str], client_id: Optional[str], client_name: Optional[str], secret: Optional[str], window: int, busy_retries: int, max_kept: int = 65536):
        self.url, self.token = url, token
        self.client_id, self.client_name, self.secret = client_id, client_name, secret
        self.window, self.busy_retries = window, busy_retries
        self._window = window  # as configured; a BUSY shrinks `window` until the next connection
        self.ws: Any = None
        self.model_info: Any = None
        self.last_ack: Any = None
        self.stats = Stats()
        self.errors: List[Any] = []  # Error messages that answer no request of this client (e.g. to a raw frame)
        self._seq = 0
        self._outbox: List[_Outgoing] = []
        # a named client keeps trained samples until a checkpoint holds them (Ack.durable_seq),
        # so that after a server restart it can resend what the restart lost
        self._kept: List[_Outgoing] = []
        self._durable = 0
        self.max_kept = max_kept
        self._ids = itertools.count(1)
        self._requests: Dict[int, "asyncio.Future[Any]"] = {}
        self._subscription: Optional[Subscription] = None
        self._changed = asyncio.Event()  # set on every ack, error or close: waiters re-check
        self._reader: Optional[asyncio.Task] = None
        self._first_info: Optional["asyncio.Future[Any]"] = None
        self._hello_ack: Optional["asyncio.Future[Any]"] = None
        self.hello_ack: Optional[Any] = None  # the answer to the last Hello
        self._closed = False
        self._connected = False

    # -- connection --------------------------------------------------------------------------

    @classmethod
    async def connect(cls, url: str, *, token: Optional[str] = None, client_id: Optional[str] = None, client_name: Optional[str] = None,
                      secret: Optional[str] = None, window: int = 4096, busy_retries: int = 8, max_kept: int = 65536, timeout: float = 10.0) -> "Client":
        """Opens the connection, waits for ModelInfo and, for a named client, says Hello (see `hello`).
        window: most samples on the wire without an ack; max_kept: most trained samples a named client
        keeps for resending until a checkpoint holds them (the oldest are dropped beyond it)."""
        c = cls(url, token, client_id, client_name, secret, window, busy_retries, max_kept)
        await c._open(timeout)
        return c

    async def _open(self, timeout: float) -> None:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else None
        self.window = self._window
        loop = asyncio.get_running_loop()
        self._first_info = loop.create_future()
        self.ws = await open_socket(self.url, headers, open_timeout=timeout)
        self._connected = True
        self._reader = loop.create_task(self._read(self.ws))
        self.model_info = await asyncio.wait_for(asyncio.shield(self._first_info), timeout)
        if self.client_id:
            await self.hello(timeout=timeout)

    async def hello(self, client_id: Optional[str] = None, client_name: Optional[str] = None, secret: Optional[str] = None, timeout: float = 10.0) -> Any:
        """Names this client (Hello.client_id): the server answers with an Ack of what it already holds
        of this client's stream, and keeps its seqs across reconnects and restarts. Returns that Ack;
        samples this client sent that the Ack does not cover are resent."""
        self.client_id = client_id or self.client_id or ""
        self.client_name = client_name or self.client_name or ""
        self.secret = secret or self.secret or ""
        self._hello_ack = asyncio.get_running_loop().create_future()
        await self._send_bytes(encode(hello=pb.Hello(client_id=self.client_id, client_name=self.client_name, secret=self.secret)))
        ack = await asyncio.wait_for(asyncio.shield(self._hello_ack), timeout)
        self.hello_ack = ack  # the server's answer: what it holds of this client, and so what is resent
        self._seq = max(self._seq, ack.through_seq)
        await self._resend_unacked(ack.through_seq, ack.durable_seq)
        return ack

    async def reconnect(self, timeout: float = 10.0) -> None:
        """Closes the socket and opens a new one; a named client's unacked samples are resent."""
        self.stats.reconnects += 1
        await self._drop_socket()
        await self._open(timeout)
        if not self.client_id:  # anonymous: the server forgot this connection's seqs, so resend everything
            await self._resend_unacked(0)
        if self._subscription is not None:
            await self._send_subscribe(self._subscription)

    async def close(self) -> None:
        self._closed = True
        await self._drop_socket()
        for f in list(self._requests.values()) + [o.done for o in self._outbox]:
            if not f.done():
                f.set_exception(ConnectionError("the client was closed"))
                f.exception()  # marked retrieved: a send nobody awaited is not an error at exit
        self._requests.clear()
        self._outbox.clear()

    async def _drop_socket(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self._reader is not None:
            try:
                await self._reader
            except Exception:  # noqa: BLE001 - the reader's end is not this call's failure
                pass
        self.ws, self._reader = None, None

    # -- samples -----------------------------------------------------------------------------

    async def send_sample(self, x: Sequence[float], y: float) -> "asyncio.Future[int]":
        """Sends one labelled sample (packed doubles); returns a future of its seq, done once trained."""
        xs = [float(v) for v in x]
        return await self._enqueue([(xs, float(y))], lambda seq, items: encode(sample=pb.Sample(x=items[0][0], y=[items[0][1]], seq=seq)))

    async def send_samples(self, rows: Sequence[Sequence[float]], labels: Sequence[float]) -> "asyncio.Future[int]":
        """Sends m labelled samples (rows of features) as one SampleBatch with raw float64 bytes;
        returns a future of the last seq, done once all of them are trained."""
        if len(rows) != len(labels):
            raise ValueError(f"{len(rows)} rows but {len(labels)} labels")
        if not rows:
            raise ValueError("no samples")
        n = len(rows[0])
        for r in rows:
            if len(r) != n:
                raise ValueError(f"rows of {len(r)} and {n} features in one batch")

        def build(seq: int, items: List[Any]) -> bytes:
            batch = pb.SampleBatch(n=n, m=len(items), x_raw=raw(column_major([x for x, _ in items])), y_raw=raw([y for _, y in items]), first_seq=seq)
            return encode(sample_batch=batch)

        return await self._enqueue([(list(r), float(v)) for r, v in zip(rows, labels)], build)

    async def send_record(self, fields: Dict[str, Any]) -> "asyncio.Future[int]":
        """Sends one sample by column name (a Record); the server encodes it with the model's schema,
        as it would a CSV row with those header names. Returns a future of its seq."""
        return await self._enqueue([dict(fields)], lambda seq, items: encode(record=record(items[0], seq)))

    async def send_records(self, records: Sequence[Dict[str, Any]]) -> "asyncio.Future[int]":
        """Sends samples by column name as one RecordBatch; returns a future of the last seq."""
        if not records:
            raise ValueError("no records")
        return await self._enqueue([dict(r) for r in records], lambda seq, items: encode(record_batch=pb.RecordBatch(records=[record(r) for r in items], first_seq=seq)))

    async def flush(self, timeout: float = 30.0) -> Any:
        """Waits until every sample sent so far is trained (or rejected); returns the newest Ack."""
        await self._until(lambda: not self._outbox, timeout, "all samples acknowledged")
        return self.last_ack

    @property
    def last_seq(self) -> int:
        """The seq of the newest sample sent."""
        return self._seq

    @property
    def unacked(self) -> int:
        return sum(o.m for o in self._outbox)

    async def _enqueue(self, items: List[Any], build: Callable[[int, List[Any]], bytes]) -> "asyncio.Future[int]":
        m = len(items)
        if m > self.window:
            raise ValueError(f"{m} samples in one message exceed the window of {self.window}")
        await self._until(lambda: self.unacked + m <= self.window, None, "room in the window")
        o = _Outgoing(self._seq + 1, items, build, asyncio.get_running_loop().create_future())
        self._seq += m
        self._outbox.append(o)
        self.stats.samples_sent += m
        await self._send_bytes(o.frame())
        return o.done

    async def _resend_unacked(self, through: int, durable: int = 0) -> None:
        """After a (re)connect: what the server holds (through) is settled, exactly the rest is resent,
        including trained samples a restarted server lost (kept since no checkpoint held them)."""
        self._settle(through, durable)
        lost = [o for o in self._kept if o.last_seq > through]
        self._kept = [o for o in self._kept if o.last_seq <= through]
        for o in lost:
            self.stats.samples_acked -= o.m  # not held any more: unacknowledged again
        self._outbox = sorted(lost + self._outbox, key=lambda o: o.first_seq)
        for o in list(self._outbox):
            self.stats.samples_acked += o.drop_through(through)
            self.stats.resent += o.m
            await self._send_bytes(o.frame())

    def _settle(self, through: int, durable: int = 0) -> None:
        self._acks = getattr(self, "_acks", 0) + 1
        self._durable = max(self._durable, durable)
        for o in [o for o in self._outbox if o.last_seq <= through]:
            self._outbox.remove(o)
            self.stats.samples_acked += o.m
            if not o.done.done():
                o.done.set_result(o.last_seq)
            if self.client_id and o.last_seq > self._durable:
                self._kept.append(o)
        if self._kept:
            self._kept = [o for o in self._kept if o.last_seq > self._durable]
            kept = sum(o.m for o in self._kept)
            while self._kept and kept > self.max_kept:
                old = self._kept.pop(0)
                kept -= old.m
                self.stats.unprotected += old.m

    def _busy(self, o: _Outgoing, e: ServerError) -> None:
        """A frame refused with BUSY. The server held what this client had on the wire besides it:
        that is its limit, so the window shrinks to it (until the next connection), and the frame
        is sent again, under the same seqs (the server's ack stops below them until they come),
        once acks of what is below it have made that much room."""
        self._outbox.remove(o)
        o.busy_retries += 1
        held = self.unacked
        if held == 0 or o.busy_retries > self.busy_retries:  # it can never fit, or keeps not fitting
            self._reject(o, e)
            return
        self.window = min(self.window, max(held, o.m))
        asyncio.get_running_loop().create_task(self._resend_busy(o))

    async def _resend_busy(self, o: _Outgoing) -> None:
        acks = getattr(self, "_acks", 0)
        try:
            # after the next ack, once what is below it on the wire is acked (what is above cannot be acked before it)
            await self._until(lambda: getattr(self, "_acks", 0) > acks and not any(x.first_seq < o.first_seq for x in self._outbox), 60.0, "room after BUSY")
        except (asyncio.TimeoutError, ConnectionError) as e:
            self._reject(o, ServerError("BUSY", f"no room to resend after BUSY: {e}", o.first_seq, "seq"))
            return
        self._outbox = sorted(self._outbox + [o], key=lambda x: x.first_seq)
        self.stats.resent += o.m
        await self._send_bytes(o.frame())

    def _reject(self, o: _Outgoing, e: ServerError) -> None:
        if o in self._outbox:
            self._outbox.remove(o)
        self.stats.samples_rejected += o.m
        self.stats.rejected.append(e)
        if not o.done.done():
            o.done.set_exception(e)
            o.done.exception()  # retrieved: a caller that does not await it is not warned about it

    # -- predictions -------------------------------------------------------------------------

    async def predict(self, x: Sequence[Any], n: Optional[int] = None, m: Optional[int] = None, use_raw: bool = True, timeout: float = 10.0) -> Any:
        """Predictions from the live model. `x` is one sample (a list of features), a list of rows,
        or a flat column-major list with n and m. Returns the PredictResponse (y_hat: k*m values)."""
        if x and isinstance(x[0], (list, tuple)):
            n, m, flat = len(x[0]), len(x), column_major(x)
        else:
            flat = [float(v) for v in x]
            n = n if n is not None else len(flat)
            m = m if m is not None else 1
        req_id = next(self._ids)
        req = pb.PredictRequest(id=req_id, n=n, m=m, x_raw=raw(flat)) if use_raw else pb.PredictRequest(id=req_id, n=n, m=m, x=flat)
        return await self._request(req_id, encode(predict_request=req), timeout)

    async def predict_records(self, records: Sequence[Dict[str, Any]], timeout: float = 10.0) -> Any:
        """Predictions for samples given by column name (PredictRecords); for classification with a
        schema the response's `labels` holds the predicted class names."""
        req_id = next(self._ids)
        return await self._request(req_id, encode(predict_records=pb.PredictRecords(id=req_id, records=[record(r) for r in records])), timeout)

    # -- subscriptions and controls ----------------------------------------------------------

    async def subscribe(self, subscription: Optional[Subscription] = None, **options: Any) -> Subscription:
        """Subscribes to cost reports, parameter snapshots, recent samples (replacing any earlier
        subscription): subscribe(cost=True, cost_max_per_second=4, on_cost=print)."""
        sub = subscription or Subscription(**options)
        self._subscription = sub
        await self._send_subscribe(sub)
        return sub

    async def unsubscribe(self) -> None:
        self._subscription = None
        await self._send_bytes(encode(subscribe=pb.Subscribe()))

    async def _send_subscribe(self, s: Subscription) -> None:
        await self._send_bytes(encode(subscribe=pb.Subscribe(
            cost=s.cost, params=s.params, recent=s.recent, history=s.history, cost_every_steps=s.cost_every_steps,
            cost_max_per_second=s.cost_max_per_second, params_every_steps=s.params_every_steps, params_max_per_second=s.params_max_per_second)))

    async def control(self, timeout: float = 30.0, **action: Any) -> Any:
        """One Control (pause=True, resume=True, set_learning_rate=0.1, reset=True, checkpoint=True);
        returns the ControlResult, or raises ServerError."""
        req_id = next(self._ids)
        return await self._request(req_id, encode(control=pb.Control(id=req_id, **action)), timeout)

    async def pause(self) -> Any:
        return await self.control(pause=True)

    async def resume(self) -> Any:
        return await self.control(resume=True)

    async def set_learning_rate(self, lr: float) -> Any:
        return await self.control(set_learning_rate=lr)

    async def reset(self) -> Any:
        return await self.control(reset=True)

    async def checkpoint(self) -> Any:
        return await self.control(checkpoint=True)

    # -- raw frames, for tests and tools -----------------------------------------------------

    async def send_envelope(self, **body: Any) -> None:
        """Sends one Envelope as it is, outside the seq bookkeeping (its answer, if an Error, lands in `errors`)."""
        await self._send_bytes(encode(**body))

    async def send_frame(self, data: Any) -> None:
        """Sends a frame as it is (bytes: binary frame, str: text frame)."""
        await self._send_bytes(data)

    async def next_error(self, match: Callable[[Any], bool] = lambda e: True, timeout: float = 10.0) -> Any:
        """The first Error in `errors` that matches (waiting for it), removed from the list."""
        found: List[Any] = []

        def take() -> bool:
            for i, e in enumerate(self.errors):
                if match(e):
                    found.append(self.errors.pop(i))
                    return True
            return False

        await self._until(take, timeout, "an Error")
        return found[0]

    # -- plumbing ----------------------------------------------------------------------------

    async def _send_bytes(self, data: Any) -> None:
        if self.ws is None:
            raise ConnectionError("not connected")
        self.stats.frames += 1
        await self.ws.send(data)

    async def _request(self, req_id: int, data: bytes, timeout: float) -> Any:
        fut = asyncio.get_running_loop().create_future()
        self._requests[req_id] = fut
        try:
            await self._send_bytes(data)
            return await asyncio.wait_for(fut, timeout)
        finally:
            self._requests.pop(req_id, None)

    async def _until(self, ok: Callable[[], bool], timeout: Optional[float], what: str) -> None:
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        while not ok():
            if self._closed:
                raise ConnectionError("the client was closed")
            if not self._connected:
                raise ConnectionError("the connection closed: reconnect() resends what was not acknowledged")
            self._changed.clear()
            left = None if deadline is None else deadline - loop.time()
            if left is not None and left <= 0:
                raise asyncio.TimeoutError(f"no {what} within {timeout} s")
            try:
                await asyncio.wait_for(self._changed.wait(), left)
            except asyncio.TimeoutError:
                if ok():
                    return
                raise asyncio.TimeoutError(f"no {what} within {timeout} s") from None

    def _wake(self) -> None:
        self._changed.set()

    async def _read(self, ws: Any) -> None:
        try:
            async for data in ws:
                if isinstance(data, str):
                    continue
                await self._dispatch(decode(data))
        except ConnectionClosed:
            pass
        finally:
            if self.ws is ws or self.ws is None:
                self._connected = False
            for f in [self._first_info, self._hello_ack]:
                if f is not None and not f.done():
                    f.set_exception(ConnectionError("the connection closed"))
            for f in self._requests.values():
                if not f.done():
                    f.set_exception(ConnectionError("the connection closed before the answer"))
            self._wake()

    async def _dispatch(self, env: Any) -> None:
        body = env.WhichOneof("body")
        if body == "model_info":
            self.model_info = env.model_info
            if self._first_info is not None and not self._first_info.done():
                self._first_info.set_result(env.model_info)
        elif body == "ack":
            a = env.ack
            hello = self._hello_ack is not None and not self._hello_ack.done()
            if hello or self.last_ack is None or a.through_seq >= self.last_ack.through_seq:
                self.last_ack = a  # the answer to Hello is the truth of a new connection (a restarted server may hold less)
            if hello:
                self._hello_ack.set_result(a)
            self._settle(a.through_seq, a.durable_seq)
        elif body in ("predict_response", "control_result"):
            msg = getattr(env, body)
            f = self._requests.get(msg.id)
            if f is not None and not f.done():
                f.set_result(msg)
        elif body == "error":
            self._on_error(env.error)
        elif self._subscription is not None:
            s = self._subscription
            cb = {"cost_report": s.on_cost, "parameter_snapshot": s.on_params, "recent_samples": s.on_recent, "alert": s.on_alert}.get(body)
            if cb is not None:
                cb(getattr(env, body))
        self._wake()

    def _on_error(self, e: Any) -> None:
        err = ServerError(e.code, e.message, e.ref, e.ref_kind)
        if e.ref_kind == "id" and e.ref in self._requests:
            f = self._requests[e.ref]
            if not f.done():
                f.set_exception(err)
            return
        if e.ref_kind == "seq":
            o = next((o for o in self._outbox if o.first_seq == e.ref), None)
            if o is not None:
                if e.code == "BUSY":
                    self._busy(o, err)
                else:
                    self._reject(o, err)
                return
        self.errors.append(e)

"""The same client for code without asyncio: every method blocks until its answer.

A private event loop runs in a daemon thread; subscription callbacks are called on
that thread. Use as a context manager, or call `close()`.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any, Dict, Optional, Sequence

from .client import Client, Subscription


class SyncClient:
    """Blocking twin of `Client`: SyncClient.connect(url, token=...) then send/predict/control."""

    def __init__(self, client: Client, loop: asyncio.AbstractEventLoop, thread: threading.Thread):
        self._client, self._loop, self._thread = client, loop, thread

    @classmethod
    def connect(cls, url: str, **options: Any) -> "SyncClient":
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name="nnstream-client", daemon=True)
        thread.start()
        try:
            client = asyncio.run_coroutine_threadsafe(Client.connect(url, **options), loop).result()
        except BaseException:
            loop.call_soon_threadsafe(loop.stop)
            thread.join()
            loop.close()
            raise
        return cls(client, loop, thread)

    def _run(self, coro: Any, timeout: Optional[float] = None) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    @property
    def model_info(self) -> Any:
        return self._client.model_info

    @property
    def last_ack(self) -> Any:
        return self._client.last_ack

    @property
    def stats(self) -> Any:
        return self._client.stats

    def hello(self, client_id: Optional[str] = None, client_name: Optional[str] = None, secret: Optional[str] = None) -> Any:
        return self._run(self._client.hello(client_id, client_name, secret))

    def send_sample(self, x: Sequence[float], y: float) -> int:
        """Sends one sample; returns its seq (not waiting for its ack: see flush)."""
        self._run(self._client.send_sample(x, y))
        return self._client.last_seq

    def send_samples(self, rows: Sequence[Sequence[float]], labels: Sequence[float]) -> int:
        """Sends a batch; returns the last seq (not waiting for its ack: see flush)."""
        self._run(self._client.send_samples(rows, labels))
        return self._client.last_seq

    def send_record(self, fields: Dict[str, Any]) -> int:
        self._run(self._client.send_record(fields))
        return self._client.last_seq

    def send_records(self, records: Sequence[Dict[str, Any]]) -> int:
        self._run(self._client.send_records(records))
        return self._client.last_seq

    def flush(self, timeout: float = 30.0) -> Any:
        """Blocks until every sample sent so far is trained (or rejected); returns the newest Ack."""
        return self._run(self._client.flush(timeout))

    def predict(self, x: Sequence[Any], n: Optional[int] = None, m: Optional[int] = None, use_raw: bool = True) -> Any:
        return self._run(self._client.predict(x, n, m, use_raw))

    def predict_records(self, records: Sequence[Dict[str, Any]]) -> Any:
        return self._run(self._client.predict_records(records))

    def subscribe(self, subscription: Optional[Subscription] = None, **options: Any) -> Subscription:
        return self._run(self._client.subscribe(subscription, **options))

    def unsubscribe(self) -> None:
        self._run(self._client.unsubscribe())

    def control(self, **action: Any) -> Any:
        return self._run(self._client.control(**action))

    def pause(self) -> Any:
        return self._run(self._client.pause())

    def resume(self) -> Any:
        return self._run(self._client.resume())

    def set_learning_rate(self, lr: float) -> Any:
        return self._run(self._client.set_learning_rate(lr))

    def reset(self) -> Any:
        return self._run(self._client.reset())

    def checkpoint(self) -> Any:
        return self._run(self._client.checkpoint())

    def reconnect(self) -> None:
        self._run(self._client.reconnect())

    def close(self) -> None:
        if self._loop.is_closed():
            return
        try:
            self._run(self._client.close(), 10)
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join()
            self._loop.close()

    def __enter__(self) -> "SyncClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

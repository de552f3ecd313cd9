"""Opening a WebSocket with either websockets API: the asyncio implementation of
websockets >= 13 (`additional_headers`) or the legacy one of 10.x-12.x (`extra_headers`,
which 13+ renamed and 14+ removed from `websockets.connect`)."""

from __future__ import annotations

from typing import Any, Dict, Optional

import websockets

try:  # websockets >= 13
    from websockets.asyncio.client import connect as _connect

    _HEADERS = "additional_headers"
except ImportError:  # websockets 10.x - 12.x
    from websockets.client import connect as _connect  # type: ignore[no-redef]

    _HEADERS = "extra_headers"

from websockets.exceptions import ConnectionClosed  # noqa: F401  (re-exported)

WEBSOCKETS_VERSION: str = getattr(websockets, "__version__", None) or websockets.version.version


async def open_socket(url: str, headers: Optional[Dict[str, str]] = None, open_timeout: float = 10.0, max_size: int = 64 << 20) -> Any:
    """A connected WebSocket (binary frames are bytes), without compression as the server offers none."""
    kwargs: Dict[str, Any] = {"compression": None, "max_size": max_size, "open_timeout": open_timeout}
    if headers:
        kwargs[_HEADERS] = headers
    return await _connect(url, **kwargs)

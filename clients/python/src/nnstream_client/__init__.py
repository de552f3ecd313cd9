"""A Python client for nnstream's WebSocket protocol (proto/nnstream.proto).

    import asyncio
    from nnstream_client import Client

    async def main():
        c = await Client.connect("ws://127.0.0.1:8080/ws", token=None, client_id="sensor-7")
        done = await c.send_samples([[0.1, 2.3], [1.0, 0.0]], [1, 0])
        await done                       # both trained
        print((await c.predict([0.1, 2.3])).y_hat)
        await c.close()

    asyncio.run(main())

`SyncClient` has the same methods, blocking. `pb` holds the message classes.
"""

from .client import Client, ServerError, Stats, Subscription
from .messages import column_major, decode, encode, message_class, pb, raw, record
from .sync import SyncClient
from .transport import WEBSOCKETS_VERSION

__version__ = "0.1.0"

__all__ = [
    "Client", "SyncClient", "ServerError", "Stats", "Subscription",
    "pb", "message_class", "encode", "decode", "raw", "record", "column_major", "WEBSOCKETS_VERSION",
]

"""The portal on loopback HTTP (``ThreadingHTTPServer``), for the app and benchmarks.

A lost answer is a real one here: before the work, the request hangs until the client
gives up; after it, the connection is dropped without a word.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import unquote

from tests.fake_bitrix24.dispatch import Incoming, handle

if TYPE_CHECKING:
    from tests.fake_bitrix24.portal import FakeBitrix24

__all__ = ["HANG_S", "serve"]

HANG_S = 30.0  # how long a request "before" fault keeps the client waiting


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else each answer waits ~40 ms for a delayed ACK
    fake: ClassVar[FakeBitrix24]
    stopping: ClassVar[threading.Event]

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path, _, query = self.path.partition("?")
        exchange = handle(self.fake, Incoming(self.command, unquote(path), query,
                                              self.headers.get("Content-Type", ""), body))
        if exchange.lost == "before":
            self.stopping.wait(HANG_S)
        if exchange.lost:
            self._drop()
            return
        data = json.dumps(exchange.body, ensure_ascii=False).encode("utf-8")
        self.send_response(exchange.status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST

    def _drop(self) -> None:
        self.close_connection = True
        with suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def log_message(self, format: str, *args: object) -> None:
        """Silent: request lines carry the webhook secret."""


@contextmanager
def serve(fake: FakeBitrix24, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serves ``fake`` until the block ends; yields ``http://host:port/rest/USER/SECRET/``."""
    stopping = threading.Event()
    handler = type("PortalHandler", (_Handler,), {"fake": fake, "stopping": stopping})
    server = _Server((host, port), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              name="fake-bitrix24", daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_port}/rest/{fake.user_id}/{fake.secret}/"
    finally:
        stopping.set()
        server.shutdown()
        server.server_close()
        thread.join()

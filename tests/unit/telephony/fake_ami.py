"""A stand-in Asterisk manager on loopback, replaying recorded AMI traces.

Traces live in ``tests/data/ami``: AMI events as on the wire ("Key: Value" lines, a
blank line after each event), written from the Asterisk 18 event documentation. The
server greets like Asterisk, answers ``Login`` (and any other action) the way Asterisk
does, then sends one trace per connection; every connection but the last is closed
after its trace, so a client has to reconnect to get the next one.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from pathlib import Path

TRACES = Path(__file__).resolve().parents[2] / "data" / "ami"
BANNER = b"Asterisk Call Manager/7.0.3\r\n"


def trace_text(name: str) -> str:
    return (TRACES / f"{name}.txt").read_text(encoding="utf-8")


def parse_messages(text: str) -> list[dict[str, str]]:
    """AMI messages: blocks of "Key: Value" lines separated by blank lines."""
    messages = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        message = {}
        for line in block.split("\n"):
            key, colon, value = line.partition(":")
            if colon:
                message[key.strip()] = value.strip()
        if message:
            messages.append(message)
    return messages


def read_trace(name: str) -> list[dict[str, str]]:
    return parse_messages(trace_text(name))


def _wire(message: dict[str, str]) -> bytes:
    return "".join(f"{key}: {value}\r\n" for key, value in message.items()).encode() + b"\r\n"


class FakeAmi:
    """``sessions``: the trace sent on each successive connection."""

    def __init__(self, sessions: Sequence[str], username: str = "desk",
                 secret: str = "s3cret") -> None:
        self.sessions, self.username, self.secret = list(sessions), username, secret
        self.logins: list[dict[str, str]] = []
        self.connections = 0
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fake-ami", daemon=True)

    def __enter__(self) -> FakeAmi:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the fake AMI server did not start")
        return self

    def __exit__(self, *_exc: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(
            asyncio.start_server(self._session, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            server.close()
            for task in asyncio.all_tasks(self._loop):
                task.cancel()
            self._loop.run_until_complete(asyncio.sleep(0))
            self._loop.close()

    async def _session(self, reader: asyncio.StreamReader,
                       writer: asyncio.StreamWriter) -> None:
        index = self.connections
        self.connections += 1
        writer.write(BANNER)
        try:
            while True:
                block = await reader.readuntil(b"\r\n\r\n")
                action = parse_messages(block.decode())[0]
                reply = {"Response": "Success", "ActionID": action.get("ActionID", "")}
                if action.get("Action", "").lower() != "login":
                    writer.write(_wire(reply))
                    continue
                self.logins.append(action)
                if (action.get("Username"), action.get("Secret")) != (self.username,
                                                                        self.secret):
                    writer.write(_wire({"Response": "Error", "ActionID": reply["ActionID"],
                                        "Message": "Authentication failed"}))
                    break  # Asterisk ends the session after a failed login
                writer.write(_wire({**reply, "Message": "Authentication accepted"}))
                if index < len(self.sessions):
                    for message in read_trace(self.sessions[index]):
                        writer.write(_wire(message))
                    await writer.drain()
                if index < len(self.sessions) - 1:
                    break  # dropped: the client must come back for the next trace
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

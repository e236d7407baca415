"""One running app per user, and how call events reach it: a local socket.

``operator-desk call NUMBER`` runs in a new process for every ring; it hands the event
to the app already running for this user and exits. The socket is named per OS user
(two people on one terminal server never see each other's calls); on Linux it lives in
the user's private runtime folder when there is one. ``OPERATOR_DESK_INSTANCE`` names
it outright, so test runs never meet the user's app or each other.

The protocol is one JSON line per event (:meth:`CallEvent.to_json`), or the line
``activate`` from an app started again with nothing to hand over (the running one comes
to the front); the app answers ``ok`` or ``error`` per line, so a sender knows its line
was taken, not just written.
Only QtCore/QtNetwork are used: the sending side must start in a blink.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import re
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from desktop.telephony.events import CallEvent

__all__ = ["INSTANCE_ENV", "InstanceError", "InstanceServer", "instance_name", "send_activate",
           "send_event"]

INSTANCE_ENV = "OPERATOR_DESK_INSTANCE"
PROBE_MS = 300
_OK, _ERROR, _ACTIVATE = b"ok", b"error", b"activate"
_MAX_LINE = 16 * 1024  # an event is a few hundred bytes; anything longer is refused
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


class InstanceError(OSError):
    """The socket cannot be set up for a reason other than another running instance."""


def instance_name() -> str:
    """The socket name of this user's app (a path in the runtime folder on Linux)."""
    override = os.environ.get(INSTANCE_ENV, "").strip()
    if override:
        return _safe(override)
    name = f"operator-desk-{_safe(_user())}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform.startswith("linux") and runtime and os.path.isdir(runtime):
        return os.path.join(runtime, f"{name}.sock")
    return name


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name known: fall back on the numeric id
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def _safe(text: str) -> str:
    """A name every platform accepts; unusual names (Cyrillic logins) stay distinct."""
    safe = _UNSAFE.sub("_", text)[:40]
    if safe != text:
        safe += "-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return safe


def _answers(name: str, timeout_ms: int = PROBE_MS) -> bool:
    probe = QLocalSocket()
    probe.connectToServer(name)
    alive = probe.waitForConnected(timeout_ms)
    probe.abort()
    return alive


class InstanceServer(QObject):
    """Listens for events from `operator-desk call` and `open`; lives on the GUI thread."""

    event_received = Signal(object)  # CallEvent
    activate_requested = Signal()  # the app was started again: show the running one

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or instance_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Take the name. False when another instance answers on it; a socket left by a
        crashed app (nobody answers) is removed and taken over."""
        if self._server.isListening():
            return True
        # Ask first: two servers may share a pipe name on Windows, and with UserAccessOption
        # Qt on Unix puts its socket file over any other, a live one included.
        if _answers(self.name):
            return False
        if self._server.listen(self.name):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            if _answers(self.name):
                return False
            QLocalServer.removeServer(self.name)  # stale: the app that made it is gone
            if self._server.listen(self.name):
                return True
        raise InstanceError(f"Cannot listen on {self.name}: {self._server.errorString()}")

    def is_listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        for socket in list(self._buffers):
            socket.abort()
        self._buffers.clear()
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            # Bound slots, not lambdas: a lambda holding ``self`` would keep this object
            # alive until a garbage collection destroys it at some random moment.
            socket.readyRead.connect(self._ready_read)
            socket.disconnected.connect(self._disconnected)
            if socket.bytesAvailable():
                self._read(socket)

    def _ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _disconnected(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._drop(socket)

    def _drop(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is not None:
            socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        *lines, rest = data.split(b"\n")
        if len(rest) > _MAX_LINE:
            socket.abort()
            self._drop(socket)
            return
        self._buffers[socket] = rest
        events, activate = [], False
        for line in lines:
            if line.strip() == _ACTIVATE:
                activate = True
                socket.write(_OK + b"\n")
                continue
            try:
                events.append(CallEvent.from_json(line.decode("utf-8")))
            except (UnicodeDecodeError, ValueError):
                socket.write(_ERROR + b"\n")
            else:
                socket.write(_OK + b"\n")
        socket.flush()
        if activate:
            self.activate_requested.emit()
        for event in events:  # answered first: the sender exits while the card opens
            self.event_received.emit(event)


def send_event(event: CallEvent, name: str | None = None, timeout_ms: int = 1000) -> bool:
    """Hand ``event`` to the running app; True once it has taken it. False when no app
    answers in time (or it refused the event)."""
    return _send(event.to_json().encode("utf-8"), name, timeout_ms)


def send_activate(name: str | None = None, timeout_ms: int = 1000) -> bool:
    """Ask the running app to bring its window to the front; True once it has taken it."""
    return _send(_ACTIVATE, name, timeout_ms)


def _send(line: bytes, name: str | None, timeout_ms: int) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name or instance_name())
    try:
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(line + b"\n")
        socket.flush()  # the rest, if any, goes out while waiting for the answer
        reply = b""
        while b"\n" not in reply:
            if not socket.waitForReadyRead(timeout_ms):
                return False
            reply += bytes(socket.readAll().data())
        return reply.split(b"\n", 1)[0].strip() == _OK
    finally:
        socket.abort()

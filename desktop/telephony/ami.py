"""Calls from an Asterisk PBX through its manager interface (AMI), with panoramisk.

:class:`AmiSource` keeps one AMI connection open in its own thread with its own asyncio
loop, so a slow or silent PBX never stalls the window; the operator's calls come out as
``CallEvent`` signals on the GUI thread. A dropped connection is retried with growing
pauses (1 s up to a minute); a refused login is not retried: it will not get better
until someone fixes the user or the secret.

:func:`check_connection` is the settings dialog's "Test connection": one login, then
a plain answer.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from panoramisk import Manager
from PySide6.QtCore import QObject, Signal

from desktop.telephony.ami_config import AmiConfig
from desktop.telephony.ami_tracker import AmiTracker

__all__ = ["DEFAULT_BACKOFF", "AmiSource", "AmiStatus", "AmiTracker", "CheckResult",
           "ConnectionCheck", "check_connection"]

DEFAULT_BACKOFF = (1.0, 2.0, 5.0, 10.0, 30.0, 60.0)  # seconds between attempts, last repeats
_PING_S = 20  # keeps NAT and firewalls from dropping a quiet connection


class AmiStatus(StrEnum):
    OFF = "off"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RETRYING = "retrying"    # lost or unreachable; the next attempt is scheduled
    REFUSED = "refused"      # the PBX refused the user or secret; no more attempts


class _Manager(Manager):
    """panoramisk's manager with growing pauses between attempts and no retry after a
    refused login or after ``shut_down``."""

    def __init__(self, *, backoff: Sequence[float] = DEFAULT_BACKOFF,
                 on_status: Callable[[AmiStatus], None] = lambda _status: None,
                 **config: Any) -> None:
        super().__init__(reconnect_timeout=0, **config)
        self.backoff, self.on_status = tuple(backoff) or DEFAULT_BACKOFF, on_status
        self.attempt = 0
        self.refused = self.stopping = False

    def _next_pause(self) -> None:
        self.reconnect_timeout = self.backoff[min(self.attempt, len(self.backoff) - 1)]
        self.attempt += 1
        self.on_status(AmiStatus.RETRYING)

    def connect(self, *args: Any, **kwargs: Any) -> asyncio.Task | None:
        if self.refused or self.stopping:
            return None
        return super().connect(*args, **kwargs)

    def connection_made(self, f: asyncio.Future) -> None:
        if f.cancelled() or self.stopping:
            return
        if isinstance(f.exception(), OSError):
            self._next_pause()  # then panoramisk schedules the next attempt
        super().connection_made(f)

    def login(self, future: asyncio.Future) -> bool:
        accepted = super().login(future)
        if accepted:
            self.attempt = 0
            self.on_status(AmiStatus.CONNECTED)
        else:
            self.refused = True
            self.on_status(AmiStatus.REFUSED)
            self.close()
        return accepted

    def connection_lost(self, exc: Exception | None) -> None:
        if self.refused or self.stopping:
            return
        self._next_pause()
        super().connection_lost(exc)

    def shut_down(self) -> None:
        self.stopping = True
        self.close()


class AmiSource(QObject):
    """The operator's calls from the PBX. ``status_changed`` carries an ``AmiStatus`` value."""

    event_received = Signal(object)  # CallEvent
    status_changed = Signal(str)
    _event_from_loop = Signal(object, int)
    _status_from_loop = Signal(str, int)

    def __init__(self, config: AmiConfig, secret: str, parent: QObject | None = None, *,
                 backoff: Sequence[float] = DEFAULT_BACKOFF) -> None:
        super().__init__(parent)
        self.config, self._secret, self._backoff = config, secret, tuple(backoff)
        self.status = AmiStatus.OFF
        self._run = 0  # signals queued by an earlier run are dropped
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._manager: _Manager | None = None
        self._event_from_loop.connect(self._deliver_event)
        self._status_from_loop.connect(self._deliver_status)

    def start(self) -> bool:
        """Connect (and keep reconnecting) in the background. False, and nothing started,
        when the settings lack a host, user or extension."""
        if self._thread is not None:
            return True
        if not self.config.is_complete():
            return False
        self._run += 1
        run, tracker = self._run, AmiTracker(self.config.extension)
        loop = asyncio.new_event_loop()

        def on_status(status: AmiStatus) -> None:
            self._status_from_loop.emit(status.value, run)

        def on_message(_manager: Manager, message: Any) -> None:
            for event in tracker.feed(message):
                self._event_from_loop.emit(event, run)

        manager = _Manager(loop=loop, host=self.config.host.strip(), port=self.config.port,
                           username=self.config.username.strip(), secret=self._secret,
                           events="call", ping_delay=_PING_S, ping_interval=_PING_S,
                           backoff=self._backoff, on_status=on_status)
        manager.register_event("*", on_message)
        self._loop, self._manager = loop, manager
        self._thread = threading.Thread(target=self._serve, args=(loop, manager),
                                        name="ami", daemon=True)
        self._set_status(AmiStatus.CONNECTING)
        self._thread.start()
        return True

    def stop(self) -> None:
        """Close the connection and join the thread (call before quitting)."""
        thread, loop, manager = self._thread, self._loop, self._manager
        if thread is None or loop is None or manager is None:
            return
        self._run += 1
        self._thread = self._loop = self._manager = None
        loop.call_soon_threadsafe(_finish, loop, manager)
        thread.join(timeout=5)
        self._set_status(AmiStatus.OFF)

    @staticmethod
    def _serve(loop: asyncio.AbstractEventLoop, manager: _Manager) -> None:
        asyncio.set_event_loop(loop)
        loop.call_soon(manager.connect)
        try:
            loop.run_forever()
        finally:
            for task in asyncio.all_tasks(loop):
                task.cancel()
            loop.run_until_complete(asyncio.sleep(0))
            loop.close()

    def _deliver_event(self, event: object, run: int) -> None:
        if run == self._run:
            self.event_received.emit(event)

    def _deliver_status(self, status: str, run: int) -> None:
        if run == self._run:
            self._set_status(AmiStatus(status))

    def _set_status(self, status: AmiStatus) -> None:
        if status != self.status:
            self.status = status
            self.status_changed.emit(status.value)


def _finish(loop: asyncio.AbstractEventLoop, manager: _Manager) -> None:
    manager.shut_down()
    loop.stop()


class CheckResult(StrEnum):
    OK = "ok"
    REFUSED = "refused"          # reached the PBX; it refused the user or the secret
    UNREACHABLE = "unreachable"  # nothing answers at host:port (or the host is unknown)
    NOT_AMI = "not_ami"          # something answers, but not an Asterisk manager
    TIMEOUT = "timeout"          # the manager did not answer the login in time


@dataclass(frozen=True)
class ConnectionCheck:
    result: CheckResult
    detail: str = ""  # the system's or the PBX's own words, for the curious


def check_connection(config: AmiConfig, secret: str, timeout_s: float = 5.0) -> ConnectionCheck:
    """Log in once and out again. Blocks up to about twice ``timeout_s``: run it in a worker."""
    return asyncio.run(_check(config, secret, timeout_s))


async def _check(config: AmiConfig, secret: str, timeout_s: float) -> ConnectionCheck:
    loop = asyncio.get_running_loop()
    closed: asyncio.Future[None] = loop.create_future()  # the far end hung up on us

    def on_status(status: AmiStatus) -> None:
        if status is AmiStatus.RETRYING and not closed.done():
            closed.set_result(None)

    manager = _Manager(loop=loop, host=config.host.strip(), port=config.port,
                       username=config.username.strip(), secret=secret, events="off",
                       ping_delay=3600, backoff=(3600.0,), on_status=on_status)
    try:
        return await _log_in_once(manager, closed, timeout_s)
    finally:
        manager.shut_down()


async def _log_in_once(manager: _Manager, closed: asyncio.Future[None],
                       timeout_s: float) -> ConnectionCheck:
    connecting = manager.connect()
    assert connecting is not None
    try:
        await asyncio.wait_for(connecting, timeout_s)
    except OSError as exc:
        return ConnectionCheck(CheckResult.UNREACHABLE, exc.strerror or str(exc))
    except TimeoutError:
        return ConnectionCheck(CheckResult.UNREACHABLE)
    login = manager.authenticated_future
    await asyncio.wait({login, closed}, timeout=timeout_s, return_when=asyncio.FIRST_COMPLETED)
    version = manager.protocol.version if manager.protocol is not None else None
    if not login.done():
        return ConnectionCheck(CheckResult.NOT_AMI if version is None else CheckResult.TIMEOUT)
    reply = login.result()
    if reply.success:
        return ConnectionCheck(CheckResult.OK, f"Asterisk Call Manager/{version}")
    return ConnectionCheck(CheckResult.REFUSED, str(reply.message or ""))

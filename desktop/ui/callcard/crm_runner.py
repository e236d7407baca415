"""CRM calls off the GUI thread, their results back on it.

Every gateway call can take seconds (a slow Bitrix24, a locked database), and the
call card must keep drawing, ticking and taking keys meanwhile. :class:`CrmRunner`
runs calls in a small thread pool of its own (so a stuck CRM cannot starve Qt's
global pool) and hands each result or error to its callbacks on the GUI thread.
A ticket that was cancelled (the call moved on, the operator chose another item)
never calls back, so stale answers cannot overwrite fresh ones.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEvent,
    QObject,
    QThread,
    QThreadPool,
    Signal,
)

from desktop.crm.gateway import CrmGateway, FieldMeta
from desktop.domain.crm_types import EntityType

T = TypeVar("T")

MIN_THREADS = 2
MAX_THREADS = 4
SHUTDOWN_WAIT_MS = 5000

log = logging.getLogger(__name__)


@dataclass(eq=False)
class Ticket:
    """One submitted call. After :meth:`cancel` its callbacks never run."""

    fn: Callable[[CrmGateway], Any]
    on_done: Callable[[Any], None]
    on_error: Callable[[Exception], None] | None
    cancelled: bool = False
    delivered: bool = False

    def cancel(self) -> None:
        self.cancelled = True


class CrmRunner(QObject):
    """Runs ``fn(gateway)`` in worker threads; ``on_done``/``on_error`` run on the GUI thread.

    Errors are never swallowed: they go to ``on_error`` (``CrmUnavailable``,
    ``CrmRejected``, ``CrmAuthError`` and any other exception alike); a call without
    ``on_error`` re-raises its error on the GUI thread, where the application's
    exception hook reports it.
    """

    # Emitted from a worker thread; the queued connection delivers it on the GUI thread.
    _finished = Signal(object, object, object)  # Ticket, result, Exception | None

    def __init__(self, gateway: CrmGateway, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gateway = gateway
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(MIN_THREADS, min(MAX_THREADS,
                                                          QThread.idealThreadCount())))
        self._pending: set[Ticket] = set()  # submitted, callbacks not yet delivered
        self._closed = False
        self._finished.connect(self._deliver)

    @property
    def thread_count(self) -> int:
        return self._pool.maxThreadCount()

    def submit(self, fn: Callable[[CrmGateway], T], on_done: Callable[[T], None],
               on_error: Callable[[Exception], None] | None = None) -> Ticket:
        """Run ``fn(gateway)`` in the pool; call back on the GUI thread unless cancelled."""
        if self._closed:
            raise RuntimeError("The CRM runner has been shut down.")
        ticket = Ticket(fn, on_done, on_error)
        self._pending.add(ticket)
        self._pool.start(partial(self._run, ticket))
        return ticket

    def busy(self) -> bool:
        """Whether some submitted call has not yet called back (or been dropped)."""
        return bool(self._pending)

    def wait_idle(self, timeout_ms: int) -> bool:
        """Wait for every running call and deliver the callbacks that are due.

        For tests and shutdown: True when nothing is left to run or deliver.
        """
        deadline = QDeadlineTimer(timeout_ms)
        if not self._pool.waitForDone(deadline):
            return False
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall.value)
        return not self._pending

    def shutdown(self, timeout_ms: int = SHUTDOWN_WAIT_MS) -> None:
        """Cancel everything, drop calls not yet started, wait for running ones to end."""
        self._closed = True
        for ticket in self._pending:
            ticket.cancel()
        self._pending.clear()
        self._pool.clear()
        if not self._pool.waitForDone(QDeadlineTimer(timeout_ms)):
            log.warning("A CRM call was still running when the runner shut down.")

    # -- worker thread ---------------------------------------------------------------------

    def _run(self, ticket: Ticket) -> None:
        result: Any = None
        error: Exception | None = None
        if not ticket.cancelled:
            try:
                result = ticket.fn(self.gateway)
            except Exception as exc:  # handed to the GUI thread, see _deliver
                error = exc
        try:
            self._finished.emit(ticket, result, error)
        except RuntimeError:  # the runner itself is gone: nobody is left to tell
            log.debug("CRM result dropped: the runner was deleted.")

    # -- GUI thread ------------------------------------------------------------------------

    def _deliver(self, ticket: Ticket, result: Any, error: Exception | None) -> None:
        self._pending.discard(ticket)
        if ticket.cancelled or ticket.delivered:
            return
        ticket.delivered = True
        if error is None:
            ticket.on_done(result)
        elif ticket.on_error is not None:
            ticket.on_error(error)
        else:
            raise error


def load_catalog(gateway: CrmGateway) -> dict[tuple[EntityType, str], FieldMeta]:
    """Every field of lead, deal, contact and company, by (entity, code); run it in the runner."""
    return {(meta.entity, meta.code): meta
            for entity in EntityType for meta in gateway.fields(entity)}

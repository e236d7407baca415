"""Delivers the outbox in the background: CRM calls never run on the GUI thread.

A courier object lives in its own QThread and runs :meth:`Outbox.deliver_due` on a
timer and whenever it is woken (right after something was enqueued); what it reports
comes back to the GUI thread as queued signals. ``stop()`` lets the delivery in
progress finish and joins the thread, so quitting never leaves a write half-recorded.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from desktop.crm.gateway import CrmGateway
from desktop.crm.outbox import Outbox

log = logging.getLogger(__name__)


class _Courier(QObject):
    """Lives in the delivery thread; everything here runs there."""

    changed = Signal(object)  # the open entries, read here: the GUI thread reads nothing
    delivered = Signal(object)
    failed = Signal(object)
    postponed = Signal(object)

    def __init__(self, outbox: Outbox, gateway: CrmGateway, interval_ms: int) -> None:
        super().__init__()
        self.outbox, self.gateway, self.interval_ms = outbox, gateway, interval_ms
        self.timer: QTimer | None = None
        self.counts: tuple[int, int] | None = None

    @Slot()
    def begin(self) -> None:
        self.timer = QTimer(self)
        self.timer.setInterval(self.interval_ms)
        self.timer.timeout.connect(self.run)
        self.timer.start()
        self.run()

    @Slot()
    def run(self) -> None:
        try:
            report = self.outbox.deliver_due(self.gateway)
            counts = self.outbox.counts()
        except Exception:  # the database is away: try again on the next tick
            log.exception("Delivering the CRM outbox failed")
            return
        for entry in report.delivered:
            self.delivered.emit(entry)
        for entry in report.failed:
            self.failed.emit(entry)
        for entry in report.retry_later:
            self.postponed.emit(entry)
        if report or counts != self.counts:
            self.counts = counts
            try:
                entries = self.outbox.open_entries()
            except Exception:
                log.exception("Reading the CRM outbox failed")
                return
            self.changed.emit(entries)

    @Slot()
    def finish(self) -> None:
        if self.timer is not None:
            self.timer.stop()


class OutboxWorker(QObject):
    """Runs the outbox's delivery in its own thread.

    ``changed`` -- the counts or the entries changed (refresh what shows them);
    ``entries_changed(entries)`` -- the same, with the open entries as they are now;
    ``delivered(entry)`` / ``failed(entry)`` -- one per entry that reached DONE / FAILED;
    ``postponed(entry)`` -- the CRM did not answer: the entry waits for its next try.
    """

    changed = Signal()
    entries_changed = Signal(object)
    delivered = Signal(object)
    failed = Signal(object)
    postponed = Signal(object)
    _wake = Signal()

    def __init__(self, outbox: Outbox, gateway: CrmGateway, *, interval_ms: int = 2000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.outbox = outbox
        self._thread = QThread()
        self._thread.setObjectName("crm-outbox")
        self._courier = _Courier(outbox, gateway, interval_ms)
        self._courier.moveToThread(self._thread)
        self._thread.started.connect(self._courier.begin)
        # finished is emitted in the delivery thread: the timer is stopped in its own thread
        self._thread.finished.connect(self._courier.finish)
        self._wake.connect(self._courier.run)
        self._courier.changed.connect(self.entries_changed)  # queued to this thread
        self.entries_changed.connect(lambda _entries: self.changed.emit())
        self._courier.delivered.connect(self.delivered)
        self._courier.failed.connect(self.failed)
        self._courier.postponed.connect(self.postponed)

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def start(self) -> None:
        if not self._thread.isRunning():
            self._thread.start()

    def stop(self) -> None:
        """Finish the delivery under way, then end the thread and wait for it."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()

    def wake(self) -> None:
        """Deliver now (after something was enqueued), not at the next tick."""
        self._wake.emit()

"""One piece of slow work in a thread of its own, answered on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal


class ThreadJob(QObject):
    """Runs ``fn`` in a thread of its own; ``finished(result, error)`` on the GUI thread.

    Not a pool: for work that may block for seconds (a PBX that does not answer, a
    locked keyring) and must hold up nothing else; a late answer finds no receiver."""

    finished = Signal(object, object)
    _done = Signal(object, object)
    _running: set[ThreadJob] = set()  # kept alive until they answer

    def __init__(self, fn: Callable[[], Any], name: str = "job") -> None:
        super().__init__()
        self._fn, self._name = fn, name
        self._done.connect(self._deliver)

    def start(self) -> None:
        ThreadJob._running.add(self)
        threading.Thread(target=self._run, name=self._name, daemon=True).start()

    def _run(self) -> None:
        try:
            result, error = self._fn(), None
        except Exception as exc:  # handed to the GUI thread, which decides what to say
            result, error = None, exc
        self._done.emit(result, error)

    def _deliver(self, result: object, error: object) -> None:
        self.finished.emit(result, error)
        # Let go only after this slot has returned: a QObject must not be destroyed while
        # Qt is still delivering an event to it.
        QTimer.singleShot(0, lambda: ThreadJob._running.discard(self))

"""One background thread that runs jobs in the order given, answering on the GUI thread.

The call journal and result recording go through it: database writes never block the
card, and a later save of a call can never overtake an earlier one.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class SerialWorker(QObject):
    _finished = Signal(object, object, object)  # future, on_done, on_error

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._finished.connect(self._deliver)
        self._closed = False

    def submit(self, job: Callable[[], Any], on_done: Done | None = None,
               on_error: Failed | None = None) -> Future:
        """Run ``job`` after every job submitted before it; its result (or exception) goes
        to ``on_done`` (or ``on_error``) on the thread this worker lives in."""
        future = self._executor.submit(job)
        future.add_done_callback(lambda f: self._finished.emit(f, on_done, on_error))
        return future

    def wait_idle(self, timeout_s: float = 10.0) -> None:
        """Block until every job submitted so far has run (shutdown, tests)."""
        if not self._closed:
            self._executor.submit(lambda: None).result(timeout=timeout_s)

    def shutdown(self) -> None:
        """Finish the queued jobs, then stop the thread."""
        if not self._closed:
            self._closed = True
            self._executor.shutdown(wait=True)

    def _deliver(self, future: Future, on_done: Done | None, on_error: Failed | None) -> None:
        error = future.exception()
        if error is None:
            if on_done is not None:
                on_done(future.result())
        elif on_error is not None and isinstance(error, Exception):
            on_error(error)
        else:
            raise error

"""A client-side leaky bucket, so the app never trips the portal's own request limit.

Bitrix24 lets a burst of requests through (50 on ordinary plans, 250 on enterprise
ones) and then drains at 2 (or 5) requests per second; a client that goes faster is
answered ``QUERY_LIMIT_EXCEEDED``. The bucket mirrors that: each request adds one,
the level drains at ``rate`` per second, and a request that would overflow waits.
It waits in the calling thread: CRM calls run in workers, never on the GUI thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

__all__ = ["LeakyBucket"]

_MARGIN_S = 0.002  # wait a hair longer than the arithmetic says: clocks are not exact


class LeakyBucket:
    """``acquire()`` blocks until one more request fits; thread-safe."""

    def __init__(self, rate: float, burst: int, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("the rate must be positive and the burst at least one request")
        self.rate, self.burst = float(rate), int(burst)
        self._clock, self._sleep = clock, sleep
        self._level = 0.0
        self._at = clock()
        self._lock = threading.Lock()
        self.waited = 0.0  # seconds spent waiting, in total (for benchmarks and tests)

    def acquire(self) -> float:
        """Take one request's room; returns how long this call waited."""
        with self._lock:
            waited = 0.0
            while True:
                self._drain()
                room = self.burst - self._level
                if room >= 1.0:
                    self._level += 1.0
                    self.waited += waited
                    return waited
                pause = (1.0 - room) / self.rate + _MARGIN_S
                self._sleep(pause)
                waited += pause

    def _drain(self) -> None:
        now = self._clock()
        self._level = max(0.0, self._level - (now - self._at) * self.rate)
        self._at = now

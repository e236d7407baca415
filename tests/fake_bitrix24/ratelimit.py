"""The portal's request limit, kept on an injectable clock so tests can check a client."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["LeakyBucket"]


class LeakyBucket:
    """The portal's request limit: holds ``burst`` requests and drains ``rate`` a second."""

    _EPSILON = 1e-9  # float drift must not turn a request that just fits into a violation

    def __init__(self, rate: float, burst: int, clock: Callable[[], float]) -> None:
        self.rate, self.burst, self._clock = float(rate), int(burst), clock
        self._level = 0.0
        self._at: float | None = None

    def admit(self) -> bool:
        """Adds one request; False (and nothing added) when the bucket is full."""
        now = self._clock()
        if self._at is not None:
            self._level = max(0.0, self._level - (now - self._at) * self.rate)
        self._at = now
        if self._level + 1.0 > self.burst + self._EPSILON:
            return False
        self._level += 1.0
        return True

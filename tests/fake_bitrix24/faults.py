"""Injected trouble: the answers a real portal gives when it is busy, broken or slow.

A fault is armed for one REST method (the top-level one: ``batch`` for a batch) or for
any method, fires on the next matching requests, and then is used up.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from enum import Enum
from typing import Any

__all__ = ["ArmedFault", "Fault", "Faults", "fault_answer"]


class Fault(Enum):
    QUERY_LIMIT = "query_limit"        # 503 QUERY_LIMIT_EXCEEDED
    TIME_LIMIT = "time_limit"          # 429 OPERATION_TIME_LIMIT with operating_reset_at
    EXPIRED_TOKEN = "expired_token"    # 401 expired_token
    SERVER_ERROR = "server_error"      # 500 INTERNAL_SERVER_ERROR
    TIMEOUT_BEFORE = "timeout_before"  # no answer, nothing done
    TIMEOUT_AFTER = "timeout_after"    # the work is done, the answer is lost


_ANSWERS: dict[Fault, tuple[int, str, str]] = {
    Fault.QUERY_LIMIT: (503, "QUERY_LIMIT_EXCEEDED", "Too many requests"),
    Fault.TIME_LIMIT: (429, "OPERATION_TIME_LIMIT",
                       "Method is blocked due to operation time limit."),
    Fault.EXPIRED_TOKEN: (401, "expired_token", "The access token provided has expired."),
    Fault.SERVER_ERROR: (500, "INTERNAL_SERVER_ERROR", "Internal server error"),
}


@dataclass
class ArmedFault:
    kind: Fault
    method: str | None
    times: int | None  # None: every time
    reset_in: float


def fault_answer(fault: ArmedFault) -> tuple[int, dict[str, Any]]:
    """HTTP status and body of a fault that answers (not the timeouts)."""
    status, code, text = _ANSWERS[fault.kind]
    body: dict[str, Any] = {"error": code, "error_description": text}
    if fault.kind is Fault.TIME_LIMIT:
        body["time"] = {"operating_reset_at": time.time() + fault.reset_in}
    return status, body


class Faults:
    """The armed faults of one portal, guarded by the portal's lock."""

    def __init__(self, lock: threading.RLock) -> None:
        self._lock = lock
        self._armed: list[ArmedFault] = []

    def add(self, kind: Fault, method: str | None = None, times: int | None = 1, *,
            reset_in: float = 1.0) -> None:
        """Arm ``kind`` for ``method`` (None: any) for ``times`` requests (None: always).

        ``reset_in``: seconds until an OPERATION_TIME_LIMIT block lifts."""
        if times is not None and times < 1:
            raise ValueError("a fault fires at least once (or times=None for always)")
        with self._lock:
            self._armed.append(ArmedFault(Fault(kind), method.lower() if method else None,
                                          times, reset_in))

    def clear(self) -> None:
        with self._lock:
            self._armed.clear()

    @property
    def pending(self) -> list[tuple[Fault, str | None, int | None]]:
        """What is still armed: (kind, method, times left)."""
        with self._lock:
            return [(f.kind, f.method, f.times) for f in self._armed]

    def take(self, method: str) -> ArmedFault | None:
        """The first fault armed for ``method``, one of its times used up."""
        with self._lock:
            for fault in self._armed:
                if fault.method in (None, method):
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times == 0:
                            self._armed.remove(fault)
                    return fault
            return None


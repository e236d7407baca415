"""A thin, careful HTTP client for Bitrix24's REST API (httpx, synchronous, in workers).

What it takes care of, so the gateway does not have to:

- every request waits its turn in a :class:`~desktop.crm.bitrix24.ratelimit.LeakyBucket`;
- short timeouts, and the portal's errors mapped onto the app's CRM errors:
  network errors, timeouts, 5xx, ``QUERY_LIMIT_EXCEEDED`` and ``OPERATION_TIME_LIMIT``
  are :class:`RestUnavailable` (retry later); ``expired_token`` refreshes the
  credentials and replays once; wrong credentials are :class:`RestAuthError`; a missing
  scope, ``ACCESS_DENIED`` and any other refusal are :class:`RestRejected` (permanent);
- a request is retried here only when retrying cannot write twice: reads, and writes the
  portal certainly did not run (refused for the rate limit, or never sent). A write
  whose answer was lost (a timeout, a 5xx) is left to the outbox, whose next try finds
  the first one by its key;
- ``batch`` (at most 50 commands in one request) and lists followed page by page;
- the webhook secret never reaches a log line: httpx's request lines are filtered.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx

from desktop.crm.bitrix24.ratelimit import LeakyBucket
from desktop.crm.bitrix24.webhook import Auth
from desktop.crm.errors import CrmAuthError, CrmRejected, CrmUnavailable

__all__ = ["BATCH_LIMIT", "PAGE_SIZE", "BatchReply", "Bitrix24Client", "CommandError", "Reply",
           "RestAuthError", "RestRejected", "RestUnavailable", "php_query"]

log = logging.getLogger(__name__)

BATCH_LIMIT = 50  # commands in one batch request
PAGE_SIZE = 50  # items in one page of a list method
DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
MAX_TIME_LIMIT_WAIT_S = 15.0  # wait out OPERATION_TIME_LIMIT in a worker at most this long
_RETRY_PAUSES = (0.5, 1.0, 2.0, 4.0)
_WRITE_SUFFIXES = (".add", ".update", ".delete", ".set")
_UNAVAILABLE_CODES = {"QUERY_LIMIT_EXCEEDED", "OPERATION_TIME_LIMIT", "INTERNAL_SERVER_ERROR",
                      "ERROR_UNEXPECTED_ANSWER"}
_AUTH_CODES = {"INVALID_CREDENTIALS", "invalid_token", "expired_token", "NO_AUTH_FOUND",
               "WRONG_AUTH_TYPE", "invalid_grant", "PAYMENT_REQUIRED", "ACCOUNT_NOT_FOUND"}


class RestUnavailable(CrmUnavailable):
    """The portal is away, busy or slow; ``retry_at`` (monotonic seconds) when it said.

    ``maybe_applied`` is True when the request reached the portal and its answer was
    lost (a timeout, a 5xx): a write may have happened."""

    def __init__(self, message: str, code: str = "", retry_at: float | None = None, *,
                 maybe_applied: bool = False) -> None:
        super().__init__(message)
        self.code, self.retry_at, self.maybe_applied = code, retry_at, maybe_applied


class RestAuthError(CrmAuthError):
    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


class RestRejected(CrmRejected):
    """A permanent refusal; ``code`` and ``description`` are the portal's own."""

    def __init__(self, message: str, code: str = "", description: str = "",
                 field_errors: Mapping[str, str] | None = None) -> None:
        super().__init__(message, field_errors)
        self.code, self.description = code, description


@dataclass(frozen=True)
class Reply:
    result: Any
    total: int | None = None
    next: int | None = None


@dataclass(frozen=True)
class CommandError:
    code: str
    description: str


@dataclass(frozen=True)
class BatchReply:
    results: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, CommandError] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    nexts: dict[str, int] = field(default_factory=dict)


Command = tuple[str, Mapping[str, Any]]


class Bitrix24Client:
    """One portal, one connection pool, one rate limit. Safe to share between threads."""

    def __init__(self, auth: Auth, *, transport: httpx.BaseTransport | None = None,
                 timeout: float | httpx.Timeout = DEFAULT_TIMEOUT, rate: float = 2.0,
                 burst: int = 50, retries: int = 3,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.auth = auth
        self.bucket = LeakyBucket(rate, burst, clock=clock, sleep=sleep)
        self.retries = retries
        self._clock, self._sleep = clock, sleep
        self._http = httpx.Client(transport=transport, timeout=timeout,
                                  headers={"Accept": "application/json"})
        self._refresh_lock = threading.Lock()
        self.requests_sent = 0
        _SecretFilter.hide(auth.secrets())

    @property
    def portal(self) -> str:
        return self.auth.portal

    def close(self) -> None:
        self._http.close()

    # ---- calls ---------------------------------------------------------------------------
    def call(self, method: str, params: Mapping[str, Any] | None = None, *,
             idempotent: bool | None = None) -> Reply:
        """One REST method; raises the Rest* errors above."""
        safe = _is_read(method) if idempotent is None else idempotent
        body = self._send(method, dict(params or {}), safe)
        return Reply(body.get("result"), _int_or_none(body.get("total")),
                     _int_or_none(body.get("next")))

    def batch(self, commands: Mapping[str, Command], *, halt: bool = False) -> BatchReply:
        """Up to 50 commands in one request; each command's error is in ``errors``."""
        if len(commands) > BATCH_LIMIT:
            raise ValueError(f"a batch takes at most {BATCH_LIMIT} commands")
        if not commands:
            return BatchReply()
        cmd = {name: f"{method}?{php_query(params)}" if params else method
               for name, (method, params) in commands.items()}
        safe = all(_is_read(method) for method, _ in commands.values())
        result = self.call("batch", {"halt": 1 if halt else 0, "cmd": cmd}, idempotent=safe).result
        result = result if isinstance(result, Mapping) else {}
        errors = {name: CommandError(str(err.get("error", "")),
                                     str(err.get("error_description", "")))
                  for name, err in _mapping(result.get("result_error")).items()
                  if isinstance(err, Mapping)}
        return BatchReply(dict(_mapping(result.get("result"))), errors,
                          {k: int(v) for k, v in _mapping(result.get("result_total")).items()},
                          {k: int(v) for k, v in _mapping(result.get("result_next")).items()})

    def list_all(self, method: str, params: Mapping[str, Any] | None = None, *,
                 key: str | None = None, limit: int = 500) -> list[Any]:
        """Every page of a list method (``next`` followed), at most ``limit`` items.

        ``key`` names the list inside ``result`` for methods that wrap it
        (``crm.item.list`` -> "items", ``tasks.task.list`` -> "tasks")."""
        return list(self.iter_list(method, params, key=key, limit=limit))

    def iter_list(self, method: str, params: Mapping[str, Any] | None = None, *,
                  key: str | None = None, limit: int = 500) -> Iterator[Any]:
        start, seen = 0, 0
        while True:
            reply = self.call(method, {**(params or {}), "start": start})
            page = unwrap_list(reply.result, key)
            for item in page:
                yield item
                seen += 1
                if seen >= limit:
                    return
            if reply.next is None or not page:
                return
            start = reply.next

    # ---- plumbing ------------------------------------------------------------------------
    def _send(self, method: str, params: dict[str, Any], safe: bool) -> dict[str, Any]:
        attempt, refreshed = 0, False
        while True:
            try:
                return self._once(method, params)
            except RestUnavailable as exc:
                pause = self._pause(exc, attempt, safe)
                if pause is None or attempt >= self.retries:
                    raise
                log.info("Bitrix24 %s: %s; trying again in %.1f s", self.portal, exc.code
                         or "no answer", pause)
                self._sleep(pause)
                attempt += 1
            except RestAuthError as exc:
                if exc.code != "expired_token" or refreshed or not self._refresh():
                    raise
                refreshed = True

    def _pause(self, exc: RestUnavailable, attempt: int, safe: bool) -> float | None:
        """How long to wait before trying again here, or None to give up now."""
        if exc.code == "OPERATION_TIME_LIMIT":
            wait = (exc.retry_at - self._clock()) if exc.retry_at is not None else 1.0
            return max(0.0, wait) if wait <= MAX_TIME_LIMIT_WAIT_S else None
        if exc.maybe_applied and not safe:
            return None  # the write may have happened: the outbox's next try checks first
        return _RETRY_PAUSES[min(attempt, len(_RETRY_PAUSES) - 1)]

    def _once(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        self.bucket.acquire()
        self.requests_sent += 1
        try:
            response = self._http.post(self.auth.method_url(method),
                                       json={**params, **self.auth.params()})
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout):
            raise RestUnavailable(f"Bitrix24 ({self.portal}) cannot be reached.",
                                  "no_connection") from None  # httpx's errors name the URL
        except httpx.TimeoutException:
            raise _lost(f"Bitrix24 ({self.portal}) did not answer in time.") from None
        except httpx.HTTPError:
            raise _lost(f"The connection to Bitrix24 ({self.portal}) broke off.") from None
        return self._read(response)

    def _read(self, response: httpx.Response) -> dict[str, Any]:
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            if response.status_code >= 500 or response.status_code in (429, 503):
                raise _lost(f"Bitrix24 ({self.portal}) is having trouble "
                            f"(HTTP {response.status_code}).")
            raise RestRejected(f"Bitrix24 ({self.portal}) sent an answer that is not JSON "
                               f"(HTTP {response.status_code}).", "not_json")
        if "error" not in body and response.status_code < 400:
            return body
        return self._raise(response.status_code, body)

    def _raise(self, status: int, body: Mapping[str, Any]) -> dict[str, Any]:
        code = str(body.get("error", "") or f"HTTP_{status}")
        text = str(body.get("error_description", "") or "")
        if code == "QUERY_LIMIT_EXCEEDED":
            raise RestUnavailable(f"Bitrix24 ({self.portal}) asks to slow down: too many "
                                  "requests.", code)
        if code == "OPERATION_TIME_LIMIT":
            reset = _mapping(body.get("time")).get("operating_reset_at")
            retry_at = None
            if isinstance(reset, int | float):
                retry_at = self._clock() + max(0.0, float(reset) - time.time())
            raise RestUnavailable(f"Bitrix24 ({self.portal}) paused this kind of request "
                                  "for a while (operation time limit).", code, retry_at)
        if code in _AUTH_CODES:
            raise RestAuthError(f"Bitrix24 ({self.portal}) refused the webhook or token: "
                                f"{text or code}.", code)
        if code == "insufficient_scope":
            raise RestRejected(f"The Bitrix24 webhook may not do this ({text or code}); "
                               "give it the crm, task and user scopes.", code, text)
        if code in ("ACCESS_DENIED", "HTTP_403") or status == 403:
            raise RestRejected(f"Bitrix24 denied access: {text or code}.", code, text)
        if status >= 500 or code in _UNAVAILABLE_CODES:
            raise _lost(f"Bitrix24 ({self.portal}) is having trouble ({text or code}).", code)
        raise RestRejected(f"Bitrix24 refused the request: {text or code}.", code, text)

    def _refresh(self) -> bool:
        with self._refresh_lock:
            refreshed = self.auth.refresh()
        if refreshed:
            _SecretFilter.hide(self.auth.secrets())
        return refreshed


def _lost(message: str, code: str = "lost_answer") -> RestUnavailable:
    """A request that reached the portal and may or may not have been carried out."""
    return RestUnavailable(message, code, maybe_applied=True)


def _is_read(method: str) -> bool:
    return not method.endswith(_WRITE_SUFFIXES)


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _mapping(value: Any) -> Mapping[str, Any]:
    """PHP sends an empty map as ``[]``."""
    return value if isinstance(value, Mapping) else {}


def unwrap_list(result: Any, key: str | None) -> list[Any]:
    if key is not None and isinstance(result, Mapping):
        result = result.get(key)
    return list(result) if isinstance(result, list) else []


def php_query(params: Mapping[str, Any]) -> str:
    """Params as PHP's ``http_build_query`` writes them: ``filter[ID][0]=5&select[0]=*``."""
    pairs: list[tuple[str, str]] = []

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, Mapping):
            for key, inner in value.items():
                walk(f"{prefix}[{key}]" if prefix else str(key), inner)
        elif isinstance(value, list | tuple):
            for index, inner in enumerate(value):
                walk(f"{prefix}[{index}]", inner)
        elif value is None:
            pairs.append((prefix, ""))
        elif isinstance(value, bool):
            pairs.append((prefix, "1" if value else "0"))
        else:
            pairs.append((prefix, str(value)))

    walk("", params)
    # A reference to an earlier command's result (``$result[cmd][items][0][id]``) is
    # written as it is, for the portal to find and put in.
    return "&".join(f"{quote(k, safe='[]')}={quote(v, safe='$[]' if '$result[' in v else '')}"
                    for k, v in pairs)


class _SecretFilter(logging.Filter):
    """Replaces every known secret in the records of httpx's loggers with ``***``."""

    _secrets: set[str] = set()
    _installed = False
    _lock = threading.Lock()

    @classmethod
    def hide(cls, secrets: Sequence[str]) -> None:
        with cls._lock:
            cls._secrets.update(s for s in secrets if s)
            if not cls._installed:
                for name in ("httpx", "httpcore", "httpcore.connection", "httpcore.http11"):
                    logging.getLogger(name).addFilter(cls())
                cls._installed = True

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = self._secrets
        if not secrets:
            return True
        text = record.getMessage()
        if any(s in text for s in secrets):
            for secret in secrets:
                text = text.replace(secret, "***")
            record.msg, record.args = text, None
        return True

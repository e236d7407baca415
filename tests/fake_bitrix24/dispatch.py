"""One HTTP request to the portal, from its path and body to the answer (or its loss).

Order of checks, as on a real portal: the request limit, the webhook's credentials, the
method, the webhook's scopes, then any injected fault, then the method itself.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tests.fake_bitrix24 import methods_crm, methods_timeline, methods_user
from tests.fake_bitrix24.batch import run_batch
from tests.fake_bitrix24.faults import Fault, fault_answer
from tests.fake_bitrix24.query import parse_query
from tests.fake_bitrix24.rest import Page, RestError, arg, time_block
from tests.fake_bitrix24.state import PortalState

if TYPE_CHECKING:
    from tests.fake_bitrix24.portal import FakeBitrix24

__all__ = ["Exchange", "Incoming", "RequestRecord", "handle"]

Handler = Callable[[PortalState, Mapping[str, Any]], Any]
METHODS: dict[str, Handler] = {**methods_user.HANDLERS, **methods_crm.HANDLERS,
                               **methods_timeline.HANDLERS}
_SCOPES = {"crm": "crm", "tasks": "task", "user": "user"}  # method prefix -> scope
_PATH = re.compile(r"^/rest/(?P<user>[^/]+)/(?P<secret>[^/]+)/(?P<method>[^/]+?)(?:\.json)?/?$")

_INVALID_CREDENTIALS = (401, {"error": "INVALID_CREDENTIALS",
                              "error_description": "Invalid request credentials"})
_QUERY_LIMIT = (503, {"error": "QUERY_LIMIT_EXCEEDED", "error_description": "Too many requests"})


def _method_not_found() -> RestError:
    return RestError("ERROR_METHOD_NOT_FOUND", "Method not found!", 404)


def _insufficient_scope() -> RestError:
    return RestError("insufficient_scope", "The request requires higher privileges than "
                     "provided by the webhook token", 401)


@dataclass(frozen=True)
class Incoming:
    http_method: str
    path: str
    query: str = ""
    content_type: str = ""
    body: bytes = b""


@dataclass(frozen=True)
class Exchange:
    """The answer; ``lost`` is "before" (nothing done) or "after" (done) when there is none."""

    status: int
    body: dict[str, Any] | None
    lost: str = ""


@dataclass(frozen=True)
class RequestRecord:
    at: float  # the portal's clock
    http_method: str
    rest_method: str
    params: dict[str, Any]
    commands: list[str] = field(default_factory=list)  # batch: the inner method names


def handle(fake: FakeBitrix24, incoming: Incoming) -> Exchange:
    if fake.latency > 0:
        time.sleep(fake.latency)
    started = time.time()
    found = _PATH.match(incoming.path)
    try:
        params = _params(incoming)
    except ValueError:
        params = None
    with fake.lock:
        method = found.group("method").lower() if found else ""
        fake.requests.append(RequestRecord(fake.clock(), incoming.http_method, method,
                                           params or {}, _commands(method, params or {})))
        if not fake.bucket.admit():
            fake.limit_violations += 1
            return Exchange(*_QUERY_LIMIT)
        if found is None:
            return _error(_method_not_found())
        if (found.group("user"), found.group("secret")) != (fake.user_id, fake.secret):
            return Exchange(*_INVALID_CREDENTIALS)
        if method != "batch" and method not in METHODS:
            return _error(_method_not_found())
        if not _allowed(fake.state, method):
            return _error(_insufficient_scope())
        fault = fake.faults.take(method)
        if fault is not None and fault.kind is Fault.TIMEOUT_BEFORE:
            return Exchange(0, None, "before")
        if fault is not None and fault.kind is not Fault.TIMEOUT_AFTER:
            return Exchange(*fault_answer(fault))
        if params is None:
            exchange = _error(RestError("ERROR_ARGUMENT", "The request body is not valid"))
        else:
            exchange = _run(fake.state, method, params, started)
        if fault is not None:  # TIMEOUT_AFTER: the work is done, the answer never arrives
            return Exchange(0, None, "after")
        return exchange


def _run(state: PortalState, method: str, params: dict[str, Any], started: float) -> Exchange:
    try:
        if method == "batch":
            answer: Any = run_batch(params, lambda name, inner: _command(state, name, inner))
        else:
            answer = METHODS[method](state, params)
    except RestError as exc:
        return _error(exc)
    page = answer if isinstance(answer, Page) else Page(answer)
    body: dict[str, Any] = {"result": page.result}
    if page.next is not None:
        body["next"] = page.next
    if page.total is not None:
        body["total"] = page.total
    body["time"] = time_block(started, time.time())
    return Exchange(200, body)


def _command(state: PortalState, method: str, params: dict[str, Any]) -> Any:
    """One command inside a batch."""
    if method == "batch":
        raise RestError("ERROR_BATCH_METHOD_NOT_ALLOWED", "Method is not allowed for batch usage")
    if method not in METHODS:
        raise _method_not_found()
    if not _allowed(state, method):
        raise _insufficient_scope()
    return METHODS[method](state, params)


def _allowed(state: PortalState, method: str) -> bool:
    needed = _SCOPES.get(method.split(".", 1)[0])
    return needed is None or needed in state.scopes


def _error(error: RestError) -> Exchange:
    return Exchange(error.status, error.body())


def _params(incoming: Incoming) -> dict[str, Any]:
    """Query-string parameters, then the body's: JSON or a PHP-style form."""
    params = parse_query(incoming.query) if incoming.query else {}
    text = incoming.body.decode("utf-8").strip() if incoming.body else ""
    if not text:
        return params if isinstance(params, dict) else {}
    if "json" in incoming.content_type or text.startswith("{"):
        body = json.loads(text)
        if not isinstance(body, dict):
            raise ValueError("a JSON body must be an object")
    else:
        body = parse_query(text)
    return {**(params if isinstance(params, dict) else {}), **body}


def _commands(method: str, params: Mapping[str, Any]) -> list[str]:
    if method != "batch":
        return []
    commands = arg(params, "cmd") or {}
    if isinstance(commands, Mapping):
        values = list(commands.values())
    elif isinstance(commands, list):
        values = commands
    else:
        return []
    return [str(command).partition("?")[0].strip().lower() for command in values]

"""``batch``: up to 50 commands in one request, each written ``method?php-query``."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping
from typing import Any

from tests.fake_bitrix24.query import parse_query
from tests.fake_bitrix24.rest import Page, RestError, arg, as_bool, time_block

__all__ = ["MAX_COMMANDS", "run_batch"]

MAX_COMMANDS = 50
# ``$result[cmd][items][0][id]``: a value taken from an earlier command's result
_REFERENCE = re.compile(r"\$result((?:\[[^\]]*\])+)")
_KEY = re.compile(r"\[([^\]]*)\]")

RunCommand = Callable[[str, dict[str, Any]], Any]


def run_batch(params: Mapping[str, Any], run: RunCommand) -> dict[str, Any]:
    """Runs the commands in order; ``halt=1`` stops at the first error.

    ``run(method, params)`` is one command, refusing methods the webhook may not call."""
    commands = arg(params, "cmd") or {}
    if isinstance(commands, list):
        commands = {str(index): command for index, command in enumerate(commands)}
    if not isinstance(commands, Mapping):
        raise RestError("ERROR_ARGUMENT", "Parameter 'cmd' must be an array")
    if len(commands) > MAX_COMMANDS:
        raise RestError("ERROR_BATCH_LENGTH_EXCEEDED", "Max batch length exceeded")
    halt = as_bool(arg(params, "halt") or 0)
    results: dict[str, Any] = {}
    errors: dict[str, Any] = {}
    totals: dict[str, int] = {}
    nexts: dict[str, int] = {}
    times: dict[str, Any] = {}
    for name, command in commands.items():
        method, _, query = str(command).partition("?")
        started = time.time()
        try:
            arguments = _resolve(parse_query(query), results)
            answer = run(method.strip().lower().removesuffix(".json"), arguments)
        except RestError as exc:
            errors[str(name)] = exc.body()
            if halt:
                break
            continue
        page = answer if isinstance(answer, Page) else Page(answer)
        results[str(name)] = page.result
        if page.total is not None:
            totals[str(name)] = page.total
        if page.next is not None:
            nexts[str(name)] = page.next
        times[str(name)] = time_block(started, time.time())
    # PHP serialises an empty map as []
    return {"result": results or [], "result_error": errors or [], "result_total": totals or [],
            "result_next": nexts or [], "result_time": times or []}


def _resolve(value: Any, results: Mapping[str, Any]) -> Any:
    """Earlier commands' results put in for ``$result[...]`` references; a value that is
    one whole reference takes the referenced value as it is (a list stays a list). A
    reference to something missing fails the command, as the portal does."""
    if isinstance(value, dict):
        return {key: _resolve(inner, results) for key, inner in value.items()}
    if isinstance(value, list):
        return [_resolve(inner, results) for inner in value]
    if not isinstance(value, str) or "$result[" not in value:
        return value
    whole = _REFERENCE.fullmatch(value)
    if whole:
        return _lookup(whole.group(1), results)
    return _REFERENCE.sub(lambda m: str(_lookup(m.group(1), results)), value)


def _lookup(path: str, results: Mapping[str, Any]) -> Any:
    node: Any = results
    for key in _KEY.findall(path):
        if isinstance(node, Mapping) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            raise RestError("ERROR_BATCH_REFERENCE", f"Cannot resolve $result{path}")
    return node

"""Filters, sort orders and field selection of the list methods.

Filter keys may carry Bitrix24's operator prefixes: ``@`` (in a list), ``!@``, ``=``,
``!``/``!=``, ``>``, ``>=``, ``<``, ``<=`` and ``%`` (contains); a list value means "in".
Text compares case-insensitively and numbers as numbers, as the portal's database does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from tests.fake_bitrix24.rest import Page, arg, as_list, as_mapping, paginate

__all__ = ["list_rows", "matches", "order_by", "sort_key", "split_operator"]

_OPERATORS = ("!@", "@", "!=", ">=", "<=", "!", "=", ">", "<", "%")


def split_operator(key: str) -> tuple[str, str]:
    """``"@id"`` -> ``("@", "id")``."""
    for operator in _OPERATORS:
        if key.startswith(operator):
            return operator, key[len(operator):]
    return "", key


def sort_key(value: Any) -> tuple[int, Any]:
    """Orders None first, then numbers (also numeric text), then text."""
    if value is None or value == "":
        return (0, 0)
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, int | float):
        return (1, value)
    text = str(value)
    try:
        return (1, float(text))
    except ValueError:
        return (2, text.casefold())


def matches(operator: str, actual: Any, wanted: Any) -> bool:
    """One filter condition; an actual list (bindings) matches when any element does."""
    if isinstance(actual, list) and operator not in ("!", "!=", "!@"):
        return any(matches(operator, one, wanted) for one in actual)
    if isinstance(actual, list):
        return not any(matches(operator.lstrip("!") or "=", one, wanted) for one in actual)
    here = sort_key(actual)
    if operator in ("@", "!@") or isinstance(wanted, list | tuple):
        hit = here in {sort_key(option) for option in as_list(wanted)}
        return not hit if operator.startswith("!") else hit
    there = sort_key(wanted)
    if operator in ("", "="):
        return here == there
    if operator in ("!", "!="):
        return here != there
    if operator == "%":
        return str(wanted).casefold() in str(actual or "").casefold()
    if here[0] == 0 or here[0] != there[0]:
        return False
    return {">": here > there, ">=": here >= there, "<": here < there,
            "<=": here <= there}[operator]


def order_by(rows: list[Any], order: Mapping[str, Any], value: Callable[[Any, str], Any]
             ) -> list[Any]:
    """Rows sorted by ``{"field": "asc"|"desc", ...}``, the first key the strongest."""
    ordered = list(rows)
    for name, direction in reversed(list(order.items())):
        ordered.sort(key=lambda row, name=name: sort_key(value(row, str(name))),
                     reverse=str(direction).strip().upper() == "DESC")
    return ordered


def _get(row: Mapping[str, Any], name: str) -> Any:
    return arg(row, name)


def list_rows(rows: Sequence[Mapping[str, Any]], params: Mapping[str, Any], *,
              default_order: Mapping[str, str],
              filter_value: Callable[[str, Any], Any] | None = None) -> Page:
    """A legacy list method over rows with upper-case keys: filter, order, select, page."""
    conditions = [(*split_operator(str(key)), wanted)
                  for key, wanted in as_mapping(arg(params, "filter")).items()]
    chosen = [row for row in rows if all(
        matches(op, _get(row, name), filter_value(name, wanted) if filter_value else wanted)
        for op, name, wanted in conditions)]
    order = as_mapping(arg(params, "order")) or dict(default_order)
    chosen = order_by(chosen, order, _get)
    page = paginate(chosen, arg(params, "start"))
    select = [str(name).upper() for name in as_list(arg(params, "select"))]
    return Page([_select(row, select) for row in page.result], page.total, page.next)


def _select(row: Mapping[str, Any], select: Iterable[str]) -> dict[str, Any]:
    names = set(select)
    if not names or "*" in names:
        return dict(row)
    return {key: value for key, value in row.items() if key in names or key == "ID"}

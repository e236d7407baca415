"""What every method shares: REST errors, list pages, time blocks and value coercion.

Bitrix24 gets its parameters as JSON (typed) or as PHP-style query strings (all text,
also inside ``batch``), so every handler reads them through the lenient coercions here:
``"5"`` and ``5`` are the same id.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

__all__ = [
    "PAGE_SIZE", "PORTAL_TZ", "Page", "RestError", "arg", "argument_error", "as_bool", "as_int",
    "as_list", "as_mapping", "invalid_value", "not_found", "now_iso", "paginate", "portal_date",
    "portal_datetime", "time_block", "unknown_field",
]

PAGE_SIZE = 50
PORTAL_TZ = timezone(timedelta(hours=3))  # the demo portal runs on Moscow time
_OPERATING_WINDOW_S = 600.0  # Bitrix24 accounts method time in ten-minute windows


class RestError(Exception):
    """A refusal the portal answers with ``{"error", "error_description"}``."""

    def __init__(self, code: str, description: str, status: int = 400) -> None:
        super().__init__(f"{code}: {description}")
        self.code, self.description, self.status = code, description, status

    def body(self) -> dict[str, str]:
        return {"error": self.code, "error_description": self.description}


def not_found() -> RestError:
    return RestError("NOT_FOUND", "Элемент не найден")


def argument_error(text: str) -> RestError:
    return RestError("ERROR_ARGUMENT", text)


def invalid_value(title: str) -> RestError:
    return RestError("CRM_FIELD_ERROR_VALUE_NOT_VALID", f'Неверное значение поля "{title}"')


def unknown_field(name: str) -> RestError:
    return RestError("CRM_FIELD_NOT_FOUND", f"Unknown field {name}")


@dataclass(frozen=True)
class Page:
    """A list method's answer: the ``result`` plus ``total`` and ``next`` when known."""

    result: Any
    total: int | None = None
    next: int | None = None


def paginate(rows: Sequence[Any], start: Any) -> Page:
    """One page of 50 from ``start``; ``start=-1`` is the first page without a count."""
    offset = as_int(start, "start") if start not in (None, "") else 0
    if offset < 0:
        return Page(list(rows[:PAGE_SIZE]))
    page = list(rows[offset:offset + PAGE_SIZE])
    following = offset + PAGE_SIZE
    return Page(page, len(rows), following if following < len(rows) else None)


def time_block(start: float, finish: float) -> dict[str, Any]:
    """The ``time`` member of every answer (wall-clock seconds)."""
    return {"start": start, "finish": finish, "duration": finish - start,
            "processing": finish - start, "date_start": _iso_at(start),
            "date_finish": _iso_at(finish), "operating": 0.0,
            "operating_reset_at": start + _OPERATING_WINDOW_S}


def _iso_at(unix: float) -> str:
    return datetime.fromtimestamp(unix, PORTAL_TZ).isoformat(timespec="seconds")


def now_iso() -> str:
    return datetime.now(PORTAL_TZ).isoformat(timespec="seconds")


def portal_datetime(value: Any) -> str:
    """An ISO date or date-time in the portal's offset; ValueError when it is not one."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    else:
        moment = datetime.fromisoformat(str(value).strip())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=PORTAL_TZ)
    return moment.astimezone(PORTAL_TZ).isoformat(timespec="seconds")


def portal_date(value: Any) -> str:
    """``2024-01-31`` from a date or the date part of a date-time; ValueError otherwise."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date.fromisoformat(text).isoformat()
    return datetime.fromisoformat(text).date().isoformat()


# ---- parameters --------------------------------------------------------------------------
def arg(params: Mapping[str, Any], name: str, default: Any = None) -> Any:
    """A parameter by name; Bitrix24 reads ``filter`` and ``FILTER`` alike."""
    if name in params:
        return params[name]
    folded = name.casefold()
    for key, value in params.items():
        if str(key).casefold() == folded:
            return value
    return default


def as_int(value: Any, what: str = "id") -> int:
    if isinstance(value, bool):
        raise argument_error(f"Parameter '{what}' is not valid")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip() if value is not None else ""
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    raise argument_error(f"Parameter '{what}' is not valid")


def as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().casefold() in ("1", "y", "yes", "true", "on")
    return bool(value)


def as_mapping(value: Any) -> dict[str, Any]:
    """A map parameter; PHP sends an empty one as ``[]``."""
    return dict(value) if isinstance(value, Mapping) else {}


def as_list(value: Any) -> list[Any]:
    """A list parameter: a JSON list, a PHP ``a[0]=..`` map, or one bare value."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return list(value)
    if isinstance(value, Mapping):
        return list(value.values())
    return [value]

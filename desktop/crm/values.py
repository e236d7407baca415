"""Checking and converting field values against the field catalog.

Every value an operator types goes through here before the embedded CRM writes it,
so a bad value is refused with a message per field and nothing is written.
Checks that need the database (does the contact exist, is the stage in the deal's
pipeline) are made by the embedded CRM itself.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from desktop.crm import phones
from desktop.crm.errors import InvalidPhoneError
from desktop.crm.fields import DEFAULT_CURRENCY
from desktop.crm.gateway import FieldMeta, FieldType, Pipeline, Status
from desktop.domain.crm_types import EntityType

MAX_STRING = 255
MAX_TEXT = 20_000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_ID = re.compile(r"^[1-9][0-9]{0,17}$")


class FieldProblem(ValueError):
    """What is wrong with one value; the message is shown next to the field."""


def check_values(
    metas: Mapping[str, FieldMeta], values: Mapping[str, Any], region: str, *, creating: bool,
) -> tuple[dict[str, Any], dict[str, str]]:
    """Converted values and, separately, a message for every value that cannot be used."""
    clean: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for code, value in values.items():
        meta = metas.get(code)
        if meta is None:
            errors[code] = f"There is no field {code}."
            continue
        if meta.read_only or (meta.immutable and not creating):
            errors[code] = f"The field «{meta.title_en}» cannot be changed."
            continue
        try:
            clean[code] = coerce(meta, value, region)
        except FieldProblem as problem:
            errors[code] = str(problem)
    for code, meta in metas.items():
        checked = creating or code in clean  # an update only checks what it changes
        if meta.required and checked and code not in errors and is_empty(clean.get(code)):
            errors[code] = f"The field «{meta.title_en}» is required."
    return clean, errors


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def coerce(meta: FieldMeta, value: Any, region: str) -> Any:
    """The value in the form the CRM keeps (see :mod:`desktop.crm.gateway`)."""
    if meta.multiple:
        items = value if isinstance(value, list | tuple) else [value]
        kept = [v for v in (_coerce_one(meta, item, region) for item in items) if v is not None]
        return list(dict.fromkeys(kept))
    if isinstance(value, list | tuple):
        raise FieldProblem(f"The field «{meta.title_en}» takes one value.")
    return _coerce_one(meta, value, region)


def _coerce_one(meta: FieldMeta, value: Any, region: str) -> Any:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    converter = _CONVERTERS[meta.type]
    return converter(meta, value, region)


def _string(meta: FieldMeta, value: Any, _region: str) -> str:
    limit = MAX_TEXT if meta.type is FieldType.TEXT else MAX_STRING
    if not isinstance(value, str):
        raise FieldProblem("Enter text.")
    text = value.strip() if meta.type is not FieldType.TEXT else value
    if len(text) > limit:
        raise FieldProblem(f"Keep it under {limit} characters.")
    return text


def _int(_meta: FieldMeta, value: Any, _region: str) -> int:
    if isinstance(value, bool):
        raise FieldProblem("Enter a whole number.")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,18}\s*", value):
        return int(value)
    raise FieldProblem("Enter a whole number.")


def _money(_meta: FieldMeta, value: Any, _region: str) -> float:
    if isinstance(value, bool):
        raise FieldProblem("Enter an amount such as 15000 or 1 500,50.")
    if isinstance(value, str):
        value = re.sub(r"[\s\u00a0\u202f]", "", value).replace(",", ".")
    try:
        amount = float(value)
    except (TypeError, ValueError):
        raise FieldProblem("Enter an amount such as 15000 or 1 500,50.") from None
    if not math.isfinite(amount) or amount < 0 or amount >= 10**13:
        raise FieldProblem("Enter an amount from 0 to 9 999 999 999 999.")
    return round(amount, 2)


def _date(_meta: FieldMeta, value: Any, _region: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
            try:
                return datetime.strptime(text, pattern).date()
            except ValueError:
                pass
    raise FieldProblem("Enter a date such as 31.03.2025 or 2025-03-31.")


def _datetime(_meta: FieldMeta, value: Any, _region: str) -> datetime:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise FieldProblem("Enter a date and time such as 2025-03-31 10:00.") from None
    if not isinstance(value, datetime):
        raise FieldProblem("Enter a date and time such as 2025-03-31 10:00.")
    return as_utc(value)


def _choice(meta: FieldMeta, value: Any, _region: str) -> str:
    choice = str(value).strip() if isinstance(value, str | int) else None
    if choice is None or not any(item.id == choice for item in meta.items):
        raise FieldProblem(f"«{value}» is not one of the values of «{meta.title_en}».")
    return choice


def _pipeline(meta: FieldMeta, value: Any, region: str) -> int:
    number = _int(meta, value, region)
    if not any(item.id == str(number) for item in meta.items):
        raise FieldProblem(f"There is no pipeline {number}.")
    return number


def _reference(_meta: FieldMeta, value: Any, _region: str) -> str:
    text = str(value).strip() if isinstance(value, str | int) else ""
    if not _ID.fullmatch(text):
        raise FieldProblem(f"«{value}» is not an item ID.")
    return text


def _phone(_meta: FieldMeta, value: Any, region: str) -> str:
    if not isinstance(value, str):
        raise FieldProblem("Enter a phone number.")
    try:
        phones.normalize(value, region)
    except InvalidPhoneError as exc:
        raise FieldProblem(str(exc)) from None
    return value.strip()


def _email(_meta: FieldMeta, value: Any, _region: str) -> str:
    if not isinstance(value, str) or not _EMAIL.fullmatch(value.strip()):
        raise FieldProblem(f"«{value}» is not an e-mail address.")
    return value.strip()


_CONVERTERS = {
    FieldType.STRING: _string,
    FieldType.TEXT: _string,
    FieldType.INT: _int,
    FieldType.MONEY: _money,
    FieldType.DATE: _date,
    FieldType.DATETIME: _datetime,
    FieldType.ENUM: _choice,
    FieldType.STATUS: _choice,
    FieldType.STAGE: _choice,
    FieldType.PIPELINE: _pipeline,
    FieldType.CONTACT: _reference,
    FieldType.COMPANY: _reference,
    FieldType.PHONE: _phone,
    FieldType.EMAIL: _email,
}


def as_utc(moment: datetime) -> datetime:
    """An aware UTC moment; a naive one is read as local time."""
    return moment.astimezone(UTC)


def from_db_moment(moment: datetime | None) -> datetime | None:
    """SQLite hands timestamps back naive; they were stored in UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def to_text(meta: FieldMeta, value: Any) -> str:
    """How a user field value is kept in ``crm_user_field_values``."""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def from_text(meta: FieldMeta, text: str) -> Any:
    if meta.type is FieldType.DATE:
        return date.fromisoformat(text)
    if meta.type is FieldType.DATETIME:
        return from_db_moment(datetime.fromisoformat(text))
    if meta.type is FieldType.INT:
        return int(text)
    if meta.type is FieldType.MONEY:
        return float(text)
    return text


def with_defaults(entity: EntityType, values: Mapping[str, Any], statuses: list[Status],
                   pipelines: list[Pipeline]) -> dict[str, Any]:
    """A new lead gets the first status; a new deal the default pipeline and its first stage."""
    filled = dict(values)
    if entity in (EntityType.LEAD, EntityType.DEAL):
        filled.setdefault("CURRENCY_ID", DEFAULT_CURRENCY)
    if entity is EntityType.LEAD and not filled.get("STATUS_ID") and statuses:
        filled["STATUS_ID"] = statuses[0].id
    if entity is EntityType.DEAL:
        default = next((p for p in pipelines if p.is_default), None)
        if filled.get("CATEGORY_ID") in (None, "") and default is not None:
            filled["CATEGORY_ID"] = default.id
        chosen = next((p for p in pipelines if str(p.id) == str(filled.get("CATEGORY_ID"))), None)
        if not filled.get("STAGE_ID") and chosen is not None and chosen.stages:
            filled["STAGE_ID"] = chosen.stages[0].id
    return filled

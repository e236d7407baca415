"""Values between Bitrix24's JSON and the plain Python values of :class:`CrmItem`.

Bitrix24 answers IDs as numbers or strings, dates as ISO text, booleans as ``Y``/``N``
or JSON booleans, phones and e-mails as ``fm`` entries; the app wants the forms the
:mod:`desktop.crm.gateway` protocol names, and back.

Bitrix24 keeps no idempotency keys, so a write that may be sent twice carries a short
marker of its outbox key (``[od:1a2b3c4d5e6f]``) at the end of its text: before adding,
the gateway looks for the marker among the item's recent entries. The marker is
stripped from what the call card shows.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from desktop.crm.bitrix24.catalog import MULTI_FIELDS, EntityCatalog
from desktop.crm.gateway import CrmItem, FieldMeta, FieldType
from desktop.domain.crm_types import EntityType

__all__ = ["fm_changes", "from_item", "marker", "split_marker", "to_fields", "with_marker"]

_MARKER = re.compile(r"\s*\[od:([0-9a-f]{12})(?::([a-z]+))?\]\s*$")


def marker(key: str, kind: str = "") -> str:
    digest = hashlib.sha256(key.encode()).hexdigest()[:12]
    return f"[od:{digest}:{kind}]" if kind else f"[od:{digest}]"


def with_marker(text: str, key: str | None, kind: str = "") -> str:
    if key is None and not kind:
        return text
    tag = marker(key or "", kind) if key else f"[od:{'0' * 12}:{kind}]"
    return f"{text.rstrip()}\n\n{tag}" if text.strip() else tag


def split_marker(text: str) -> tuple[str, str | None, str]:
    """(the text without its marker, the marker's digest or None, the kind or "")."""
    found = _MARKER.search(text or "")
    if found is None:
        return text or "", None, ""
    return text[:found.start()], found.group(1), found.group(2) or ""


def has_marker(text: str, key: str) -> bool:
    digest = split_marker(text)[1]
    return digest is not None and marker(key).startswith(f"[od:{digest}")


# ---- reading -----------------------------------------------------------------------------
def from_item(catalog: EntityCatalog, raw: Mapping[str, Any]) -> CrmItem:
    values: dict[str, Any] = {}
    entries = raw.get("fm") if isinstance(raw.get("fm"), list) else []
    for code, meta in catalog.fields.items():
        if code in MULTI_FIELDS:
            values[code] = [str(e.get("value")) for e in entries
                            if isinstance(e, Mapping) and e.get("typeId") == code
                            and e.get("value")]
            continue
        value = raw.get(catalog.camel.get(code, ""))
        values[code] = _read(meta, value)
    values["ID"] = str(raw.get("id") or values.get("ID") or "")
    return CrmItem(catalog.entity, values["ID"], _title(catalog.entity, values), values)


def _read(meta: FieldMeta, value: Any) -> Any:
    if meta.multiple:
        items = value if isinstance(value, list) else ([] if value in (None, "") else [value])
        return [_one(meta, v) for v in items if v not in (None, "")]
    return _one(meta, value)


def _one(meta: FieldMeta, value: Any) -> Any:
    if value is None or value == "" or (value is False and meta.type is not FieldType.ENUM):
        return None
    kind = meta.type
    try:
        if kind is FieldType.INT:
            return int(value)
        if kind is FieldType.MONEY:
            return float(value)
        if kind is FieldType.PIPELINE:
            return int(value)
        if kind is FieldType.DATE:
            return date.fromisoformat(str(value)[:10])
        if kind is FieldType.DATETIME:
            return datetime.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None
    if kind in (FieldType.CONTACT, FieldType.COMPANY):
        return None if str(value) in ("0", "") else str(value)
    if isinstance(value, bool):
        return "Y" if value else "N"
    if isinstance(value, Mapping | list):
        return None  # an address, a file: nothing the card can show as text
    return str(value)


def _title(entity: EntityType, values: Mapping[str, Any]) -> str:
    if entity is EntityType.CONTACT:
        name = " ".join(v for v in (values.get("NAME"), values.get("LAST_NAME")) if v)
        return name or f"#{values['ID']}"
    return values.get("TITLE") or f"#{values['ID']}"


# ---- writing -----------------------------------------------------------------------------
def to_fields(catalog: EntityCatalog, clean: Mapping[str, Any],
              current: CrmItem | None = None, raw_fm: Sequence[Mapping[str, Any]] = ()
              ) -> dict[str, Any]:
    """crm.item.add / crm.item.update ``fields`` for checked values (upper codes)."""
    fields: dict[str, Any] = {}
    fm: list[dict[str, Any]] = []
    for code, value in clean.items():
        if code in MULTI_FIELDS:
            fm.extend(fm_changes(code, value or [], raw_fm))
            continue
        name = catalog.camel[code]
        fields[name] = _write(catalog.fields[code], catalog.raw_types.get(code, ""), value)
    if fm:
        fields["fm"] = fm
    return fields


def fm_changes(code: str, values: Sequence[str], raw_fm: Sequence[Mapping[str, Any]]
               ) -> list[dict[str, Any]]:
    """The ``fm`` entries that turn the item's current values of ``code`` into ``values``:
    existing entries are changed (or emptied, which deletes them) by their IDs."""
    existing = [e for e in raw_fm if isinstance(e, Mapping) and e.get("typeId") == code]
    changes: list[dict[str, Any]] = []
    for index, value in enumerate(values):
        if index < len(existing):
            entry = existing[index]
            if entry.get("value") != value:
                changes.append({"id": entry.get("id"), "typeId": code,
                                "valueType": entry.get("valueType") or "WORK", "value": value})
        else:
            changes.append({"typeId": code, "valueType": "WORK", "value": value})
    for entry in existing[len(values):]:
        changes.append({"id": entry.get("id"), "typeId": code,
                        "valueType": entry.get("valueType") or "WORK", "value": ""})
    return changes


def _write(meta: FieldMeta, raw_type: str, value: Any) -> Any:
    if isinstance(value, list):
        return [_write_one(meta, raw_type, v) for v in value]
    return _write_one(meta, raw_type, value)


def _write_one(meta: FieldMeta, raw_type: str, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if raw_type == "boolean":
        return "Y" if value == "Y" else "N"
    if meta.type in (FieldType.CONTACT, FieldType.COMPANY, FieldType.PIPELINE) or (
            raw_type == "enumeration" and str(value).isdigit()):
        return int(value)
    return value

"""CRM items through ``crm.item.*``: checking and typing values, multi-fields, rendering.

Writes are checked in full before anything changes, as the portal does: one bad
value and the item stays as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from tests.fake_bitrix24.fields import (
    CURRENCIES,
    DEAL,
    FIELDS,
    FM_TYPES,
    INTEGER_TYPES,
    LEAD,
    FieldDef,
    field_by_name,
    stage_entity_id,
)
from tests.fake_bitrix24.rest import (
    as_list,
    invalid_value,
    now_iso,
    portal_date,
    portal_datetime,
    unknown_field,
)
from tests.fake_bitrix24.state import FmEntry, Item, PortalState

__all__ = ["create_item", "render_item", "resolve_fields", "typed_value", "update_item"]

_EMPTY = (None, "")
_FM_TITLE = "Средства связи"


def resolve_fields(entity_type_id: int, fields: Mapping[str, Any]
                   ) -> tuple[dict[FieldDef, Any], list[Any] | None]:
    """Raw values by field (crm.item names or upper codes) and the ``fm`` entries, if any."""
    values: dict[FieldDef, Any] = {}
    fm: list[Any] | None = None
    for name, value in fields.items():
        definition = field_by_name(entity_type_id, str(name))
        if definition is None:
            raise unknown_field(str(name))
        if definition.code == "FM":
            fm = as_list(value)
        else:
            values[definition] = value
    return values, fm


def typed_value(state: PortalState, definition: FieldDef, raw: Any, category: int = 0) -> Any:
    """The stored form of a value (int, float, text, ISO date), or the portal's refusal."""
    if definition.multiple:
        return [typed_value(state, _single(definition), v, category) for v in as_list(raw)
                if v not in _EMPTY]
    if raw in _EMPTY or (isinstance(raw, list) and not raw):
        return None
    try:
        return _typed(state, definition, raw, category)
    except (TypeError, ValueError):
        raise invalid_value(definition.title) from None


def _single(definition: FieldDef) -> FieldDef:
    return FieldDef(definition.code, definition.type, definition.title, items=definition.items,
                    status_type=definition.status_type)


def _typed(state: PortalState, definition: FieldDef, raw: Any, category: int) -> Any:
    kind = definition.type
    if isinstance(raw, Mapping | list) or (isinstance(raw, bool) and kind != "boolean"):
        raise ValueError(raw)
    if kind in INTEGER_TYPES or kind == "enumeration":
        number = int(str(raw).strip())
        if kind == "enumeration" and number not in {i for i, _ in definition.items}:
            raise ValueError(raw)
        if kind == "crm_category" and number not in state.category_ids():
            raise ValueError(raw)
        if kind in ("crm_contact", "crm_company") and number == 0:
            return None
        return number
    if kind == "double":
        return float(str(raw).strip())
    if kind == "boolean":
        return "Y" if str(raw).strip().upper() in ("Y", "1", "TRUE") else "N"
    if kind == "date":
        return portal_date(raw)
    if kind == "datetime":
        return portal_datetime(raw)
    text = str(raw)
    if kind == "crm_currency" and text not in CURRENCIES:
        raise ValueError(raw)
    if kind == "crm_status":
        entity_id = (stage_entity_id(category) if definition.status_type == "DEAL_STAGE"
                     else definition.status_type)
        if text not in state.status_ids(entity_id):
            raise ValueError(raw)
    return text


# ---- writes ------------------------------------------------------------------------------
def create_item(state: PortalState, entity_type_id: int, fields: Mapping[str, Any]) -> Item:
    raw, fm = resolve_fields(entity_type_id, fields)
    by_code = {d.code: v for d, v in raw.items() if not d.read_only}  # the portal ignores them
    category = 0
    if entity_type_id == DEAL:
        category_def = field_by_name(DEAL, "CATEGORY_ID")
        assert category_def is not None
        category = typed_value(state, category_def, by_code.get("CATEGORY_ID")) or 0
    values = {d.code: None for d in FIELDS[entity_type_id] if d.code != "FM"}
    for definition in FIELDS[entity_type_id]:
        if definition.code in by_code:
            values[definition.code] = typed_value(state, definition, by_code[definition.code],
                                                  category)
    _defaults(state, entity_type_id, values, category)
    _stage_semantics(state, entity_type_id, values)
    for definition in FIELDS[entity_type_id]:
        if definition.required and values.get(definition.code) in _EMPTY:
            raise invalid_value(definition.title)
    entries = _new_entries(fm or ())
    item_id = state.next_id(f"item{entity_type_id}")
    values["ID"] = item_id
    values["CREATED_TIME"] = values["UPDATED_TIME"] = now_iso()
    item = Item(entity_type_id, item_id, values)
    for type_id, value_type, value in entries:
        item.fm.append(FmEntry(state.next_id("fm"), type_id, value_type, value))
    state.items[entity_type_id][item_id] = item
    return item


def _defaults(state: PortalState, entity_type_id: int, values: dict[str, Any],
              category: int) -> None:
    if entity_type_id == LEAD and values.get("STATUS_ID") is None:
        values["STATUS_ID"] = "NEW"
    if entity_type_id == DEAL:
        values["CATEGORY_ID"] = category
        if values.get("STAGE_ID") is None:
            values["STAGE_ID"] = state.status_ids(stage_entity_id(category))[0]
    if "CURRENCY_ID" in values and values["CURRENCY_ID"] is None:
        values["CURRENCY_ID"] = "RUB"
    if values.get("ASSIGNED_BY_ID") is None:
        values["ASSIGNED_BY_ID"] = int(state.user_id)


def _stage_semantics(state: PortalState, entity_type_id: int, values: dict[str, Any]) -> None:
    """A deal's ``stageSemanticId``: P while in progress, S won, F lost (from its stage)."""
    if entity_type_id != DEAL:
        return
    category = stage_entity_id(values.get("CATEGORY_ID") or 0)
    semantics = next((row.get("SEMANTICS") for row in state.statuses
                      if row["ENTITY_ID"] == category and row["STATUS_ID"] == values["STAGE_ID"]),
                     None)
    values["STAGE_SEMANTIC_ID"] = semantics or "P"


def update_item(state: PortalState, entity_type_id: int, item_id: int,
                fields: Mapping[str, Any]) -> Item:
    item = state.get_item(entity_type_id, item_id)
    raw, fm = resolve_fields(entity_type_id, fields)
    category = item.values.get("CATEGORY_ID") or 0
    changes: dict[str, Any] = {}
    for definition, value in raw.items():
        typed = typed_value(state, definition, value, category)
        if (definition.read_only or definition.immutable) and typed != item.values.get(
                definition.code):
            raise invalid_value(definition.title)
        if definition.required and typed in _EMPTY:
            raise invalid_value(definition.title)
        changes[definition.code] = typed
    edits, additions = _fm_changes(item, fm or ())
    item.values.update(changes)
    item.values["UPDATED_TIME"] = now_iso()
    _stage_semantics(state, entity_type_id, item.values)
    for entry, value_type, value in edits:
        if value:
            entry.value, entry.value_type = value, value_type
        else:
            item.fm.remove(entry)
    for type_id, value_type, value in additions:
        item.fm.append(FmEntry(state.next_id("fm"), type_id, value_type, value))
    return item


def _new_entries(entries: Iterable[Any]) -> list[tuple[str, str, str]]:
    """Checked ``(typeId, valueType, value)`` of entries to add; empty values are skipped."""
    checked = []
    for entry in entries:
        if not isinstance(entry, Mapping):
            raise invalid_value(_FM_TITLE)
        type_id = str(entry.get("typeId") or "").upper()
        if type_id not in FM_TYPES:
            raise invalid_value(_FM_TITLE)
        value = str(entry.get("value") or "").strip()
        if value:
            checked.append((type_id, str(entry.get("valueType") or "WORK"), value))
    return checked


def _fm_changes(item: Item, entries: Iterable[Any]
                ) -> tuple[list[tuple[FmEntry, str, str]], list[tuple[str, str, str]]]:
    """Entries with an ``id`` change (or, emptied, delete) that entry; others are added."""
    by_id = {e.id: e for e in item.fm}
    edits: list[tuple[FmEntry, str, str]] = []
    fresh: list[Any] = []
    for entry in entries:
        if isinstance(entry, Mapping) and entry.get("id") not in _EMPTY:
            try:
                current = by_id[int(str(entry["id"]))]
            except (KeyError, ValueError):
                raise invalid_value(_FM_TITLE) from None
            value = str(entry.get("value") or "").strip()
            edits.append((current, str(entry.get("valueType") or current.value_type), value))
        else:
            fresh.append(entry)
    return edits, _new_entries(fresh)


# ---- reads -------------------------------------------------------------------------------
def render_item(item: Item, select: Iterable[Any] | None = None) -> dict[str, Any]:
    """The item as ``crm.item.get`` answers it; ``select`` narrows it (``*``: everything)."""
    wanted: set[str] | None = None
    names = [str(name) for name in select or ()]
    if names and "*" not in names:
        wanted = {"ID"}
        for name in names:
            definition = field_by_name(item.entity_type_id, name)
            if definition is not None:
                wanted.add(definition.code)
    rendered: dict[str, Any] = {}
    for definition in FIELDS[item.entity_type_id]:
        if wanted is not None and definition.code not in wanted:
            continue
        if definition.code == "FM":
            rendered["fm"] = [entry.rest() for entry in item.fm]
        else:
            rendered[definition.name] = item.values.get(definition.code)
    return rendered

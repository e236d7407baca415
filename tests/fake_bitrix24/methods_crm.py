"""``crm.*`` methods on items and vocabulary: fields, get/list/add/update, duplicates,
statuses and deal pipelines."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from tests.fake_bitrix24.fields import (
    COMPANY,
    CONTACT,
    DEAL,
    ENTITY_CODES,
    FIELDS,
    LEAD,
    FieldDef,
    field_by_name,
)
from tests.fake_bitrix24.items import create_item, render_item, update_item
from tests.fake_bitrix24.listing import list_rows, matches, order_by, split_operator
from tests.fake_bitrix24.rest import (
    Page,
    RestError,
    arg,
    argument_error,
    as_int,
    as_list,
    as_mapping,
    paginate,
    unknown_field,
)
from tests.fake_bitrix24.state import Item, PortalState

__all__ = ["HANDLERS"]

MAX_DUPLICATE_VALUES = 20
_NUMERIC_TYPES = ("integer", "user", "crm_contact", "crm_company", "crm_category",
                  "enumeration", "double")


def _entity_type(state: PortalState, params: Mapping[str, Any]) -> int:
    entity_type_id = as_int(arg(params, "entityTypeId"), "entityTypeId")
    state.entity_items(entity_type_id)  # refuses a type the portal does not have
    return entity_type_id


def item_fields(state: PortalState, params: Mapping[str, Any]) -> dict[str, Any]:
    entity_type_id = _entity_type(state, params)
    return {"fields": {d.name: d.describe() for d in FIELDS[entity_type_id]}}


def item_get(state: PortalState, params: Mapping[str, Any]) -> dict[str, Any]:
    entity_type_id = _entity_type(state, params)
    item = state.get_item(entity_type_id, as_int(arg(params, "id")))
    return {"item": render_item(item)}


def item_add(state: PortalState, params: Mapping[str, Any]) -> dict[str, Any]:
    entity_type_id = _entity_type(state, params)
    item = create_item(state, entity_type_id, as_mapping(arg(params, "fields")))
    return {"item": render_item(item)}


def item_update(state: PortalState, params: Mapping[str, Any]) -> dict[str, Any]:
    entity_type_id = _entity_type(state, params)
    item = update_item(state, entity_type_id, as_int(arg(params, "id")),
                       as_mapping(arg(params, "fields")))
    return {"item": render_item(item)}


def _filter_value(definition: FieldDef, wanted: Any) -> Any:
    """A filter value in the stored form, leniently (a bad number simply matches nothing)."""
    if isinstance(wanted, list | tuple):
        return [_filter_value(definition, one) for one in wanted]
    if definition.type in _NUMERIC_TYPES and wanted not in (None, ""):
        try:
            number = float(str(wanted).strip())
        except ValueError:
            return str(wanted)
        return int(number) if number.is_integer() else number
    return wanted


def item_list(state: PortalState, params: Mapping[str, Any]) -> Page:
    entity_type_id = _entity_type(state, params)
    conditions: list[tuple[str, FieldDef, Any]] = []
    for key, wanted in as_mapping(arg(params, "filter")).items():
        operator, name = split_operator(str(key))
        definition = field_by_name(entity_type_id, name)
        if definition is None or definition.code == "FM":
            raise unknown_field(name)
        conditions.append((operator, definition, _filter_value(definition, wanted)))
    chosen = [item for item in state.items[entity_type_id].values()
              if all(matches(op, item.values.get(d.code), wanted)
                     for op, d, wanted in conditions)]
    chosen.sort(key=lambda item: item.id)
    chosen = order_by(chosen, as_mapping(arg(params, "order")), _item_value(entity_type_id))
    page = paginate(chosen, arg(params, "start"))
    select = as_list(arg(params, "select"))
    return Page({"items": [render_item(item, select) for item in page.result]},
                page.total, page.next)


def _item_value(entity_type_id: int) -> Callable[[Item, str], Any]:
    def value(item: Item, name: str) -> Any:
        definition = field_by_name(entity_type_id, name)
        if definition is None:
            raise unknown_field(name)
        return item.values.get(definition.code)
    return value


# ---- duplicates --------------------------------------------------------------------------
def _digits(text: Any) -> str:
    return re.sub(r"\D", "", str(text))


def find_by_comm(state: PortalState, params: Mapping[str, Any]) -> dict[str, list[int]] | list:
    """Items holding any of the phones (same digits) or e-mails (any case)."""
    kind = str(arg(params, "type") or "").upper()
    if kind not in ("PHONE", "EMAIL"):
        raise argument_error("Parameter 'type' is not valid")
    values = as_list(arg(params, "values"))
    if not values:
        raise argument_error("Parameter 'values' must be a non-empty array")
    if len(values) > MAX_DUPLICATE_VALUES:
        raise argument_error(f"Too many values (max {MAX_DUPLICATE_VALUES})")
    key = _digits if kind == "PHONE" else (lambda text: str(text).strip().casefold())
    wanted = {key(value) for value in values} - {""}
    types = {code: etype for etype, code in ENTITY_CODES.items()
             if etype in (LEAD, CONTACT, COMPANY)}
    only = arg(params, "entity_type")
    if only not in (None, ""):
        if str(only).upper() not in types:
            raise argument_error("Parameter 'entity_type' is not valid")
        types = {str(only).upper(): types[str(only).upper()]}
    found: dict[str, list[int]] = {}
    for code, etype in types.items():
        ids = sorted(item.id for item in state.items[etype].values()
                     if any(e.type_id == kind and key(e.value) in wanted for e in item.fm))
        if ids:
            found[code] = ids[:MAX_DUPLICATE_VALUES]
    return found or []


# ---- vocabulary --------------------------------------------------------------------------
def status_list(state: PortalState, params: Mapping[str, Any]) -> Page:
    return list_rows(state.statuses, params, default_order={"SORT": "ASC", "ID": "ASC"})


def category_list(state: PortalState, params: Mapping[str, Any]) -> Page:
    entity_type_id = _entity_type(state, params)
    if entity_type_id != DEAL:
        raise RestError("NOT_SUPPORTED", "Тип сущности не поддерживает направления")
    rows = order_by(state.categories, {"sort": "ASC"}, lambda row, name: row[name])
    page = paginate(rows, arg(params, "start"))
    return Page({"categories": [dict(row) for row in page.result]}, page.total, page.next)


HANDLERS: dict[str, Callable[[PortalState, Mapping[str, Any]], Any]] = {
    "crm.item.fields": item_fields,
    "crm.item.get": item_get,
    "crm.item.list": item_list,
    "crm.item.add": item_add,
    "crm.item.update": item_update,
    "crm.duplicate.findbycomm": find_by_comm,
    "crm.status.list": status_list,
    "crm.category.list": category_list,
}

"""Bitrix24's field metadata as the app's :class:`~desktop.crm.gateway.FieldMeta`.

``crm.item.fields`` names fields in lowerCamel (``lastName``, ``ufCrm_PRODUCT``) and
tells each one's ``upperName`` (``LAST_NAME``, ``UF_CRM_PRODUCT``): the app speaks the
upper codes, and :class:`EntityCatalog` keeps both directions. Phones and e-mails live
in the multi-field ``fm``; the app sees them as the fields ``PHONE`` and ``EMAIL``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.crm.fields import CURRENCIES
from desktop.crm.gateway import (
    EnumItem,
    FieldMeta,
    FieldType,
    Pipeline,
    Semantics,
    Stage,
    Status,
)
from desktop.domain.crm_types import EntityType

__all__ = ["MULTI_FIELDS", "EntityCatalog", "parse_catalog", "parse_pipelines", "parse_statuses"]

MULTI_FIELDS = {"PHONE": FieldType.PHONE, "EMAIL": FieldType.EMAIL}
_MULTI_TITLES = {"PHONE": ("Телефон", "Phone"), "EMAIL": ("E-mail", "E-mail")}
YES_NO = (EnumItem("Y", "Да", "Yes"), EnumItem("N", "Нет", "No"))

_TYPES = {
    "string": FieldType.STRING, "text": FieldType.TEXT, "integer": FieldType.INT,
    "double": FieldType.MONEY, "date": FieldType.DATE, "datetime": FieldType.DATETIME,
    "enumeration": FieldType.ENUM, "boolean": FieldType.ENUM, "crm_currency": FieldType.ENUM,
    "crm_category": FieldType.PIPELINE, "crm_contact": FieldType.CONTACT,
    "crm_company": FieldType.COMPANY, "char": FieldType.STRING, "url": FieldType.STRING,
}
_SEMANTICS = {"S": Semantics.SUCCESS, "F": Semantics.FAILURE}


@dataclass(frozen=True)
class EntityCatalog:
    """One entity type's fields, by upper code, with the portal's own names for them."""

    entity: EntityType
    fields: dict[str, FieldMeta]
    camel: dict[str, str]  # upper code -> crm.item name
    raw_types: dict[str, str] = field(default_factory=dict)  # upper code -> Bitrix24 type
    has_multi_fields: bool = False

    def name(self, code: str) -> str | None:
        """The portal's name for an upper code (None: the portal has no such field)."""
        return self.camel.get(code)


def parse_catalog(entity: EntityType, result: Any, statuses: Mapping[str, list[Status]],
                  pipelines: list[Pipeline]) -> EntityCatalog:
    """``crm.item.fields``'s result; ``statuses`` by ENTITY_ID fill status-type lists."""
    raw = result.get("fields", result) if isinstance(result, Mapping) else {}
    fields: dict[str, FieldMeta] = {}
    camel: dict[str, str] = {}
    types: dict[str, str] = {}
    has_fm = False
    for name, spec in raw.items():
        if not isinstance(spec, Mapping):
            continue
        kind = str(spec.get("type", "string"))
        if kind == "crm_multifield" or name == "fm":
            has_fm = True
            continue
        upper = str(spec.get("upperName") or name).upper()
        meta = _meta(entity, upper, kind, spec, statuses, pipelines)
        fields[upper], camel[upper], types[upper] = meta, name, kind
    if has_fm:
        for code, kind in MULTI_FIELDS.items():
            ru, en = _MULTI_TITLES[code]
            fields[code] = FieldMeta(entity, code, kind, ru, en, multiple=True)
    return EntityCatalog(entity, fields, camel, types, has_fm)


def _meta(entity: EntityType, upper: str, kind: str, spec: Mapping[str, Any],
          statuses: Mapping[str, list[Status]], pipelines: list[Pipeline]) -> FieldMeta:
    title = str(spec.get("title") or spec.get("formLabel") or spec.get("listLabel") or upper)
    read_only = bool(spec.get("isReadOnly")) or upper == "ID"
    field_type = _TYPES.get(kind)
    items: tuple[EnumItem, ...] = ()
    if kind == "crm_status":
        status_type = str(spec.get("statusType") or "")
        if status_type == "STATUS":
            field_type = FieldType.STATUS
        elif status_type.startswith("DEAL_STAGE"):
            field_type = FieldType.STAGE
        else:
            field_type = FieldType.ENUM
        items = tuple(EnumItem(s.id, s.name, s.name) for s in _status_items(
            status_type, statuses, pipelines))
    elif kind == "enumeration":
        items = tuple(EnumItem(str(i.get("ID")), str(i.get("VALUE", "")), str(i.get("VALUE", "")))
                      for i in spec.get("items") or () if isinstance(i, Mapping))
    elif kind == "boolean":
        items = YES_NO
    elif kind == "crm_currency":
        items = CURRENCIES
    elif kind == "crm_category":
        items = tuple(EnumItem(str(p.id), p.name, p.name) for p in pipelines)
    if field_type is None:  # users, files, addresses...: shown, not edited here
        field_type, read_only = FieldType.STRING, True
    return FieldMeta(entity, upper, field_type, title, title, read_only=read_only,
                     immutable=bool(spec.get("isImmutable")),
                     required=bool(spec.get("isRequired")) and not read_only,
                     multiple=bool(spec.get("isMultiple")), items=items)


def _status_items(status_type: str, statuses: Mapping[str, list[Status]],
                  pipelines: list[Pipeline]) -> Iterable[Status | Stage]:
    if status_type.startswith("DEAL_STAGE"):
        return [stage for pipeline in pipelines for stage in pipeline.stages]
    return statuses.get(status_type, [])


def parse_statuses(rows: Any) -> list[Status]:
    """``crm.status.list`` rows as statuses, in their sort order."""
    statuses = [Status(str(r.get("STATUS_ID")), str(r.get("NAME", "")), _int(r.get("SORT")),
                       _SEMANTICS.get(str(r.get("SEMANTICS") or ""), Semantics.PROCESS))
                for r in rows or () if isinstance(r, Mapping)]
    return sorted(statuses, key=lambda s: s.sort)


def parse_pipelines(categories: Any, stages: Mapping[int, Any]) -> list[Pipeline]:
    """``crm.category.list`` (deals) with each pipeline's ``crm.status.list`` stages."""
    rows = categories.get("categories", []) if isinstance(categories, Mapping) else []
    pipelines = []
    for row in rows:
        pipeline_id = _int(row.get("id"))
        pipeline_stages = tuple(
            Stage(s.id, s.name, s.sort, pipeline_id, s.semantics)
            for s in parse_statuses(stages.get(pipeline_id)))
        pipelines.append(Pipeline(pipeline_id, str(row.get("name", "")), _int(row.get("sort")),
                                  pipeline_stages, str(row.get("isDefault", "N")) == "Y"))
    return sorted(pipelines, key=lambda p: (not p.is_default, p.sort, p.id))


def stage_entity_id(pipeline_id: int) -> str:
    """crm.status.list's ENTITY_ID of a pipeline's stages."""
    return "DEAL_STAGE" if pipeline_id == 0 else f"DEAL_STAGE_{pipeline_id}"


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0

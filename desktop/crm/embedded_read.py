"""Reading the embedded CRM's tables into gateway objects.

A call card waits on :func:`find_item_ids` and :func:`load_items` while the phone
rings, so their statements are built once, with bound parameters, and run on a plain
connection: building a statement costs more than SQLite takes to run it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    String,
    bindparam,
    case,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from desktop.crm.fields import CATALOG
from desktop.crm.gateway import (
    ActivityKind,
    CrmItem,
    EnumItem,
    FieldMeta,
    FieldType,
    Pipeline,
    Semantics,
    Stage,
    Status,
    TimelineEntry,
    TimelineKind,
)
from desktop.crm.models import (
    ITEM_MODELS,
    CrmDeal,
    CrmEmail,
    CrmLeadStatus,
    CrmPhone,
    CrmPipeline,
    CrmStage,
    CrmTimelineEntry,
    CrmUserFieldValue,
)
from desktop.crm.values import from_db_moment, from_text
from desktop.domain.crm_types import EntityType

Executor = Connection | Session

_PHONES = CrmPhone.__table__
_EMAILS = CrmEmail.__table__
_USER_VALUES = CrmUserFieldValue.__table__
_DEALS = CrmDeal.__table__
_STAGES = CrmStage.__table__
_TIMELINE = CrmTimelineEntry.__table__


def column_of(code: str) -> str | None:
    """The item table's column holding a field; None for phones, e-mails and user fields."""
    if code in ("PHONE", "EMAIL") or code.startswith("UF_CRM_"):
        return None
    return code.lower()


def _client_ids(entity: EntityType) -> Select[Any]:
    return select(_PHONES.c.item_id).where(
        _PHONES.c.e164 == bindparam("e164"), _PHONES.c.entity == entity.value)


# One round trip: the items with the number, and the deals of such contacts and companies
# (``closed`` orders open deals first). Leads, contacts and companies get closed = 0.
_FIND = union_all(
    select(_PHONES.c.entity, _PHONES.c.item_id, literal(0).label("closed"))
    .where(_PHONES.c.e164 == bindparam("e164")),
    select(literal(EntityType.DEAL.value, String), _DEALS.c.id,
           case((_STAGES.c.semantics == Semantics.PROCESS.value, 0), else_=1))
    .join(_STAGES, _STAGES.c.stage_id == _DEALS.c.stage_id)
    .where(or_(_DEALS.c.contact_id.in_(_client_ids(EntityType.CONTACT)),
               _DEALS.c.company_id.in_(_client_ids(EntityType.COMPANY)))),
)


def _items_query(entity: EntityType, *, many: bool) -> Select[Any]:
    table = ITEM_MODELS[entity].__table__
    if many:
        return select(table).where(table.c.id.in_(bindparam("ids", expanding=True)))
    return select(table).where(table.c.id == bindparam("id"))


def _extras_query(entity: EntityType, *, many: bool) -> Select[Any]:
    """Phones, e-mails and user field values of some items of one kind, in one round trip."""
    def of_items(t: Any) -> Any:
        if many:
            return t.c.item_id.in_(bindparam("ids", expanding=True))
        return t.c.item_id == bindparam("id")

    parts = [
        select(t.c.item_id, literal(code, String).label("code"), t.c.value, t.c.id)
        .where(t.c.entity == entity.value, of_items(t))
        for t, code in ((_PHONES, "PHONE"), (_EMAILS, "EMAIL"))
    ]
    user = _USER_VALUES.c
    parts.append(select(user.item_id, user.code, user.value, user.id)
                 .where(user.entity == entity.value, of_items(_USER_VALUES)))
    query = union_all(*parts).subquery()
    return select(query).order_by(query.c.id)


# A lookup nearly always loads one item of a kind; an IN list re-renders its SQL each time.
_ITEMS = {(e, many): _items_query(e, many=many) for e in EntityType for many in (False, True)}
_EXTRAS = {(e, many): _extras_query(e, many=many) for e in EntityType for many in (False, True)}


def find_item_ids(db: Executor, e164: str) -> dict[EntityType, list[int]]:
    """IDs of the items with this phone, and of the deals of those contacts and companies.

    Leads, contacts and companies come newest first; deals open first, then newest.
    """
    rows = sorted({(EntityType(entity), closed, -item_id)
                   for entity, item_id, closed in db.execute(_FIND, {"e164": e164})})
    found: dict[EntityType, list[int]] = defaultdict(list)
    for entity, _, negated_id in rows:
        found[entity].append(-negated_id)
    return found


def load_items(
    db: Executor, entity: EntityType, ids: Sequence[int], metas: Mapping[str, FieldMeta],
) -> list[CrmItem]:
    """The items with these IDs, in the order given; missing IDs are skipped."""
    if not ids:
        return []
    many = len(ids) > 1
    params = {"ids": list(ids)} if many else {"id": ids[0]}
    rows = {row.id: row._mapping for row in db.execute(_ITEMS[entity, many], params)}
    extras: dict[int, dict[str, Any]] = defaultdict(dict)
    if rows:
        for item_id, code, value, _ in db.execute(_EXTRAS[entity, many], params):
            meta = metas.get(code)
            if meta is None:
                continue  # a user field no longer in the catalog
            if meta.multiple:
                extras[item_id].setdefault(code, []).append(value)
            else:
                extras[item_id][code] = from_text(meta, value)
    return [_item(entity, rows[i], extras.get(i, {}), metas) for i in ids if i in rows]


def _item(
    entity: EntityType, row: Mapping[str, Any], extras: Mapping[str, Any],
    metas: Mapping[str, FieldMeta],
) -> CrmItem:
    values: dict[str, Any] = {}
    for code, meta in metas.items():
        column = column_of(code)
        if column is None:
            values[code] = extras.get(code, [] if meta.multiple else None)
        else:
            values[code] = _from_column(meta, row[column])
    return CrmItem(entity, values["ID"], _title(entity, values), values)


def _from_column(meta: FieldMeta, value: Any) -> Any:
    if value is None:
        return None
    if meta.type in (FieldType.CONTACT, FieldType.COMPANY) or meta.code == "ID":
        return str(value)
    if meta.type is FieldType.DATETIME:
        return from_db_moment(value)
    return value


def _title(entity: EntityType, values: Mapping[str, Any]) -> str:
    if entity is EntityType.CONTACT:
        name = " ".join(v for v in (values.get("NAME"), values.get("LAST_NAME")) if v)
        return name or f"#{values['ID']}"
    return values.get("TITLE") or f"#{values['ID']}"


def item_exists(db: Executor, entity: EntityType, item_id: int) -> bool:
    table = ITEM_MODELS[entity].__table__
    return db.execute(select(table.c.id).where(table.c.id == item_id)).first() is not None


def load_timeline(
    db: Executor, entity: EntityType, item_id: int, limit: int
) -> list[TimelineEntry]:
    rows = db.execute(
        select(_TIMELINE)
        .where(_TIMELINE.c.entity == entity.value, _TIMELINE.c.item_id == item_id)
        .order_by(_TIMELINE.c.created_at.desc(), _TIMELINE.c.id.desc())
        .limit(limit)
    )
    return [_entry(row._mapping) for row in rows]


def load_entry(db: Executor, entry_id: int) -> TimelineEntry:
    row = db.execute(select(_TIMELINE).where(_TIMELINE.c.id == entry_id)).one()
    return _entry(row._mapping)


def _entry(row: Mapping[str, Any]) -> TimelineEntry:
    activity = row["activity_type"]
    return TimelineEntry(
        id=str(row["id"]),
        entity=EntityType(row["entity"]),
        item_id=str(row["item_id"]),
        kind=TimelineKind(row["kind"]),
        created_at=from_db_moment(row["created_at"]),
        text=row["text"] or "",
        title=row["title"] or "",
        activity=ActivityKind(activity) if activity else None,
        deadline=from_db_moment(row["deadline"]),
        end=from_db_moment(row["end_at"]),
        responsible=row["responsible"] or "",
        author=row["author"] or "",
        completed=bool(row["completed"]),
    )


def load_statuses(db: Executor) -> list[Status]:
    rows = db.execute(
        select(CrmLeadStatus.__table__).order_by(CrmLeadStatus.sort, CrmLeadStatus.status_id))
    return [Status(r.status_id, r.name, r.sort, Semantics(r.semantics)) for r in rows]


def load_pipelines(db: Executor) -> list[Pipeline]:
    stages: dict[int, list[Stage]] = defaultdict(list)
    for r in db.execute(select(_STAGES).order_by(_STAGES.c.sort, _STAGES.c.stage_id)):
        stages[r.pipeline_id].append(
            Stage(r.stage_id, r.name, r.sort, r.pipeline_id, Semantics(r.semantics)))
    rows = db.execute(
        select(CrmPipeline.__table__).order_by(CrmPipeline.sort, CrmPipeline.id))
    return [Pipeline(r.id, r.name, r.sort, tuple(stages[r.id]), bool(r.is_default))
            for r in rows]


def live_catalog(
    entity: EntityType, statuses: Iterable[Status], pipelines: Iterable[Pipeline],
) -> dict[str, FieldMeta]:
    """The static catalog with statuses, stages and pipelines as the items of their fields."""
    pipelines = list(pipelines)
    dynamic: dict[FieldType, tuple[EnumItem, ...]] = {
        FieldType.STATUS: tuple(EnumItem(s.id, s.name) for s in statuses),
        FieldType.STAGE: tuple(
            EnumItem(s.id, s.name) for p in pipelines for s in p.stages),
        FieldType.PIPELINE: tuple(EnumItem(str(p.id), p.name) for p in pipelines),
    }
    metas = {}
    for meta in CATALOG[entity]:
        if meta.type in dynamic:
            meta = replace(meta, items=dynamic[meta.type])
        metas[meta.code] = meta
    return metas

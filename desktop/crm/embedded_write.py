"""Writing checked values into the embedded CRM's tables, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Row, delete, insert, select, update
from sqlalchemy.orm import Session

from desktop.crm import phones
from desktop.crm.embedded_read import Executor, column_of
from desktop.crm.fields import BY_CODE
from desktop.crm.gateway import FieldType
from desktop.crm.models import (
    ITEM_MODELS,
    CrmEmail,
    CrmPhone,
    CrmTimelineEntry,
    CrmUserFieldValue,
    CrmWrite,
)
from desktop.crm.values import is_empty, to_text
from desktop.domain.crm_types import EntityType

_REFERENCES = (FieldType.CONTACT, FieldType.COMPANY)


def insert_item(
    session: Session, entity: EntityType, clean: Mapping[str, Any], region: str, now: datetime,
) -> int:
    table = ITEM_MODELS[entity].__table__
    columns = _columns(entity, clean)
    columns.update(date_create=now, date_modify=now)
    item_id = session.execute(insert(table).values(**columns)).inserted_primary_key[0]
    _write_extras(session, entity, item_id, clean, region)
    return int(item_id)


def update_item(
    session: Session, entity: EntityType, item_id: int, clean: Mapping[str, Any], region: str,
    now: datetime,
) -> None:
    table = ITEM_MODELS[entity].__table__
    columns = _columns(entity, clean)
    columns["date_modify"] = now
    session.execute(update(table).where(table.c.id == item_id).values(**columns))
    _write_extras(session, entity, item_id, clean, region)


def _columns(entity: EntityType, clean: Mapping[str, Any]) -> dict[str, Any]:
    metas = BY_CODE[entity]
    columns: dict[str, Any] = {}
    for code, value in clean.items():
        column = column_of(code)
        if column is None:
            continue
        if metas[code].type in _REFERENCES and value is not None:
            value = int(value)
        columns[column] = value
    return columns


def _write_extras(
    session: Session, entity: EntityType, item_id: int, clean: Mapping[str, Any], region: str,
) -> None:
    """Replace the phones, e-mails and user field values named in ``clean``."""
    owner = {"entity": entity.value, "item_id": item_id}
    if "PHONE" in clean:
        _replace_rows(session, CrmPhone, owner, [
            {"value": v, "e164": phones.normalize(v, region)} for v in clean["PHONE"]])
    if "EMAIL" in clean:
        _replace_rows(session, CrmEmail, owner, [{"value": v} for v in clean["EMAIL"]])
    metas = BY_CODE[entity]
    for code, value in clean.items():
        if not code.startswith("UF_CRM_"):
            continue
        rows = [] if is_empty(value) else [{"code": code, "value": to_text(metas[code], value)}]
        _replace_rows(session, CrmUserFieldValue, {**owner, "code": code}, rows)


def _replace_rows(
    session: Session, model: type[CrmPhone | CrmEmail | CrmUserFieldValue],
    owner: Mapping[str, Any], rows: list[dict[str, Any]],
) -> None:
    table = model.__table__
    session.execute(
        delete(table).where(*(table.c[name] == value for name, value in owner.items())))
    if rows:
        session.execute(insert(table), [{**owner, **row} for row in rows])


def insert_entry(session: Session, values: Mapping[str, Any]) -> int:
    table = CrmTimelineEntry.__table__
    return int(session.execute(insert(table).values(**values)).inserted_primary_key[0])


def find_write(db: Executor, key: str) -> Row[Any] | None:
    """The write applied under ``key`` (operation, entity, item_id, result_id), if any."""
    table = CrmWrite.__table__
    return db.execute(select(table).where(table.c.idempotency_key == key)).first()


def record_write(
    session: Session, key: str, operation: str, entity: EntityType, item_id: str,
    result_id: str | None, now: datetime,
) -> None:
    session.add(CrmWrite(idempotency_key=key, operation=operation, entity=entity.value,
                         item_id=item_id, result_id=result_id, created_at=now))
    session.flush()

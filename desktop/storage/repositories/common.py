"""Small helpers shared by the repositories."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.storage.errors import ConflictError, NotFoundError

RowT = TypeVar("RowT")


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything stored is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def require_row(session: Session, row_type: type[RowT], key: object, what: str) -> RowT:
    row = session.get(row_type, key)
    if row is None:
        raise NotFoundError(what, key)
    return row


def delete_row(session: Session, row_type: type, key: object, what: str) -> None:
    session.delete(require_row(session, row_type, key, what))
    session.flush()


def load_for_update(session: Session, row_type: type[RowT], key: int, expected_version: int,
                    what: str, name_of: Callable[[RowT], str]) -> RowT:
    """Fetch the row an edit was based on, refusing when it changed meanwhile."""
    row = require_row(session, row_type, key, what)
    if row.version != expected_version:  # type: ignore[attr-defined]
        raise ConflictError(what, name_of(row))
    return row


def flush_versioned(session: Session, what: str, name: str) -> None:
    """Flush the parent row's UPDATE ... WHERE version = ?; a lost race is a conflict."""
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConflictError(what, name) from exc

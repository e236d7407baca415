"""The CRM outbox table: writes in, entries out, and the state changes of delivery.

Delivery policy (what is due, in which order, what an error means) lives in
:class:`desktop.crm.outbox.Outbox`; this class only reads and writes rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from desktop.crm.writes import CrmWrite, OutboxEntry, OutboxState, WriteKind
from desktop.domain.crm_types import EntityType
from desktop.storage.models import OutboxRow
from desktop.storage.repositories.common import as_utc, require_row

_OPEN = (OutboxState.PENDING.value, OutboxState.FAILED.value)


class OutboxRepository:
    WHAT = "CRM write"

    def __init__(self, session: Session) -> None:
        self.session = session

    # ---- reading ----------------------------------------------------------------------
    def get(self, entry_id: int) -> OutboxEntry:
        return _entry(require_row(self.session, OutboxRow, entry_id, self.WHAT))

    def by_key(self, key: str) -> OutboxEntry | None:
        row = self.session.scalars(select(OutboxRow).where(OutboxRow.write_key == key)).first()
        return _entry(row) if row else None

    def open_entries(self) -> list[OutboxEntry]:
        """Pending and failed writes, oldest first (the order they must be sent in)."""
        rows = self.session.scalars(
            select(OutboxRow).where(OutboxRow.state.in_(_OPEN)).order_by(OutboxRow.id))
        return [_entry(row) for row in rows]

    def counts(self) -> tuple[int, int]:
        found = dict(self.session.execute(
            select(OutboxRow.state, func.count()).where(OutboxRow.state.in_(_OPEN))
            .group_by(OutboxRow.state)).all())
        return found.get(OutboxState.PENDING.value, 0), found.get(OutboxState.FAILED.value, 0)

    def of_call(self, call_id: str) -> list[OutboxEntry]:
        rows = self.session.scalars(
            select(OutboxRow).where(OutboxRow.call_id == call_id).order_by(OutboxRow.id))
        return [_entry(row) for row in rows]

    # ---- writing ----------------------------------------------------------------------
    def add(self, writes: Sequence[CrmWrite], now: datetime) -> list[int]:
        rows = [OutboxRow(
            write_key=w.key, kind=w.kind.value, entity=w.entity.value, item_id=w.item_id,
            after_key=w.after_key, payload=dict(w.payload), call_id=w.call_id,
            state=OutboxState.PENDING.value, attempts=0, next_attempt_at=now, last_error="",
            field_errors={}, created_at=now, resolved_item_id=w.item_id,
        ) for w in writes]
        self.session.add_all(rows)
        self.session.flush()
        return [row.id for row in rows]

    def claim(self, entry_id: int, now: datetime, until: datetime) -> bool:
        """Take a pending entry for sending until ``until``; False when someone else holds
        it (the conditional UPDATE is what keeps two workstations apart)."""
        result = self.session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == entry_id, OutboxRow.state == OutboxState.PENDING.value,
                   or_(OutboxRow.lease_until.is_(None), OutboxRow.lease_until <= now))
            .values(lease_until=until))
        return result.rowcount == 1

    def release(self, entry_id: int) -> None:
        self._set(entry_id, lease_until=None)

    def resolve(self, entry_id: int, item_id: str) -> None:
        """The lead this write waited for exists now: it goes to ``item_id``."""
        self._set(entry_id, resolved_item_id=item_id)

    def delivered(self, entry_id: int, item_id: str, now: datetime) -> None:
        row = require_row(self.session, OutboxRow, entry_id, self.WHAT)
        row.state, row.delivered_at, row.resolved_item_id = OutboxState.DONE.value, now, item_id
        row.attempts += 1
        row.lease_until, row.last_error, row.field_errors = None, "", {}
        self.session.flush()

    def postpone(self, entry_id: int, error: str, next_attempt_at: datetime) -> None:
        """Tried and not reached: stays pending, due again at ``next_attempt_at``."""
        self._attempted(entry_id, OutboxState.PENDING, error, {},
                        next_attempt_at=next_attempt_at)

    def fail(self, entry_id: int, error: str, field_errors: Mapping[str, str], *,
             attempted: bool = True) -> None:
        self._attempted(entry_id, OutboxState.FAILED, error, field_errors, attempted=attempted)

    def set_state(self, entry_id: int, state: OutboxState, *, only_from: Sequence[OutboxState],
                  next_attempt_at: datetime | None = None) -> bool:
        """Move an entry to ``state`` if it is in one of ``only_from``; False otherwise."""
        row = require_row(self.session, OutboxRow, entry_id, self.WHAT)
        if OutboxState(row.state) not in only_from:
            return False
        row.state = state.value
        if next_attempt_at is not None:
            row.next_attempt_at = next_attempt_at
        self.session.flush()
        return True

    def _attempted(self, entry_id: int, state: OutboxState, error: str,
                   field_errors: Mapping[str, str], *, attempted: bool = True,
                   next_attempt_at: datetime | None = None) -> None:
        """Record an attempt's outcome, unless a person discarded the entry meanwhile."""
        row = require_row(self.session, OutboxRow, entry_id, self.WHAT)
        if row.state != OutboxState.PENDING.value:
            return
        row.state, row.last_error, row.field_errors = state.value, error, dict(field_errors)
        row.attempts += 1 if attempted else 0
        row.lease_until = None
        if next_attempt_at is not None:
            row.next_attempt_at = next_attempt_at
        self.session.flush()

    def _set(self, entry_id: int, **values: Any) -> None:
        self.session.execute(update(OutboxRow).where(OutboxRow.id == entry_id).values(**values))


def _entry(row: OutboxRow) -> OutboxEntry:
    write = CrmWrite(
        kind=WriteKind(row.kind), entity=EntityType(row.entity), item_id=row.item_id,
        payload=dict(row.payload or {}), key=row.write_key, call_id=row.call_id,
        after_key=row.after_key)
    return OutboxEntry(
        id=row.id, write=write, state=OutboxState(row.state), attempts=row.attempts,
        next_attempt_at=as_utc(row.next_attempt_at), last_error=row.last_error or "",
        field_errors=dict(row.field_errors or {}), created_at=as_utc(row.created_at),
        delivered_at=as_utc(row.delivered_at), item_id=row.resolved_item_id or "")

"""Call sessions: written as the call goes, read back for history and recovery."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.domain.call import CallSession, CallState, Direction, PathEntry
from desktop.domain.crm_types import EntityType
from desktop.storage.models import ButtonRow, CallPathRow, CallRow, CallValueRow, UserRow
from desktop.storage.repositories.common import as_utc, require_row

_TIMES = ("started_at", "answered_at", "ended_at", "closed_at", "result_at")


@dataclass(frozen=True, slots=True)
class CallRecord:
    """A finished or running call as history shows it."""

    id: str
    started_at: datetime
    number: str
    direction: Direction
    state: CallState
    duration_s: float | None
    result: str | None
    operator: str


class CallRepository:
    WHAT = "call"

    def __init__(self, session: Session) -> None:
        self.session = session

    def save(self, call: CallSession) -> None:
        """Insert or update the session with its whole path and values."""
        row = self.session.get(CallRow, call.id) or CallRow(id=call.id)
        row.number, row.direction, row.state = call.number, call.direction.value, call.state.value
        row.operator_id, row.script_id = call.operator_id, call.script_id
        row.script_version, row.result_button_id = call.script_version, call.result_button_id
        for name in _TIMES:
            setattr(row, name, getattr(call, name))
        row.crm_entity = call.crm_entity.value if call.crm_entity else None
        row.crm_item_id, row.client_title = call.crm_item_id, call.client_title or None
        if call.result_button_id is not None and row.result_title is None:
            row.result_title = self.session.scalar(
                select(ButtonRow.title).where(ButtonRow.id == call.result_button_id))
        self.session.add(row)
        self.session.flush()
        self.session.execute(delete(CallPathRow).where(CallPathRow.call_id == call.id))
        self.session.execute(delete(CallValueRow).where(CallValueRow.call_id == call.id))
        self.session.add_all(CallPathRow(call_id=call.id, seq=i, script_id=e.script_id,
                                         step_key=e.step_id) for i, e in enumerate(call.path))
        self.session.add_all(CallValueRow(call_id=call.id, key=k, value=v)
                             for k, v in call.field_values.items())
        self.session.flush()

    def get(self, call_id: str) -> CallSession:
        row = require_row(self.session, CallRow, call_id, self.WHAT)
        path = self.session.scalars(
            select(CallPathRow).where(CallPathRow.call_id == call_id).order_by(CallPathRow.seq))
        values = self.session.scalars(select(CallValueRow).where(CallValueRow.call_id == call_id))
        return CallSession(
            id=row.id, number=row.number, direction=Direction(row.direction),
            state=CallState(row.state), operator_id=row.operator_id,
            script_id=row.script_id, script_version=row.script_version,
            result_button_id=row.result_button_id,
            path=[PathEntry(p.script_id, p.step_key) for p in path],
            field_values={v.key: v.value for v in values},
            crm_entity=EntityType(row.crm_entity) if row.crm_entity else None,
            crm_item_id=row.crm_item_id, client_title=row.client_title or "",
            **{name: as_utc(getattr(row, name)) for name in _TIMES},
        )

    def unfinished(self, operator_id: int) -> list[str]:
        """Calls of this operator that were never closed (e.g. the app was killed)."""
        return list(self.session.scalars(
            select(CallRow.id).where(CallRow.operator_id == operator_id,
                                     CallRow.state != CallState.CLOSED.value)
            .order_by(CallRow.started_at)))

    def last_used_scripts(self, operator_id: int, limit: int = 20) -> list[int]:
        """The scripts this operator ran, the most recently started call's first."""
        latest = func.max(CallRow.started_at)
        return list(self.session.scalars(
            select(CallRow.script_id)
            .where(CallRow.operator_id == operator_id, CallRow.script_id.is_not(None))
            .group_by(CallRow.script_id).order_by(latest.desc(), CallRow.script_id)
            .limit(limit)))

    def recent(self, operator_id: int | None = None, limit: int = 50) -> list[CallRecord]:
        query = (select(CallRow, UserRow.display_name)
                 .outerjoin(UserRow, UserRow.id == CallRow.operator_id)
                 .order_by(CallRow.started_at.desc()).limit(limit))
        if operator_id is not None:
            query = query.where(CallRow.operator_id == operator_id)
        records = []
        for row, operator in self.session.execute(query):
            answered, ended = as_utc(row.answered_at), as_utc(row.ended_at)
            records.append(CallRecord(
                id=row.id, started_at=as_utc(row.started_at), number=row.number,
                direction=Direction(row.direction), state=CallState(row.state),
                duration_s=(ended - answered).total_seconds() if answered and ended else None,
                result=row.result_title, operator=operator or "",
            ))
        return records

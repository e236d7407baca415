"""Call history for the main window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.storage.database import Database
from desktop.storage.repositories import CallRepository


@dataclass(frozen=True)
class CallRow:
    started_at: datetime
    number: str
    direction: str
    duration_s: float | None
    result: str | None
    operator: str


class CallHistory:
    def __init__(self, db: Database) -> None:
        self.db = db

    def recent(self, user_id: int | None, limit: int = 50) -> list[CallRow]:
        """The latest calls of one operator, or everyone's when ``user_id`` is None."""
        with self.db.read() as session:
            records = CallRepository(session).recent(user_id, limit)
        return [CallRow(r.started_at, r.number, r.direction.value, r.duration_s, r.result,
                        r.operator) for r in records]

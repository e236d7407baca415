"""The audit log: entries are added and read, never changed."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.audit import AuditAction, AuditEntity, AuditEntry, Summary
from desktop.domain.roles import User
from desktop.storage.models import AuditRow
from desktop.storage.repositories.common import as_utc, utcnow


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, entry: AuditEntry) -> None:
        self.session.add(AuditRow(
            at=entry.at, actor_id=entry.actor_id, actor_name=entry.actor_name,
            action=entry.action.value, entity_type=entry.entity_type.value,
            entity_id=entry.entity_id, entity_name=entry.entity_name,
            before=entry.before, after=entry.after))
        self.session.flush()

    def record(self, actor: User, action: AuditAction, entity_type: AuditEntity,
               entity_id: int | None, entity_name: str, before: Summary | None = None,
               after: Summary | None = None) -> None:
        """Add an entry made now by ``actor`` (named as they are called today)."""
        self.add(AuditEntry(at=utcnow(), actor_id=actor.id,
                            actor_name=actor.display_name or actor.username, action=action,
                            entity_type=entity_type, entity_id=entity_id,
                            entity_name=entity_name, before=before, after=after))

    def list(self, limit: int = 200, entity_type: AuditEntity | None = None) -> list[AuditEntry]:
        """The newest entries first."""
        query = select(AuditRow).order_by(AuditRow.at.desc(), AuditRow.id.desc()).limit(limit)
        if entity_type is not None:
            query = query.where(AuditRow.entity_type == entity_type.value)
        return [
            AuditEntry(at=as_utc(row.at), actor_id=row.actor_id, actor_name=row.actor_name,
                       action=AuditAction(row.action), entity_type=AuditEntity(row.entity_type),
                       entity_id=row.entity_id, entity_name=row.entity_name,
                       before=row.before, after=row.after, id=row.id)
            for row in self.session.scalars(query)
        ]

"""The audit log as supervisors read it: who changed what in the settings, and when.

Entries are written by the services themselves, in the transaction of each change
(see :mod:`desktop.services.permissions`); this service only reads them, and only for
a user whose role manages settings.
"""

from __future__ import annotations

from desktop.domain.audit import AuditEntity, AuditEntry
from desktop.services.permissions import GuardedService
from desktop.storage.repositories import AuditRepository

__all__ = ["AuditEntry", "AuditService"]


class AuditService(GuardedService):
    """``AuditService(db, actor)``."""

    def list(self, limit: int = 200,
             entity_type: AuditEntity | str | None = None) -> list[AuditEntry]:
        """The newest entries first; only of one kind of thing when ``entity_type``."""
        kind = AuditEntity(entity_type) if entity_type is not None else None
        with self.manager_read() as session:
            return AuditRepository(session).list(limit, kind)

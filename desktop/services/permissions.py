"""Permissions, enforced below every window and command: the services check them.

Each settings service is bound to an actor (who is signed in, or None) when it is made.
Every change opens its transaction through :meth:`GuardedService.change`, which first
reloads the actor's user and role *inside that transaction* and refuses unless that role
manages settings; the change's audit entries are written in the same transaction, so
a change and its record are stored together or not at all. Reading what any operator
sees (scripts, buttons, roles) needs no check; manager-only views use
:meth:`GuardedService.manager_read`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.domain.audit import AuditAction, AuditEntity, Summary
from desktop.domain.permissions import DenialReason, PermissionDenied, check_may_manage
from desktop.domain.roles import User
from desktop.services.accounts import SignedIn
from desktop.storage.database import Database
from desktop.storage.errors import NotFoundError
from desktop.storage.repositories import AuditRepository, RoleRepository, UserRepository

__all__ = [
    "Actor",
    "Change",
    "DenialReason",
    "GuardedService",
    "PermissionDenied",
    "require_manager",
]

Actor = SignedIn | None


def require_manager(session: Session, actor: Actor) -> User:
    """The actor's user as stored now, if their role (as stored now) manages settings."""
    if actor is None or actor.user.id is None:
        raise PermissionDenied(DenialReason.NOT_SIGNED_IN)
    users = UserRepository(session)
    try:
        user = users.get(actor.user.id)
    except NotFoundError:
        raise PermissionDenied(DenialReason.ACCOUNT_GONE) from None
    role = RoleRepository(session).get(user.role_id) if user.role_id is not None else None
    check_may_manage(user, role, must_change_password=users.must_change_password(user.id))
    return user


@dataclass(slots=True)
class Change:
    """One permitted change: its session and who makes it (as stored now)."""

    session: Session
    actor: User

    def audit(self, action: AuditAction, entity_type: AuditEntity, entity_id: int | None,
              entity_name: str, before: Summary | None = None,
              after: Summary | None = None) -> None:
        """Record the change in the audit log, in this change's transaction."""
        AuditRepository(self.session).record(self.actor, action, entity_type, entity_id,
                                             entity_name, before, after)


class GuardedService:
    """Base of the settings services: a database and the actor every call acts as."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    @contextmanager
    def change(self) -> Iterator[Change]:
        """A write transaction the actor is allowed to make (else PermissionDenied)."""
        with self.db.transaction() as session:
            yield Change(session, require_manager(session, self.actor))

    @contextmanager
    def manager_read(self) -> Iterator[Session]:
        """A read-only transaction for what only managers may see (users, plan, audit)."""
        with self.db.read() as session:
            require_manager(session, self.actor)
            yield session

"""Repositories: rows in, domain objects out. One instance per transaction (session)."""

from desktop.storage.repositories.audit import AuditRepository
from desktop.storage.repositories.calls import CallRepository
from desktop.storage.repositories.outbox import OutboxRepository
from desktop.storage.repositories.people import PlanRepository, UserRepository
from desktop.storage.repositories.scripts import ScriptRepository, ScriptSummary
from desktop.storage.repositories.settings import ButtonRepository, RoleRepository

__all__ = [
    "AuditRepository",
    "ButtonRepository",
    "CallRepository",
    "OutboxRepository",
    "PlanRepository",
    "RoleRepository",
    "ScriptRepository",
    "ScriptSummary",
    "UserRepository",
]

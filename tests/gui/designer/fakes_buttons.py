"""In-memory button and audit services with the real ones' shape, and a small CRM.

Buttons are real domain ``ActionButton`` objects validated by the domain, kept in
call-card order; roles are names mapped to button ids, so a test states exactly which
roles use which button. Every call is recorded in ``calls``; ``fail_with`` makes the
next call fail.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop.crm.demo_data import SERVICE_PIPELINE
from desktop.crm.fields import CATALOG
from desktop.crm.gateway import FieldMeta, Pipeline, Status
from desktop.crm.vocabulary import DEFAULT_LEAD_STATUSES, GENERAL_PIPELINE
from desktop.domain.audit import AuditAction, AuditEntity, AuditEntry
from desktop.domain.buttons import ActionButton
from desktop.domain.crm_types import EntityType
from desktop.domain.templates import unknown_variables
from desktop.services.buttons import ButtonInfo, known_variables
from desktop.storage.errors import ConflictError, NotFoundError


@dataclass
class FakeButtons:
    stored: dict[int, ActionButton] = field(default_factory=dict)
    order: list[int] = field(default_factory=list)
    roles: dict[str, list[int]] = field(default_factory=dict)  # role name -> button ids
    calls: list[tuple] = field(default_factory=list)
    fail_with: Exception | None = None  # raised by the next call, once
    _next_id: int = 1

    def add(self, button: ActionButton) -> int:
        stored = copy.deepcopy(button)
        stored.id, stored.version = self._next_id, 1
        self._next_id += 1
        self.stored[stored.id] = stored
        self.order.append(stored.id)
        return stored.id

    def _check(self, *call: object) -> None:
        self.calls.append(call)
        if self.fail_with is not None:
            error, self.fail_with = self.fail_with, None
            raise error

    def _require(self, button_id: int) -> ActionButton:
        if button_id not in self.stored:
            raise NotFoundError("button", button_id)
        return self.stored[button_id]

    def _roles_of(self, button_id: int) -> list[str]:
        return sorted(name for name, ids in self.roles.items() if button_id in ids)

    def titles(self) -> list[str]:
        return [self.stored[i].title for i in self.order]

    # ---- the service's methods -----------------------------------------------------
    def list(self) -> list[ButtonInfo]:
        self._check("list")
        return [ButtonInfo(copy.deepcopy(self.stored[i]), self._roles_of(i)) for i in self.order]

    def get(self, button_id: int) -> ActionButton:
        self._check("get", button_id)
        return copy.deepcopy(self._require(button_id))

    def save(self, button: ActionButton) -> ActionButton:
        self._check("save", copy.deepcopy(button))
        button.validate()
        if button.id is None:
            return self.get(self.add(button))
        stored = self._require(button.id)
        if stored.version != button.version:
            raise ConflictError("button", stored.title)
        saved = copy.deepcopy(button)
        saved.version += 1
        self.stored[button.id] = saved
        return copy.deepcopy(saved)

    def duplicate(self, button_id: int) -> ActionButton:
        self._check("duplicate", button_id)
        original = copy.deepcopy(self._require(button_id))
        original.title, original.shortcut = f"{original.title} (копия)", ""
        return self.get(self.add(original))

    def delete(self, button_id: int) -> list[str]:
        self._check("delete", button_id)
        self._require(button_id)
        lost = self._roles_of(button_id)
        for ids in self.roles.values():
            if button_id in ids:
                ids.remove(button_id)
        del self.stored[button_id]
        self.order.remove(button_id)
        return lost

    def move(self, button_id: int, new_index: int) -> None:
        self._check("move", button_id, new_index)
        self._require(button_id)
        self.order.remove(button_id)
        self.order.insert(max(0, min(new_index, len(self.order))), button_id)

    def known_variables(self) -> list[str]:
        return known_variables()

    def validate_templates(self, button: ActionButton) -> list[str]:
        self.calls.append(("validate_templates",))
        known = known_variables()
        unknown: dict[str, None] = {}
        for template in button.templates():
            for name in unknown_variables(template, known):
                unknown[name] = None
        return list(unknown)


@dataclass
class FakeAudit:
    entries: list[AuditEntry] = field(default_factory=list)
    calls: list[tuple] = field(default_factory=list)

    def record(self, minutes: int, actor: str, action: str, entity_type: str, name: str,
               before: dict | None = None, after: dict | None = None) -> None:
        at = datetime(2026, 11, 27, 9, 0, tzinfo=UTC).replace(minute=minutes % 60)
        self.entries.append(AuditEntry(at, actor, AuditAction(action), AuditEntity(entity_type),
                                       len(self.entries) + 1, name, before, after))

    def list(self, limit: int = 200, entity_type: str | None = None) -> list[AuditEntry]:
        self.calls.append(("list", limit, entity_type))
        rows = [e for e in self.entries if entity_type in (None, e.entity_type)]
        return sorted(rows, key=lambda e: e.at, reverse=True)[:limit]


class FakeCrm:
    """The CRM's vocabulary as the button editor reads it: statuses, pipelines, fields."""

    def __init__(self, statuses: list[Status] | None = None,
                 pipelines: list[Pipeline] | None = None) -> None:
        self.statuses = list(DEFAULT_LEAD_STATUSES) if statuses is None else statuses
        self.pipelines = [GENERAL_PIPELINE, SERVICE_PIPELINE] if pipelines is None else pipelines

    def lead_statuses(self) -> list[Status]:
        return list(self.statuses)

    def deal_pipelines(self) -> list[Pipeline]:
        return list(self.pipelines)

    def fields(self, entity: EntityType) -> list[FieldMeta]:
        return list(CATALOG[entity])

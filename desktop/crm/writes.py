"""CRM writes as values: what the outbox keeps, and how one write is sent to a CRM.

A write is plain data (its payload is JSON), so it can wait in the database for as long
as the CRM is away and be sent by any workstation. Each carries an idempotency key: a
CRM that has applied the key already returns the first result instead of writing twice.
:mod:`desktop.crm.outbox` re-exports these names; that is where callers take them from.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from desktop.crm.errors import CrmRejected
from desktop.crm.gateway import ActivityKind, CrmGateway
from desktop.domain.crm_types import EntityType

_SHORT = 60  # characters of a text shown in a one-line description


class WriteKind(StrEnum):
    CREATE_LEAD = "create_lead"
    UPDATE_FIELDS = "update_fields"
    COMMENT = "comment"
    ACTIVITY = "activity"
    TASK = "task"
    LEAD_STATUS = "lead_status"
    DEAL_STAGE = "deal_stage"


class OutboxState(StrEnum):
    PENDING = "pending"  # waiting to be sent (now or after a backoff)
    FAILED = "failed"  # the CRM refused it; waits for a person to retry or discard it
    DONE = "done"
    DISCARDED = "discarded"  # a person gave it up; kept, never deleted


def new_key() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class CrmWrite:
    """One change to one CRM item.

    ``item_id`` is "" when the item is the lead created by the CREATE_LEAD write whose
    key is ``after_key``; the outbox sends such a write once that lead exists.
    """

    kind: WriteKind
    entity: EntityType
    item_id: str
    payload: Mapping[str, Any] = field(hash=False)  # JSON-able (moments as ISO text)
    key: str = field(default_factory=new_key)
    call_id: str | None = None
    after_key: str | None = None

    def describe(self) -> str:
        """One line for people, in English (the UI words it by kind in its language)."""
        labels = {
            WriteKind.CREATE_LEAD: "Create a lead", WriteKind.UPDATE_FIELDS: "Save fields",
            WriteKind.COMMENT: "Comment", WriteKind.ACTIVITY: "Activity",
            WriteKind.TASK: "Task", WriteKind.LEAD_STATUS: "Lead status",
            WriteKind.DEAL_STAGE: "Deal stage",
        }
        detail = self.detail()
        return f"{labels[self.kind]}: {detail}" if detail else labels[self.kind]

    def detail(self) -> str:
        """What the write carries, as it will read in the CRM (not translated)."""
        payload = self.payload
        if self.kind is WriteKind.CREATE_LEAD:
            return str(payload.get("values", {}).get("TITLE", ""))
        if self.kind is WriteKind.UPDATE_FIELDS:
            return ", ".join(payload.get("values", {}))
        if self.kind is WriteKind.COMMENT:
            return _short(str(payload.get("text", "")))
        if self.kind in (WriteKind.ACTIVITY, WriteKind.TASK):
            title = _short(str(payload.get("title", "")))
            deadline = payload.get("deadline")
            if deadline:
                when = datetime.fromisoformat(deadline).astimezone().strftime("%d.%m.%Y %H:%M")
                return f"{title} ({when})" if title else when
            return title
        if self.kind is WriteKind.LEAD_STATUS:
            return str(payload.get("status_id", ""))
        return str(payload.get("stage_id", ""))

    def apply(self, gateway: CrmGateway, item_id: str) -> str:
        """Send the write to ``item_id`` (ignored when creating); returns the item's id.

        A payload that cannot be read is refused like a bad value: retrying never helps.
        """
        try:
            return self._apply(gateway, item_id, self.payload)
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, CrmRejected):
                raise
            raise CrmRejected(f"This write cannot be read ({exc!r}); discard it.") from exc

    def _apply(self, gateway: CrmGateway, item_id: str, payload: Mapping[str, Any]) -> str:
        key, entity = self.key, self.entity
        if self.kind is WriteKind.CREATE_LEAD:
            number = payload.get("unless_found")
            if number:  # the caller's existing lead, if the CRM has one by now
                found = gateway.find_by_phone(number)
                lead = next((i for i in found if i.entity is EntityType.LEAD), None)
                if lead is not None:
                    return lead.id
            return gateway.create_item(entity, payload["values"], idempotency_key=key).id
        if self.kind is WriteKind.UPDATE_FIELDS:
            gateway.update_fields(entity, item_id, payload["values"], idempotency_key=key)
        elif self.kind is WriteKind.COMMENT:
            gateway.add_comment(entity, item_id, payload["text"],
                                author=payload.get("author", ""), idempotency_key=key)
        elif self.kind is WriteKind.ACTIVITY:
            gateway.add_activity(
                entity, item_id, ActivityKind(payload["activity"]), payload.get("title", ""),
                datetime.fromisoformat(payload["deadline"]),
                description=payload.get("description", ""),
                duration_minutes=payload.get("duration_minutes"),
                responsible=payload.get("responsible", ""), idempotency_key=key)
        elif self.kind is WriteKind.TASK:
            deadline = payload.get("deadline")
            gateway.add_task(
                entity, item_id, payload.get("title", ""),
                description=payload.get("description", ""),
                deadline=datetime.fromisoformat(deadline) if deadline else None,
                responsible=payload.get("responsible", ""), idempotency_key=key)
        elif self.kind is WriteKind.LEAD_STATUS:
            gateway.set_lead_status(item_id, payload["status_id"], idempotency_key=key)
        else:
            gateway.set_deal_stage(item_id, payload["stage_id"], idempotency_key=key)
        return item_id


@dataclass(frozen=True)
class OutboxEntry:
    """A write in the outbox with where its delivery stands."""

    id: int
    write: CrmWrite
    state: OutboxState
    attempts: int
    next_attempt_at: datetime | None
    last_error: str
    field_errors: Mapping[str, str]
    created_at: datetime
    delivered_at: datetime | None
    item_id: str  # the item it goes (or went) to; "" until the lead it needs exists


def json_value(value: Any) -> Any:
    """A CRM value as JSON holds it: dates and moments as ISO text, lists as lists."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    return value


def json_values(values: Mapping[str, Any]) -> dict[str, Any]:
    return {code: json_value(value) for code, value in values.items()}


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _SHORT else line[:_SHORT - 1] + "…"

"""What the app asks of a CRM, whichever CRM it is (embedded or Bitrix24 over REST).

The protocol is synchronous: callers run it in worker threads, never on the GUI
thread. Item IDs are strings, as Bitrix24 returns them; field codes are Bitrix24's
(``NAME``, ``PHONE``, ``STATUS_ID``, ``UF_CRM_*``...). Write methods take an
``idempotency_key``: the outbox retries a write after a timeout, and a gateway that
has already applied a write with that key must not apply it again.

Values in :attr:`CrmItem.fields` are plain Python: ``str`` for text, enum item IDs,
status and stage IDs and item references; ``int`` for ``int`` and the pipeline;
``float`` for money; ``datetime.date`` / aware ``datetime.datetime`` for dates;
``list[str]`` for multiple fields (``PHONE``, ``EMAIL``); ``None`` when empty.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

from desktop.domain.crm_types import EntityType


class FieldType(StrEnum):
    STRING = "string"
    TEXT = "text"  # several lines
    INT = "int"
    MONEY = "money"
    DATE = "date"
    DATETIME = "datetime"
    ENUM = "enum"  # one of FieldMeta.items
    PHONE = "phone"
    EMAIL = "email"
    STATUS = "status"  # a lead status ID (Status.id)
    STAGE = "stage"  # a deal stage ID (Stage.id) of the deal's pipeline
    PIPELINE = "pipeline"  # a deal pipeline ID (Pipeline.id)
    CONTACT = "contact"  # a contact's ID
    COMPANY = "company"  # a company's ID


class Semantics(StrEnum):
    """Where a status or stage stands, as Bitrix24 tells it (its P / S / F)."""

    PROCESS = "process"
    SUCCESS = "success"
    FAILURE = "failure"


class TimelineKind(StrEnum):
    COMMENT = "comment"
    ACTIVITY = "activity"
    TASK = "task"


class ActivityKind(StrEnum):
    CALLBACK = "callback"
    MEETING = "meeting"


@dataclass(frozen=True, slots=True)
class EnumItem:
    id: str
    title_ru: str
    title_en: str = ""

    def title(self, language: str = "ru") -> str:
        return self.title_en if language == "en" and self.title_en else self.title_ru


@dataclass(frozen=True, slots=True)
class FieldMeta:
    """One field of an entity type: what it holds and whether the operator may change it."""

    entity: EntityType
    code: str
    type: FieldType
    title_ru: str
    title_en: str
    read_only: bool = False
    immutable: bool = False  # set when the item is created, never changed after
    required: bool = False
    multiple: bool = False
    items: tuple[EnumItem, ...] = ()

    @property
    def editable(self) -> bool:
        return not (self.read_only or self.immutable)

    @property
    def is_user_field(self) -> bool:
        return self.code.startswith("UF_CRM_")

    def title(self, language: str = "ru") -> str:
        return self.title_en if language == "en" else self.title_ru

    def item_title(self, item_id: str, language: str = "ru") -> str | None:
        for item in self.items:
            if item.id == item_id:
                return item.title(language)
        return None


@dataclass(frozen=True, slots=True)
class CrmItem:
    """A lead, deal, contact or company with the values of its fields by code."""

    entity: EntityType
    id: str
    title: str
    fields: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def get(self, code: str, default: Any = None) -> Any:
        value = self.fields.get(code)
        return default if value is None else value


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """A comment, an activity (callback, meeting) or a task in an item's history."""

    id: str
    entity: EntityType
    item_id: str
    kind: TimelineKind
    created_at: datetime
    text: str = ""
    title: str = ""
    activity: ActivityKind | None = None
    deadline: datetime | None = None
    end: datetime | None = None
    responsible: str = ""
    author: str = ""
    completed: bool = False


@dataclass(frozen=True, slots=True)
class Status:
    """A lead status (Bitrix24's crm.status.list with ENTITY_ID=STATUS)."""

    id: str
    name: str
    sort: int
    semantics: Semantics = Semantics.PROCESS


@dataclass(frozen=True, slots=True)
class Stage:
    """A deal stage; IDs are unique across pipelines (``NEW``, ``C1:NEW``)."""

    id: str
    name: str
    sort: int
    pipeline_id: int
    semantics: Semantics = Semantics.PROCESS


@dataclass(frozen=True, slots=True)
class Pipeline:
    """A deal pipeline (Bitrix24's deal category); 0 is the general one."""

    id: int
    name: str
    sort: int
    stages: tuple[Stage, ...] = ()
    is_default: bool = False

    def stage(self, stage_id: str) -> Stage | None:
        return next((s for s in self.stages if s.id == stage_id), None)


@runtime_checkable
class CrmGateway(Protocol):
    """The CRM as the call card, the result buttons and the outbox use it.

    Errors: :class:`~desktop.crm.errors.CrmUnavailable` (retry later),
    :class:`~desktop.crm.errors.CrmRejected` (permanent; nothing written),
    :class:`~desktop.crm.errors.CrmNotFound`, :class:`~desktop.crm.errors.CrmAuthError`.
    """

    def find_by_phone(self, number: str) -> list[CrmItem]:
        """Items whose phone is ``number`` (any spelling), in the order lead, deal,
        contact, company; deals are found through their contact or company, open ones
        first. Raises ``InvalidPhoneError`` for text that is not a phone number."""
        ...

    def get_item(self, entity: EntityType, item_id: str) -> CrmItem: ...

    def fields(self, entity: EntityType) -> list[FieldMeta]:
        """Every field of the entity type, with enum items, statuses and stages filled."""
        ...

    def create_item(
        self, entity: EntityType, values: Mapping[str, Any], *,
        idempotency_key: str | None = None,
    ) -> CrmItem: ...

    def update_fields(
        self, entity: EntityType, item_id: str, values: Mapping[str, Any], *,
        idempotency_key: str | None = None,
    ) -> CrmItem:
        """Change some fields at once, or none: any bad value raises ``CrmRejected``
        with every offending field in ``field_errors``."""
        ...

    def timeline(self, entity: EntityType, item_id: str, *, limit: int = 50
                 ) -> list[TimelineEntry]:
        """The item's history, newest first."""
        ...

    def add_comment(
        self, entity: EntityType, item_id: str, text: str, *, author: str = "",
        idempotency_key: str | None = None,
    ) -> TimelineEntry: ...

    def add_activity(
        self, entity: EntityType, item_id: str, kind: ActivityKind, title: str,
        deadline: datetime, *, description: str = "", duration_minutes: int | None = None,
        responsible: str = "", idempotency_key: str | None = None,
    ) -> TimelineEntry: ...

    def add_task(
        self, entity: EntityType, item_id: str, title: str, *, description: str = "",
        deadline: datetime | None = None, responsible: str = "",
        idempotency_key: str | None = None,
    ) -> TimelineEntry: ...

    def set_lead_status(
        self, lead_id: str, status_id: str, *, idempotency_key: str | None = None
    ) -> CrmItem: ...

    def set_deal_stage(
        self, deal_id: str, stage_id: str, *, idempotency_key: str | None = None
    ) -> CrmItem:
        """Move the deal to a stage of its own pipeline; another pipeline's stage is refused."""
        ...

    def lead_statuses(self) -> list[Status]: ...

    def deal_pipelines(self) -> list[Pipeline]: ...

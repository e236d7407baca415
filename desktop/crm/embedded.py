"""The embedded CRM: a :class:`~desktop.crm.gateway.CrmGateway` over the app's own database.

It is what a team works with before (or instead of) connecting Bitrix24. Each call is
one short session; each write is one transaction that either applies completely or,
refused with :class:`~desktop.crm.errors.CrmRejected`, writes nothing. A write with an
``idempotency_key`` it has already applied returns the first result and changes
nothing, so the outbox may retry freely.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.crm import phones
from desktop.crm.embedded_read import (
    Executor,
    find_item_ids,
    item_exists,
    live_catalog,
    load_entry,
    load_items,
    load_pipelines,
    load_statuses,
    load_timeline,
)
from desktop.crm.embedded_write import (
    find_write,
    insert_entry,
    insert_item,
    record_write,
    update_item,
)
from desktop.crm.errors import CrmError, CrmNotFound, CrmRejected, CrmUnavailable
from desktop.crm.fields import BY_CODE
from desktop.crm.gateway import (
    ActivityKind,
    CrmItem,
    FieldMeta,
    Pipeline,
    Status,
    TimelineEntry,
    TimelineKind,
)
from desktop.crm.models import CrmDeal, CrmStage
from desktop.crm.values import MAX_STRING, MAX_TEXT, as_utc, check_values, with_defaults
from desktop.crm.vocabulary import DEFAULT_LEAD_STATUSES, GENERAL_PIPELINE, install_vocabulary
from desktop.domain.crm_types import EntityType
from desktop.storage.engine import reader

# Titles of activities created without one; CRM content is in the team's language.
DEFAULT_ACTIVITY_TITLES = {
    ActivityKind.CALLBACK: "Перезвонить клиенту",
    ActivityKind.MEETING: "Встреча с клиентом",
}

Work = Callable[[Session, datetime], str]


class EmbeddedCrm:
    """CRM data kept in the app's database, in the ``crm_*`` tables."""

    def __init__(self, engine: Engine, region: str = phones.DEFAULT_REGION) -> None:
        self.engine = engine
        self.region = region.upper()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._reader = reader(engine)

    # -- reading ---------------------------------------------------------------------------

    def find_by_phone(self, number: str) -> list[CrmItem]:
        e164 = phones.normalize(number, self.region)
        with self._read() as db:
            found = find_item_ids(db, e164)
            return [item for entity in EntityType
                    for item in load_items(db, entity, found.get(entity, ()),
                                           BY_CODE[entity])]

    def get_item(self, entity: EntityType, item_id: str) -> CrmItem:
        number = _item_number(entity, item_id)
        with self._read() as db:
            items = load_items(db, entity, [number], BY_CODE[entity])
        if not items:
            raise CrmNotFound(entity.value, str(item_id))
        return items[0]

    def fields(self, entity: EntityType) -> list[FieldMeta]:
        with self._read() as db:
            return list(self._catalog(db, entity).values())

    def timeline(self, entity: EntityType, item_id: str, *, limit: int = 50
                 ) -> list[TimelineEntry]:
        number = _item_number(entity, item_id)
        with self._read() as db:
            if not item_exists(db, entity, number):
                raise CrmNotFound(entity.value, str(item_id))
            return load_timeline(db, entity, number, limit)

    def lead_statuses(self) -> list[Status]:
        with self._read() as db:
            return load_statuses(db)

    def deal_pipelines(self) -> list[Pipeline]:
        with self._read() as db:
            return load_pipelines(db)

    def write_applied(self, idempotency_key: str) -> bool:
        """Whether a write with this key has been applied already."""
        with self._read() as db:
            return find_write(db, idempotency_key) is not None

    # -- items -----------------------------------------------------------------------------

    def create_item(self, entity: EntityType, values: Mapping[str, Any], *,
                    idempotency_key: str | None = None) -> CrmItem:
        def work(session: Session, now: datetime) -> str:
            statuses, pipelines = load_statuses(session), load_pipelines(session)
            clean, errors = check_values(
                live_catalog(entity, statuses, pipelines),
                with_defaults(entity, values, statuses, pipelines), self.region, creating=True)
            errors.update(_link_errors(session, entity, None, clean))
            _refuse_if(errors)
            return str(insert_item(session, entity, clean, self.region, now))

        item_id = self._apply(idempotency_key, "create_item", entity, "", work)
        return self.get_item(entity, item_id)

    def update_fields(self, entity: EntityType, item_id: str, values: Mapping[str, Any], *,
                      idempotency_key: str | None = None) -> CrmItem:
        return self._update(entity, item_id, values, idempotency_key, "update_fields")

    def set_lead_status(self, lead_id: str, status_id: str, *,
                        idempotency_key: str | None = None) -> CrmItem:
        return self._update(EntityType.LEAD, lead_id, {"STATUS_ID": status_id},
                            idempotency_key, "set_lead_status")

    def set_deal_stage(self, deal_id: str, stage_id: str, *,
                       idempotency_key: str | None = None) -> CrmItem:
        return self._update(EntityType.DEAL, deal_id, {"STAGE_ID": stage_id},
                            idempotency_key, "set_deal_stage")

    def _update(self, entity: EntityType, item_id: str, values: Mapping[str, Any],
                key: str | None, operation: str) -> CrmItem:
        number = _item_number(entity, item_id)

        def work(session: Session, now: datetime) -> str:
            self._require(session, entity, number)
            clean, errors = check_values(self._catalog(session, entity), values, self.region,
                                         creating=False)
            errors.update(_link_errors(session, entity, number, clean))
            _refuse_if(errors)
            if clean:
                update_item(session, entity, number, clean, self.region, now)
            return str(number)

        self._apply(key, operation, entity, str(number), work)
        return self.get_item(entity, str(number))

    # -- timeline --------------------------------------------------------------------------

    def add_comment(self, entity: EntityType, item_id: str, text: str, *, author: str = "",
                    idempotency_key: str | None = None) -> TimelineEntry:
        errors = _text_errors(text=(text, MAX_TEXT, True), author=(author, MAX_STRING, False))
        _refuse_if(errors)
        return self._add_entry(entity, item_id, "add_comment", idempotency_key, {
            "kind": TimelineKind.COMMENT.value, "text": text.strip(), "author": author.strip()})

    def add_activity(self, entity: EntityType, item_id: str, kind: ActivityKind, title: str,
                     deadline: datetime, *, description: str = "",
                     duration_minutes: int | None = None, responsible: str = "",
                     idempotency_key: str | None = None) -> TimelineEntry:
        kind = ActivityKind(kind)
        title = title.strip() or DEFAULT_ACTIVITY_TITLES[kind]
        errors = _text_errors(title=(title, MAX_STRING, True),
                              description=(description, MAX_TEXT, False),
                              responsible=(responsible, MAX_STRING, False))
        if not isinstance(deadline, datetime):
            errors["deadline"] = "Choose the date and time."
        if duration_minutes is not None and (
                isinstance(duration_minutes, bool) or not isinstance(duration_minutes, int)
                or not 0 < duration_minutes <= 7 * 24 * 60):
            errors["duration_minutes"] = "Enter a duration from 1 minute to 7 days."
        _refuse_if(errors)
        start = as_utc(deadline)
        end = start + timedelta(minutes=duration_minutes) if duration_minutes else None
        return self._add_entry(entity, item_id, "add_activity", idempotency_key, {
            "kind": TimelineKind.ACTIVITY.value, "activity_type": kind.value, "title": title,
            "text": description.strip(), "deadline": start, "end_at": end,
            "responsible": responsible.strip()})

    def add_task(self, entity: EntityType, item_id: str, title: str, *, description: str = "",
                 deadline: datetime | None = None, responsible: str = "",
                 idempotency_key: str | None = None) -> TimelineEntry:
        errors = _text_errors(title=(title, MAX_STRING, True),
                              description=(description, MAX_TEXT, False),
                              responsible=(responsible, MAX_STRING, False))
        if deadline is not None and not isinstance(deadline, datetime):
            errors["deadline"] = "Choose the date and time."
        _refuse_if(errors)
        return self._add_entry(entity, item_id, "add_task", idempotency_key, {
            "kind": TimelineKind.TASK.value, "title": title.strip(),
            "text": description.strip(), "deadline": as_utc(deadline) if deadline else None,
            "responsible": responsible.strip()})

    def _add_entry(self, entity: EntityType, item_id: str, operation: str, key: str | None,
                   values: Mapping[str, Any]) -> TimelineEntry:
        number = _item_number(entity, item_id)

        def work(session: Session, now: datetime) -> str:
            self._require(session, entity, number)
            return str(insert_entry(session, {
                "entity": entity.value, "item_id": number, "created_at": now, **values}))

        entry_id = self._apply(key, operation, entity, str(number), work)
        with self._read() as db:
            return load_entry(db, int(entry_id))

    # -- vocabulary ------------------------------------------------------------------------

    def install_defaults(self) -> int:
        """Bitrix24's lead statuses and the general pipeline «Продажи», where missing."""
        return self.install_vocabulary(DEFAULT_LEAD_STATUSES, (GENERAL_PIPELINE,))

    def install_vocabulary(self, statuses: tuple[Status, ...] = (),
                           pipelines: tuple[Pipeline, ...] = ()) -> int:
        """Add missing statuses, pipelines and stages; returns how many were added."""
        with self._guard(), self._sessions.begin() as session:
            return install_vocabulary(session, statuses, pipelines)

    # -- plumbing --------------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._guard(), self._reader.connect() as connection:
            yield connection

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Database trouble becomes a CRM error the caller knows how to handle."""
        try:
            yield
        except CrmError:
            raise
        except IntegrityError as exc:
            raise CrmRejected("The change conflicts with data already in the CRM.") from exc
        except OperationalError as exc:
            raise CrmUnavailable("The CRM database is busy or unreachable; "
                                 "try again in a moment.") from exc
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise CrmUnavailable("The connection to the CRM database was lost.") from exc
            raise

    def _apply(self, key: str | None, operation: str, entity: EntityType, item_id: str,
               work: Work) -> str:
        """Run one write in its own transaction, at most once per idempotency key."""
        try:
            with self._guard(), self._sessions.begin() as session:
                if key is not None:
                    prior = find_write(session, key)
                    if prior is not None:
                        return _replayed(prior, operation, entity, item_id)
                now = datetime.now(UTC)
                result = work(session, now)
                if key is not None:
                    record_write(session, key, operation, entity, item_id, result, now)
                return result
        except CrmRejected as exc:
            if key is None or not isinstance(exc.__cause__, IntegrityError):
                raise
            # Someone else applied the same key in the meantime: theirs is the result.
            with self._read() as db:
                prior = find_write(db, key)
                if prior is None:
                    raise
                return _replayed(prior, operation, entity, item_id)

    def _catalog(self, db: Executor, entity: EntityType) -> dict[str, FieldMeta]:
        return live_catalog(entity, load_statuses(db), load_pipelines(db))

    @staticmethod
    def _require(session: Session, entity: EntityType, number: int) -> None:
        if not item_exists(session, entity, number):
            raise CrmNotFound(entity.value, str(number))


def _item_number(entity: EntityType, item_id: str | int) -> int:
    text = str(item_id).strip()
    if not text.isdigit() or len(text) > 18:
        raise CrmNotFound(EntityType(entity).value, text)
    return int(text)


def _replayed(prior: Any, operation: str, entity: EntityType, item_id: str) -> str:
    same = (prior.operation, prior.entity) == (operation, entity.value) and (
        not item_id or prior.item_id == item_id)
    if not same or prior.result_id is None:
        raise CrmRejected("This write key was already used for a different change.")
    return prior.result_id


def _refuse_if(errors: Mapping[str, str]) -> None:
    if errors:
        detail = " ".join(f"{code}: {message}" for code, message in errors.items())
        raise CrmRejected(f"The CRM did not accept some values. {detail}", errors)


def _text_errors(**texts: tuple[str, int, bool]) -> dict[str, str]:
    """Messages for texts that are not text, too long, or empty where required."""
    errors = {}
    for name, (value, limit, required) in texts.items():
        if not isinstance(value, str):
            errors[name] = "Enter text."
        elif len(value) > limit:
            errors[name] = f"Keep it under {limit} characters."
        elif required and not value.strip():
            errors[name] = "This cannot be empty."
    return errors


def _link_errors(session: Session, entity: EntityType, item_id: int | None,
                 clean: Mapping[str, Any]) -> dict[str, str]:
    """Checks that need the database: linked items exist, the stage is in the pipeline."""
    errors = {}
    for code, target in (("CONTACT_ID", EntityType.CONTACT), ("COMPANY_ID", EntityType.COMPANY)):
        linked = clean.get(code)
        if linked is not None and not item_exists(session, target, int(linked)):
            errors[code] = f"There is no {target.value} with ID {linked}."
    if entity is EntityType.DEAL and clean.get("STAGE_ID"):
        pipeline_id = clean.get("CATEGORY_ID")
        if item_id is not None:
            pipeline_id = session.scalar(select(CrmDeal.category_id).where(CrmDeal.id == item_id))
        stage_pipeline = session.scalar(
            select(CrmStage.pipeline_id).where(CrmStage.stage_id == clean["STAGE_ID"]))
        if stage_pipeline != pipeline_id:
            errors["STAGE_ID"] = "This stage belongs to another pipeline than the deal's."
    return errors

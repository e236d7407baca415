"""Bitrix24 as the app's :class:`~desktop.crm.gateway.CrmGateway`, over its REST API.

Reading a caller costs two round trips: ``crm.duplicate.findbycomm`` with the number in
the spellings a portal is likely to hold, then one ``batch`` with the items, the deals
of the contacts and companies, and the history of what was found (kept for a minute,
so the call card's history request is answered without asking again). Field metadata,
statuses, pipelines and users are read once per session (:meth:`refresh_metadata`
reads them again).

Writes are checked against the metadata first (a bad value is refused with its field,
nothing sent); each add carries its outbox key (``originId`` of a new item, a marker
in the text of a comment, an activity or a task) and is looked up before it is sent
again, since Bitrix24 itself has no idempotency keys.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from desktop.crm import phones
from desktop.crm.bitrix24.catalog import (
    EntityCatalog,
    parse_catalog,
    parse_pipelines,
    parse_statuses,
    stage_entity_id,
)
from desktop.crm.bitrix24.client import Bitrix24Client, Command, RestRejected, unwrap_list
from desktop.crm.bitrix24.timeline import TimelineReader, bindings
from desktop.crm.bitrix24.values import from_item, has_marker, to_fields, with_marker
from desktop.crm.errors import CrmNotFound, CrmRejected
from desktop.crm.gateway import (
    ActivityKind,
    CrmItem,
    FieldMeta,
    Pipeline,
    Semantics,
    Status,
    TimelineEntry,
    TimelineKind,
)
from desktop.crm.values import MAX_TEXT, check_values, with_defaults
from desktop.domain.crm_types import EntityType

__all__ = ["ORIGINATOR", "Bitrix24Crm"]

ORIGINATOR = "operator-desk"  # originatorId of the items the app creates
FOUND_HISTORY_TTL_S = 60.0
_FIND_ENTITIES = {"LEAD": EntityType.LEAD, "CONTACT": EntityType.CONTACT,
                  "COMPANY": EntityType.COMPANY}
_DEFAULT_TITLES = {ActivityKind.CALLBACK: "Перезвонить клиенту",
                   ActivityKind.MEETING: "Встреча с клиентом"}

Responsible = Callable[[str], str | None]  # an app user's name -> a Bitrix24 user ID


class Bitrix24Crm:
    """``Bitrix24Crm(client)``; ``responsible`` finds the portal user for a name."""

    def __init__(self, client: Bitrix24Client, *, region: str = phones.DEFAULT_REGION,
                 responsible: Responsible | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.client = client
        self.region = region.upper()
        self._responsible = responsible or (lambda _name: None)
        self._clock = clock
        self._lock = threading.Lock()
        self._catalogs: dict[EntityType, EntityCatalog] = {}
        self._statuses: list[Status] = []
        self._pipelines: list[Pipeline] = []
        self._users: dict[str, str] = {}
        self.history = TimelineReader(client, self._user_name)
        self._found_history: dict[tuple[EntityType, str], tuple[float, list[TimelineEntry]]] = {}

    @property
    def portal(self) -> str:
        return self.client.portal

    # ---- metadata ------------------------------------------------------------------------
    def refresh_metadata(self) -> None:
        """Read the fields, statuses, pipelines and users anew; what was read before keeps
        serving until the new answer is complete."""
        self._install(self._read_metadata())

    def metadata_ready(self) -> bool:
        """Whether the metadata is at hand (asking for it then never waits on the portal)."""
        return bool(self._catalogs)

    def _metadata(self) -> dict[EntityType, EntityCatalog]:
        if not self._catalogs:
            with self._lock:
                if not self._catalogs:
                    self._install(self._read_metadata())
        return self._catalogs

    def _install(self, metadata: tuple[Any, ...]) -> None:
        catalogs, statuses, pipelines, users = metadata
        self._statuses, self._pipelines, self._users = statuses, pipelines, users
        self._catalogs = catalogs  # last: its presence says the rest is there

    def _read_metadata(self) -> tuple[Any, ...]:
        first = self._batch({
            **{f"fields_{e.value}": ("crm.item.fields", {"entityTypeId": e.bitrix_type_id})
               for e in EntityType},
            "status": ("crm.status.list", {"filter": {"ENTITY_ID": "STATUS"},
                                            "order": {"SORT": "ASC"}}),
            "source": ("crm.status.list", {"filter": {"ENTITY_ID": "SOURCE"},
                                            "order": {"SORT": "ASC"}}),
            "categories": ("crm.category.list", {"entityTypeId": 2}),
            "users": ("user.get", {"FILTER": {"ACTIVE": True}}),
        }, optional={"users", "source"})
        categories = first.get("categories") or {}
        ids = [int(c.get("id", 0)) for c in unwrap_list(categories, "categories")]
        stage_rows = self._batch({
            f"stages_{i}": ("crm.status.list", {"filter": {"ENTITY_ID": stage_entity_id(i)},
                                                "order": {"SORT": "ASC"}})
            for i in ids}) if ids else {}
        pipelines = parse_pipelines(categories, {i: stage_rows.get(f"stages_{i}") for i in ids})
        statuses = {"STATUS": parse_statuses(first.get("status")),
                    "SOURCE": parse_statuses(first.get("source"))}
        users = {str(u.get("ID")): " ".join(
            str(u.get(k) or "") for k in ("NAME", "LAST_NAME")).strip()
            for u in first.get("users") or () if isinstance(u, Mapping)}
        catalogs = {e: parse_catalog(e, first.get(f"fields_{e.value}"), statuses, pipelines)
                    for e in EntityType}
        return catalogs, statuses["STATUS"], pipelines, users

    def _catalog(self, entity: EntityType) -> EntityCatalog:
        return self._metadata()[EntityType(entity)]

    def fields(self, entity: EntityType) -> list[FieldMeta]:
        return list(self._catalog(entity).fields.values())

    def lead_statuses(self) -> list[Status]:
        self._metadata()
        return list(self._statuses)

    def deal_pipelines(self) -> list[Pipeline]:
        self._metadata()
        return list(self._pipelines)

    def _user_name(self, user_id: str) -> str:
        return self._users.get(str(user_id), "") if user_id else ""

    # ---- reading -------------------------------------------------------------------------
    def find_by_phone(self, number: str) -> list[CrmItem]:
        forms = phones.lookup_forms(number, self.region)[:20]
        catalogs = self._metadata()
        found = self.client.call("crm.duplicate.findbycomm",
                                 {"type": "PHONE", "values": forms}).result
        ids = {entity: [str(i) for i in (found.get(key) or [])]
               for key, entity in _FIND_ENTITIES.items()} if isinstance(found, Mapping) else {}
        if not any(ids.values()):
            return []
        commands: dict[str, Command] = {}
        for entity, wanted in ids.items():
            if wanted:
                commands[entity.value] = ("crm.item.list", {
                    "entityTypeId": entity.bitrix_type_id, "filter": {"@id": wanted}})
        deal_sources = []
        for entity, field in ((EntityType.CONTACT, "@contactId"),
                              (EntityType.COMPANY, "@companyId")):
            if ids.get(entity):
                commands[f"deals_{entity.value}"] = ("crm.item.list", {
                    "entityTypeId": 2, "filter": {field: ids[entity]},
                    "order": {"id": "desc"}})
                commands[f"open_deal_{entity.value}"] = ("crm.item.list", {
                    "entityTypeId": 2, "filter": {field: ids[entity], "stageSemanticId": "P"},
                    "order": {"id": "desc"}, "select": ["id"]})
                deal_sources += [f"open_deal_{entity.value}", f"deals_{entity.value}"]
        # The card shows the first deal (the newest open one, else the newest) with its
        # history: asked for by reference, so the history comes in this same request.
        for source in deal_sources:
            commands.update(self.history.commands(
                EntityType.DEAL, f"$result[{source}][items][0][id]", key=f"first_{source}"))
        owners = [(e, i) for e in (EntityType.LEAD, EntityType.CONTACT, EntityType.COMPANY)
                  for i in ids.get(e, ())]
        room = (50 - len(commands)) // len(self.history.commands(EntityType.LEAD, "0"))
        for entity, item_id in owners[:room]:
            commands.update(self.history.commands(entity, item_id))
        results = self._batch(commands, optional=set(commands))
        items: dict[EntityType, list[CrmItem]] = {e: [] for e in EntityType}
        for entity in (EntityType.LEAD, EntityType.CONTACT, EntityType.COMPANY):
            rows = unwrap_list(results.get(entity.value), "items")
            items[entity] = sorted((from_item(catalogs[entity], r) for r in rows),
                                   key=lambda i: -int(i.id or 0))
        deals: dict[str, CrmItem] = {}
        for key in ("deals_contact", "deals_company"):
            for row in unwrap_list(results.get(key), "items"):
                deal = from_item(catalogs[EntityType.DEAL], row)
                deals.setdefault(deal.id, deal)
        items[EntityType.DEAL] = sorted(deals.values(),
                                        key=lambda d: (self._closed(d), -int(d.id or 0)))
        now = self._clock()
        for entity, item_id in owners[:room]:
            entries = self.history.parse(entity, item_id, results)
            self._found_history[(entity, item_id)] = (now, entries)
        for source in deal_sources:
            first = unwrap_list(results.get(source), "items")[:1]
            if first and first[0].get("id"):
                deal_id = str(first[0]["id"])
                entries = self.history.parse(EntityType.DEAL, deal_id, results, f"first_{source}")
                self._found_history.setdefault((EntityType.DEAL, deal_id), (now, entries))
        return [item for entity in EntityType for item in items[entity]]

    def _closed(self, deal: CrmItem) -> bool:
        stage = deal.get("STAGE_ID")
        for pipeline in self._pipelines:
            found = pipeline.stage(str(stage))
            if found is not None:
                return found.semantics is not Semantics.PROCESS
        return False

    def get_item(self, entity: EntityType, item_id: str) -> CrmItem:
        entity = EntityType(entity)
        raw = self._raw_item(entity, item_id)
        return from_item(self._catalog(entity), raw)

    def _raw_item(self, entity: EntityType, item_id: str) -> Mapping[str, Any]:
        number = _number(entity, item_id)
        try:
            result = self.client.call("crm.item.get", {"entityTypeId": entity.bitrix_type_id,
                                                       "id": number}).result
        except RestRejected as exc:
            if exc.code == "NOT_FOUND":
                raise CrmNotFound(entity.value, str(item_id)) from None
            raise
        raw = result.get("item") if isinstance(result, Mapping) else None
        if not isinstance(raw, Mapping):
            raise CrmNotFound(entity.value, str(item_id))
        return raw

    def timeline(self, entity: EntityType, item_id: str, *, limit: int = 50
                 ) -> list[TimelineEntry]:
        entity = EntityType(entity)
        cached = self._found_history.pop((entity, str(item_id)), None)
        if cached is not None and self._clock() - cached[0] < FOUND_HISTORY_TTL_S:
            return cached[1][:limit]
        self._metadata()
        number = _number(entity, item_id)
        commands = {"item": ("crm.item.get", {"entityTypeId": entity.bitrix_type_id,
                                              "id": number}),
                    **self.history.commands(entity, str(number))}
        results, errors = self._batch_with_errors(commands)
        if "item" in errors:
            if errors["item"].code == "NOT_FOUND":
                raise CrmNotFound(entity.value, str(item_id))
            raise RestRejected(f"Bitrix24 refused the request: {errors['item'].description}.",
                               errors["item"].code, errors["item"].description)
        return self.history.parse(entity, str(number), results)[:limit]

    # ---- items ---------------------------------------------------------------------------
    def create_item(self, entity: EntityType, values: Mapping[str, Any], *,
                    idempotency_key: str | None = None) -> CrmItem:
        entity = EntityType(entity)
        catalog = self._catalog(entity)
        clean = self._checked(catalog, with_defaults(entity, values, self._statuses,
                                                     self._pipelines), creating=True)
        fields = to_fields(catalog, clean)
        if idempotency_key and catalog.name("ORIGIN_ID"):
            existing = self.client.call("crm.item.list", {
                "entityTypeId": entity.bitrix_type_id,
                "filter": {"originId": idempotency_key}}).result
            rows = unwrap_list(existing, "items")
            if rows:
                return from_item(catalog, rows[0])
            fields[catalog.camel["ORIGIN_ID"]] = idempotency_key
            if catalog.name("ORIGINATOR_ID"):
                fields[catalog.camel["ORIGINATOR_ID"]] = ORIGINATOR
        result = self.client.call("crm.item.add", {"entityTypeId": entity.bitrix_type_id,
                                                   "fields": fields}).result
        return self._item_of(catalog, result)

    def update_fields(self, entity: EntityType, item_id: str, values: Mapping[str, Any], *,
                      idempotency_key: str | None = None) -> CrmItem:
        entity = EntityType(entity)
        catalog = self._catalog(entity)
        clean = self._checked(catalog, values, creating=False)
        raw = self._raw_item(entity, item_id)
        if entity is EntityType.DEAL and clean.get("STAGE_ID"):
            self._check_stage(raw, catalog, str(clean["STAGE_ID"]))
        return self._update(catalog, item_id, to_fields(catalog, clean, raw_fm=raw.get("fm")
                                                        or ()))

    def set_lead_status(self, lead_id: str, status_id: str, *,
                        idempotency_key: str | None = None) -> CrmItem:
        return self.update_fields(EntityType.LEAD, lead_id, {"STATUS_ID": status_id},
                                  idempotency_key=idempotency_key)

    def set_deal_stage(self, deal_id: str, stage_id: str, *,
                       idempotency_key: str | None = None) -> CrmItem:
        return self.update_fields(EntityType.DEAL, deal_id, {"STAGE_ID": stage_id},
                                  idempotency_key=idempotency_key)

    def _check_stage(self, raw: Mapping[str, Any], catalog: EntityCatalog, stage: str) -> None:
        pipeline_id = int(raw.get(catalog.camel.get("CATEGORY_ID", "categoryId")) or 0)
        pipeline = next((p for p in self._pipelines if p.id == pipeline_id), None)
        if pipeline is None or pipeline.stage(stage) is None:
            message = "This stage belongs to another pipeline than the deal's."
            raise CrmRejected(f"The CRM did not accept some values. STAGE_ID: {message}",
                              {"STAGE_ID": message})

    def _update(self, catalog: EntityCatalog, item_id: str, fields: dict[str, Any]) -> CrmItem:
        entity = catalog.entity
        if not fields:
            return self.get_item(entity, item_id)
        try:
            result = self.client.call("crm.item.update", {
                "entityTypeId": entity.bitrix_type_id, "id": _number(entity, item_id),
                "fields": fields}).result
        except RestRejected as exc:
            if exc.code == "NOT_FOUND":
                raise CrmNotFound(entity.value, str(item_id)) from None
            raise
        return self._item_of(catalog, result)

    def _item_of(self, catalog: EntityCatalog, result: Any) -> CrmItem:
        raw = result.get("item") if isinstance(result, Mapping) else None
        if not isinstance(raw, Mapping):
            raise RestRejected("Bitrix24 did not return the item it saved.", "no_item")
        return from_item(catalog, raw)

    def _checked(self, catalog: EntityCatalog, values: Mapping[str, Any], *,
                 creating: bool) -> dict[str, Any]:
        clean, errors = check_values(catalog.fields, values, self.region, creating=creating)
        if errors:
            detail = " ".join(f"{code}: {message}" for code, message in errors.items())
            raise CrmRejected(f"The CRM did not accept some values. {detail}", errors)
        return clean

    # ---- timeline ------------------------------------------------------------------------
    def add_comment(self, entity: EntityType, item_id: str, text: str, *, author: str = "",
                    idempotency_key: str | None = None) -> TimelineEntry:
        entity = EntityType(entity)
        _require_text({"text": (text, True)})
        number = _number(entity, item_id)
        existing = self._already(TimelineKind.COMMENT, entity, str(number), idempotency_key)
        if existing is not None:
            return existing
        fields: dict[str, Any] = {"ENTITY_ID": number, "ENTITY_TYPE": entity.value,
                                  "COMMENT": with_marker(text.strip(), idempotency_key)}
        author_id = self._responsible(author) if author else None
        if author_id:
            fields["AUTHOR_ID"] = int(author_id)
        new_id = self._add(entity, item_id, "crm.timeline.comment.add", {"fields": fields})
        return TimelineEntry(f"comment-{new_id}", entity, str(number), TimelineKind.COMMENT,
                             datetime.now(UTC), text=text.strip(), author=author.strip())

    def add_activity(self, entity: EntityType, item_id: str, kind: ActivityKind, title: str,
                     deadline: datetime, *, description: str = "",
                     duration_minutes: int | None = None, responsible: str = "",
                     idempotency_key: str | None = None) -> TimelineEntry:
        entity, kind = EntityType(entity), ActivityKind(kind)
        title = (title or "").strip() or _DEFAULT_TITLES[kind]
        _require_text({"title": (title, True), "description": (description, False)})
        if not isinstance(deadline, datetime):
            _require_text({"deadline": (None, True)}, "Choose the date and time.")
        number = _number(entity, item_id)
        existing = self._already(TimelineKind.ACTIVITY, entity, str(number), idempotency_key)
        if existing is not None:
            return existing
        params: dict[str, Any] = {
            "ownerTypeId": entity.bitrix_type_id, "ownerId": number,
            "deadline": deadline.isoformat(), "title": title,
            "description": with_marker(description.strip(), idempotency_key, kind.value)}
        responsible_id = self._responsible(responsible) if responsible else None
        if responsible_id:
            params["responsibleId"] = int(responsible_id)
        result = self._add(entity, item_id, "crm.activity.todo.add", params)
        new_id = result.get("id") if isinstance(result, Mapping) else result
        return TimelineEntry(f"activity-{new_id}", entity, str(number), TimelineKind.ACTIVITY,
                             datetime.now(UTC), text=description.strip(), title=title,
                             activity=kind, deadline=deadline, responsible=responsible.strip())

    def add_task(self, entity: EntityType, item_id: str, title: str, *, description: str = "",
                 deadline: datetime | None = None, responsible: str = "",
                 idempotency_key: str | None = None) -> TimelineEntry:
        entity = EntityType(entity)
        _require_text({"title": (title, True), "description": (description, False)})
        number = _number(entity, item_id)
        existing = self._already(TimelineKind.TASK, entity, str(number), idempotency_key)
        if existing is not None:
            return existing
        fields: dict[str, Any] = {
            "TITLE": title.strip(), "UF_CRM_TASK": bindings(entity, str(number)),
            "DESCRIPTION": with_marker(description.strip(), idempotency_key)}
        if deadline is not None:
            fields["DEADLINE"] = deadline.isoformat()
        responsible_id = self._responsible(responsible) if responsible else None
        fields["RESPONSIBLE_ID"] = int(responsible_id or self._webhook_user())
        self._get_exists(entity, item_id)  # a task bound to a missing item is not refused
        result = self._add(entity, item_id, "tasks.task.add", {"fields": fields})
        task = result.get("task", {}) if isinstance(result, Mapping) else {}
        return TimelineEntry(f"task-{task.get('id', '')}", entity, str(number), TimelineKind.TASK,
                             datetime.now(UTC), text=description.strip(), title=title.strip(),
                             deadline=deadline, responsible=responsible.strip())

    def _already(self, kind: TimelineKind, entity: EntityType, item_id: str,
                 key: str | None) -> TimelineEntry | None:
        """The entry an earlier try with this key added, if its answer was lost."""
        if not key:
            return None
        self._metadata()
        for entry, text in self.history.recent(kind, entity, item_id):
            if has_marker(text, key):
                return entry
        return None

    def _add(self, entity: EntityType, item_id: str, method: str, params: dict[str, Any]) -> Any:
        self._found_history.pop((entity, str(item_id)), None)
        try:
            return self.client.call(method, params).result
        except RestRejected as exc:
            if exc.code == "NOT_FOUND":
                raise CrmNotFound(entity.value, str(item_id)) from None
            raise

    def _get_exists(self, entity: EntityType, item_id: str) -> None:
        self._raw_item(entity, item_id)

    def _webhook_user(self) -> str:
        user = getattr(self.client.auth, "user_id", "") or "1"
        return str(user)

    # ---- plumbing ------------------------------------------------------------------------
    def _batch(self, commands: Mapping[str, Command], optional: set[str] | frozenset = frozenset()
               ) -> dict[str, Any]:
        results, errors = self._batch_with_errors(commands)
        for name, error in errors.items():
            if name not in optional:
                text = error.description or error.code
                raise RestRejected(f"Bitrix24 refused the request: {text}.", error.code,
                                   error.description)
        return results

    def _batch_with_errors(self, commands: Mapping[str, Command]) -> tuple[dict[str, Any], dict]:
        results: dict[str, Any] = {}
        errors: dict = {}
        names = list(commands)
        for start in range(0, len(names), 50):
            part = {name: commands[name] for name in names[start:start + 50]}
            reply = self.client.batch(part)
            results.update(reply.results)
            errors.update(reply.errors)
        return results, errors


def _number(entity: EntityType, item_id: str | int) -> int:
    text = str(item_id).strip()
    if not text.isdigit() or len(text) > 18:
        raise CrmNotFound(EntityType(entity).value, text)
    return int(text)


def _require_text(texts: Mapping[str, tuple[Any, bool]], not_text: str = "Enter text.") -> None:
    errors = {}
    for name, (value, required) in texts.items():
        if not isinstance(value, str):
            errors[name] = not_text
        elif len(value) > MAX_TEXT:
            errors[name] = f"Keep it under {MAX_TEXT} characters."
        elif required and not value.strip():
            errors[name] = "This cannot be empty."
    if errors:
        detail = " ".join(f"{code}: {message}" for code, message in errors.items())
        raise CrmRejected(f"The CRM did not accept some values. {detail}", errors)




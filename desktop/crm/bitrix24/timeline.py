"""An item's history in Bitrix24: timeline comments, activities (to-dos) and tasks.

Three list methods answer it; :meth:`TimelineReader.commands` names them for a
``batch`` and :meth:`TimelineReader.parse` merges their answers, newest first, with the
outbox markers taken out of the texts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from desktop.crm.bitrix24.client import Bitrix24Client, Command, unwrap_list
from desktop.crm.bitrix24.values import split_marker
from desktop.crm.gateway import ActivityKind, TimelineEntry, TimelineKind
from desktop.domain.crm_types import EntityType

__all__ = ["TimelineReader", "bindings", "owner_type"]

_TASK_PREFIX = {EntityType.LEAD: "L", EntityType.DEAL: "D", EntityType.CONTACT: "C",
                EntityType.COMPANY: "CO"}
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def owner_type(entity: EntityType) -> int:
    return EntityType(entity).bitrix_type_id


def bindings(entity: EntityType, item_id: str) -> list[str]:
    """``UF_CRM_TASK`` of a task bound to the item: ``["L_12"]``."""
    return [f"{_TASK_PREFIX[EntityType(entity)]}_{item_id}"]


class TimelineReader:
    def __init__(self, client: Bitrix24Client, user_name: Callable[[str], str]) -> None:
        self.client, self._user_name = client, user_name

    def commands(self, entity: EntityType, owner: str, key: str = "") -> dict[str, Command]:
        """The batch commands for an item's history. ``owner`` is its ID, or a batch
        reference to one (``$result[deals][items][0][id]``); ``key`` names the commands."""
        key = key or f"{entity.value}_{owner}"
        return {f"comments_{key}": _comment_list(entity, owner),
                f"activities_{key}": _activity_list(entity, owner),
                f"tasks_{key}": _task_list(entity, owner)}

    def parse(self, entity: EntityType, item_id: str, results: Mapping[str, Any],
              key: str = "") -> list[TimelineEntry]:
        """The answers to :meth:`commands`, newest first; rows of another item (a
        reference the portal resolved differently) are left out."""
        key = key or f"{entity.value}_{item_id}"
        number = str(item_id)
        entries = [self._comment(entity, item_id, r)[0]
                   for r in unwrap_list(results.get(f"comments_{key}"), None)
                   if str(r.get("ENTITY_ID", number)) == number]
        entries += [self._activity(entity, item_id, r)[0]
                    for r in unwrap_list(results.get(f"activities_{key}"), None)
                    if str(r.get("OWNER_ID", number)) == number]
        binding = bindings(entity, number)[0]
        entries += [self._task(entity, item_id, r)[0]
                    for r in unwrap_list(results.get(f"tasks_{key}"), "tasks")
                    if binding in (r.get("ufCrmTask") or [binding])]
        return sorted(entries, key=lambda e: (e.created_at, e.id), reverse=True)

    def recent(self, kind: TimelineKind, entity: EntityType, item_id: str
               ) -> Iterator[tuple[TimelineEntry, str]]:
        """The newest entries of one kind, each with its text as stored (marker kept)."""
        method, params = {TimelineKind.COMMENT: _comment_list,
                          TimelineKind.ACTIVITY: _activity_list,
                          TimelineKind.TASK: _task_list}[kind](entity, item_id)
        reply = self.client.call(method, params)
        parse = {TimelineKind.COMMENT: self._comment, TimelineKind.ACTIVITY: self._activity,
                 TimelineKind.TASK: self._task}[kind]
        for row in unwrap_list(reply.result, "tasks" if kind is TimelineKind.TASK else None):
            yield parse(entity, item_id, row)

    # ---- rows ----------------------------------------------------------------------------
    def _comment(self, entity: EntityType, item_id: str, row: Mapping[str, Any]
                 ) -> tuple[TimelineEntry, str]:
        raw = str(row.get("COMMENT") or "")
        text = split_marker(raw)[0]
        return TimelineEntry(f"comment-{row.get('ID')}", entity, item_id, TimelineKind.COMMENT,
                             _moment(row.get("CREATED")) or _EPOCH, text=text.strip(),
                             author=self._user_name(str(row.get("AUTHOR_ID") or ""))), raw

    def _activity(self, entity: EntityType, item_id: str, row: Mapping[str, Any]
                  ) -> tuple[TimelineEntry, str]:
        raw = str(row.get("DESCRIPTION") or "")
        text, _digest, kind = split_marker(raw)
        activity = ActivityKind(kind) if kind in tuple(ActivityKind) else ActivityKind.CALLBACK
        deadline = _moment(row.get("DEADLINE")) or _moment(row.get("START_TIME"))
        end = _moment(row.get("END_TIME"))
        return TimelineEntry(
            f"activity-{row.get('ID')}", entity, item_id, TimelineKind.ACTIVITY,
            _moment(row.get("CREATED")) or _EPOCH, text=text.strip(),
            title=str(row.get("SUBJECT") or ""), activity=activity, deadline=deadline,
            end=end if end and deadline and end > deadline else None,
            responsible=self._user_name(str(row.get("RESPONSIBLE_ID") or "")),
            completed=str(row.get("COMPLETED") or "N") == "Y"), raw

    def _task(self, entity: EntityType, item_id: str, row: Mapping[str, Any]
              ) -> tuple[TimelineEntry, str]:
        raw = str(row.get("description") or "")
        text = split_marker(raw)[0]
        return TimelineEntry(
            f"task-{row.get('id')}", entity, item_id, TimelineKind.TASK,
            _moment(row.get("createdDate")) or _EPOCH, text=text.strip(),
            title=str(row.get("title") or ""), deadline=_moment(row.get("deadline")),
            responsible=self._user_name(str(row.get("responsibleId") or "")),
            completed=str(row.get("status") or "") == "5"), raw


def _owner(item_id: str) -> int | str:
    return int(item_id) if item_id.isdigit() else item_id  # a batch reference stays text


def _comment_list(entity: EntityType, item_id: str) -> Command:
    return ("crm.timeline.comment.list", {
        "filter": {"ENTITY_ID": _owner(item_id), "ENTITY_TYPE": entity.value},
        "order": {"ID": "DESC"}})


def _activity_list(entity: EntityType, item_id: str) -> Command:
    return ("crm.activity.list", {
        "filter": {"OWNER_TYPE_ID": owner_type(entity), "OWNER_ID": _owner(item_id)},
        "order": {"ID": "DESC"},
        "select": ["ID", "SUBJECT", "DESCRIPTION", "DEADLINE", "START_TIME", "END_TIME",
                   "RESPONSIBLE_ID", "COMPLETED", "CREATED", "PROVIDER_ID"]})


def _task_list(entity: EntityType, item_id: str) -> Command:
    return ("tasks.task.list", {
        "filter": {"UF_CRM_TASK": bindings(entity, item_id)[0]}, "order": {"ID": "desc"},
        "select": ["ID", "TITLE", "DESCRIPTION", "DEADLINE", "RESPONSIBLE_ID", "CREATED_DATE",
                   "STATUS", "UF_CRM_TASK"]})


def _moment(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

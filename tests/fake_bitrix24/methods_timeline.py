"""What happens around an item: timeline comments, to-do activities and tasks."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from tests.fake_bitrix24.fields import BINDING_PREFIXES, ENTITY_NAMES
from tests.fake_bitrix24.listing import list_rows
from tests.fake_bitrix24.rest import (
    Page,
    RestError,
    arg,
    argument_error,
    as_int,
    as_list,
    as_mapping,
    now_iso,
    portal_datetime,
)
from tests.fake_bitrix24.state import PortalState

__all__ = ["HANDLERS", "bound_tasks", "task_rest"]

_ENTITY_BY_NAME = {name: etype for etype, name in ENTITY_NAMES.items()}
_BINDING = re.compile(r"^(CO|L|D|C)_(\d+)$")
# tasks.task.* take upper-case field names and answer in lowerCamel
_TASK_KEYS = {"ID": "id", "TITLE": "title", "DESCRIPTION": "description",
              "DEADLINE": "deadline", "RESPONSIBLE_ID": "responsibleId",
              "CREATED_DATE": "createdDate", "STATUS": "status", "UF_CRM_TASK": "ufCrmTask"}
TASK_PENDING = "2"


def _deadline(value: Any, what: str = "deadline") -> str:
    try:
        return portal_datetime(value)
    except (TypeError, ValueError):
        raise argument_error(f"Parameter '{what}' is not a date and time") from None


# ---- comments ----------------------------------------------------------------------------
def comment_add(state: PortalState, params: Mapping[str, Any]) -> int:
    fields = as_mapping(arg(params, "fields"))
    entity_name = str(arg(fields, "ENTITY_TYPE") or "").strip().lower()
    if entity_name not in _ENTITY_BY_NAME:
        raise argument_error("ENTITY_TYPE is not valid")
    entity_id = as_int(arg(fields, "ENTITY_ID"), "ENTITY_ID")
    state.get_item(_ENTITY_BY_NAME[entity_name], entity_id)
    text = str(arg(fields, "COMMENT") or "")
    if not text.strip():
        raise argument_error("COMMENT is empty")
    comment_id = state.next_id("comment")
    state.comments.append({
        "ID": str(comment_id), "CREATED": now_iso(), "ENTITY_ID": str(entity_id),
        "ENTITY_TYPE": entity_name, "AUTHOR_ID": str(arg(fields, "AUTHOR_ID") or state.user_id),
        "COMMENT": text})
    return comment_id


def comment_list(state: PortalState, params: Mapping[str, Any]) -> Page:
    return list_rows(state.comments, params, default_order={"ID": "DESC"})


# ---- activities --------------------------------------------------------------------------
def todo_add(state: PortalState, params: Mapping[str, Any]) -> dict[str, int]:
    owner_type = as_int(arg(params, "ownerTypeId"), "ownerTypeId")
    owner_id = as_int(arg(params, "ownerId"), "ownerId")
    if arg(params, "deadline") in (None, ""):
        raise argument_error("Parameter 'deadline' is required")
    deadline = _deadline(arg(params, "deadline"))
    if owner_type not in ENTITY_NAMES:
        raise RestError("NOT_FOUND", "Владелец дела не найден")
    state.get_item(owner_type, owner_id)
    activity_id = state.next_id("activity")
    state.activities.append({
        "ID": str(activity_id), "OWNER_TYPE_ID": str(owner_type), "OWNER_ID": str(owner_id),
        "PROVIDER_ID": "CRM_TODO", "SUBJECT": str(arg(params, "title") or ""),
        "DESCRIPTION": str(arg(params, "description") or ""), "DEADLINE": deadline,
        "START_TIME": deadline, "END_TIME": deadline,
        "RESPONSIBLE_ID": str(arg(params, "responsibleId") or state.user_id),
        "COMPLETED": "N", "CREATED": now_iso()})
    return {"id": activity_id}


def activity_list(state: PortalState, params: Mapping[str, Any]) -> Page:
    return list_rows(state.activities, params, default_order={"ID": "DESC"})


# ---- tasks -------------------------------------------------------------------------------
def task_rest(task: Mapping[str, Any], select: list[str] | None = None) -> dict[str, Any]:
    """A stored task (upper keys) as ``tasks.task.*`` answers it."""
    names = {name.upper() for name in select or ()}
    return {_TASK_KEYS[key]: (list(value) if isinstance(value, list) else value)
            for key, value in task.items()
            if not names or "*" in names or key in names or key == "ID"}


def task_add(state: PortalState, params: Mapping[str, Any]) -> dict[str, Any]:
    fields = as_mapping(arg(params, "fields"))
    title = str(arg(fields, "TITLE") or "").strip()
    if not title:
        raise argument_error("Не указано название задачи")
    bindings = [str(b).strip().upper() for b in as_list(arg(fields, "UF_CRM_TASK"))]
    for binding in bindings:
        found = _BINDING.match(binding)
        if found is None or found.group(1) not in BINDING_PREFIXES:
            raise argument_error(f"UF_CRM_TASK is not valid: {binding}")
    deadline = arg(fields, "DEADLINE")
    task = {"ID": str(state.next_id("task")), "TITLE": title,
            "DESCRIPTION": str(arg(fields, "DESCRIPTION") or ""),
            "DEADLINE": _deadline(deadline, "DEADLINE") if deadline not in (None, "") else None,
            "RESPONSIBLE_ID": str(arg(fields, "RESPONSIBLE_ID") or state.user_id),
            "CREATED_DATE": now_iso(), "STATUS": TASK_PENDING, "UF_CRM_TASK": bindings}
    state.tasks.append(task)
    return {"task": task_rest(task)}


def task_list(state: PortalState, params: Mapping[str, Any]) -> Page:
    rows = list_rows(state.tasks, {**params, "select": []}, default_order={"ID": "DESC"})
    select = [str(name) for name in as_list(arg(params, "select"))]
    return Page({"tasks": [task_rest(row, select) for row in rows.result]}, rows.total, rows.next)


def bound_tasks(state: PortalState, entity_type_id: int, item_id: int) -> list[dict[str, Any]]:
    """Tasks bound to one item, newest first, in the REST shape."""
    prefix = {etype: prefix for prefix, etype in BINDING_PREFIXES.items()}[entity_type_id]
    binding = f"{prefix}_{item_id}"
    return [task_rest(task) for task in reversed(state.tasks) if binding in task["UF_CRM_TASK"]]


HANDLERS: dict[str, Callable[[PortalState, Mapping[str, Any]], Any]] = {
    "crm.timeline.comment.add": comment_add,
    "crm.timeline.comment.list": comment_list,
    "crm.activity.todo.add": todo_add,
    "crm.activity.list": activity_list,
    "tasks.task.add": task_add,
    "tasks.task.list": task_list,
}

"""What a result button does to the CRM: the questions it asks, then the writes it makes.

Pure planning, no database and no CRM calls: :func:`prompts` pre-fills the operator's
confirmation (rendered titles and texts, computed deadlines), :func:`plan_result` turns
the confirmed answers into :class:`~desktop.crm.outbox.CrmWrite` values that
:meth:`desktop.services.call_work.CallWork.record_result` stores with the result.

Which item each write goes to: comments, activities and tasks to the item the operator
works with (else the first item found by the number); the lead status to the chosen
lead or the first lead found; the deal stage to the chosen deal or the first deal found
in the action's pipeline. With nobody found, the result first creates a lead «Звонок
<number>» and every write goes to it once it exists. Texts written into the CRM are in
the team's language (Russian), like the embedded CRM's own defaults.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop.crm import phones
from desktop.crm.embedded import DEFAULT_ACTIVITY_TITLES
from desktop.crm.gateway import ActivityKind, CrmItem
from desktop.crm.writes import CrmWrite, WriteKind, new_key
from desktop.domain import templates
from desktop.domain.buttons import (
    Action,
    ActionButton,
    ActionKind,
    CallbackAction,
    CommentAction,
    DealStageAction,
    LeadStatusAction,
    MeetingAction,
    TaskAction,
)
from desktop.domain.call import CallSession, Direction
from desktop.domain.crm_types import EntityType
from desktop.domain.deadlines import DeadlineError, due
from desktop.domain.errors import TemplateError
from desktop.domain.roles import User

# Warnings, as the confirmation shows them (the UI translates these exact texts).
NEW_LEAD = "No client with this number: the result creates a new lead for it."
NO_LEAD = "No lead for this number: the lead status is not changed."
NO_DEAL = "No deal for this number: the stage is not changed."
OTHER_PIPELINE = "The deal is in another pipeline: the stage is not changed."
# Refusals of plan_result (ResultError messages).
TYPE_COMMENT = "Type the comment."
CHOOSE_MOMENT = "Choose the date and time."
MOMENT_PASSED = "This moment has passed: choose a later one."

DEFAULT_TASK_TITLE = "Задача по звонку {number}"
NEW_LEAD_TITLE = "Звонок {number}"
DIRECTION_WORDS = {Direction.INCOMING: "входящий", Direction.OUTGOING: "исходящий"}
_PAST_GRACE = timedelta(minutes=1)  # the confirmation may stay open a little while
_TIMELINE_ACTIONS = (ActionKind.COMMENT, ActionKind.CALLBACK, ActionKind.MEETING,
                     ActionKind.TASK)

Target = tuple[EntityType, str]


@dataclass(frozen=True)
class ClientContext:
    """The CRM items found by the caller's number, and the one the operator works with."""

    items: tuple[CrmItem, ...] = ()  # in the order find_by_phone gives them
    chosen: Target | None = None

    def chosen_item(self) -> CrmItem | None:
        if self.chosen is None:
            return None
        entity, item_id = self.chosen
        return next((i for i in self.items if i.entity is entity and i.id == item_id), None)

    def first(self, entity: EntityType) -> CrmItem | None:
        """The chosen item if it is of ``entity``, else the first found of it."""
        chosen = self.chosen_item()
        if chosen is not None and chosen.entity is entity:
            return chosen
        return next((i for i in self.items if i.entity is entity), None)

    def values(self) -> dict[str, dict[str, Any]]:
        """Template values by entity ({"lead": {...}, "contact": {...}}); every entity is
        present, empty when nothing was found, so its variables render as empty text."""
        found = {entity: self.first(entity) for entity in EntityType}
        return {entity.value: dict(item.fields) if item else {}
                for entity, item in found.items()}


@dataclass(frozen=True)
class Prompt:
    """One action of the pressed button, pre-filled for the operator's confirmation."""

    index: int
    kind: ActionKind
    title: str  # rendered title (callback, meeting, task)
    deadline: datetime | None  # computed for callback, meeting and task
    text: str | None  # comment: rendered template ("" when the operator types it);
    #                   task: its rendered description
    editable: bool  # the operator answers it (callback, meeting, a comment to type)
    fixed: str = ""  # status or stage: the target id (the UI shows its name)


@dataclass(frozen=True)
class Answer:
    deadline: datetime | None = None  # naive means the operator's local time
    text: str | None = None


class ResultError(ValueError):
    """An answer the result cannot be recorded with; ``index`` is the action's."""

    def __init__(self, message: str, index: int) -> None:
        super().__init__(message)
        self.index = index


# ---- template values ---------------------------------------------------------------
def template_values(call: CallSession, client: ClientContext, operator: User
                    ) -> dict[str, dict[str, Any]]:
    """The client's CRM data, what the operator typed in the script on top, and the
    operator.* and call.* variables."""
    values = client.values()
    for key, typed in call.field_values.items():
        namespace, _, code = key.partition(".")
        if namespace in values and code and typed.strip():
            values[namespace][code] = typed
    started = call.started_at.astimezone() if call.started_at.tzinfo else call.started_at
    values["operator"] = {"name": operator.display_name or operator.username,
                          "username": operator.username}
    values["call"] = {"number": phones.display(call.number),
                      "direction": DIRECTION_WORDS[call.direction],
                      "date": started.strftime("%d.%m.%Y"), "time": started.strftime("%H:%M")}
    return values


def _render(template: str, values: Mapping[str, Mapping[str, Any]]) -> str:
    """The filled template; one the button editor should have refused is left as written."""
    try:
        return templates.render(template, values).strip()
    except TemplateError:
        return template.strip()


# ---- prompts ---------------------------------------------------------------------
def prompts(button: ActionButton, call: CallSession, client: ClientContext, operator: User,
            now: datetime) -> list[Prompt]:
    values = template_values(call, client, operator)
    local_now = now.astimezone()  # "+1 day at 10:00" is the operator's ten o'clock
    return [_prompt(i, action, values, local_now, call) for i, action in
            enumerate(button.actions)]


def _prompt(index: int, action: Action, values: Mapping[str, Mapping[str, Any]],
            now: datetime, call: CallSession) -> Prompt:
    if isinstance(action, CommentAction):
        text = "" if action.asks_operator else _render(action.template, values)
        return Prompt(index, action.kind, "", None, text, action.asks_operator)
    if isinstance(action, CallbackAction | MeetingAction):
        activity = (ActivityKind.CALLBACK if isinstance(action, CallbackAction)
                    else ActivityKind.MEETING)
        title = _render(action.title_template, values) or DEFAULT_ACTIVITY_TITLES[activity]
        return Prompt(index, action.kind, title, _due(action.deadline_template, now), None,
                      True)
    if isinstance(action, TaskAction):
        title = (_render(action.title_template, values)
                 or DEFAULT_TASK_TITLE.format(number=phones.display(call.number)))
        return Prompt(index, action.kind, title, _due(action.deadline_template, now),
                      _render(action.description_template, values), False)
    if isinstance(action, LeadStatusAction):
        return Prompt(index, action.kind, "", None, None, False, action.status_id)
    return Prompt(index, action.kind, "", None, None, False, action.stage_id)


def _due(template: str, now: datetime) -> datetime | None:
    try:
        return due(template, now)
    except DeadlineError:
        return None  # the operator sets it; the button editor refuses such templates


# ---- warnings --------------------------------------------------------------------
def warnings(button: ActionButton, client: ClientContext) -> list[str]:
    """What the result will not do, or do differently, for this client."""
    found: list[str] = []
    kinds = {a.kind for a in button.actions}
    if not client.items:
        if kinds - {ActionKind.DEAL_STAGE}:
            found.append(NEW_LEAD)
    elif ActionKind.LEAD_STATUS in kinds and client.first(EntityType.LEAD) is None:
        found.append(NO_LEAD)
    for action in button.actions:
        if isinstance(action, DealStageAction):
            _deal, problem = _deal_for(action, client)
            if problem:
                found.append(problem)
    return found


def _deal_for(action: DealStageAction, client: ClientContext) -> tuple[CrmItem | None, str]:
    """The deal the stage goes to, or why there is none."""
    chosen = client.chosen_item()
    deals = ([chosen] if chosen is not None and chosen.entity is EntityType.DEAL
             else [i for i in client.items if i.entity is EntityType.DEAL])
    if not deals:
        return None, NO_DEAL
    for deal in deals:
        pipeline = deal.get("CATEGORY_ID")
        if pipeline is None or str(pipeline) == str(action.category_id):
            return deal, ""
    return None, OTHER_PIPELINE


# ---- planning --------------------------------------------------------------------
def plan_result(button: ActionButton, call: CallSession, client: ClientContext,
                operator: User, answers: Mapping[int, Answer], now: datetime
                ) -> list[CrmWrite]:
    """The CRM writes of the pressed button, in its actions' order (raises ResultError)."""
    author = operator.display_name or operator.username
    lead_key = new_key() if not client.items else None
    planned: list[CrmWrite] = []
    for prompt, action in zip(prompts(button, call, client, operator, now), button.actions,
                              strict=True):
        target = _target(action, client, lead_key)
        if target is None:
            continue  # nothing to change for this client (see warnings)
        kind, payload = _payload(prompt, action, answers.get(prompt.index), author, now)
        entity, item_id = target
        planned.append(CrmWrite(kind, entity, item_id, payload, call_id=call.id,
                                after_key=lead_key if not item_id else None))
    if lead_key is None or not planned:
        return planned
    number = phones.display(call.number)
    # The search may not have answered (a slow or unreachable CRM): the write looks for
    # the caller's lead once more when it is delivered and creates one only if none is there.
    create = CrmWrite(WriteKind.CREATE_LEAD, EntityType.LEAD, "", {"values": {
        "TITLE": NEW_LEAD_TITLE.format(number=number), "PHONE": [call.number],
        "SOURCE_ID": "CALL"}, "unless_found": call.number}, key=lead_key, call_id=call.id)
    return [create, *planned]


def _target(action: Action, client: ClientContext, lead_key: str | None) -> Target | None:
    if lead_key is not None:  # nobody found: everything but a deal stage goes to the new lead
        return None if action.kind is ActionKind.DEAL_STAGE else (EntityType.LEAD, "")
    if action.kind in _TIMELINE_ACTIONS:
        item = client.chosen_item() or client.items[0]
    elif isinstance(action, LeadStatusAction):
        item = client.first(EntityType.LEAD)
    else:
        item, _problem = _deal_for(action, client)  # type: ignore[arg-type]
    return (item.entity, item.id) if item is not None else None


def _payload(prompt: Prompt, action: Action, answer: Answer | None, author: str,
             now: datetime) -> tuple[WriteKind, dict[str, Any]]:
    if isinstance(action, CommentAction):
        text = prompt.text or ""
        if prompt.editable:
            text = ((answer.text if answer else None) or "").strip()
            if not text:
                raise ResultError(TYPE_COMMENT, prompt.index)
        return WriteKind.COMMENT, {"text": text, "author": author}
    if isinstance(action, CallbackAction | MeetingAction):
        deadline = _moment((answer.deadline if answer else None) or prompt.deadline,
                           prompt.index, now)
        payload: dict[str, Any] = {
            "activity": (ActivityKind.CALLBACK if isinstance(action, CallbackAction)
                         else ActivityKind.MEETING).value,
            "title": prompt.title, "deadline": deadline.isoformat(), "description": "",
            "responsible": author}
        if isinstance(action, MeetingAction):
            payload["duration_minutes"] = action.duration_minutes
        return WriteKind.ACTIVITY, payload
    if isinstance(action, TaskAction):
        responsible = author if action.responsible == "operator" else action.responsible
        deadline = prompt.deadline.astimezone(UTC).isoformat() if prompt.deadline else None
        return WriteKind.TASK, {"title": prompt.title, "description": prompt.text or "",
                                "deadline": deadline, "responsible": responsible}
    if isinstance(action, LeadStatusAction):
        return WriteKind.LEAD_STATUS, {"status_id": action.status_id}
    return WriteKind.DEAL_STAGE, {"stage_id": action.stage_id}


def _moment(value: datetime | None, index: int, now: datetime) -> datetime:
    """An aware UTC moment not in the past (a naive one is the operator's local time)."""
    if value is None:
        raise ResultError(CHOOSE_MOMENT, index)
    moment = value.astimezone(UTC)
    if moment < now.astimezone(UTC) - _PAST_GRACE:
        raise ResultError(MOMENT_PASSED, index)
    return moment

"""Result buttons: what an operator presses to record a call's result.

A button has a title, a colour and one or more actions run in order. Templates may
use variables such as ``{{contact.NAME}}`` (see :mod:`desktop.domain.templates`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, ClassVar

from desktop.domain.deadlines import DeadlineError
from desktop.domain.deadlines import parse as parse_deadline
from desktop.domain.errors import ButtonError


class ActionKind(StrEnum):
    COMMENT = "comment"
    CALLBACK = "callback"
    TASK = "task"
    MEETING = "meeting"
    LEAD_STATUS = "lead_status"
    DEAL_STAGE = "deal_stage"


@dataclass(frozen=True, slots=True)
class CommentAction:
    """A comment in the CRM item's timeline; an empty template means the operator types it."""

    template: str = ""
    kind: ClassVar[ActionKind] = ActionKind.COMMENT

    @property
    def asks_operator(self) -> bool:
        return not self.template.strip()

    def templates(self) -> list[str]:
        return [self.template]


@dataclass(frozen=True, slots=True)
class CallbackAction:
    """A "call back" activity; the operator may change the deadline before it is created."""

    deadline_template: str = "+1 day at 10:00"
    title_template: str = ""
    kind: ClassVar[ActionKind] = ActionKind.CALLBACK
    asks_operator: ClassVar[bool] = True

    def templates(self) -> list[str]:
        return [self.title_template]


@dataclass(frozen=True, slots=True)
class TaskAction:
    title_template: str = ""
    description_template: str = ""
    deadline_template: str = "+1 day"
    responsible: str = "operator"  # "operator" or a user name
    kind: ClassVar[ActionKind] = ActionKind.TASK
    asks_operator: ClassVar[bool] = False

    def templates(self) -> list[str]:
        return [self.title_template, self.description_template]


@dataclass(frozen=True, slots=True)
class MeetingAction:
    """A meeting in the client's timeline; the operator may change date and time."""

    deadline_template: str = "+1 day at 12:00"
    title_template: str = ""
    duration_minutes: int = 60
    kind: ClassVar[ActionKind] = ActionKind.MEETING
    asks_operator: ClassVar[bool] = True

    def templates(self) -> list[str]:
        return [self.title_template]


@dataclass(frozen=True, slots=True)
class LeadStatusAction:
    """Sets a fixed lead status on press; the operator cannot change it."""

    status_id: str = ""
    kind: ClassVar[ActionKind] = ActionKind.LEAD_STATUS
    asks_operator: ClassVar[bool] = False

    def templates(self) -> list[str]:
        return []


@dataclass(frozen=True, slots=True)
class DealStageAction:
    """Moves the deal to a fixed stage (of a pipeline) on press."""

    stage_id: str = ""
    category_id: int = 0  # the deal pipeline; 0 is the default one
    kind: ClassVar[ActionKind] = ActionKind.DEAL_STAGE
    asks_operator: ClassVar[bool] = False

    def templates(self) -> list[str]:
        return []


Action = (
    CommentAction | CallbackAction | TaskAction | MeetingAction | LeadStatusAction
    | DealStageAction
)

ACTION_TYPES: dict[ActionKind, type] = {
    ActionKind.COMMENT: CommentAction,
    ActionKind.CALLBACK: CallbackAction,
    ActionKind.TASK: TaskAction,
    ActionKind.MEETING: MeetingAction,
    ActionKind.LEAD_STATUS: LeadStatusAction,
    ActionKind.DEAL_STAGE: DealStageAction,
}


def _field_names(action_type: type) -> list[str]:
    """Constructor fields only: ``kind`` and ``asks_operator`` are class-level, not data."""
    return [f.name for f in fields(action_type)]


def action_to_dict(action: Action) -> dict[str, Any]:
    data = {name: getattr(action, name) for name in _field_names(type(action))}
    return {"kind": action.kind.value, **data}


def action_from_dict(data: dict[str, Any]) -> Action:
    values = dict(data)
    try:
        action_type = ACTION_TYPES[ActionKind(values.pop("kind"))]
    except (KeyError, ValueError) as exc:
        raise ButtonError(f"Unknown action kind in {data!r}.") from exc
    known = set(_field_names(action_type))
    return action_type(**{k: v for k, v in values.items() if k in known})


DEFAULT_COLOR = "#2e7d32"


@dataclass(slots=True)
class ActionButton:
    title: str
    color: str = DEFAULT_COLOR
    actions: list[Action] = field(default_factory=list)
    shortcut: str = ""
    id: int | None = None
    version: int = 0

    def validate(self) -> None:
        """Refuse a button that cannot work; the message says what to fix."""
        if not self.title.strip():
            raise ButtonError("A button needs a title.")
        if not self.actions:
            raise ButtonError(f"The button «{self.title}» has no action.")
        counts: dict[ActionKind, int] = {}
        for action in self.actions:
            counts[action.kind] = counts.get(action.kind, 0) + 1
            if isinstance(action, LeadStatusAction) and not action.status_id.strip():
                raise ButtonError(f"The button «{self.title}»: choose the lead status to set.")
            if isinstance(action, DealStageAction) and not action.stage_id.strip():
                raise ButtonError(f"The button «{self.title}»: choose the deal stage to set.")
            deadline = getattr(action, "deadline_template", None)
            if deadline is not None:
                try:
                    parse_deadline(deadline)
                except DeadlineError as exc:
                    raise ButtonError(f"The button «{self.title}»: {exc}") from exc
        for kind in (ActionKind.LEAD_STATUS, ActionKind.DEAL_STAGE):
            if counts.get(kind, 0) > 1:
                what = "lead status" if kind is ActionKind.LEAD_STATUS else "deal stage"
                raise ButtonError(f"The button «{self.title}» changes the {what} twice.")

    @property
    def needs_operator_input(self) -> bool:
        return any(a.asks_operator for a in self.actions)

    def templates(self) -> list[str]:
        return [t for a in self.actions for t in a.templates() if t]

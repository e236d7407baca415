"""A call session: what happened on one call, written down as the call goes.

States: ringing -> active -> ended -> closed (a call never answered goes
ringing -> ended). The session keeps the script and version it ran, the path of
steps walked (with back-one-step), the field values typed and the result pressed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from desktop.domain.crm_types import EntityType
from desktop.domain.errors import CallStateError


class Direction(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


class CallState(StrEnum):
    RINGING = "ringing"
    ACTIVE = "active"
    ENDED = "ended"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class PathEntry:
    script_id: int
    step_id: str


@dataclass(slots=True)
class CallSession:
    number: str
    direction: Direction
    started_at: datetime
    operator_id: int | None = None
    state: CallState = CallState.RINGING
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    closed_at: datetime | None = None
    script_id: int | None = None
    script_version: int | None = None
    path: list[PathEntry] = field(default_factory=list)
    field_values: dict[str, str] = field(default_factory=dict)  # "contact.NAME" -> value
    result_button_id: int | None = None
    result_at: datetime | None = None
    # The CRM item the operator works with (kept so a recovered card finds it again).
    crm_entity: EntityType | None = None
    crm_item_id: str | None = None
    client_title: str = ""

    # ---- states ------------------------------------------------------------------
    def answer(self, at: datetime) -> None:
        self._require({CallState.RINGING}, "answer")
        self.state, self.answered_at = CallState.ACTIVE, at

    def end(self, at: datetime) -> None:
        self._require({CallState.RINGING, CallState.ACTIVE}, "end")
        self.state, self.ended_at = CallState.ENDED, at

    def close(self, at: datetime) -> None:
        if self.state in (CallState.RINGING, CallState.ACTIVE):
            self.end(at)
        self._require({CallState.ENDED}, "close")
        self.state, self.closed_at = CallState.CLOSED, at

    @property
    def is_open(self) -> bool:
        return self.state is not CallState.CLOSED

    @property
    def handling_seconds(self) -> float | None:
        if self.answered_at and self.ended_at:
            return (self.ended_at - self.answered_at).total_seconds()
        return None

    # ---- script ------------------------------------------------------------------
    def choose_script(self, script_id: int, version: int, start_step_id: str | None) -> None:
        """Run another script from its start step; the values typed so far are kept.

        Choosing the script already running changes nothing: the operator stays on the
        step they reached (a picker opened by mistake must not throw the walk away).
        """
        self._require_open("choose a script for")
        if script_id == self.script_id:
            return
        self.script_id, self.script_version = script_id, version
        if start_step_id is not None:
            self.path.append(PathEntry(script_id, start_step_id))

    @property
    def current_step_id(self) -> str | None:
        if self.path and self.path[-1].script_id == self.script_id:
            return self.path[-1].step_id
        return None

    def current_path(self) -> list[str]:
        """The steps walked in the current script, oldest first (the breadcrumb)."""
        steps: list[str] = []
        for entry in reversed(self.path):
            if entry.script_id != self.script_id:
                break
            steps.append(entry.step_id)
        return steps[::-1]

    def go_to(self, step_id: str) -> None:
        self._require_open("walk the script of")
        if self.script_id is None:
            raise CallStateError(self.state.value, "walk a script without choosing one in")
        self.path.append(PathEntry(self.script_id, step_id))

    def back(self) -> str | None:
        """Return one step; returns the step now shown, or None when at the start."""
        self._require_open("walk the script of")
        if len(self.current_path()) <= 1:
            return None
        self.path.pop()
        return self.current_step_id

    # ---- data --------------------------------------------------------------------
    def set_client(self, entity: EntityType | None, item_id: str | None, title: str) -> None:
        """The CRM item the operator works with (None: nobody found, or not chosen yet)."""
        self._require_open("choose the client of")
        if (entity is None) != (item_id is None):
            raise ValueError("A client needs both its entity and its item id, or neither.")
        self.crm_entity, self.crm_item_id, self.client_title = entity, item_id, title

    def set_field(self, key: str, value: str) -> None:
        self._require_open("edit")
        self.field_values[key] = value

    def record_result(self, button_id: int, at: datetime) -> None:
        self._require_open("record the result of")
        self.result_button_id, self.result_at = button_id, at

    @property
    def has_result(self) -> bool:
        return self.result_button_id is not None

    def _require(self, states: set[CallState], action: str) -> None:
        if self.state not in states:
            raise CallStateError(self.state.value, action)

    def _require_open(self, action: str) -> None:
        if self.state is CallState.CLOSED:
            raise CallStateError(self.state.value, action)

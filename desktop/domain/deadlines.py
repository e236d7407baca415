"""Deadline templates of callback, meeting and task actions.

A template is relative to the moment the result button is pressed:

- ``+N minutes`` / ``+N hours`` / ``+N days`` (also ``+N min``, ``+N h``, ``+N d``), with an
  optional ``at HH:MM`` for days (``+1 day at 10:00``);
- ``tomorrow at HH:MM``;
- ``next working day at HH:MM`` (Monday to Friday).

The same forms are accepted in Russian, as supervisors type them: ``+2 часа``,
``+1 день в 10:00``, ``завтра в 10:00``, ``следующий рабочий день в 9:30``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum

from desktop.domain.errors import DomainError


class DeadlineError(DomainError):
    """A deadline template that cannot be read; the message shows the accepted forms."""

    def __init__(self, template: str) -> None:
        super().__init__(
            f"Cannot read the deadline «{template}»: use +N minutes/hours/days "
            "(optionally «at HH:MM» for days), «tomorrow at HH:MM» or "
            "«next working day at HH:MM»."
        )
        self.template = template


class Unit(StrEnum):
    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"
    TOMORROW = "tomorrow"
    NEXT_WORKING_DAY = "next_working_day"


@dataclass(frozen=True, slots=True)
class Deadline:
    unit: Unit
    amount: int = 1
    at: time | None = None

    def due(self, now: datetime) -> datetime:
        """The moment this deadline points at, counted from ``now`` (keeps its tzinfo)."""
        if self.unit is Unit.MINUTES:
            return now + timedelta(minutes=self.amount)
        if self.unit is Unit.HOURS:
            return now + timedelta(hours=self.amount)
        if self.unit is Unit.DAYS:
            day = now + timedelta(days=self.amount)
        elif self.unit is Unit.TOMORROW:
            day = now + timedelta(days=1)
        else:
            day = now + timedelta(days=1)
            while day.weekday() >= 5:  # Saturday, Sunday
                day += timedelta(days=1)
        if self.at is None:
            return day
        return day.replace(hour=self.at.hour, minute=self.at.minute, second=0, microsecond=0)

    def template(self) -> str:
        """The canonical English form (what the app stores)."""
        at = f" at {self.at:%H:%M}" if self.at else ""
        if self.unit is Unit.TOMORROW:
            return f"tomorrow{at}"
        if self.unit is Unit.NEXT_WORKING_DAY:
            return f"next working day{at}"
        unit = self.unit.value[:-1] if self.amount == 1 else self.unit.value
        return f"+{self.amount} {unit}{at}"


_UNITS = {
    Unit.MINUTES: ("m", "min", "mins", "minute", "minutes", "мин", "минута", "минуты", "минут"),
    Unit.HOURS: ("h", "hr", "hour", "hours", "ч", "час", "часа", "часов"),
    Unit.DAYS: ("d", "day", "days", "д", "дн", "день", "дня", "дней"),
}
_UNIT_OF = {word: unit for unit, words in _UNITS.items() for word in words}
_AT = r"(?:\s+(?:at|в)\s+(?P<h>\d{1,2})[:.](?P<m>\d{2}))?"
_RELATIVE = re.compile(r"^\+\s*(?P<n>\d{1,4})\s*(?P<unit>[^\W\d_]+)" + _AT + r"$")
_TOMORROW = re.compile(r"^(?:tomorrow|завтра)" + _AT + r"$")
_WORKING = re.compile(
    r"^(?:next\s+working\s+day|next\s+business\s+day|следующий\s+рабочий\s+день)" + _AT + r"$")


def parse(template: str) -> Deadline:
    text = " ".join(template.strip().lower().split())
    if match := _RELATIVE.match(text):
        unit = _UNIT_OF.get(match["unit"])
        amount = int(match["n"])
        if unit is None or amount == 0 or (match["h"] and unit is not Unit.DAYS):
            raise DeadlineError(template)
        return Deadline(unit, amount, _time(match, template))
    for pattern, unit in ((_TOMORROW, Unit.TOMORROW), (_WORKING, Unit.NEXT_WORKING_DAY)):
        if match := pattern.match(text):
            return Deadline(unit, 1, _time(match, template))
    raise DeadlineError(template)


def due(template: str, now: datetime) -> datetime:
    return parse(template).due(now)


def _time(match: re.Match[str], template: str) -> time | None:
    if not match["h"]:
        return None
    hour, minute = int(match["h"]), int(match["m"])
    if hour > 23 or minute > 59:
        raise DeadlineError(template)
    return time(hour, minute)

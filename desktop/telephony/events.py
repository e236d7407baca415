"""What every call source hands the app: a call rang in, was placed, or ended.

Softphone commands, ``tel:`` links, the dial box and the PBX all speak ``CallEvent``;
the card only ever sees these. An event crosses process boundaries (the local socket,
the ``--event`` option of a freshly started app) as one line of JSON, so the format is
strict on reading: a line that is not a whole, valid event is refused, never guessed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

__all__ = ["SOURCE_AMI", "SOURCE_CLI", "SOURCE_DIAL", "SOURCE_URI", "CallEvent", "EventKind"]

SOURCE_CLI = "cli"    # `operator-desk call NUMBER` (softphones)
SOURCE_URI = "uri"    # `operator-desk open tel:...` (links)
SOURCE_DIAL = "dial"  # the dial box of the main window
SOURCE_AMI = "ami"    # the Asterisk manager interface

_MAX_TEXT = 200  # longer fields are not from a call source


class EventKind(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"
    END = "end"


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class CallEvent:
    """One call event. ``number`` is E.164 when the source gave a readable phone number,
    otherwise as the source gave it (an internal extension; ``""`` when withheld).
    ``ref`` is the PBX's id of the call when known, so an END finds its call."""

    kind: EventKind
    number: str
    source: str = SOURCE_CLI
    at: datetime = field(default_factory=_now)
    ref: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", EventKind(self.kind))
        if self.at.tzinfo is None:
            raise ValueError("A call event's time must carry its time zone.")

    def to_json(self) -> str:
        """One line of JSON (newlines inside values are escaped by the encoder)."""
        return json.dumps({"kind": self.kind.value, "number": self.number,
                           "source": self.source, "at": self.at.isoformat(),
                           "ref": self.ref}, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> CallEvent:
        """The event in ``text``; ``ValueError`` saying what is wrong otherwise."""
        try:
            data: Any = json.loads(text)
        except (json.JSONDecodeError, TypeError):
            raise ValueError("A call event must be a JSON object.") from None
        if not isinstance(data, dict):
            raise ValueError("A call event must be a JSON object.")
        kinds = ", ".join(kind.value for kind in EventKind)
        try:
            kind = EventKind(data.get("kind"))
        except ValueError:
            raise ValueError(f"A call event's kind must be one of: {kinds}.") from None
        number = _text(data, "number", None)
        source = _text(data, "source", SOURCE_CLI)
        ref = _text(data, "ref", "")
        at = _time(data.get("at"))
        return cls(kind, number, source, at, ref)


def _text(data: dict[str, Any], key: str, default: str | None) -> str:
    """The text under ``key``; ``default`` when it is missing (None: it is required)."""
    value = data.get(key, default)
    if not isinstance(value, str) or len(value) > _MAX_TEXT:
        raise ValueError(f"A call event's {key} must be a short text.")
    return value


def _time(value: object) -> datetime:
    if value is None:
        return _now()
    try:
        at = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        at = None
    if at is None or at.tzinfo is None:
        raise ValueError("A call event's time must be an ISO 8601 time with its time zone.")
    return at

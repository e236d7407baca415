"""Published script versions: supervisors edit a draft; publishing freezes a numbered copy.

Operators always run the latest published version, and a call session records the
version it ran, so a later edit never changes what a past call meant.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any

from desktop.domain.errors import NotPublishedError, UnsavedScriptError
from desktop.domain.script import Script


@dataclass(frozen=True, slots=True)
class ScriptVersion:
    script_id: int
    number: int
    published_at: datetime
    published_by: int | None
    content: MappingProxyType = field(repr=False)  # the frozen Script.to_dict()
    note: str = ""

    @classmethod
    def stored(cls, script_id: int, number: int, published_at: datetime,
               published_by: int | None, content: dict[str, Any],
               note: str = "") -> ScriptVersion:
        """A version read back from storage (content as saved by :meth:`as_dict`)."""
        return cls(script_id, number, published_at, published_by, _freeze(content), note)

    def script(self) -> Script:
        """A fresh Script built from the frozen content (edits to it change nothing here)."""
        return Script.from_dict(_thaw(self.content), id=self.script_id)

    @property
    def name(self) -> str:
        return self.content["name"]

    def as_dict(self) -> dict[str, Any]:
        return _thaw(self.content)


def publish(draft: Script, *, latest_number: int, at: datetime,
            by: int | None, note: str = "") -> ScriptVersion:
    """Freeze the draft as version ``latest_number + 1``."""
    if draft.id is None:
        raise UnsavedScriptError(draft.name)
    return ScriptVersion(
        script_id=draft.id,
        number=latest_number + 1,
        published_at=at,
        published_by=by,
        content=_freeze(draft.to_dict()),
        note=note,
    )


def latest_version(versions: Iterable[ScriptVersion], script_name: str) -> ScriptVersion:
    """The version operators run: the highest number published (never the draft)."""
    newest = max(versions, key=lambda v: v.number, default=None)
    if newest is None:
        raise NotPublishedError(script_name)
    return newest


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return tuple(_freeze(v) for v in value)
    return value


def _thaw(value: Any) -> Any:
    if isinstance(value, MappingProxyType | dict):
        return {k: _thaw(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_thaw(v) for v in value]
    return value

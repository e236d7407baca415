"""Scripts as readable JSON files: kept in git, reviewed, moved between databases.

:func:`dump` writes keys in a fixed order, one step per object, each field and each link
on one line, so a diff shows exactly what changed. :func:`load` checks everything before
building the script and names the step (and its line) at fault; it returns a whole
script or raises :class:`ScriptFileError`, never a part.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import Any

from desktop.domain.crm_types import EntityType
from desktop.domain.errors import DomainError
from desktop.domain.lint import reading_order
from desktop.domain.script import Script, StepField

FORMAT = "operator-desk-script"
VERSION = 1
FIELD_CODE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")  # CRM codes: NAME, UF_CRM_PRODUCT...
INDENT = "  "

_TOP_KEYS = ("format", "version", "name", "description", "start", "steps", "links")
_STEP_KEYS = ("id", "title", "text", "x", "y", "final", "fields")
_FIELD_KEYS = ("entity", "code", "editable")
_ENTITIES = tuple(e.value for e in EntityType)
_REQUIRED = object()  # marks a key that has no default
_encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode


class ScriptFileError(DomainError):
    """A script file that cannot be read; the message says where and why."""


# ---- writing ---------------------------------------------------------------------------
def dump(script: Script) -> str:
    """The script as JSON text ending with a newline; equal scripts give equal text."""
    steps = []
    for step_id in reading_order(script):
        step = script.step(step_id)
        steps.append({
            "id": step.id, "title": step.title, "text": step.text, "x": step.x, "y": step.y,
            "final": step.final,
            "fields": [{"entity": f.entity.value, "code": f.code, "editable": f.editable}
                       for f in step.fields],
        })
    document = {
        "format": FORMAT,
        "version": VERSION,
        "name": script.name,
        "description": script.description,
        "start": script.start_step_id,
        "steps": steps,
        "links": sorted([link.source, link.target] for link in script.links),
    }
    return _render(document, 0) + "\n"


def _render(value: Any, level: int) -> str:
    """JSON indented by two spaces, except that a list or object of plain values stays on
    one line (a link, a field): one line per item is what makes diffs readable."""
    if not isinstance(value, dict | list) or not value or all(
            not isinstance(v, dict | list) for v in _values(value)):
        return _encode(value)
    inner = INDENT * (level + 1)
    if isinstance(value, dict):
        items = [f"{inner}{_encode(k)}: {_render(v, level + 1)}"
                 for k, v in value.items()]
        opening, closing = "{", "}"
    else:
        items = [inner + _render(v, level + 1) for v in value]
        opening, closing = "[", "]"
    return opening + "\n" + ",\n".join(items) + "\n" + INDENT * level + closing


def _values(value: dict | list) -> list[Any]:
    return list(value.values()) if isinstance(value, dict) else value


# ---- reading ---------------------------------------------------------------------------
def load(text: str) -> Script:
    """Read a script file's text; raises :class:`ScriptFileError` naming what is wrong."""
    return _Reader(text).script()


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text

    def script(self) -> Script:
        data = self._parse()
        if data.get("format") != FORMAT:
            raise ScriptFileError(
                f"This is not an Operator Desk script file: \"format\" must be \"{FORMAT}\".")
        if "version" not in data:
            raise ScriptFileError("The key \"version\" is missing in the file.")
        version = data["version"]
        if type(version) is not int or version != VERSION:
            raise ScriptFileError(f"The file is in script format version {version!r}; this "
                                  f"version of Operator Desk reads version {VERSION}.")
        self._check_keys(data, _TOP_KEYS, optional=("description",), where="the file")
        name = self._string(data, "name", "the file")
        if not name.strip():
            raise ScriptFileError("The script has an empty \"name\".")
        script = Script(name, self._string(data, "description", "the file", ""))
        self._add_steps(script, self._list(data, "steps", "the file"))
        self._add_links(script, self._list(data, "links", "the file"))
        self._set_start(script, data["start"])
        return script

    def _parse(self) -> dict[str, Any]:
        def refuse_constant(name: str) -> None:
            raise ScriptFileError(f"The file contains {name}, which is not a number a step "
                                  "position can have.")

        try:
            data = json.loads(self.text, object_pairs_hook=_unique_keys,
                              parse_constant=refuse_constant)
        except json.JSONDecodeError as exc:
            raise ScriptFileError(f"The file is not valid JSON: {exc.msg} (line {exc.lineno}, "
                                  f"column {exc.colno}).") from None
        except RecursionError:
            raise ScriptFileError("The file is nested too deeply to be a script.") from None
        if not isinstance(data, dict):
            raise ScriptFileError("The file must hold one JSON object describing a script.")
        return data

    # ---- steps -------------------------------------------------------------------------
    def _add_steps(self, script: Script, steps: list[Any]) -> None:
        for index, raw in enumerate(steps, start=1):
            if not isinstance(raw, dict):
                raise ScriptFileError(f"Step {index} in \"steps\" must be an object.")
            where = self._step_place(raw, index)
            self._check_keys(raw, _STEP_KEYS, optional=_STEP_KEYS[2:], where=where)
            step_id = self._string(raw, "id", where)
            if not step_id.strip():
                raise ScriptFileError(f"Step {index} in \"steps\" has an empty \"id\".")
            if step_id in script:
                raise ScriptFileError(f"Two steps have the id «{step_id}»"
                                      f"{self._line_of_step(step_id, second=True)}.")
            fields = [self._field(f, where, i)
                      for i, f in enumerate(self._list(raw, "fields", where, []), start=1)]
            seen: set[tuple[EntityType, str]] = set()
            for f in fields:
                if f.key in seen:
                    raise ScriptFileError(f"The field {f.label()} appears twice in {where}.")
                seen.add(f.key)
            script.add_step(
                self._string(raw, "title", where), self._string(raw, "text", where, ""),
                x=self._number(raw, "x", where), y=self._number(raw, "y", where),
                step_id=step_id, final=self._bool(raw, "final", where, False), fields=fields)

    def _field(self, raw: Any, where: _Place, index: int) -> StepField:
        place = _Place(lambda: f"field {index} of {where}")
        if not isinstance(raw, dict):
            raise ScriptFileError(f"The {place} must be an object.")
        self._check_keys(raw, _FIELD_KEYS, optional=("editable",), where=place)
        entity = self._string(raw, "entity", place)
        if entity not in _ENTITIES:
            raise ScriptFileError(f"The {place} has the unknown entity «{entity}»; "
                                  f"use one of {', '.join(_ENTITIES)}.")
        code = self._string(raw, "code", place)
        if not FIELD_CODE.fullmatch(code):
            raise ScriptFileError(f"The {place} has the code «{code}», which is not a CRM "
                                  "field code (letters, digits and _, not starting with a "
                                  "digit).")
        return StepField(EntityType(entity), code,
                         self._bool(raw, "editable", place, True))

    # ---- links and start ---------------------------------------------------------------
    def _add_links(self, script: Script, links: list[Any]) -> None:
        for index, raw in enumerate(links, start=1):
            if (not isinstance(raw, list) or len(raw) != 2
                    or not all(isinstance(end, str) for end in raw)):
                raise ScriptFileError(f"Link {index} in \"links\" must be a pair of step ids, "
                                      "like [\"from\", \"to\"].")
            source, target = raw
            where = _Place(lambda s=source, t=target:
                           f"The link [«{s}», «{t}»]{self._line_of_link(s, t)}")
            for end in (source, target):
                if end not in script:
                    raise ScriptFileError(f"{where} refers to the unknown step «{end}».")
            if source == target:
                raise ScriptFileError(f"{where} leads a step to itself.")
            if script.has_link(source, target):
                raise ScriptFileError(f"{where} appears twice.")
            script.link(source, target)

    def _set_start(self, script: Script, start: Any) -> None:
        if start is None:
            if len(script):
                raise ScriptFileError("The script has steps but no \"start\" step.")
            return
        if not isinstance(start, str):
            raise ScriptFileError("\"start\" must be the id of a step, in quotes.")
        if start not in script:
            raise ScriptFileError(f"\"start\" names the unknown step «{start}».")
        script.set_start(start)

    # ---- values ------------------------------------------------------------------------
    @staticmethod
    def _check_keys(data: dict[str, Any], allowed: tuple[str, ...], *,
                    optional: tuple[str, ...], where: object) -> None:
        missing = [k for k in allowed if k not in data and k not in optional]
        if missing:
            raise ScriptFileError(f"The key \"{missing[0]}\" is missing in {where}.")
        unknown = [k for k in data if k not in allowed]
        if unknown:
            raise ScriptFileError(f"The key \"{unknown[0]}\" in {where} is not part of a "
                                  "script file.")

    @staticmethod
    def _typed(data: dict[str, Any], key: str, where: object, kind: type | tuple[type, ...],
               noun: str, default: Any) -> Any:
        if key not in data and default is not _REQUIRED:
            return default
        value = data[key]
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            raise ScriptFileError(f"\"{key}\" in {where} must be {noun}.")
        return value

    def _string(self, data: dict, key: str, where: object, default: Any = _REQUIRED) -> str:
        return self._typed(data, key, where, str, "text in quotes", default)

    def _list(self, data: dict, key: str, where: object, default: Any = _REQUIRED) -> list[Any]:
        return self._typed(data, key, where, list, "a list in [ ]", default)

    def _bool(self, data: dict, key: str, where: object, default: bool) -> bool:
        return self._typed(data, key, where, bool, "true or false", default)

    def _number(self, data: dict, key: str, where: object) -> float:
        value = self._typed(data, key, where, (int, float), "a number", 0.0)
        try:
            value = float(value)
        except OverflowError:
            value = math.inf
        if not math.isfinite(value):
            raise ScriptFileError(f"\"{key}\" in {where} is too large to be a position.")
        return value

    # ---- where things are ---------------------------------------------------------------
    def _step_place(self, raw: dict[str, Any], index: int) -> _Place:
        step_id = raw.get("id")
        if isinstance(step_id, str) and step_id:
            return _Place(lambda: f"the step «{step_id}»{self._line_of_step(step_id)}")
        return _Place(lambda: f"step {index} in \"steps\"")

    def _line_of_step(self, step_id: str, *, second: bool = False) -> str:
        pattern = r'"id"\s*:\s*' + re.escape(json.dumps(step_id, ensure_ascii=False))
        return self._line_of(pattern, 1 if second else 0)

    def _line_of_link(self, source: str, target: str) -> str:
        pattern = (r"\[\s*" + re.escape(json.dumps(source, ensure_ascii=False)) + r"\s*,\s*"
                   + re.escape(json.dumps(target, ensure_ascii=False)) + r"\s*\]")
        return self._line_of(pattern, 0)

    def _line_of(self, pattern: str, nth: int) -> str:
        """" (line N)" at the nth match, or nothing when the text spells the value another
        way (with escapes) and the line cannot be found."""
        for count, match in enumerate(re.finditer(pattern, self.text)):
            if count == nth:
                return f" (line {self.text.count(chr(10), 0, match.start()) + 1})"
        return ""


class _Place:
    """Where in the file a value is, worked out only when an error names it (finding the
    line means searching the text, too slow to do for every step of a valid file)."""

    def __init__(self, describe: Callable[[], str]) -> None:
        self._describe = describe

    def __str__(self) -> str:
        return self._describe()


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise ScriptFileError(f"The key \"{key}\" appears twice in one object.")
        data[key] = value
    return data

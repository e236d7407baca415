"""Scripts with their steps, links and step fields; published versions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from desktop.domain.script import Script
from desktop.domain.versions import ScriptVersion, publish
from desktop.storage.errors import NotFoundError, StorageError
from desktop.storage.models import (
    LinkRow,
    RoleRow,
    RoleScriptRow,
    ScriptRow,
    ScriptVersionRow,
    StepFieldRow,
    StepRow,
    UserRow,
)
from desktop.storage.repositories.common import (
    as_utc,
    flush_versioned,
    load_for_update,
    require_row,
    utcnow,
)

WHAT = "script"


@dataclass(frozen=True, slots=True)
class ScriptSummary:
    id: int
    name: str
    description: str
    step_count: int
    version: int
    published_number: int | None
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """One published version as the versions list shows it."""

    number: int
    published_at: datetime
    published_by_name: str | None  # None: published by no one known (demo, deleted user)
    note: str
    step_count: int


class TooLongError(StorageError, ValueError):
    """A name, title, step id or field code longer than its column holds."""


NAME_LIMIT: int = ScriptRow.__table__.c.name.type.length

# What the columns hold: checked up front, since SQLite would store anything and
# PostgreSQL would refuse with a driver error instead of a sentence.
_LIMITS = (
    ("script name", ScriptRow.__table__.c.name),
    ("step id", StepRow.__table__.c.step_key),
    ("step title", StepRow.__table__.c.title),
    ("field code", StepFieldRow.__table__.c.code),
)


def check_fits(script: Script) -> None:
    """Refuse, before writing anything, a script whose texts do not fit their columns."""
    values = {
        "script name": [script.name],
        "step id": [s.id for s in script.steps],
        "step title": [s.title for s in script.steps],
        "field code": [f.code for s in script.steps for f in s.fields],
    }
    for what, column in _LIMITS:
        limit = column.type.length
        for value in values[what]:
            if len(value) > limit:
                shown = value if len(value) <= 40 else value[:40] + "…"
                raise TooLongError(f"The {what} «{shown}» is longer than {limit} characters.")


class ScriptRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def list(self) -> list[ScriptSummary]:
        steps = (select(StepRow.script_id, func.count().label("n"))
                 .group_by(StepRow.script_id).subquery())
        published = (select(ScriptVersionRow.script_id, func.max(ScriptVersionRow.number)
                            .label("latest")).group_by(ScriptVersionRow.script_id).subquery())
        query = (
            select(ScriptRow, steps.c.n, published.c.latest)
            .outerjoin(steps, steps.c.script_id == ScriptRow.id)
            .outerjoin(published, published.c.script_id == ScriptRow.id)
            .order_by(ScriptRow.name, ScriptRow.id)
        )
        return [
            ScriptSummary(row.id, row.name, row.description, n or 0, row.version, latest,
                          as_utc(row.updated_at))
            for row, n, latest in self.session.execute(query)
        ]

    def find_id(self, name: str) -> int | None:
        return self.session.scalar(select(ScriptRow.id).where(ScriptRow.name == name)
                                   .order_by(ScriptRow.id).limit(1))

    def names(self) -> dict[int, str]:
        """Every script's name by id (few rows: for checking that a name is free)."""
        rows = self.session.execute(select(ScriptRow.id, ScriptRow.name))
        return {script_id: name for script_id, name in rows}

    def counts(self, script_id: int) -> tuple[str, int, int]:
        """The script's name and how many steps and links it has, without loading it."""
        name = require_row(self.session, ScriptRow, script_id, WHAT).name
        steps = self.session.scalar(select(func.count()).select_from(StepRow)
                                    .where(StepRow.script_id == script_id)) or 0
        links = self.session.scalar(select(func.count()).select_from(LinkRow)
                                    .where(LinkRow.script_id == script_id)) or 0
        return name, steps, links

    def stored_version(self, script_id: int) -> int:
        return require_row(self.session, ScriptRow, script_id, WHAT).version

    def role_names(self) -> dict[int, list[str]]:
        """The names of the roles using each script, by script id, sorted by name."""
        rows = self.session.execute(
            select(RoleScriptRow.script_id, RoleRow.name)
            .join(RoleRow, RoleRow.id == RoleScriptRow.role_id).order_by(RoleRow.name))
        by_script: dict[int, list[str]] = {}
        for script_id, name in rows:
            by_script.setdefault(script_id, []).append(name)
        return by_script

    def role_ids_using(self, script_id: int) -> list[int]:
        return list(self.session.scalars(
            select(RoleScriptRow.role_id).where(RoleScriptRow.script_id == script_id)
            .order_by(RoleScriptRow.role_id)))

    def get(self, script_id: int) -> Script:
        row = require_row(self.session, ScriptRow, script_id, WHAT)
        return Script.from_dict(self._draft_data(row), id=row.id, version=row.version)

    def has_unpublished_changes(self, script_id: int) -> bool:
        """Whether the draft differs from the latest published version, as scripts compare
        (``Script.__eq__``: content, positions, name and description; not ids or versions).
        Compared as plain data, without building either script: the Scripts tab asks this
        for every script at once. Never published counts as changed."""
        row = require_row(self.session, ScriptRow, script_id, WHAT)
        content = self.session.scalars(
            select(ScriptVersionRow.content).where(ScriptVersionRow.script_id == script_id)
            .order_by(ScriptVersionRow.number.desc()).limit(1)).first()
        return content is None or _comparable(self._draft_data(row)) != _comparable(content)

    def _draft_data(self, row: ScriptRow) -> dict[str, Any]:
        """The stored draft in ``Script.to_dict`` form, read as plain columns (loading
        thousands of ORM objects would take several times longer)."""
        steps = self.session.execute(
            select(StepRow.step_key, StepRow.title, StepRow.text, StepRow.x, StepRow.y,
                   StepRow.final)
            .where(StepRow.script_id == row.id).order_by(StepRow.id)).all()
        fields = self.session.execute(
            select(StepFieldRow.step_key, StepFieldRow.entity, StepFieldRow.code,
                   StepFieldRow.editable)
            .where(StepFieldRow.script_id == row.id)
            .order_by(StepFieldRow.step_key, StepFieldRow.position)).all()
        links = self.session.execute(
            select(LinkRow.source_key, LinkRow.target_key)
            .where(LinkRow.script_id == row.id).order_by(LinkRow.id)).all()
        fields_of: dict[str, list[dict[str, Any]]] = {}
        for key, entity, code, editable in fields:
            fields_of.setdefault(key, []).append(
                {"entity": entity, "code": code, "editable": editable})
        return {
            "name": row.name,
            "description": row.description,
            "start_step_id": row.start_step_key,
            "steps": [
                {"id": key, "title": title, "text": text, "x": x, "y": y, "final": final,
                 "fields": fields_of.get(key, [])}
                for key, title, text, x, y, final in steps
            ],
            "links": [[source, target] for source, target in links],
        }

    def add(self, script: Script) -> Script:
        """Store a new script; sets its id and version."""
        check_fits(script)
        row = ScriptRow(name=script.name, description=script.description,
                        start_step_key=script.start_step_id, updated_at=utcnow())
        self.session.add(row)
        self.session.flush()
        self._write_graph(row.id, script)
        script.id, script.version = row.id, row.version
        return script

    def save(self, script: Script) -> Script:
        """Store the draft over the version it was loaded from; a stale one is a conflict."""
        if script.id is None:
            return self.add(script)
        check_fits(script)
        row = load_for_update(self.session, ScriptRow, script.id, script.version, WHAT,
                              lambda r: r.name)
        row.name, row.description = script.name, script.description
        row.start_step_key, row.updated_at = script.start_step_id, utcnow()
        flush_versioned(self.session, WHAT, script.name)
        for table in (LinkRow, StepFieldRow, StepRow):
            self.session.execute(delete(table).where(table.script_id == script.id))
        self._write_graph(script.id, script)
        script.version = row.version
        return script

    def delete(self, script_id: int, expected_version: int | None = None) -> None:
        row = require_row(self.session, ScriptRow, script_id, WHAT)
        if expected_version is not None:
            load_for_update(self.session, ScriptRow, script_id, expected_version, WHAT,
                            lambda r: r.name)
        self.session.delete(row)
        flush_versioned(self.session, WHAT, row.name)

    # ---- published versions ------------------------------------------------------
    def publish(self, script_id: int, *, by: int | None, note: str = "",
                at: datetime | None = None) -> ScriptVersion:
        """Freeze the stored draft as the next numbered version."""
        draft = self.get(script_id)
        latest = self.session.scalar(
            select(func.max(ScriptVersionRow.number))
            .where(ScriptVersionRow.script_id == script_id)) or 0
        version = publish(draft, latest_number=latest, at=at or utcnow(), by=by, note=note)
        self.session.add(ScriptVersionRow(
            script_id=script_id, number=version.number, published_at=version.published_at,
            published_by=by, note=note, content=version.as_dict()))
        self.session.flush()
        return version

    def latest_published(self, script_id: int) -> ScriptVersion | None:
        row = self.session.scalars(
            select(ScriptVersionRow).where(ScriptVersionRow.script_id == script_id)
            .order_by(ScriptVersionRow.number.desc()).limit(1)).first()
        return _version(row) if row else None

    def published(self, script_id: int, number: int) -> ScriptVersion:
        row = self.session.scalars(
            select(ScriptVersionRow).where(ScriptVersionRow.script_id == script_id,
                                           ScriptVersionRow.number == number)).first()
        if row is None:
            raise NotFoundError(f"version {number} of script", script_id)
        return _version(row)

    def versions(self, script_id: int) -> list[VersionInfo]:
        """Every published version, newest first, with the publisher's display name."""
        require_row(self.session, ScriptRow, script_id, WHAT)
        rows = self.session.execute(
            select(ScriptVersionRow, UserRow.display_name)
            .outerjoin(UserRow, UserRow.id == ScriptVersionRow.published_by)
            .where(ScriptVersionRow.script_id == script_id)
            .order_by(ScriptVersionRow.number.desc()))
        return [VersionInfo(row.number, as_utc(row.published_at), name, row.note,
                            len(row.content.get("steps", ())))
                for row, name in rows]

    def version_numbers(self, script_id: int) -> list[int]:
        return list(self.session.scalars(
            select(ScriptVersionRow.number).where(ScriptVersionRow.script_id == script_id)
            .order_by(ScriptVersionRow.number)))

    def _write_graph(self, script_id: int, script: Script) -> None:
        steps = [
            {"script_id": script_id, "step_key": s.id, "title": s.title, "text": s.text,
             "x": s.x, "y": s.y, "final": s.final}
            for s in script.steps
        ]
        fields = [
            {"script_id": script_id, "step_key": s.id, "position": i, "entity": f.entity.value,
             "code": f.code, "editable": f.editable}
            for s in script.steps for i, f in enumerate(s.fields)
        ]
        links = [{"script_id": script_id, "source_key": link.source, "target_key": link.target}
                 for link in script.links]
        for table, rows in ((StepRow, steps), (StepFieldRow, fields), (LinkRow, links)):
            if rows:
                self.session.execute(insert(table), rows)


def _comparable(data: dict[str, Any]) -> tuple:
    """A ``Script.to_dict`` snapshot in an order-free form: equal exactly when the scripts
    built from the two snapshots would be equal."""
    steps = sorted(
        (s["id"], s.get("title", ""), s.get("text", ""), float(s.get("x", 0.0)),
         float(s.get("y", 0.0)), bool(s.get("final", False)),
         tuple((f["entity"], f["code"], bool(f.get("editable", True)))
               for f in s.get("fields", ())))
        for s in data["steps"])
    links = sorted((source, target) for source, target in data.get("links", ()))
    return (data["name"], data.get("description", ""), data.get("start_step_id"), steps, links)


def _version(row: ScriptVersionRow) -> ScriptVersion:
    return ScriptVersion.stored(row.script_id, row.number, as_utc(row.published_at),
                                row.published_by, row.content, row.note)

"""Scripts with their steps, links and step fields; published versions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from desktop.domain.script import Script
from desktop.domain.versions import ScriptVersion, publish
from desktop.storage.errors import NotFoundError
from desktop.storage.models import (
    LinkRow,
    ScriptRow,
    ScriptVersionRow,
    StepFieldRow,
    StepRow,
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
        return self.session.scalar(select(ScriptRow.id).where(ScriptRow.name == name))

    def get(self, script_id: int) -> Script:
        row = require_row(self.session, ScriptRow, script_id, WHAT)
        steps = self.session.scalars(
            select(StepRow).where(StepRow.script_id == script_id).order_by(StepRow.id)).all()
        fields = self.session.scalars(
            select(StepFieldRow).where(StepFieldRow.script_id == script_id)
            .order_by(StepFieldRow.step_key, StepFieldRow.position)).all()
        links = self.session.execute(
            select(LinkRow.source_key, LinkRow.target_key)
            .where(LinkRow.script_id == script_id).order_by(LinkRow.id)).all()
        fields_of: dict[str, list[dict]] = {}
        for f in fields:
            fields_of.setdefault(f.step_key, []).append(
                {"entity": f.entity, "code": f.code, "editable": f.editable})
        data = {
            "name": row.name,
            "description": row.description,
            "start_step_id": row.start_step_key,
            "steps": [
                {"id": s.step_key, "title": s.title, "text": s.text, "x": s.x, "y": s.y,
                 "final": s.final, "fields": fields_of.get(s.step_key, [])}
                for s in steps
            ],
            "links": [[source, target] for source, target in links],
        }
        return Script.from_dict(data, id=row.id, version=row.version)

    def add(self, script: Script) -> Script:
        """Store a new script; sets its id and version."""
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


def _version(row: ScriptVersionRow) -> ScriptVersion:
    return ScriptVersion.stored(row.script_id, row.number, as_utc(row.published_at),
                                row.published_by, row.content, row.note)

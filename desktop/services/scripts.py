"""Scripts for the Scripts tab, the designer and the command line.

Each method is one short transaction. Saves are optimistic: a script carries the draft
version it was loaded at, and saving over a newer draft raises
:class:`~desktop.storage.errors.ConflictError` instead of overwriting someone's work.
Script names are unique (ignoring case and spacing): operators pick a script by name,
and the command line finds one by name.

The service acts as the user it is made for: anyone may read scripts (operators run
them), but every change is refused with
:class:`~desktop.services.permissions.PermissionDenied` unless that user's role, as
stored at that moment, manages settings; each change is written to the audit log in
its own transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.domain.audit import (
    AuditAction,
    AuditEntity,
    Summary,
    script_summary,
    stored_script_summary,
)
from desktop.domain.script import Script
from desktop.domain.versions import ScriptVersion
from desktop.services.editing import (
    COPY_SUFFIX,
    clean_name,
    copy_name,
    name_key,
    restored_on_error,
)
from desktop.services.permissions import Change, GuardedService
from desktop.services.roles import take_from_roles
from desktop.storage.repositories import RoleRepository, ScriptRepository
from desktop.storage.repositories.scripts import NAME_LIMIT, VersionInfo

__all__ = [
    "COPY_SUFFIX",
    "DEFAULT_START_TITLE",
    "NameTakenError",
    "NothingToPublishError",
    "ScriptInUseError",
    "ScriptInfo",
    "ScriptService",
    "VersionInfo",
]

DEFAULT_START_TITLE = "Приветствие"
SCRIPT = AuditEntity.SCRIPT


class NameTakenError(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(f"A script named «{name}» already exists; choose another name.")
        self.name = name


class ScriptInUseError(ValueError):
    """Deleting a script that roles still give their operators."""

    def __init__(self, name: str, roles: list[str]) -> None:
        listed = ", ".join(f"«{r}»" for r in roles)
        noun = "role" if len(roles) == 1 else "roles"
        super().__init__(f"The script «{name}» is used by the {noun} {listed}; "
                         "remove it from them first.")
        self.name, self.roles = name, roles


class NothingToPublishError(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(f"The script «{name}» has no steps yet; add one before publishing.")


@dataclass(frozen=True, slots=True)
class ScriptInfo:
    """A row of the Scripts tab."""

    id: int
    name: str
    description: str
    step_count: int
    version: int  # the draft's version, for optimistic saves
    published_number: int | None  # the version operators run; None: never published
    has_unpublished_changes: bool  # the draft differs from what operators run
    roles: list[str]  # names of the roles using the script
    updated_at: datetime


class ScriptService(GuardedService):
    """``ScriptService(db, actor)``: ``actor`` is the signed-in user (None: nobody, who
    may read but not change anything)."""

    # ---- reading -----------------------------------------------------------------------
    def list(self) -> list[ScriptInfo]:
        """Every script by name, with its publishing state and the roles using it."""
        with self.db.read() as session:
            scripts = ScriptRepository(session)
            roles = scripts.role_names()
            return [
                ScriptInfo(s.id, s.name, s.description, s.step_count, s.version,
                           s.published_number, scripts.has_unpublished_changes(s.id),
                           roles.get(s.id, []), s.updated_at)
                for s in scripts.list()
            ]

    def get(self, script_id: int) -> Script:
        with self.db.read() as session:
            return ScriptRepository(session).get(script_id)

    def find(self, name: str) -> int | None:
        """The id of the script with exactly this name."""
        with self.db.read() as session:
            return ScriptRepository(session).find_id(name)

    def has_unpublished_changes(self, script_id: int) -> bool:
        """Whether the stored draft differs from the latest published version (compared
        as scripts: steps, texts, fields, links, positions, name and description).
        A script never published counts as changed: operators have nothing of it yet."""
        with self.db.read() as session:
            return ScriptRepository(session).has_unpublished_changes(script_id)

    def latest_published(self, script_id: int) -> ScriptVersion | None:
        with self.db.read() as session:
            return ScriptRepository(session).latest_published(script_id)

    def versions(self, script_id: int) -> list[VersionInfo]:
        """Published versions, newest first."""
        with self.db.read() as session:
            return ScriptRepository(session).versions(script_id)

    def roles_using(self, script_id: int) -> list[str]:
        with self.db.read() as session:
            return ScriptRepository(session).role_names().get(script_id, [])

    # ---- writing -----------------------------------------------------------------------
    def create(self, name: str, description: str = "", *,
               start_title: str = DEFAULT_START_TITLE) -> Script:
        """A new script with one start step, ready to grow on the canvas (the designer
        adds children with "+", so an empty canvas would give it nothing to grow from)."""
        script = Script(_clean_name(name), description.strip())
        script.add_step(start_title)
        return self.add(script)

    def add(self, script: Script) -> Script:
        """Store ``script`` as a new script under its own name; sets its id and version."""
        return self._add(script, AuditAction.CREATED)

    def _add(self, script: Script, action: AuditAction) -> Script:
        script.name = _clean_name(script.name)
        with restored_on_error(script), self.change() as change:
            scripts = ScriptRepository(change.session)
            _require_free(scripts, script.name)
            scripts.add(script)
            _audit(change, action, script, after=script_summary(script))
            return script

    def save(self, script: Script) -> Script:
        """Store the draft (a new script when it has no id). Updates ``script.version``.

        Raises ConflictError when the stored draft changed since ``script`` was loaded.
        """
        if script.id is None:
            return self.add(script)
        script.name = _clean_name(script.name)
        with restored_on_error(script), self.change() as change:
            scripts = ScriptRepository(change.session)
            _require_free(scripts, script.name, script.id)
            before = _summary_of(scripts, script.id)
            scripts.save(script)
            _audit(change, AuditAction.UPDATED, script, before, script_summary(script))
            return script

    def save_as_copy(self, script: Script, name: str) -> Script:
        """A new script holding ``script``'s content (e.g. after a conflict); ``script``
        itself is left as it is."""
        copy = script.copy()
        copy.id, copy.version, copy.name = None, 0, name
        return self.add(copy)

    def duplicate(self, script_id: int) -> Script:
        """A copy named «<name> (копия)» (or «(копия 2)»...); unpublished, in no role."""
        with self.change() as change:
            scripts = ScriptRepository(change.session)
            copy = scripts.get(script_id)
            source = copy.name
            copy.id, copy.version = None, 0
            copy.name = copy_name(copy.name, scripts.names().values(), NAME_LIMIT)
            scripts.add(copy)
            _audit(change, AuditAction.DUPLICATED, copy, {"name": source},
                   script_summary(copy))
            return copy

    def replace_draft(self, script_id: int, content: Script) -> Script:
        """Overwrite a draft with ``content`` whatever its version (command-line import:
        there is no earlier read to be stale against). Keeps the stored name."""
        with self.change() as change:
            return self._replace(change, script_id, content)

    def _replace(self, change: Change, script_id: int, content: Script) -> Script:
        scripts = ScriptRepository(change.session)
        before = _summary_of(scripts, script_id)
        draft = content.copy()
        draft.id, draft.version = script_id, scripts.stored_version(script_id)
        draft.name = before["name"]
        scripts.save(draft)
        _audit(change, AuditAction.IMPORTED, draft, before, script_summary(draft))
        return draft

    def import_script(self, script: Script, *, replace: bool = False) -> tuple[Script, bool]:
        """Store a script read from a file: over the draft of the script with the same
        name when ``replace`` (and there is one), else as a new script. Returns the stored
        script and whether it replaced a draft. Audited as an import."""
        script.name = _clean_name(script.name)
        if replace:
            with self.change() as change:
                existing = ScriptRepository(change.session).find_id(script.name)
                if existing is not None:
                    return self._replace(change, existing, script), True
        return self._add(script, AuditAction.IMPORTED), False

    def delete(self, script_id: int, *, remove_from_roles: bool = False) -> None:
        """Delete a script. While roles use it this is refused, unless
        ``remove_from_roles``: then it leaves those roles and goes, all in one transaction."""
        with self.change() as change:
            scripts = ScriptRepository(change.session)
            role_ids = scripts.role_ids_using(script_id)
            before = _summary_of(scripts, script_id)
            if role_ids and not remove_from_roles:
                roles = RoleRepository(change.session)
                raise ScriptInUseError(before["name"],
                                       sorted(roles.get(r).name for r in role_ids))
            role_names = take_from_roles(change, role_ids, script_id=script_id)
            scripts.delete(script_id)
            change.audit(AuditAction.DELETED, SCRIPT, script_id, before["name"],
                         {**before, "roles": role_names}, None)

    def publish(self, script_id: int, by_user_id: int | None = None,
                note: str = "") -> ScriptVersion:
        """Freeze the stored draft as the next numbered version, published by the actor.
        Lint issues never block this; a script without steps does, since operators would
        get nothing to run. ``by_user_id``, when given, must be the actor's own id."""
        with self.change() as change:
            if by_user_id not in (None, change.actor.id):
                raise ValueError("A script is published in the name of the signed-in user.")
            scripts = ScriptRepository(change.session)
            draft = scripts.get(script_id)
            if not len(draft):
                raise NothingToPublishError(draft.name)
            version = scripts.publish(script_id, by=change.actor.id, note=note.strip())
            _audit(change, AuditAction.PUBLISHED, draft, None,
                   {**script_summary(draft), "version": version.number, "note": version.note})
            return version

    def restore(self, script_id: int, number: int, expected_version: int) -> Script:
        """Copy published version ``number`` into the draft: its steps, fields, links,
        positions and start step; the name and description stay (renaming is separate).
        Saved as a normal draft save from ``expected_version``, so it conflicts like one."""
        with self.change() as change:
            scripts = ScriptRepository(change.session)
            current = scripts.get(script_id)
            restored = scripts.published(script_id, number).script()
            restored.id, restored.version = script_id, expected_version
            restored.name, restored.description = current.name, current.description
            scripts.save(restored)
            _audit(change, AuditAction.RESTORED, restored, script_summary(current),
                   {**script_summary(restored), "from_version": number})
            return restored


def _clean_name(name: str) -> str:
    return clean_name(name, "Enter a script name.")


def _summary_of(scripts: ScriptRepository, script_id: int) -> Summary:
    return stored_script_summary(*scripts.counts(script_id))


def _audit(change: Change, action: AuditAction, script: Script, before: Summary | None = None,
           after: Summary | None = None) -> None:
    change.audit(action, SCRIPT, script.id, script.name, before, after)


def _require_free(scripts: ScriptRepository, name: str, own_id: int | None = None) -> None:
    """Refuse a name another script has. A script keeping its stored name is let through,
    so a database that already holds twins (made before names were unique) stays usable."""
    names = scripts.names()
    if own_id is not None and names.get(own_id) == name:
        return
    key = name_key(name)
    if any(name_key(other) == key for sid, other in names.items() if sid != own_id):
        raise NameTakenError(name)

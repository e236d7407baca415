"""Scripts for the Scripts tab, the designer and the command line.

Each method is one short transaction. Saves are optimistic: a script carries the draft
version it was loaded at, and saving over a newer draft raises
:class:`~desktop.storage.errors.ConflictError` instead of overwriting someone's work.
Script names are unique (ignoring case and surrounding spaces): operators pick a script
by name, and the command line finds one by name.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from desktop.domain.script import Script
from desktop.domain.versions import ScriptVersion
from desktop.storage.database import Database
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
COPY_SUFFIX = "копия"


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


class ScriptService:
    def __init__(self, db: Database) -> None:
        self.db = db

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
        script.name = _clean_name(script.name)
        with _restored_on_error(script), self.db.transaction() as session:
            scripts = ScriptRepository(session)
            _require_free(scripts, script.name)
            return scripts.add(script)

    def save(self, script: Script) -> Script:
        """Store the draft (a new script when it has no id). Updates ``script.version``.

        Raises ConflictError when the stored draft changed since ``script`` was loaded.
        """
        if script.id is None:
            return self.add(script)
        script.name = _clean_name(script.name)
        with _restored_on_error(script), self.db.transaction() as session:
            scripts = ScriptRepository(session)
            _require_free(scripts, script.name, script.id)
            return scripts.save(script)

    def save_as_copy(self, script: Script, name: str) -> Script:
        """A new script holding ``script``'s content (e.g. after a conflict); ``script``
        itself is left as it is."""
        copy = script.copy()
        copy.id, copy.version, copy.name = None, 0, name
        return self.add(copy)

    def duplicate(self, script_id: int) -> Script:
        """A copy named «<name> (копия)» (or «(копия 2)»...); unpublished, in no role."""
        with self.db.transaction() as session:
            scripts = ScriptRepository(session)
            copy = scripts.get(script_id)
            copy.id, copy.version = None, 0
            copy.name = _copy_name(copy.name, scripts.names().values())
            return scripts.add(copy)

    def replace_draft(self, script_id: int, content: Script) -> Script:
        """Overwrite a draft with ``content`` whatever its version (command-line import:
        there is no earlier read to be stale against). Keeps the stored name."""
        with self.db.transaction() as session:
            scripts = ScriptRepository(session)
            draft = content.copy()
            draft.id, draft.version = script_id, scripts.stored_version(script_id)
            draft.name = scripts.get(script_id).name
            return scripts.save(draft)

    def delete(self, script_id: int, *, remove_from_roles: bool = False) -> None:
        """Delete a script. While roles use it this is refused, unless
        ``remove_from_roles``: then it leaves those roles and goes, all in one transaction."""
        with self.db.transaction() as session:
            scripts, roles = ScriptRepository(session), RoleRepository(session)
            role_ids = scripts.role_ids_using(script_id)
            name = scripts.get(script_id).name if role_ids else ""
            if role_ids and not remove_from_roles:
                raise ScriptInUseError(name, sorted(roles.get(r).name for r in role_ids))
            for role_id in role_ids:
                role = roles.get(role_id)
                role.script_ids = [s for s in role.script_ids if s != script_id]
                roles.save(role)  # bumps the role's version: an open role editor conflicts
            scripts.delete(script_id)

    def publish(self, script_id: int, by_user_id: int | None, note: str = "") -> ScriptVersion:
        """Freeze the stored draft as the next numbered version. Lint issues never block
        this; a script without steps does, since operators would get nothing to run."""
        with self.db.transaction() as session:
            scripts = ScriptRepository(session)
            draft = scripts.get(script_id)
            if not len(draft):
                raise NothingToPublishError(draft.name)
            return scripts.publish(script_id, by=by_user_id, note=note.strip())

    def restore(self, script_id: int, number: int, expected_version: int) -> Script:
        """Copy published version ``number`` into the draft: its steps, fields, links,
        positions and start step; the name and description stay (renaming is separate).
        Saved as a normal draft save from ``expected_version``, so it conflicts like one."""
        with self.db.transaction() as session:
            scripts = ScriptRepository(session)
            current = scripts.get(script_id)
            restored = scripts.published(script_id, number).script()
            restored.id, restored.version = script_id, expected_version
            restored.name, restored.description = current.name, current.description
            return scripts.save(restored)


def _clean_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValueError("Enter a script name.")
    return name


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _require_free(scripts: ScriptRepository, name: str, own_id: int | None = None) -> None:
    """Refuse a name another script has. A script keeping its stored name is let through,
    so a database that already holds twins (made before names were unique) stays usable."""
    names = scripts.names()
    if own_id is not None and names.get(own_id) == name:
        return
    key = _name_key(name)
    if any(_name_key(other) == key for sid, other in names.items() if sid != own_id):
        raise NameTakenError(name)


def _copy_name(name: str, taken: Iterable[str]) -> str:
    keys = {_name_key(n) for n in taken}
    number = 1
    while True:
        suffix = f" ({COPY_SUFFIX})" if number == 1 else f" ({COPY_SUFFIX} {number})"
        candidate = name[:NAME_LIMIT - len(suffix)].rstrip() + suffix
        if _name_key(candidate) not in keys:
            return candidate
        number += 1


@contextmanager
def _restored_on_error(script: Script) -> Iterator[None]:
    """Storing sets ``script.id`` and ``version`` before the commit; when the transaction
    fails after all, put them back so the caller's script still matches the database."""
    before = (script.id, script.version)
    try:
        yield
    except BaseException:
        script.id, script.version = before
        raise

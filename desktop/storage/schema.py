"""Schema migrations (alembic) driven from the app: upgrade, downgrade, and version checks.

The app refuses to work on a database whose schema is newer than it knows, and says so
in one sentence, instead of guessing and writing half-understood rows.

Loading alembic takes a third of a second, so every start first compares the stored
revision with the newest migration file by reading both directly; alembic loads only
when they differ (a new, old or foreign database) or the files cannot be read that way.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, MetaData, inspect, text
from sqlalchemy.exc import DBAPIError, OperationalError

from desktop.storage.database import database_fault
from desktop.storage.engine import reader
from desktop.storage.errors import ForeignTablesError, NewerSchemaError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^(down_)?revision(?:\s*:[^=]+)?\s*=\s*(?:None|[\"']([^\"']*)[\"'])\s*$",
                       re.MULTILINE)


def target_metadata() -> MetaData:
    """Every table of the app: its own and the embedded CRM's."""
    import desktop.crm.models  # registers the CRM tables
    import desktop.storage.models  # noqa: F401  (registers the app tables)
    from desktop.storage.base import Base

    return Base.metadata


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head() or ""


@cache
def newest_file_revision() -> str | None:
    """The one head of the migration files, read from their ``revision`` and
    ``down_revision`` lines; None when that is not plain (alembic then decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = {bool(m.group(1)): m.group(2) for m in _REVISION.finditer(
            path.read_text(encoding="utf-8"))}
        if not found.get(False):
            return None
        revisions.add(found[False])
        if found.get(True):
            parents.add(found[True])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revisions(engine: Engine) -> list[str]:
    """The rows of ``alembic_version`` read with plain SQL; none when it cannot be read."""
    try:
        with reader(engine).connect() as connection:
            return list(connection.execute(text("SELECT version_num FROM alembic_version"))
                        .scalars())
    except DBAPIError:
        return []


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except OperationalError as exc:
        raise database_fault(exc, _label(engine)) from exc


def check_known(engine: Engine) -> str | None:
    """Raise a :class:`SchemaError` when the database was written by a newer app or
    holds another program's tables."""
    from alembic.script import ScriptDirectory

    revision = current_revision(engine)
    if revision is not None:
        known = {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}
        if revision not in known:
            raise NewerSchemaError(revision)
    elif _has_tables(engine):
        raise ForeignTablesError()
    return revision


def is_current(engine: Engine) -> bool:
    newest = newest_file_revision()
    if newest is not None and _stored_revisions(engine) == [newest]:
        return True  # the usual start: no alembic needed
    return check_known(engine) == head_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    check_known(engine)
    _run(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    check_known(engine)
    _run(engine, command.downgrade, revision)


def _run(engine: Engine, action, revision: str) -> None:
    config = _config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            action(config, revision)
    except OperationalError as exc:
        raise database_fault(exc, _label(engine)) from exc


def _has_tables(engine: Engine) -> bool:
    return bool(set(inspect(engine).get_table_names()) - {"alembic_version"})


def _label(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)

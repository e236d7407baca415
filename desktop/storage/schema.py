"""Schema migrations (alembic) driven from the app: upgrade, downgrade, and version checks.

The app refuses to work on a database whose schema is newer than it knows, and says so
in one sentence, instead of guessing and writing half-understood rows.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData, inspect
from sqlalchemy.exc import OperationalError

from desktop.storage.database import describe_operational_error
from desktop.storage.errors import DatabaseUnavailableError, SchemaError

MIGRATIONS = Path(__file__).with_name("migrations")


def target_metadata() -> MetaData:
    """Every table of the app: its own and the embedded CRM's."""
    import desktop.crm.models  # registers the CRM tables
    import desktop.storage.models  # noqa: F401  (registers the app tables)
    from desktop.storage.base import Base

    return Base.metadata


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except OperationalError as exc:
        raise DatabaseUnavailableError(describe_operational_error(exc, _label(engine))) from exc


def check_known(engine: Engine) -> str | None:
    """Raise :class:`SchemaError` when the database was written by a newer app."""
    revision = current_revision(engine)
    if revision is not None:
        known = {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}
        if revision not in known:
            raise SchemaError(
                f"This database was created by a newer version of Operator Desk "
                f"(schema {revision}); update the app to open it."
            )
    elif _has_tables(engine):
        raise SchemaError("This database holds tables Operator Desk did not create; "
                          "choose an empty database or one made by Operator Desk.")
    return revision


def is_current(engine: Engine) -> bool:
    return check_known(engine) == head_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    check_known(engine)
    _run(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    check_known(engine)
    _run(engine, command.downgrade, revision)


def _run(engine: Engine, action, revision: str) -> None:
    config = _config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            action(config, revision)
    except OperationalError as exc:
        raise DatabaseUnavailableError(describe_operational_error(exc, _label(engine))) from exc


def _has_tables(engine: Engine) -> bool:
    return bool(set(inspect(engine).get_table_names()) - {"alembic_version"})


def _label(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)

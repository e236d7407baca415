"""Migrations: the first revision creates everything; downgrade undoes it; newer is refused."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from desktop.storage import schema
from desktop.storage.database import Database
from desktop.storage.errors import SchemaError


@pytest.fixture
def db(db_url: str):
    database = Database.open(db_url)
    yield database
    database.dispose()


def _tables(db: Database) -> set[str]:
    return set(inspect(db.engine).get_table_names()) - {"alembic_version"}


def test_upgrade_from_empty_creates_every_table_then_downgrade_removes_them(db: Database):
    assert schema.current_revision(db.engine) is None
    schema.upgrade(db.engine)
    assert schema.current_revision(db.engine) == schema.head_revision()
    assert _tables(db) == set(schema.target_metadata().tables)
    assert schema.is_current(db.engine)

    schema.downgrade(db.engine, "base")
    assert schema.current_revision(db.engine) is None
    assert _tables(db) == set()

    schema.upgrade(db.engine)  # and back again, cleanly
    assert _tables(db) == set(schema.target_metadata().tables)


def test_models_and_migrations_agree(db: Database):
    """Autogenerate finds nothing to do: every model change has its migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    schema.upgrade(db.engine)
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, schema.target_metadata())
    assert diff == []


def test_database_of_a_newer_app_is_refused(db: Database):
    schema.upgrade(db.engine)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00d0042'"))
    with pytest.raises(SchemaError, match="newer version of Operator Desk"):
        schema.upgrade(db.engine)
    with db.engine.connect() as connection:
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) == "f00d0042"


def test_foreign_tables_are_refused(db: Database):
    with db.engine.begin() as connection:
        connection.execute(text("CREATE TABLE somebody_elses (id INTEGER PRIMARY KEY)"))
    with pytest.raises(SchemaError, match="did not create"):
        schema.upgrade(db.engine)
    assert _tables(db) == {"somebody_elses"}

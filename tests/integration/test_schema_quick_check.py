"""The start-up schema check that reads the migration files itself (no alembic) agrees
with alembic, and hands every case it is not sure of to alembic."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.storage import schema
from desktop.storage.database import Database
from desktop.storage.errors import SchemaError


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database.open(db_url)
    yield database
    database.dispose()


@pytest.fixture
def fake_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    (tmp_path / "versions").mkdir()
    monkeypatch.setattr(schema, "MIGRATIONS", tmp_path)
    schema.newest_file_revision.cache_clear()
    yield tmp_path / "versions"
    schema.newest_file_revision.cache_clear()


def test_the_newest_file_is_alembics_head() -> None:
    assert schema.newest_file_revision() == schema.head_revision()


def test_current_only_at_the_newest_revision(db: Database) -> None:
    assert not schema.is_current(db.engine)  # empty
    schema.upgrade(db.engine)
    assert schema.is_current(db.engine)
    schema.downgrade(db.engine, "-1")
    assert not schema.is_current(db.engine)


def test_a_newer_schema_is_still_refused(db: Database) -> None:
    schema.upgrade(db.engine)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    with pytest.raises(SchemaError, match="newer version"):
        schema.is_current(db.engine)


def test_files_read_as_one_head(fake_migrations: Path) -> None:
    (fake_migrations / "0001_a.py").write_text('revision = "0001"\ndown_revision = None\n')
    (fake_migrations / "0002_b.py").write_text(
        'revision: str = "0002"\ndown_revision: str | None = "0001"\n')
    assert schema.newest_file_revision() == "0002"


@pytest.mark.parametrize("second", [
    'revision = "0002"\ndown_revision = None\n',  # two heads
    'REVISION = compute()\n',  # not plain: alembic decides
])
def test_anything_unusual_is_left_to_alembic(fake_migrations: Path, second: str) -> None:
    (fake_migrations / "0001_a.py").write_text('revision = "0001"\ndown_revision = None\n')
    (fake_migrations / "0002_b.py").write_text(second)
    assert schema.newest_file_revision() is None

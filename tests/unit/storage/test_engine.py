"""Database addresses and SQLite connection settings."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.locations import DatabaseUrlError, resolve_url
from desktop.storage.engine import make_engine, normalize_url


def test_postgresql_urls_use_psycopg():
    assert normalize_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert normalize_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"


@pytest.mark.parametrize("url", ["mysql://x/y", "oracle://a/b", "mssql+pyodbc://s/d"])
def test_other_databases_are_refused(url: str):
    with pytest.raises(DatabaseUrlError, match="Unsupported database"):
        normalize_url(url)


def test_url_comes_from_argument_then_environment_then_user_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("OPERATOR_DESK_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("OPERATOR_DESK_DB", raising=False)
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'operator-desk.sqlite3'}"
    monkeypatch.setenv("OPERATOR_DESK_DB", "sqlite:///env.db")
    assert resolve_url(None) == "sqlite:///env.db"
    assert resolve_url("sqlite:///arg.db") == "sqlite:///arg.db"


def test_sqlite_runs_in_wal_with_foreign_keys_and_busy_timeout(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'sub' / 'x.db'}")
    with engine.connect() as connection:
        assert connection.scalar(text("PRAGMA journal_mode")) == "wal"
        assert connection.scalar(text("PRAGMA foreign_keys")) == 1
        assert connection.scalar(text("PRAGMA busy_timeout")) == 5000
        assert connection.scalar(text("PRAGMA synchronous")) == 2  # FULL
    engine.dispose()


def test_sqlite_read_then_write_waits_instead_of_failing(tmp_path):
    """BEGIN IMMEDIATE: two writers queue on the lock rather than one failing at once."""
    import threading

    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE counter (n INTEGER)"))
        connection.execute(text("INSERT INTO counter VALUES (0)"))

    errors: list[Exception] = []

    def bump() -> None:
        try:
            for _ in range(20):
                with engine.begin() as connection:
                    n = connection.scalar(text("SELECT n FROM counter"))
                    connection.execute(text("UPDATE counter SET n = :n"), {"n": n + 1})
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=bump) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT n FROM counter")) == 80
    assert errors == []
    engine.dispose()


def test_readers_do_not_queue_behind_a_writer(tmp_path):
    """A read-only transaction begins deferred: it reads while another holds the write lock."""
    from desktop.storage.engine import reader

    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (n INTEGER)"))
        connection.execute(text("INSERT INTO t VALUES (1)"))
    with engine.begin() as writer:
        writer.execute(text("UPDATE t SET n = 2"))  # holds the write lock, not committed
        with reader(engine).connect() as connection:
            assert connection.scalar(text("SELECT n FROM t")) == 1  # the committed value
    engine.dispose()

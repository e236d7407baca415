"""The command line contract: db upgrade, demo, --db anywhere, and clear failures."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import func, select, text

from desktop import __version__
from desktop.app import FIRST_WINDOW_ENV, FIRST_WINDOW_SHOWN, LOGIN_SETTLED
from desktop.storage import schema
from desktop.storage.database import Database
from desktop.storage.models import UserRow


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, **(env or {})})


def user_count(url: str) -> int:
    db = Database.open(url)
    try:
        with db.engine.connect() as connection:
            return connection.scalar(select(func.count()).select_from(UserRow.__table__))
    finally:
        db.dispose()


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"operator-desk {__version__}"


def test_db_upgrade_before_and_after_the_command(sqlite_url: str):
    first = run("db", "upgrade", "--db", sqlite_url)
    assert first.returncode == 0, first.stderr
    newest = schema.head_revision()
    assert f"empty -> {newest}" in first.stdout
    again = run("--db", sqlite_url, "db", "upgrade")
    assert again.returncode == 0, again.stderr
    assert "up to date" in again.stdout
    assert run("db", "current", env={"OPERATOR_DESK_DB": sqlite_url}).stdout.strip() == newest


def test_demo_fills_the_database_once_and_prints_the_accounts(db_url: str):
    first = run("demo", "--db", db_url)
    assert first.returncode == 0, first.stderr
    assert "added" in first.stdout
    for line in ("admin", "admin-demo", "anna", "anna-demo", "pavel", "pavel-demo"):
        assert line in first.stdout
    assert user_count(db_url) == 3
    second = run("--db", db_url, "demo")
    assert second.returncode == 0, second.stderr
    assert "nothing added" in second.stdout
    assert user_count(db_url) == 3


def test_demo_if_new_leaves_a_used_database_alone(sqlite_url: str):
    assert run("demo", "--if-new", "--quiet", "--db", sqlite_url).stdout == ""
    assert user_count(sqlite_url) == 3
    db = Database.open(sqlite_url)
    with db.transaction() as session:
        session.execute(text("DELETE FROM users WHERE username = 'pavel'"))
    db.dispose()
    assert run("demo", "--if-new", "--db", sqlite_url).returncode == 0
    assert user_count(sqlite_url) == 2


@pytest.mark.parametrize(("url", "message"), [
    ("mysql://root@localhost/crm", "Unsupported database «mysql»"),
    ("not a url", "Cannot read the database address"),
    ("postgresql+asyncpg://u@localhost/x", "use postgresql+psycopg://"),
])
def test_bad_database_address_is_one_clear_sentence(url: str, message: str):
    result = run("demo", "--db", url)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unreachable_postgresql_is_reported():
    result = run("db", "upgrade", "--db", "postgresql+psycopg://nobody@127.0.0.1:9/none")
    assert result.returncode == 1
    assert "Cannot connect to the database" in result.stderr
    assert "Traceback" not in result.stderr


def test_locked_sqlite_file_writes_nothing(sqlite_url: str, tmp_path):
    assert run("db", "upgrade", "--db", sqlite_url).returncode == 0
    holder = sqlite3.connect(tmp_path / "operator-desk.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = run("demo", "--db", sqlite_url)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 1
    assert "The database is busy" in result.stderr
    assert "Traceback" not in result.stderr
    assert user_count(sqlite_url) == 0


def test_database_of_a_newer_app_is_refused_and_left_alone(sqlite_url: str):
    assert run("db", "upgrade", "--db", sqlite_url).returncode == 0
    db = Database.open(sqlite_url)
    with db.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = 'f00d0042'"))
    db.dispose()
    result = run("demo", "--db", sqlite_url)
    assert result.returncode == 1
    assert "newer version of Operator Desk" in result.stderr
    assert user_count(sqlite_url) == 0


def test_the_app_refuses_a_malformed_address_before_any_window():
    result = run("--db", "mysql://root@localhost/crm", env={FIRST_WINDOW_ENV: "1"})
    assert result.returncode == 1
    assert result.stderr.strip() == ("operator-desk: Unsupported database «mysql»: use "
                                     "sqlite:///PATH or postgresql+psycopg://USER@HOST/NAME.")
    assert FIRST_WINDOW_SHOWN not in result.stdout


def test_the_app_says_in_its_window_that_the_server_is_down(tmp_path):
    """Bare `operator-desk` shows its window at once and says there that the server does
    not answer (with Retry), instead of failing before any window."""
    result = run("--db", "postgresql+psycopg://nobody@127.0.0.1:9/none",
                 env={FIRST_WINDOW_ENV: "1", "QT_QPA_PLATFORM": "offscreen",
                      "OPERATOR_DESK_INSTANCE": f"od-cli-test-{os.getpid()}",
                      "XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [FIRST_WINDOW_SHOWN, LOGIN_SETTLED]
    assert "Traceback" not in result.stderr

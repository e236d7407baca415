"""Test-wide setup: offscreen Qt, private data dirs, an in-memory keyring, databases.

Everything here runs before any test module imports Qt or the app, so no test can
open a window, read or write the user's real data, config or keyring, or reach a
database named by the developer's own ``OPERATOR_DESK_DB``.

Fixtures:
    sqlite_url -- a fresh SQLite file under the test's tmp_path.
    pg_url     -- session-wide PostgreSQL URL (``OPERATOR_DESK_TEST_PG`` or a
                  throwaway local server started for the session).
    pg_db_url  -- a fresh, empty PostgreSQL database for one test, dropped afterwards.
    db_url     -- runs the test on both backends: "sqlite" and "postgresql".
    memory_keyring -- the in-memory keyring backend of the current test.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Created on first write by whatever needs it, so a killed run that wrote nothing
# leaves nothing behind.
_SESSION_DIR = Path(tempfile.gettempdir()) / f"operator-desk-tests-{uuid.uuid4().hex}"
atexit.register(shutil.rmtree, _SESSION_DIR, ignore_errors=True)
os.environ["OPERATOR_DESK_DATA_DIR"] = str(_SESSION_DIR / "data")
os.environ.pop("OPERATOR_DESK_DB", None)
# QSettings and platformdirs follow XDG; subprocesses (the CLI) inherit all of this.
for _xdg in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
    os.environ[_xdg] = str(_SESSION_DIR / _xdg.lower())
# Subprocesses get no keyring at all, like a headless Linux machine, never the real one.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.errors import PasswordDeleteError  # noqa: E402

from tests import pg_server  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """Secrets kept in a dict: headless Linux has no keyring backend to test against."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.secrets[(service, username)]
        except KeyError:
            raise PasswordDeleteError(f"no secret for {username!r} in {service!r}") from None


@pytest.fixture(scope="session", autouse=True)
def _session_keyring() -> Iterator[None]:
    """No test reaches the OS keyring, even one that forgets ``memory_keyring``."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def memory_keyring(_session_keyring: None) -> MemoryKeyring:
    """A fresh, empty keyring for each test, so stored secrets never leak between tests."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A SQLite file that does not exist yet, private to this test."""
    return f"sqlite:///{tmp_path / 'operator-desk.sqlite3'}"


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """The PostgreSQL server for this session; its database is shared by every test."""
    configured = os.environ.get(pg_server.ENV_VAR)
    if configured:
        yield configured
        return
    try:
        server = pg_server.start()
    except (pg_server.PgUnavailable, pg_server.PgCommandError) as exc:
        why = "CI must run the PostgreSQL tests" if _on_ci() else "PostgreSQL tests need a server"
        pytest.fail(
            f"{exc}\n{why}; or point {pg_server.ENV_VAR} at one: "
            "postgresql+psycopg://USER@HOST:PORT/DB",
            pytrace=False,
        )
    try:
        yield server.url
    finally:
        pg_server.stop(server)


@pytest.fixture
def pg_db_url(pg_url: str) -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped when the test ends."""
    with pg_server.scratch_database(pg_url) as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """An empty database on each backend the app supports; the test runs once per backend."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("pg_db_url")


def _on_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"

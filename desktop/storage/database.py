"""One place to open the database and run short transactions against it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.locations import database_label
from desktop.storage.engine import make_engine, reader
from desktop.storage.errors import DatabaseFault, DatabaseUnavailableError
from desktop.storage.models import MetaRow


class Database:
    """The engine and a session factory; every operation is one short transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._readers = sessionmaker(reader(engine), expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None) -> Database:
        return cls(make_engine(url))

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def label(self) -> str:
        """Where the data lives, for people (never shows a password)."""
        url = self.engine.url
        return database_label(url.drivername, url.host, url.port, url.database)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Commit on success, roll back on any error; database faults become one sentence."""
        with self._run(self._sessions) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A transaction that only reads: never waits for writers on SQLite."""
        with self._run(self._readers) as session:
            yield session

    @contextmanager
    def _run(self, factory: sessionmaker) -> Iterator[Session]:
        try:
            with factory.begin() as session:
                yield session
        except OperationalError as exc:
            raise database_fault(exc, self.label) from exc

    def get_meta(self, key: str) -> str | None:
        with self.read() as session:
            row = session.get(MetaRow, key)
            return row.value if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as session:
            session.merge(MetaRow(key=key, value=value))

    def dispose(self) -> None:
        self.engine.dispose()

    def ping(self) -> None:
        with self.read() as session:
            session.execute(select(1))


def database_fault(exc: OperationalError, label: str) -> DatabaseUnavailableError:
    """The driver's error as one sentence about the database at ``label``."""
    detail = str(exc.orig or exc).strip()
    text = detail.lower()
    if "locked" in text or "busy" in text:
        return DatabaseUnavailableError(
            f"The database is busy (locked by another program) — {label}. Try again in a "
            "moment.", DatabaseFault.BUSY)
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return DatabaseUnavailableError(
            f"Cannot open the database file — {label}. Check the path and its permissions.",
            DatabaseFault.FILE)
    if "connection" in text or "could not connect" in text or "timeout" in text:
        return DatabaseUnavailableError(
            f"Cannot connect to the database — {label}. Is the server running and reachable?",
            DatabaseFault.CONNECT)
    if "password authentication" in text or "authentication" in text:
        return DatabaseUnavailableError(
            f"The database refused the login — {label}. Check the user name and password.",
            DatabaseFault.LOGIN)
    if "does not exist" in text:
        return DatabaseUnavailableError(f"The database does not exist — {label}.",
                                        DatabaseFault.MISSING)
    return DatabaseUnavailableError(f"The database reported an error — {label}: {detail}",
                                    DatabaseFault.OTHER, detail)

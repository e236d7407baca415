"""Engine factory: a local SQLite file by default, a shared PostgreSQL server by URL.

SQLite is opened in WAL mode with a busy timeout and foreign keys on, and every
transaction that may write starts with BEGIN IMMEDIATE: a deferred transaction that
reads and then writes fails at once with "database is locked" whatever the busy
timeout says. Work that only reads goes through :func:`reader` and begins deferred.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from desktop.locations import APP_NAME, DatabaseAddress, resolve_url

BUSY_TIMEOUT_MS = 5000


# Execution option marking a connection that only reads: on SQLite it begins a plain
# (deferred) transaction, so readers never queue behind the write lock.
READ_ONLY = {"operator_desk_read_only": True}


def reader(engine: Engine) -> Engine:
    """The same engine and pool, for read-only work (see READ_ONLY)."""
    return engine.execution_options(**READ_ONLY)


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def normalize_url(url: str) -> str:
    """Check the address and pick the driver we ship (psycopg 3 for PostgreSQL)."""
    address = DatabaseAddress.parse(url)
    parsed = make_url(url)
    if not address.is_sqlite:
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str | None = None, *, create_dir: bool = True) -> Engine:
    """Create the engine for ``url`` (see :func:`resolve_url`)."""
    url = normalize_url(resolve_url(url))
    if is_sqlite(url):
        return _sqlite_engine(url, create_dir=create_dir)
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 5, "application_name": APP_NAME},
    )


def _sqlite_engine(url: str, *, create_dir: bool) -> Engine:
    parsed = make_url(url)
    database = parsed.database or ""
    in_memory = database in ("", ":memory:")
    if not in_memory and create_dir:
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy drive transactions: pysqlite's own BEGIN handling is disabled
        # so that _on_begin can issue BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        read_only = conn.get_execution_options().get("operator_desk_read_only", False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine

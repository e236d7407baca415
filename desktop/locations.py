"""Where the app keeps its data: the data folder, and which database to open.

Read without loading the database stack, so the first window can name the database
(«Connecting to the server HOST…») and a malformed address is refused at once, before
SQLAlchemy has loaded. The address grammar is SQLAlchemy's own; the storage layer
opens what passes here (see ``desktop.storage.engine``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

ENV_VAR = "OPERATOR_DESK_DB"
APP_NAME = "operator-desk"

SQLITE_DRIVERS = ("sqlite", "sqlite+pysqlite")
POSTGRESQL_DRIVERS = ("postgresql", "postgresql+psycopg")
# SQLAlchemy's URL grammar (sqlalchemy.engine.url._parse_url), with the port in digits.
_URL = re.compile(r"""
    (?P<name>[\w+]+)://
    (?:(?P<username>[^:/]*)(?::(?P<password>[^@]*))?@)?
    (?:(?:\[(?P<ipv6host>[^/?]+)\]|(?P<ipv4host>[^/:?]+))?(?::(?P<port>[^/?]*))?)?
    (?:/(?P<database>[^?]*))?
    (?:\?(?P<query>.*))?
    """, re.VERBOSE)


class DatabaseUrlError(ValueError):
    """The database URL cannot be used; the message is one sentence for the user."""


def data_dir() -> Path:
    """Where the app keeps its writable files (database, logs)."""
    override = os.environ.get("OPERATOR_DESK_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'operator-desk.sqlite3'}"


def resolve_url(url: str | None) -> str:
    """The URL given on the command line, else $OPERATOR_DESK_DB, else the local file."""
    return url or os.environ.get(ENV_VAR) or default_url()


def database_label(drivername: str, host: str | None, port: int | None,
                   database: str | None) -> str:
    """Where the data lives, for people (never shows a password)."""
    if drivername.startswith("sqlite"):
        return f"SQLite: {database}"
    return f"PostgreSQL: {host or 'localhost'}{f':{port}' if port else ''}/{database}"


@dataclass(frozen=True)
class DatabaseAddress:
    """A database URL the app can open: a SQLite file or a PostgreSQL server."""

    url: str
    drivername: str
    host: str | None
    port: int | None
    database: str | None

    @classmethod
    def parse(cls, url: str) -> DatabaseAddress:
        """Read ``url``; :class:`DatabaseUrlError` when it is malformed or names a database
        or driver the app does not ship."""
        match = _URL.fullmatch(url)
        port = match and match["port"]
        if match is None or (port and not port.isdigit()):
            raise DatabaseUrlError(f"Cannot read the database address «{url}».")
        drivername = match["name"]
        backend = "postgresql" if drivername == "postgres" else drivername.split("+")[0]
        if backend == "sqlite" and drivername not in SQLITE_DRIVERS:
            raise DatabaseUrlError(f"Unsupported SQLite driver «{drivername}».")
        if backend == "postgresql" and drivername not in (*POSTGRESQL_DRIVERS, "postgres"):
            raise DatabaseUrlError(
                f"Unsupported PostgreSQL driver «{drivername}»: use postgresql+psycopg://.")
        if backend not in ("sqlite", "postgresql"):
            raise DatabaseUrlError(
                f"Unsupported database «{drivername}»: use sqlite:///PATH or "
                "postgresql+psycopg://USER@HOST/NAME.")
        database = match["database"]
        return cls(url, drivername, match["ipv4host"] or match["ipv6host"],
                   int(port) if port else None,
                   unquote(database) if database is not None else None)

    @property
    def is_sqlite(self) -> bool:
        return self.drivername.startswith("sqlite")

    @property
    def label(self) -> str:
        return database_label(self.drivername, self.host, self.port, self.database)

    @property
    def server(self) -> str | None:
        """The PostgreSQL server's host, as people name it; None for a SQLite file."""
        return None if self.is_sqlite else (self.host or "localhost")

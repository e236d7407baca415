"""Database addresses read before the database stack loads: the same reading as SQLAlchemy's."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from desktop.locations import DatabaseAddress, DatabaseUrlError, database_label
from desktop.storage.engine import normalize_url

URLS = [
    "sqlite:////home/olga/.local/share/operator-desk/operator-desk.sqlite3",
    "sqlite:///relative/desk.db",
    "sqlite+pysqlite:///%D0%B1%D0%B0%D0%B7%D0%B0.db",
    "sqlite://",
    "postgresql+psycopg://desk@db.example.com:6432/operator_desk",
    "postgresql://desk:s%40cret@db.example.com/desk?sslmode=require",
    "postgres://desk@10.0.0.5/desk",
    "postgresql+psycopg://desk@[::1]:5433/desk",
    "postgresql+psycopg:///desk",
]


@pytest.mark.parametrize("url", URLS)
def test_the_address_reads_as_sqlalchemy_reads_it(url: str) -> None:
    address = DatabaseAddress.parse(url)
    parsed = make_url(normalize_url(url))
    assert (address.host, address.port, address.database) == (
        parsed.host, parsed.port, parsed.database)
    assert address.label == database_label(parsed.drivername, parsed.host, parsed.port,
                                           parsed.database)
    assert "cret" not in address.label


def test_a_server_is_named_by_its_host() -> None:
    assert DatabaseAddress.parse("postgresql+psycopg://u@db.example.com:6432/x").server \
        == "db.example.com"
    assert DatabaseAddress.parse("postgresql+psycopg:///x").server == "localhost"
    assert DatabaseAddress.parse("sqlite:///desk.db").server is None
    assert DatabaseAddress.parse("sqlite:///desk.db").label == "SQLite: desk.db"


@pytest.mark.parametrize(("url", "message"), [
    ("not a url", "Cannot read the database address «not a url»."),
    ("postgresql://u@host:port/x", "Cannot read the database address"),
    ("mysql://root@localhost/crm", "Unsupported database «mysql»"),
    ("sqlite+aiosqlite:///x.db", "Unsupported SQLite driver «sqlite+aiosqlite»."),
    ("postgresql+asyncpg://u@localhost/x", "use postgresql+psycopg://"),
])
def test_what_the_app_cannot_open_is_refused_in_one_sentence(url: str, message: str) -> None:
    with pytest.raises(DatabaseUrlError, match=message.replace("+", r"\+")):
        DatabaseAddress.parse(url)
    with pytest.raises(DatabaseUrlError):
        normalize_url(url)

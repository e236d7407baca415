"""The test harness itself: PostgreSQL is reachable through the app's engine, each test
gets its own empty database, and no test touches the user's files or keyring."""

from __future__ import annotations

import os
import socket
import tempfile
import uuid
from pathlib import Path

import keyring
import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from desktop.locations import data_dir, default_url
from desktop.storage.engine import make_engine
from tests import pg_server


@pytest.mark.postgres
def test_app_engine_writes_and_reads_back_on_postgresql(pg_url: str) -> None:
    table = f"harness_{uuid.uuid4().hex[:8]}"
    writer, reader = make_engine(pg_url), make_engine(pg_url)
    try:
        assert (writer.dialect.name, writer.dialect.driver) == ("postgresql", "psycopg")
        with writer.begin() as conn:
            conn.execute(text(f"CREATE TABLE {table} (id serial PRIMARY KEY, name text)"))
            conn.execute(
                text(f"INSERT INTO {table} (name) VALUES (:name)"), {"name": "Ирина Петрова"}
            )
        # Another engine, so the row is read from the server, not from the writer's session.
        with reader.connect() as conn:
            found = conn.execute(
                text(f"SELECT name FROM {table} WHERE name ILIKE :query"), {"query": "%ПЕТРОВА%"}
            )
            assert found.scalars().all() == ["Ирина Петрова"]
    finally:
        with writer.begin() as conn:
            conn.execute(text(f"DROP TABLE IF EXISTS {table}"))
        writer.dispose()
        reader.dispose()


@pytest.mark.parametrize("attempt", [1, 2])
def test_each_test_gets_an_empty_database(db_url: str, attempt: int) -> None:
    # Whichever attempt runs second on a backend would see "probe" if databases were shared.
    engine = make_engine(db_url)
    try:
        assert inspect(engine).get_table_names() == []
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE probe (id integer PRIMARY KEY)"))
        assert inspect(engine).get_table_names() == ["probe"]
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_scratch_database_is_dropped_even_with_a_connection_left_open(pg_url: str) -> None:
    with pg_server.scratch_database(pg_url) as url:
        name = make_url(url).database
        forgotten = make_engine(url)
        left_open = forgotten.connect()
        left_open.execute(text("SELECT 1"))
    admin = make_engine(pg_url)
    try:
        with admin.connect() as conn:
            remaining = conn.execute(
                text("SELECT count(*) FROM pg_database WHERE datname = :name"), {"name": name}
            ).scalar_one()
        assert remaining == 0
    finally:
        admin.dispose()
        left_open.invalidate()
        forgotten.dispose()


@pytest.mark.postgres
def test_throwaway_server_stops_and_leaves_nothing_behind() -> None:
    server = pg_server.start(db_name="harness_probe")
    try:
        engine = make_engine(server.url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT current_database()")).scalar_one() == "harness_probe"
        engine.dispose()
    finally:
        pg_server.stop(server)
    assert not Path(server.root).exists()
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", server.port)) != 0


def test_app_files_go_to_a_private_temp_dir() -> None:
    temp_root = Path(tempfile.gettempdir()).resolve()
    assert data_dir().resolve().is_relative_to(temp_root)
    assert Path(make_url(default_url()).database or "").resolve().is_relative_to(temp_root)
    assert "OPERATOR_DESK_DB" not in os.environ


@pytest.mark.parametrize("attempt", [1, 2])
def test_secrets_stay_in_a_fresh_memory_keyring(memory_keyring, attempt: int) -> None:
    assert memory_keyring.secrets == {}
    keyring.set_password("operator-desk", "crm-webhook", "s3cret")
    assert keyring.get_password("operator-desk", "crm-webhook") == "s3cret"
    assert memory_keyring.secrets == {("operator-desk", "crm-webhook"): "s3cret"}
    keyring.delete_password("operator-desk", "crm-webhook")
    with pytest.raises(keyring.errors.PasswordDeleteError):
        keyring.delete_password("operator-desk", "crm-webhook")

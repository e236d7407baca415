"""Migrations: from empty to the newest and back, each revision keeping the data; newer
schemas are refused."""

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


def test_0002_adds_the_audit_log_and_first_login_flag_keeping_the_data(db: Database):
    """Upgrading a database at 0001 keeps its users and their calls; going back removes
    only what 0002 added (the users table is altered in place, never copied)."""
    schema.upgrade(db.engine, "0001")
    with db.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO roles (id, name, is_system, keep_card_open, may_manage_settings, "
            "version) VALUES (1, 'Супервайзер', true, true, true, 1)"))
        connection.execute(text(
            "INSERT INTO users (id, username, display_name, email, role_id, password_hash, "
            "blocked, blocked_by_plan, administrator, created_at) VALUES "
            "(1, 'olga', 'Ольга', '', 1, 'h', false, false, true, '2026-01-05 10:00:00')"))
        connection.execute(text(
            "INSERT INTO call_sessions (id, number, direction, state, operator_id, started_at)"
            " VALUES ('c1', '+79990001122', 'incoming', 'closed', 1, '2026-01-05 10:05:00')"))

    schema.upgrade(db.engine, "0002")
    assert schema.current_revision(db.engine) == "0002"
    assert "audit_log" in _tables(db)
    with db.engine.connect() as connection:
        assert connection.execute(text(
            "SELECT username, must_change_password FROM users")).all() == [("olga", False)]
        assert connection.scalar(text("SELECT operator_id FROM call_sessions")) == 1

    schema.downgrade(db.engine, "0001")
    assert schema.current_revision(db.engine) == "0001"
    assert "audit_log" not in _tables(db)
    columns = {c["name"] for c in inspect(db.engine).get_columns("users")}
    assert "must_change_password" not in columns and "username" in columns
    with db.engine.connect() as connection:
        assert connection.scalar(text("SELECT operator_id FROM call_sessions")) == 1
        assert connection.scalar(text("SELECT username FROM users")) == "olga"


def test_0003_adds_result_required_the_calls_client_and_the_outbox_keeping_the_data(
        db: Database):
    """Roles existing before 0003 require a result (the safe default); calls keep their
    operators; going back removes only what 0003 added."""
    schema.upgrade(db.engine, "0002")
    with db.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO roles (id, name, is_system, keep_card_open, may_manage_settings, "
            "version) VALUES (1, 'Оператор', false, false, false, 1)"))
        connection.execute(text(
            "INSERT INTO users (id, username, display_name, email, role_id, password_hash, "
            "blocked, blocked_by_plan, administrator, must_change_password, created_at) "
            "VALUES (1, 'anna', 'Анна', '', 1, 'h', false, false, false, false, "
            "'2026-01-05 10:00:00')"))
        connection.execute(text(
            "INSERT INTO call_sessions (id, number, direction, state, operator_id, started_at)"
            " VALUES ('c1', '+79990001122', 'incoming', 'closed', 1, '2026-01-05 10:05:00')"))

    schema.upgrade(db.engine, "0003")
    assert schema.current_revision(db.engine) == "0003"
    assert "crm_outbox" in _tables(db)
    with db.engine.begin() as connection:
        assert connection.execute(text("SELECT name, result_required FROM roles")).all() == [
            ("Оператор", True)]
        assert connection.execute(text(
            "SELECT operator_id, crm_entity, crm_item_id, client_title FROM call_sessions"
        )).all() == [(1, None, None, None)]
        connection.execute(text(
            "INSERT INTO crm_outbox (write_key, kind, entity, item_id, payload, call_id, state,"
            " attempts, last_error, field_errors, created_at, resolved_item_id) VALUES "
            "('k1', 'comment', 'lead', '7', '{}', 'c1', 'pending', 0, '', '{}', "
            "'2026-01-05 10:06:00', '')"))
        connection.execute(text("DELETE FROM call_sessions"))  # the write outlives its call
        assert connection.execute(text("SELECT write_key, call_id FROM crm_outbox")).all() == [
            ("k1", None)]

    schema.downgrade(db.engine, "0002")
    assert schema.current_revision(db.engine) == "0002"
    assert "crm_outbox" not in _tables(db)
    role_columns = {c["name"] for c in inspect(db.engine).get_columns("roles")}
    call_columns = {c["name"] for c in inspect(db.engine).get_columns("call_sessions")}
    assert "result_required" not in role_columns and "name" in role_columns
    assert not {"crm_entity", "crm_item_id", "client_title"} & call_columns
    with db.engine.connect() as connection:
        assert connection.scalar(text("SELECT username FROM users")) == "anna"


def test_0004_links_users_to_crm_users_keeping_the_data(db: Database):
    schema.upgrade(db.engine, "0003")
    with db.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO users (id, username, display_name, email, role_id, password_hash, "
            "blocked, blocked_by_plan, administrator, must_change_password, created_at) "
            "VALUES (1, 'anna', 'Анна', 'anna@example.ru', NULL, 'h', false, false, false, "
            "false, '2026-01-05 10:00:00')"))
    schema.upgrade(db.engine, "0004")
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT username, email, crm_user_id FROM users")
                                  ).all() == [("anna", "anna@example.ru", "")]
    schema.downgrade(db.engine, "0003")
    assert "crm_user_id" not in {c["name"] for c in inspect(db.engine).get_columns("users")}
    with db.engine.connect() as connection:
        assert connection.scalar(text("SELECT email FROM users")) == "anna@example.ru"

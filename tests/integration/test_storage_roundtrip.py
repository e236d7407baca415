"""Everything the app stores comes back as it went in, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.cli import open_database
from desktop.demo import install_demo
from desktop.demo.scripts import demo_scripts
from desktop.demo.settings import DEMO_ACCOUNTS, demo_buttons, demo_roles
from desktop.domain.call import CallSession, CallState, Direction
from desktop.domain.crm_types import EntityType
from desktop.domain.passwords import verify_password
from desktop.domain.roles import SeatPlan
from desktop.domain.script import StepField
from desktop.storage.database import Database
from desktop.storage.errors import ConflictError, NotFoundError
from desktop.storage.repositories import (
    ButtonRepository,
    CallRepository,
    PlanRepository,
    RoleRepository,
    ScriptRepository,
    UserRepository,
)


@pytest.fixture
def db(db_url: str):
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db: Database) -> Database:
    install_demo(db)
    return db


def test_demo_data_round_trips(demo_db: Database, db_url: str):
    fresh = Database.open(db_url)  # a new engine: nothing cached from the writes
    try:
        with fresh.transaction() as session:
            scripts = ScriptRepository(session)
            stored = {s.name: scripts.get(s.id) for s in scripts.list()}
            buttons = {b.title: b for b in ButtonRepository(session).list()}
            roles = {r.name: r for r in RoleRepository(session).list()}
            users = {u.username: u for u in UserRepository(session).list()}
            plan = PlanRepository(session).get()
            script_names = {s.id: s.name for s in scripts.list()}
            button_titles = {b.id: b.title for b in buttons.values()}
            published = {name: scripts.latest_published(s.id) for name, s in stored.items()}
    finally:
        fresh.dispose()

    expected_scripts = {s.name: s for s in demo_scripts()}
    assert stored.keys() == expected_scripts.keys()
    for name, script in expected_scripts.items():
        assert stored[name] == script, name
        assert stored[name].start_step_id == script.start_step_id
        assert published[name].number == 1
        assert published[name].script() == script

    for expected in demo_buttons():
        got = buttons[expected.title]
        assert (got.color, got.shortcut, got.actions) == (expected.color, expected.shortcut,
                                                            expected.actions)
    assert list(buttons) == [b.title for b in demo_buttons()]  # the call-card order

    for role, button_list, script_list in demo_roles():
        got = roles[role.name]
        assert got.client_fields == role.client_fields
        assert (got.keep_card_open, got.may_manage_settings, got.is_system) == (
            role.keep_card_open, role.may_manage_settings, role.is_system)
        assert [button_titles[b] for b in got.button_ids] == button_list
        assert [script_names[s] for s in got.script_ids] == script_list

    for account in DEMO_ACCOUNTS:
        user = users[account.username]
        assert verify_password(account.password, user.password_hash)
        assert roles[account.role_name].id == user.role_id
    assert sum(u.administrator for u in users.values()) == 1
    assert plan.plan is SeatPlan.TEAM


def test_demo_is_idempotent(demo_db: Database):
    def counts():
        with demo_db.transaction() as session:
            return (len(ScriptRepository(session).list()), len(ButtonRepository(session).list()),
                    len(RoleRepository(session).list()), UserRepository(session).count(),
                    len(CallRepository(session).recent(None, 100)))

    before = counts()
    summary = install_demo(demo_db)
    assert not summary.anything_added
    assert counts() == before
    assert before == (3, 8, 3, 3, 6)


def test_stale_script_save_is_a_conflict(demo_db: Database):
    with demo_db.transaction() as session:
        script_id = ScriptRepository(session).list()[0].id
    with demo_db.transaction() as session:
        mine = ScriptRepository(session).get(script_id)
    with demo_db.transaction() as session:
        theirs = ScriptRepository(session).get(script_id)
    theirs.rename(theirs.start_step_id, "Их заголовок")
    with demo_db.transaction() as session:
        ScriptRepository(session).save(theirs)
    mine.rename(mine.start_step_id, "Мой заголовок")
    with (pytest.raises(ConflictError, match="changed by someone else"),
          demo_db.transaction() as session):
        ScriptRepository(session).save(mine)
    with demo_db.transaction() as session:
        stored = ScriptRepository(session).get(script_id)
    assert stored.start_step.title == "Их заголовок"
    assert stored.version == theirs.version == mine.version + 1


@pytest.mark.parametrize("kind", ["button", "role"])
def test_stale_button_and_role_saves_are_conflicts(demo_db: Database, kind: str):
    repo_type = ButtonRepository if kind == "button" else RoleRepository
    with demo_db.transaction() as session:
        item_id = repo_type(session).list()[-1].id
    with demo_db.transaction() as session:
        mine, theirs = repo_type(session).get(item_id), repo_type(session).get(item_id)
    attr = "title" if kind == "button" else "name"
    setattr(theirs, attr, "Новое имя")
    with demo_db.transaction() as session:
        repo_type(session).save(theirs)
    setattr(mine, attr, "Моё имя")
    with pytest.raises(ConflictError), demo_db.transaction() as session:
        repo_type(session).save(mine)
    with demo_db.transaction() as session:
        assert getattr(repo_type(session).get(item_id), attr) == "Новое имя"


def test_script_edits_save_and_publish_freezes(demo_db: Database):
    with demo_db.transaction() as session:
        repo = ScriptRepository(session)
        script = repo.get(repo.list()[0].id)
    child = script.add_child(script.start_step_id, "Новый шаг", "Текст")
    script.add_field(child.id, StepField(EntityType.DEAL, "OPPORTUNITY", editable=False))
    removed, _links = script.remove_step(next(s.id for s in script.steps
                                              if s.id not in (child.id, script.start_step_id)))
    with demo_db.transaction() as session:
        ScriptRepository(session).save(script)
        version = ScriptRepository(session).publish(script.id, by=None)
    with demo_db.transaction() as session:
        repo = ScriptRepository(session)
        stored = repo.get(script.id)
        assert stored == script
        assert removed.id not in stored
        assert stored.step(child.id).fields == [StepField(EntityType.DEAL, "OPPORTUNITY", False)]
        assert version.number == 2 and repo.version_numbers(script.id) == [1, 2]
        first = repo.published(script.id, 1).script()
    assert removed.id in first and child.id not in first  # version 1 did not change


def test_call_session_round_trips(demo_db: Database):
    started = datetime.now(UTC)  # newer than every demo call
    with demo_db.transaction() as session:
        script = ScriptRepository(session).list()[0]
        operator = UserRepository(session).by_username("anna")
        button_id = ButtonRepository(session).list()[0].id
        start = ScriptRepository(session).get(script.id).start_step_id
    call = CallSession("+79991234567", Direction.INCOMING, started, operator_id=operator.id)
    call.answer(started + timedelta(seconds=3))
    call.choose_script(script.id, 1, start)
    call.go_to("s-name")
    call.set_field("contact.NAME", "Иван")
    call.set_field("contact.LAST_NAME", "Петров")
    call.end(started + timedelta(seconds=90))
    call.record_result(button_id, started + timedelta(seconds=95))
    with demo_db.transaction() as session:
        CallRepository(session).save(call)
    with demo_db.transaction() as session:
        calls = CallRepository(session)
        assert calls.get(call.id) == call
        assert calls.unfinished(operator.id) == [call.id]
        latest = calls.recent(operator.id, 1)[0]
    assert (latest.number, latest.duration_s, latest.state) == ("+79991234567", 87.0,
                                                                 CallState.ENDED)
    assert latest.result == "Продажа"


def test_missing_items_are_reported(db: Database):
    with db.transaction() as session, pytest.raises(NotFoundError, match="script #42"):
        ScriptRepository(session).get(42)

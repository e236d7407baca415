"""Signing in and the first supervisor, against a real (SQLite) database."""

from __future__ import annotations

import pytest

from desktop.cli import open_database
from desktop.domain.roles import SUPERVISOR_ROLE_NAME
from desktop.services.accounts import AccountService, UserBlocked, WrongPassword
from desktop.storage.repositories import UserRepository


@pytest.fixture
def accounts(sqlite_url: str):
    db = open_database(sqlite_url)
    yield AccountService(db)
    db.dispose()


def test_first_run_creates_the_administering_supervisor(accounts: AccountService):
    assert accounts.needs_first_user()
    signed = accounts.create_first_supervisor(" olga ", "Ольга", "correct horse")
    assert signed.role.name == SUPERVISOR_ROLE_NAME and signed.role.is_system
    assert signed.user.administrator and signed.user.username == "olga"
    assert not accounts.needs_first_user()
    with pytest.raises(ValueError, match="already exists"):
        accounts.create_first_supervisor("mallory", "M", "another password")


@pytest.mark.parametrize(("username", "password", "message"), [
    ("", "long enough", "Enter a user name"),
    ("olga", "short", "at least 8 characters"),
])
def test_first_supervisor_needs_a_name_and_a_real_password(accounts, username, password,
                                                           message):
    with pytest.raises(ValueError, match=message):
        accounts.create_first_supervisor(username, "", password)
    assert accounts.needs_first_user()


def test_login_checks_the_password_and_records_activity(accounts: AccountService):
    accounts.create_first_supervisor("olga", "Ольга", "correct horse")
    with pytest.raises(WrongPassword):
        accounts.login("olga", "wrong horse")
    with pytest.raises(WrongPassword):
        accounts.login("nobody", "correct horse")
    signed = accounts.login("OLGA", "correct horse")  # user names ignore case
    assert signed.user.username == "olga"
    with accounts.db.transaction() as session:
        assert UserRepository(session).get(signed.user.id).last_activity is not None


@pytest.mark.parametrize("by_plan", [False, True])
def test_blocked_users_cannot_sign_in(accounts: AccountService, by_plan: bool):
    signed = accounts.create_first_supervisor("olga", "Ольга", "correct horse")
    with accounts.db.transaction() as session:
        users = UserRepository(session)
        user = users.get(signed.user.id)
        user.blocked_by_plan, user.blocked = by_plan, not by_plan
        users.save(user)
    with pytest.raises(UserBlocked) as caught:
        accounts.login("olga", "correct horse")
    assert caught.value.by_plan is by_plan


def test_demo_accounts_only_on_a_demo_database(accounts: AccountService):
    from desktop.demo import install_demo

    assert accounts.demo_accounts() == []
    install_demo(accounts.db)
    shown = accounts.demo_accounts()
    assert [a.username for a in shown] == ["admin", "anna", "pavel"]
    for account in shown:
        assert accounts.login(account.username, account.password).role.name == account.role_name

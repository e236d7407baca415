"""The login window, driven as a user drives it: typing, clicking, pressing Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.accounts import SignedIn
from desktop.ui import settings
from desktop.ui.login import LoginWindow
from tests.gui.fakes import DEMO_ACCOUNTS, SUPERVISOR, FakeAccounts
from tests.gui.keyboard import type_text


def open_login(qtbot: QtBot, accounts: FakeAccounts, **kwargs: bool) -> LoginWindow:
    window = LoginWindow(accounts, "SQLite: /tmp/desk.sqlite3", **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_credentials(qtbot: QtBot, window: LoginWindow, username: str, password: str) -> None:
    qtbot.keyClicks(window.sign_in.username, username)
    qtbot.keyClicks(window.sign_in.password, password)


@pytest.fixture
def accounts() -> FakeAccounts:
    accounts = FakeAccounts()
    accounts.add("anna", "anna-secret", "Анна Смирнова")
    return accounts


def test_signing_in_emits_the_signed_in_user_and_remembers_the_name(
        qtbot: QtBot, accounts: FakeAccounts) -> None:
    window = open_login(qtbot, accounts)
    type_credentials(qtbot, window, "anna", "anna-secret")
    with qtbot.waitSignal(window.signed_in) as signal:
        qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    result = signal.args[0]
    assert isinstance(result, SignedIn)
    assert result.user.display_name == "Анна Смирнова"
    assert accounts.login_attempts == [("anna", "anna-secret")]
    assert settings.app_settings().value(settings.LAST_USER) == "anna"


def test_enter_in_the_password_field_signs_in(qtbot: QtBot, accounts: FakeAccounts) -> None:
    window = open_login(qtbot, accounts)
    type_credentials(qtbot, window, "anna", "anna-secret")
    with qtbot.waitSignal(window.signed_in):
        qtbot.keyClick(window.sign_in.password, Qt.Key.Key_Return)
    assert len(accounts.login_attempts) == 1


def test_wrong_password_shows_the_error_and_stays(qtbot: QtBot, accounts: FakeAccounts) -> None:
    window = open_login(qtbot, accounts)
    type_credentials(qtbot, window, "anna", "wrong-password")
    with qtbot.assertNotEmitted(window.signed_in):
        qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    assert window.sign_in.error.isVisible()
    assert window.sign_in.error.text() == "Wrong user name or password."
    assert window.isVisible()
    assert window.sign_in.username.text() == "anna"
    assert settings.app_settings().value(settings.LAST_USER) is None


@pytest.mark.parametrize(("flags", "expected"), [
    ({"blocked_by_plan": True}, "team's plan has lapsed"),
    ({"blocked": True}, "Ask your supervisor to unblock it"),
])
def test_blocked_accounts_are_told_why(qtbot: QtBot, flags: dict[str, bool],
                                       expected: str) -> None:
    accounts = FakeAccounts()
    accounts.add("pavel", "pavel-secret", "Павел Кузнецов", **flags)
    window = open_login(qtbot, accounts)
    type_credentials(qtbot, window, "pavel", "pavel-secret")
    with qtbot.assertNotEmitted(window.signed_in):
        qtbot.keyClick(window.sign_in.password, Qt.Key.Key_Return)
    assert expected in window.sign_in.error.text()
    assert window.sign_in.error.isVisible()


def test_the_error_goes_away_after_signing_in(qtbot: QtBot, accounts: FakeAccounts) -> None:
    window = open_login(qtbot, accounts)
    type_credentials(qtbot, window, "anna", "nope")
    qtbot.keyClick(window.sign_in.password, Qt.Key.Key_Return)
    assert window.sign_in.error.isVisible()
    window.sign_in.password.clear()
    qtbot.keyClicks(window.sign_in.password, "anna-secret")
    with qtbot.waitSignal(window.signed_in):
        qtbot.keyClick(window.sign_in.password, Qt.Key.Key_Return)
    assert not window.sign_in.error.isVisible()


def test_empty_fields_are_asked_for_before_the_service(qtbot: QtBot,
                                                       accounts: FakeAccounts) -> None:
    window = open_login(qtbot, accounts)
    qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    assert window.sign_in.error.text() == "Enter your user name."
    qtbot.keyClicks(window.sign_in.username, "anna")
    qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    assert window.sign_in.error.text() == "Enter your password."
    assert accounts.login_attempts == []


def test_the_last_user_name_is_filled_in(qtbot: QtBot, accounts: FakeAccounts) -> None:
    settings.app_settings().setValue(settings.LAST_USER, "anna")
    window = open_login(qtbot, accounts)
    assert window.sign_in.username.text() == "anna"
    assert window.sign_in.password.text() == ""


def test_first_run_creates_the_supervisor(qtbot: QtBot) -> None:
    accounts = FakeAccounts()
    window = open_login(qtbot, accounts)
    form = window.first_run_form
    assert form.isVisible() and not window.sign_in.isVisible()
    assert "«Супервайзер»" in form.explanation.text()
    qtbot.keyClicks(form.username, "olga")
    type_text(qtbot, form.display_name, "Ольга Петрова")
    qtbot.keyClicks(form.password, "long-enough-1")
    qtbot.keyClicks(form.repeat, "long-enough-2")
    with qtbot.assertNotEmitted(window.signed_in):
        qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    assert "do not match" in form.error.text()
    assert accounts.created == []

    form.repeat.clear()
    qtbot.keyClicks(form.repeat, "long-enough-1")
    with qtbot.waitSignal(window.signed_in) as signal:
        qtbot.keyClick(form.repeat, Qt.Key.Key_Return)
    assert accounts.created == [("olga", "Ольга Петрова", "long-enough-1")]
    assert signal.args[0].role is SUPERVISOR


def test_first_run_refuses_a_short_password(qtbot: QtBot) -> None:
    accounts = FakeAccounts()
    window = open_login(qtbot, accounts)
    form = window.first_run_form
    qtbot.keyClicks(form.username, "olga")
    qtbot.keyClicks(form.password, "short")
    qtbot.keyClicks(form.repeat, "short")
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    assert form.error.text() == "The password must be at least 8 characters long."
    assert accounts.created == []


def demo_login(qtbot: QtBot) -> tuple[LoginWindow, FakeAccounts]:
    accounts = FakeAccounts(demo=list(DEMO_ACCOUNTS))
    for demo in DEMO_ACCOUNTS:
        accounts.add(demo.username, demo.password, demo.display_name)
    return open_login(qtbot, accounts), accounts


def click_demo_row(qtbot: QtBot, window: LoginWindow, row: int, double: bool = False) -> None:
    assert window.demo_box is not None
    table = window.demo_box.table
    point = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    if double:  # a real double-click: the first click, then the double-click event
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_clicking_a_demo_account_fills_the_form(qtbot: QtBot) -> None:
    window, accounts = demo_login(qtbot)
    assert window.demo_box is not None and window.demo_box.isVisible()
    assert window.demo_box.table.item(1, 2).text() == DEMO_ACCOUNTS[1].role_name
    click_demo_row(qtbot, window, 1)
    assert window.sign_in.username.text() == DEMO_ACCOUNTS[1].username
    assert window.sign_in.password.text() == DEMO_ACCOUNTS[1].password
    assert accounts.login_attempts == []


def test_double_clicking_a_demo_account_signs_in(qtbot: QtBot) -> None:
    window, _ = demo_login(qtbot)
    with qtbot.waitSignal(window.signed_in) as signal:
        click_demo_row(qtbot, window, 0, double=True)
    assert signal.args[0].user.username == DEMO_ACCOUNTS[0].username


def test_no_demo_box_on_a_real_database(qtbot: QtBot, accounts: FakeAccounts) -> None:
    window = open_login(qtbot, accounts)
    assert window.demo_box is None


def test_a_long_database_path_is_shortened_not_cut(qtbot: QtBot, accounts: FakeAccounts) -> None:
    label = "SQLite: /home/olga/" + "very-long-folder-name/" * 8 + "operator-desk.sqlite3"
    window = LoginWindow(accounts, label)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    shown = window.database.text()
    assert shown.startswith("SQLite: /home") and shown.endswith("sqlite3") and "…" in shown
    assert window.database.toolTip() == label

"""A user invited with a one-time password chooses their own at the first sign-in,
through the real login window on a real demo database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import AppShell
from desktop.cli import open_database
from desktop.demo import install_demo
from desktop.demo.settings import SALES_ROLE
from desktop.services.accounts import WrongPassword
from desktop.services.context import Services
from desktop.storage.repositories import RoleRepository
from desktop.ui.password_change import PasswordChangeDialog
from tests.gui.keyboard import type_text
from tests.gui.shell import ready_login

NEW_PASSWORD = "my own secret"


@pytest.fixture
def invited(sqlite_url: str) -> Iterator[tuple[Services, str]]:
    """A demo database where the supervisor has just invited «maria»."""
    db = open_database(sqlite_url)
    install_demo(db)
    services = Services.for_database(db)
    with db.read() as session:
        sales = next(r.id for r in RoleRepository(session).list() if r.name == SALES_ROLE)
    supervisor = services.for_user(services.accounts.login("admin", "admin-demo"))
    added = supervisor.users.add("maria", "Мария Белова", sales)
    assert added.first_login_password
    yield services, added.first_login_password
    services.close()


def sign_in(qtbot: QtBot, shell: AppShell, password: str) -> PasswordChangeDialog:
    login = ready_login(qtbot, shell)
    login.sign_in.username.clear()
    qtbot.keyClicks(login.sign_in.username, "maria")
    qtbot.keyClicks(login.sign_in.password, password)
    qtbot.keyClick(login.sign_in.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(login, "password_dialog", None) is not None
                    and login.password_dialog.isVisible())
    return login.password_dialog


def test_the_first_sign_in_asks_for_a_new_password_that_then_works(
        qtbot: QtBot, invited: tuple[Services, str]) -> None:
    services, one_time = invited
    shell = AppShell(services)
    dialog = sign_in(qtbot, shell, one_time)
    assert shell.main is None  # nothing opens before the password is changed
    assert dialog.heading.text() == "Welcome, Мария Белова"

    qtbot.keyClicks(dialog.password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.repeat, "my own secrets")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.error.text() == "The passwords do not match. Type the same password twice."
    dialog.password.clear()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.password, one_time)
    qtbot.keyClicks(dialog.repeat, one_time)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert "different from the one-time password" in dialog.error.text()

    dialog.password.clear()
    dialog.repeat.clear()
    type_text(qtbot, dialog.password, NEW_PASSWORD)
    type_text(qtbot, dialog.repeat, NEW_PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.main is not None and shell.main.isVisible())
    qtbot.addWidget(shell.main)
    assert "Мария Белова" in shell.main.windowTitle()

    again = services.accounts.login("maria", NEW_PASSWORD)
    assert not again.must_change_password and again.role.name == SALES_ROLE
    with pytest.raises(WrongPassword):
        services.accounts.login("maria", one_time)


def test_cancelling_keeps_the_one_time_password_and_opens_nothing(
        qtbot: QtBot, invited: tuple[Services, str]) -> None:
    services, one_time = invited
    shell = AppShell(services)
    dialog = sign_in(qtbot, shell, one_time)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert shell.main is None
    assert services.accounts.login("maria", one_time).must_change_password

"""The application shell as tests drive it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.app import AppShell
from desktop.ui.login import LoginWindow
from desktop.ui.login_forms import FirstRunForm
from tests.gui.keyboard import type_text


def ready_login(qtbot: QtBot, shell: AppShell) -> LoginWindow:
    """The shell's login window, once the database (opened in a thread) has answered."""
    login = shell.show_login()
    qtbot.addWidget(login)
    qtbot.waitUntil(lambda: login.ready or login.failed)
    assert login.ready, login.failure.message.text()
    return login


def fill_first_run(qtbot: QtBot, form: FirstRunForm, password: str = "correct horse") -> None:
    """Type the first supervisor's account, «olga» (Ольга Петрова), as a user does."""
    qtbot.keyClicks(form.username, "olga")
    type_text(qtbot, form.display_name, "Ольга Петрова")
    qtbot.keyClicks(form.password, password)
    qtbot.keyClicks(form.repeat, password)

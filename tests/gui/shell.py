"""The application shell as tests drive it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.app import AppShell
from desktop.ui.login import LoginWindow


def ready_login(qtbot: QtBot, shell: AppShell) -> LoginWindow:
    """The shell's login window, once the database (opened in a thread) has answered."""
    login = shell.show_login()
    qtbot.addWidget(login)
    qtbot.waitUntil(lambda: login.ready or login.failed)
    assert login.ready, login.failure.message.text()
    return login

"""Signing in through the real widgets against a real demo database, then first run."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import AppShell
from desktop.cli import open_database
from desktop.demo import install_demo
from desktop.services.context import Services
from tests.gui.shell import fill_first_run, ready_login


def _services(url: str, demo: bool) -> Services:
    db = open_database(url)
    if demo:
        install_demo(db)
    return Services.for_database(db)


def test_operator_signs_in_and_sees_their_calls(qtbot: QtBot, sqlite_url: str):
    services = _services(sqlite_url, demo=True)
    try:
        shell = AppShell(services)
        login = ready_login(qtbot, shell)
        qtbot.keyClicks(login.sign_in.username, "anna")
        qtbot.keyClicks(login.sign_in.password, "wrong-password")
        qtbot.mouseClick(login.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: login.sign_in.error.isVisible())
        assert shell.main is None

        login.sign_in.password.clear()
        qtbot.keyClicks(login.sign_in.password, "anna-demo")
        qtbot.keyClick(login.sign_in.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: shell.main is not None and shell.main.isVisible())
        main = shell.main
        qtbot.addWidget(main)
        assert "Анна Смирнова" in main.windowTitle()
        model = main.calls.model
        operators_calls = model.rowCount()
        assert operators_calls == 4  # anna's four demo calls, not the whole team's six
        numbers = {model.index(r, 1).data() for r in range(operators_calls)}
        assert "+7 999 123-45-67" in numbers
    finally:
        shell.stop_calls()
        services.close()


def test_first_run_creates_the_supervisor_and_signs_in(qtbot: QtBot, sqlite_url: str):
    services = _services(sqlite_url, demo=False)
    try:
        shell = AppShell(services)
        login = ready_login(qtbot, shell)
        form = login.first_run_form
        assert form.isVisible() and not login.sign_in.isVisible()
        fill_first_run(qtbot, form)
        qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: shell.main is not None and shell.main.isVisible())
        qtbot.addWidget(shell.main)
        assert "Ольга Петрова" in shell.main.windowTitle()
        assert services.accounts.login("olga", "correct horse").role.is_system
    finally:
        shell.stop_calls()
        services.close()

"""The login window before its database has opened: shown at once, typing accepted,
Enter kept for later, and a database that does not open said in one sentence with
Retry and Quit. The database opens in a thread; tests hold it back with a gate."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.app import AppShell, DatabaseOpening
from desktop.cli import open_database
from desktop.demo import install_demo
from desktop.services.context import Services
from desktop.ui import i18n, settings
from desktop.ui.login import LoginWindow
from tests.gui.fakes import demo_services
from tests.gui.shell import fill_first_run

LABEL = "SQLite: /tmp/desk.sqlite3"


class Gate:
    """Holds the database back until the test opens it (never longer than 10 s)."""

    def __init__(self) -> None:
        self._open = threading.Event()

    def holding(self, open_: Callable[[], Services]) -> Callable[[], Services]:
        def held() -> Services:
            self._open.wait(10)
            return open_()
        return held

    def release(self) -> None:
        self._open.set()


@pytest.fixture
def gate() -> Iterator[Gate]:
    gate = Gate()
    yield gate
    gate.release()  # a test that failed half-way leaves no thread waiting


def signed_in_here_before(username: str, label: str = LABEL) -> None:
    stored = settings.app_settings()
    stored.setValue(settings.LAST_USER, username)
    stored.setValue(settings.LAST_DATABASE, label)


def start(qtbot: QtBot, opening: DatabaseOpening) -> tuple[AppShell, LoginWindow]:
    shell = AppShell(opening=opening)
    login = shell.show_login()
    qtbot.addWidget(login)
    qtbot.waitExposed(login)
    return shell, login


def close_shell(qtbot: QtBot, shell: AppShell) -> None:
    shell.stop_calls()
    if shell.main is not None:
        qtbot.addWidget(shell.main)


def test_typing_before_the_database_is_ready_and_enter_signs_in_once_it_is(
        qtbot: QtBot, gate: Gate) -> None:
    signed_in_here_before("anna")
    services = demo_services()
    shell, login = start(qtbot, DatabaseOpening(LABEL, None, gate.holding(lambda: services)))
    form = login.sign_in
    assert form.isVisible() and not login.waiting.isVisible()
    assert login.subtitle.text() == "Opening the database…"
    assert form.username.text() == "anna" and login.focusWidget() is form.password
    assert not form.sign_in_button.isEnabled()  # the button waits

    qtbot.keyClicks(form.password, "anna-demo")
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    assert login.subtitle.text() == "Signing in as soon as the database has opened…"
    assert services.accounts.login_attempts == []  # type: ignore[attr-defined]
    assert shell.main is None

    gate.release()
    qtbot.waitUntil(lambda: shell.main is not None and shell.main.isVisible())
    close_shell(qtbot, shell)
    assert services.accounts.login_attempts == [("anna", "anna-demo")]  # type: ignore[attr-defined]
    assert shell.main.windowTitle() == "Operator Desk — Анна Смирнова"


def test_the_fields_stay_put_and_keep_what_was_typed_when_the_database_answers(
        qtbot: QtBot, gate: Gate) -> None:
    signed_in_here_before("anna")
    shell, login = start(qtbot, DatabaseOpening(LABEL, None, gate.holding(demo_services)))
    form = login.sign_in
    form.username.clear()
    qtbot.keyClicks(form.username, "admin")
    qtbot.keyClicks(form.password, "admin-de")
    where = [w.mapTo(login, QPoint(0, 0)) for w in (form.username, form.password)]

    gate.release()
    qtbot.waitUntil(lambda: login.ready)
    assert login.demo_box is not None and login.demo_box.isVisible()
    assert [w.mapTo(login, QPoint(0, 0)) for w in (form.username, form.password)] == where
    assert (form.username.text(), form.password.text()) == ("admin", "admin-de")
    assert login.focusWidget() is form.password and form.sign_in_button.isEnabled()
    assert login.subtitle.text() == "Sign in to start work"
    close_shell(qtbot, shell)


class ShownWatcher(QObject):
    """Notes every time a widget is shown."""

    def __init__(self, widget: QObject) -> None:
        super().__init__()
        self.shown = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.shown += 1
        return False


def test_an_empty_database_gets_the_first_run_form_without_a_flash_of_sign_in(
        qtbot: QtBot, gate: Gate, sqlite_url: str) -> None:
    services: list[Services] = []

    def open_empty() -> Services:
        services.append(Services.for_sign_in(open_database(sqlite_url)))
        return services[0]

    label = "SQLite: " + sqlite_url.removeprefix("sqlite:///")
    signed_in_here_before("anna", "SQLite: /some/other/database.sqlite3")
    shell, login = start(qtbot, DatabaseOpening(label, None, gate.holding(open_empty)))
    watcher = ShownWatcher(login.sign_in)
    try:
        assert login.waiting.isVisible()
        assert not login.sign_in.isVisible() and not login.first_run_form.isVisible()
        gate.release()
        qtbot.waitUntil(lambda: login.first_run_form.isVisible())
        assert watcher.shown == 0 and not login.waiting.isVisible()
        assert login.subtitle.text() == "First start"
        form = login.first_run_form
        assert login.focusWidget() is form.username
        fill_first_run(qtbot, form)
        qtbot.keyClick(form.repeat, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: shell.main is not None and shell.main.isVisible())
        close_shell(qtbot, shell)
        assert "Ольга Петрова" in shell.main.windowTitle()
    finally:
        for opened in services:
            opened.close()


def test_a_database_file_that_cannot_be_opened_is_said_and_retry_opens_it_once_it_can(
        qtbot: QtBot, tmp_path: Path) -> None:
    i18n.install_language(i18n.RUSSIAN)
    path = tmp_path / "desk.sqlite3"
    path.mkdir()  # a folder where the file should be: SQLite cannot open it
    url = f"sqlite:///{path}"
    opened: list[Services] = []

    def open_() -> Services:
        opened.append(Services.for_sign_in(open_database(url)))
        return opened[-1]

    _shell, login = start(qtbot, DatabaseOpening(f"SQLite: {path}", None, open_))
    try:
        qtbot.waitUntil(lambda: login.failed)
        message = login.failure.message
        assert message.isVisible() and login.focusWidget() is login.failure.retry_button
        assert message.text() == (f"Не удаётся открыть файл базы данных (SQLite: {path}). "
                                  "Проверьте путь и права доступа.")
        assert login.subtitle.text() == "База данных не открылась"
        assert login.failure.retry_button.text() == "Повторить"
        assert login.failure.quit_button.text() == "Выход"
        assert not login.sign_in.isVisible() and not login.first_run_form.isVisible()
        assert list(path.iterdir()) == []  # nothing written

        path.rmdir()  # the cause is gone: a demo database is there now
        db = open_database(url)
        install_demo(db)
        db.dispose()
        qtbot.mouseClick(login.failure.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: login.ready)
        assert not login.failure.isVisible() and login.sign_in.isVisible()
        assert login.demo_box is not None and login.demo_box.isVisible()
        assert login.subtitle.text() == "Войдите, чтобы начать работу"
    finally:
        for services in opened:
            services.close()


def test_a_server_that_is_down_is_said_and_quit_closes_the_window(qtbot: QtBot) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:9/none"
    label = "PostgreSQL: 127.0.0.1:9/none"

    def open_() -> Services:
        return Services.for_sign_in(open_database(url))

    shell, login = start(qtbot, DatabaseOpening(label, "127.0.0.1", open_))
    assert login.subtitle.text() == "Connecting to the server 127.0.0.1…"
    qtbot.waitUntil(lambda: login.failed, timeout=15_000)
    assert login.failure.message.text() == (
        f"Cannot connect to the database server ({label}). Check that it is running and "
        "reachable from this computer.")
    assert shell.services is None
    qtbot.mouseClick(login.failure.quit_button, Qt.MouseButton.LeftButton)
    assert not login.isVisible()

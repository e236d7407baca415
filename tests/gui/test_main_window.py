"""The main window: who is signed in, where the data is, and the recent calls."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.services.accounts import SignedIn
from desktop.services.context import Services
from desktop.ui import settings
from desktop.ui.calls_table import DIRECTION, DURATION, NUMBER, OPERATOR, RESULT
from desktop.ui.main_window import DEFAULT_SIZE, MainWindow
from tests.gui.fakes import SUPERVISOR, FakeAccounts, FakeCalls, make_services, sample_calls


def open_main(qtbot: QtBot, services: Services, who: SignedIn) -> MainWindow:
    window = MainWindow(services, who)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def team() -> tuple[Services, SignedIn, SignedIn]:
    accounts = FakeAccounts()
    boss = accounts.add("olga", "olga-secret", "Ольга Петрова", SUPERVISOR)
    anna = accounts.add("anna", "anna-secret", "Анна Смирнова")
    calls = FakeCalls({anna.user.id: sample_calls("Анна Смирнова", 4)})
    return make_services(accounts, calls), boss, anna


def header_texts(window: MainWindow) -> list[str]:
    model = window.calls.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def cell(window: MainWindow, row: int, column: int) -> str:
    model = window.calls.model
    return model.data(model.index(row, column))


def test_a_supervisor_sees_the_team_calls_with_operators(qtbot: QtBot) -> None:
    services, boss, _ = team()
    window = open_main(qtbot, services, boss)
    assert services.calls.asked_for == [None]
    assert window.calls.table.isVisible()
    assert window.calls.model.rowCount() == 4
    assert header_texts(window)[OPERATOR] == "Operator"
    newest = sample_calls("Анна Смирнова", 4)[-1]
    assert cell(window, 0, NUMBER) == "+7 999 123-46-11"
    assert newest.number == "+79991234611"
    assert cell(window, 0, DIRECTION) == "Outgoing"
    assert cell(window, 1, DIRECTION) == "Incoming"
    assert cell(window, 0, DURATION) == "02:38"
    assert cell(window, 0, RESULT) == "Не целевой"
    assert cell(window, 0, OPERATOR) == "Анна Смирнова"


def test_an_operator_sees_only_their_calls_without_the_operator_column(qtbot: QtBot) -> None:
    services, _, anna = team()
    window = open_main(qtbot, services, anna)
    assert services.calls.asked_for == [anna.user.id]
    assert "Operator" not in header_texts(window)
    assert window.calls.model.rowCount() == 4


def test_no_calls_shows_the_empty_state(qtbot: QtBot) -> None:
    services, boss, _ = team()
    services.calls.by_user.clear()
    window = open_main(qtbot, services, boss)
    assert not window.calls.table.isVisible()
    assert window.calls.empty.isVisible()
    assert window.calls.empty_title.text() == "No calls yet"
    assert window.calls.empty_text.text() == "Calls appear here when they arrive."


def test_refresh_shows_calls_that_arrived(qtbot: QtBot) -> None:
    services, _, anna = team()
    services.calls.by_user.clear()
    window = open_main(qtbot, services, anna)
    services.calls.by_user[anna.user.id] = sample_calls("Анна Смирнова", 2)
    with qtbot.waitActive(window):  # shortcuts reach the active window only
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.calls.table.isVisible()
    assert window.calls.model.rowCount() == 2


def test_title_header_and_status_bar_say_who_and_where(qtbot: QtBot) -> None:
    services, boss, _ = team()
    window = open_main(qtbot, services, boss)
    assert window.windowTitle() == "Operator Desk — Ольга Петрова"
    shown = {label.text() for label in window.findChildren(QLabel)}
    assert {"Ольга Петрова", "Супервайзер", "olga", services.db_label,
            "Embedded CRM"} <= shown
    in_status_bar = {label.text() for label in window.statusBar().findChildren(QLabel)}
    assert services.db_label in in_status_bar


def test_menus_offer_sign_out_quit_language_and_about(qtbot: QtBot) -> None:
    services, boss, _ = team()
    window = open_main(qtbot, services, boss)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Help"]
    file_actions = [a.text() for a in window.file_menu.actions()
                    if a.isVisible() and not a.isSeparator()]
    assert file_actions == ["&CRM connection…", "Sign &out", "&Quit"]  # boss manages settings
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    languages = [a.text() for a in window.language_menu.actions()]
    assert languages == ["System language", "Русский", "English"]
    import desktop

    assert desktop.__version__ in window.about_text()


def test_sign_out_asks_the_application_for_the_login_window(qtbot: QtBot) -> None:
    services, boss, _ = team()
    window = open_main(qtbot, services, boss)
    with qtbot.waitSignal(window.sign_out_requested):
        window.sign_out_action.trigger()
    assert not window.isVisible()


def test_window_size_is_restored(qtbot: QtBot) -> None:
    services, boss, _ = team()
    first = open_main(qtbot, services, boss)
    assert first.size() == QSize(*DEFAULT_SIZE)
    first.resize(720, 520)  # within the offscreen screen (800 x 600): Qt keeps it on screen
    first.close()
    assert settings.app_settings().value(settings.MAIN_GEOMETRY) is not None
    second = open_main(qtbot, services, boss)
    assert second.size() == QSize(720, 520)

"""The settings window: who may open it, from where, its tabs, size and fresh data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from designer.settings_window import (
    BUTTONS_TAB,
    DEFAULT_SIZE,
    ROLES_TAB,
    DesignerWindows,
    SettingsWindow,
)
from desktop.domain.roles import Role
from desktop.services.accounts import SignedIn
from desktop.services.context import Services
from desktop.ui.main_window import MainWindow
from tests.gui.designer.fakes_scripts import FakeScripts
from tests.gui.fakes import SUPERVISOR, FakeAccounts, make_services

HEAD_OF_SALES = Role(name="Руководитель продаж", may_manage_settings=True, id=3)


def team() -> tuple[Services, SignedIn, SignedIn]:
    accounts = FakeAccounts()
    boss = accounts.add("olga", "olga-secret", "Ольга Петрова", SUPERVISOR)
    anna = accounts.add("anna", "anna-secret", "Анна Смирнова")
    services = make_services(accounts)
    services.scripts = FakeScripts()  # type: ignore[assignment]
    services.scripts.add("Входящий звонок: продажа", "Продажи", 12, published=2)
    return services, boss, anna


def main_window(qtbot: QtBot, services: Services, who: SignedIn) -> MainWindow:
    window = MainWindow(services, who)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):  # shortcuts reach the active window only
        window.activateWindow()
    return window


def settings_window(qtbot: QtBot, services: Services, who: SignedIn) -> SettingsWindow:
    window = SettingsWindow(services, who, open_designer=lambda script_id: None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_an_operator_cannot_open_the_settings(qtbot: QtBot) -> None:
    services, _, anna = team()
    with pytest.raises(PermissionError, match="may not manage"):
        SettingsWindow(services, anna)
    window = main_window(qtbot, services, anna)
    assert not window.settings_action.isVisible()
    assert not window.settings_action.isEnabled()
    assert not window.settings_button.isVisible()
    assert not [b for b in window.findChildren(QPushButton) if b.isVisibleTo(window)
                and b.text() == "Settings"]
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.settings_window is None
    assert not any(isinstance(w, SettingsWindow) for w in QApplication.topLevelWidgets())


def test_a_supervisor_opens_the_settings_from_the_header(qtbot: QtBot) -> None:
    services, boss, _ = team()
    window = main_window(qtbot, services, boss)
    assert window.settings_button.isVisible()
    assert window.settings_button.text() == "Settings"
    qtbot.mouseClick(window.settings_button, Qt.MouseButton.LeftButton)
    settings = window.settings_window
    assert isinstance(settings, SettingsWindow)
    qtbot.waitExposed(settings)
    assert settings.windowTitle() == "Settings — Operator Desk"
    assert [settings.tabs.tabText(i) for i in range(settings.tabs.count())] == ["Scripts"]
    assert settings.scripts_tab.model.rows[0].name == "Входящий звонок: продажа"


def test_ctrl_comma_opens_the_settings_once(qtbot: QtBot) -> None:
    services, boss, _ = team()
    window = main_window(qtbot, services, boss)
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    first = window.settings_window
    assert first is not None and first.isVisible()
    first.close()
    window.settings_action.trigger()
    assert window.settings_window is first and first.isVisible()  # the same window again


def test_any_role_allowed_to_manage_settings_may_open_them(qtbot: QtBot) -> None:
    services, _, _ = team()
    head = services.accounts.add("ivan", "ivan-secret", "Иван Орлов", HEAD_OF_SALES)
    window = settings_window(qtbot, services, head)
    assert window.scripts_tab.isVisible()


def test_signing_out_closes_the_settings(qtbot: QtBot) -> None:
    services, boss, _ = team()
    window = main_window(qtbot, services, boss)
    window.open_settings()
    settings = window.settings_window
    assert settings is not None and settings.isVisible()
    window.sign_out_action.trigger()
    assert not settings.isVisible()


def test_tabs_go_in_the_order_buttons_scripts_roles(qtbot: QtBot) -> None:
    services, boss, _ = team()
    window = settings_window(qtbot, services, boss)
    window.add_page(ROLES_TAB, QWidget())
    window.add_page(BUTTONS_TAB, QWidget())
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Buttons", "Scripts", "Roles"]


def test_the_window_size_is_remembered(qtbot: QtBot) -> None:
    services, boss, _ = team()
    first = settings_window(qtbot, services, boss)
    assert first.size() == QSize(*DEFAULT_SIZE)
    smaller = QSize(first.minimumSizeHint().width(), 520)  # the offscreen screen is 800 wide
    first.resize(smaller)
    first.close()
    second = settings_window(qtbot, services, boss)
    assert second.size() == smaller


def test_coming_back_to_the_window_shows_what_changed_meanwhile(qtbot: QtBot) -> None:
    services, boss, _ = team()
    window = settings_window(qtbot, services, boss)
    with qtbot.waitActive(window):
        window.activateWindow()
    services.scripts.add("Опрос", "Сохранён в дизайнере")
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    with qtbot.waitActive(other):
        other.activateWindow()
    assert len(window.scripts_tab.model.rows) == 1
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: len(window.scripts_tab.model.rows) == 2)


class StubEditor(QWidget):
    """A designer window that may refuse to close, as one with unsaved changes does."""

    def __init__(self, script_id: int) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.script_id = script_id
        self.keep_open = False

    def closeEvent(self, event: QCloseEvent) -> None:
        event.setAccepted(not self.keep_open)


def test_each_script_opens_in_one_designer_window(qtbot: QtBot) -> None:
    built: list[int] = []

    def make_editor(script_id: int) -> StubEditor:
        built.append(script_id)
        return StubEditor(script_id)

    opener = DesignerWindows(make_editor)
    opener(1)
    opener(1)
    opener(2)
    assert built == [1, 2]
    first = opener.open[1]
    assert first.isVisible()
    first.close()
    qtbot.waitUntil(lambda: 1 not in opener.open)
    opener(1)
    assert built == [1, 2, 1]
    assert opener.close_all()
    qtbot.waitUntil(lambda: not opener.open)


def test_a_designer_keeping_unsaved_changes_keeps_settings_and_session_open(
        qtbot: QtBot) -> None:
    services, boss, _ = team()
    main = main_window(qtbot, services, boss)
    main.open_settings()
    settings = main.settings_window
    settings.designers = DesignerWindows(StubEditor)
    settings.scripts_tab.open_designer = settings.designers
    settings.scripts_tab.open_script()
    editor = next(iter(settings.designers.open.values()))
    editor.keep_open = True  # the supervisor answers «Cancel» to «Save changes?»
    main.sign_out_action.trigger()
    assert main.isVisible() and settings.isVisible() and editor.isVisible()
    editor.keep_open = False
    with qtbot.waitSignal(main.sign_out_requested):
        main.sign_out_action.trigger()
    assert not settings.isVisible()

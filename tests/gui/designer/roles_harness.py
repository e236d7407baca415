"""The Roles tab shown in a window over the in-memory team, and the gestures its tests
repeat: click a row, press a bar button, wait for the dialog an action opened."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from designer.roles_tab import RolesTab
from designer.roster_section import DialogHost
from desktop.crm.fields import CATALOG
from desktop.domain.crm_types import EntityType
from desktop.domain.roles import SeatPlan
from tests.gui.designer.fakes_roles import BUTTONS, SCRIPTS, demo_team


def catalog(entity: EntityType):
    return list(CATALOG[entity])


class Harness:
    def __init__(self, qtbot: QtBot, plan: SeatPlan = SeatPlan.TEAM, lapsed: bool = False,
                 rng: random.Random | None = None, current_user_id: int | None = None) -> None:
        self.qtbot = qtbot
        self.roles, self.users = demo_team(plan, lapsed)
        self.team = self.roles.team
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.tab = RolesTab(self.roles, self.users, catalog, lambda: list(BUTTONS),
                            lambda: list(SCRIPTS),
                            report_error=lambda title, text: self.errors.append((title, text)),
                            report_info=lambda title, text: self.infos.append((title, text)),
                            rng=rng, language="en", current_user_id=current_user_id)
        qtbot.addWidget(self.tab)
        self.tab.resize(1100, 640)
        self.tab.show()
        qtbot.waitExposed(self.tab)
        self.tab.activateWindow()
        qtbot.waitUntil(self.tab.isActiveWindow)  # the shortcuts of the tab need it

    # ---- reading --------------------------------------------------------------------
    @staticmethod
    def column(table: QTableView, column: int = 0) -> list[str]:
        model = table.model()
        return [model.index(r, column).data() for r in range(model.rowCount())]

    def user_names(self) -> list[str]:
        return self.column(self.tab.users.table)

    def user_cell(self, name: str, column: int) -> str:
        row = self.user_names().index(name)
        return self.tab.users.table.model().index(row, column).data()

    def role_names(self) -> list[str]:
        return self.column(self.tab.roles.table)

    # ---- gestures -------------------------------------------------------------------
    def click_row(self, table: QTableView, row: int, column: int = 1) -> None:
        rect = table.visualRect(table.model().index(row, column))
        self.qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def select_user(self, name: str) -> None:
        self.click_row(self.tab.users.table, self.user_names().index(name))
        assert self.tab.users.selected().user.display_name == name

    def select_role(self, name: str) -> None:
        self.click_row(self.tab.roles.table, self.role_names().index(name))
        assert self.tab.roles.selected().role.name == name

    def press(self, button: QPushButton) -> None:
        assert button.isEnabled(), button.toolTip()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def dialog(self, host: DialogHost) -> QWidget:
        self.qtbot.waitUntil(lambda: host.dialog is not None and host.dialog.isVisible())
        assert host.dialog is not None
        return host.dialog

    def closes(self, host: DialogHost) -> None:
        """Wait for the dialog to go; the window underneath is active again, as a window
        manager makes it (shortcuts need that)."""
        self.qtbot.waitUntil(lambda: host.dialog is None)
        self.tab.activateWindow()
        self.qtbot.waitUntil(self.tab.isActiveWindow)


def choose_from_menu(qtbot: QtBot, button: QPushButton, text: str) -> None:
    """Open ``button``'s menu with a click and pick the entry called ``text``."""
    picked: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, pick)
            return
        for action in menu.actions():
            if action.text() == text:
                rect = menu.actionGeometry(action)
                qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=rect.center())
                picked.append(text)
                return
        menu.close()

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert picked == [text], f"no menu entry {text!r}"


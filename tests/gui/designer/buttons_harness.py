"""Driving the Buttons tab and the button editor as a supervisor does: keys, clicks, typing."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from designer.action_editors import ActionEditor
from designer.action_list import ActionCard
from designer.button_editor import ButtonEditor
from designer.buttons_model import BUTTON
from designer.buttons_tab import ButtonsTab
from desktop.demo.settings import demo_buttons, demo_roles
from desktop.domain.buttons import ActionKind
from tests.gui.designer.fakes_buttons import FakeButtons, FakeCrm
from tests.gui.keyboard import type_text

FRIDAY = datetime(2026, 11, 27, 16, 45)  # a Friday afternoon: "now" for every deadline


def demo_fake() -> tuple[FakeButtons, dict[str, int]]:
    """The demo buttons, in order, with the demo roles holding them."""
    fake = FakeButtons()
    ids = {b.title: fake.add(b) for b in demo_buttons()}
    for role, titles, _scripts in demo_roles():
        fake.roles[role.name] = [ids[t] for t in titles]
    return fake, ids


class TabHarness:
    """The tab shown in a window, with collected error reports."""

    def __init__(self, qtbot: QtBot, buttons=None, crm=None) -> None:
        self.qtbot = qtbot
        self.buttons = buttons if buttons is not None else demo_fake()[0]
        self.errors: list[tuple[str, str]] = []
        self.tab = ButtonsTab(self.buttons, crm or FakeCrm(),
                              lambda title, text: self.errors.append((title, text)),
                              clock=lambda: FRIDAY)
        qtbot.addWidget(self.tab)
        self.tab.resize(1100, 640)
        self.tab.show()
        qtbot.waitExposed(self.tab)
        self.tab.activateWindow()
        qtbot.waitUntil(self.tab.isActiveWindow)
        self.tab.table.setFocus()

    def titles(self) -> list[str]:
        return [r.button.title for r in self.tab.model.rows]

    def cell(self, title: str, column: int, role=Qt.ItemDataRole.DisplayRole):
        return self.tab.model.index(self.titles().index(title), column).data(role)

    def select(self, title: str) -> None:
        row = self.titles().index(title)
        rect = self.tab.table.visualRect(self.tab.model.index(row, BUTTON))
        self.qtbot.mouseClick(self.tab.table.viewport(), Qt.MouseButton.LeftButton,
                              pos=rect.center())
        assert self.tab.selected_info().button.title == title

    def key(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.tab.table, key, modifier)

    def dialog(self) -> QWidget:
        self.qtbot.waitUntil(lambda: self.tab.dialog is not None and self.tab.dialog.isVisible())
        return self.tab.dialog

    def editor(self) -> ButtonEditor:
        editor = self.dialog()
        assert isinstance(editor, ButtonEditor)
        return editor

    def dialog_closes(self) -> None:
        self.qtbot.waitUntil(lambda: self.tab.dialog is None)
        self.tab.activateWindow()
        self.qtbot.waitUntil(self.tab.isActiveWindow)


class EditorDriver:
    """The editor's fields as a supervisor fills them."""

    def __init__(self, qtbot: QtBot, editor: ButtonEditor) -> None:
        self.qtbot, self.editor = qtbot, editor

    def type_title(self, text: str) -> None:
        self.editor.title_edit.setFocus()
        self.editor.title_edit.selectAll()
        self.qtbot.keyClick(self.editor.title_edit, Qt.Key.Key_Delete)
        type_text(self.qtbot, self.editor.title_edit, text)

    def add(self, kind: ActionKind) -> ActionCard:
        """Choose ``kind`` in the «Add action» menu."""
        self.editor.actions.kind_actions[kind].trigger()
        return self.editor.actions.cards[-1]

    def type_into(self, widget: QWidget, text: str, replace: bool = True) -> None:
        """Type into a template edit (or a combo's line edit), replacing what it holds."""
        target = widget.lineEdit() if isinstance(widget, QComboBox) else widget
        target.setFocus()
        if replace:
            self.qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            self.qtbot.keyClick(target, Qt.Key.Key_Delete)
        type_text(self.qtbot, target, text)

    @staticmethod
    def choose(combo: QComboBox, text: str) -> None:
        index = combo.findText(text)
        offered = [combo.itemText(i) for i in range(combo.count())]
        assert index >= 0, f"{text!r} is not offered: {offered}"
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    def save(self) -> None:
        self.qtbot.mouseClick(self.editor.save_button, Qt.MouseButton.LeftButton)

    def error(self) -> str:
        return self.editor.error.text() if self.editor.error.isVisible() else ""


def editor_of(card: ActionCard) -> ActionEditor:
    return card.editor

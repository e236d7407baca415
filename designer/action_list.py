"""The ordered actions of a button, as cards: each with its number, its kind, buttons to
move it up or down or remove it, and its form.

Actions run in the order shown. A card moves with its ↑ / ↓ buttons or Alt+Up /
Alt+Down while the focus is inside it, and goes with its ✕ button or Ctrl+Delete;
new actions come from the «Add action» menu of the six kinds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.action_editors import ActionEditor, EditorContext, editor_for
from designer.action_kinds import KIND_ORDER, KIND_TINTS, kind_hint, kind_title
from desktop.domain.buttons import ACTION_TYPES, Action, ActionKind
from desktop.ui import icons
from desktop.ui.i18n import Retranslatable
from desktop.ui.widgets import set_style_flag

MOVE_UP_KEY, MOVE_DOWN_KEY, REMOVE_KEY = "Alt+Up", "Alt+Down", "Ctrl+Del"

CARD_STYLE = """
QFrame#actionCard { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 6px; }
QFrame#actionCard[problem="true"] { border-color: #fca5a5; }
QLabel#actionTitle { font-weight: 600; color: #0f172a; }
QToolButton#cardTool { border: 1px solid transparent; border-radius: 4px; padding: 2px; }
QToolButton#cardTool:hover { background: #f1f5f9; border-color: #e2e8f0; }
QToolButton#cardTool:disabled { background: transparent; }
"""


def focus_first_input(widget: QWidget) -> None:
    """Focus the first input of ``widget`` that takes Tab focus."""
    for child in widget.findChildren(QWidget):
        if child.isVisibleTo(widget) and child.focusPolicy() & Qt.FocusPolicy.TabFocus \
                and child.isEnabled():
            child.setFocus(Qt.FocusReason.OtherFocusReason)
            return


class ActionCard(Retranslatable, QFrame):
    """One action: a header (number, kind, move and remove) over the kind's form."""

    move_requested = Signal(object, int)  # (card, -1 up / +1 down)
    remove_requested = Signal(object)

    def __init__(self, editor: ActionEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionCard")
        self.setStyleSheet(CARD_STYLE)
        self.editor = editor
        text, fill, border = KIND_TINTS[editor.kind]
        self.number = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.number.setFixedSize(22, 22)
        self.number.setStyleSheet(f"background: {fill}; color: {text}; border: 1px solid "
                                  f"{border}; border-radius: 11px; font-weight: 600;")
        self.title = QLabel(objectName="actionTitle")
        self.hint = QLabel(objectName="hint")
        style = self.style()
        self.up_button = self._tool(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
                                    lambda: self.move_requested.emit(self, -1))
        self.down_button = self._tool(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                                      lambda: self.move_requested.emit(self, 1))
        self.remove_button = self._tool(icons.icon(icons.DELETE),
                                        lambda: self.remove_requested.emit(self))
        for key, signal_args in ((MOVE_UP_KEY, -1), (MOVE_DOWN_KEY, 1)):
            shortcut = QAction(self)
            shortcut.setShortcut(QKeySequence(key))
            shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.triggered.connect(
                lambda _checked=False, d=signal_args: self.move_requested.emit(self, d))
            self.addAction(shortcut)
        remove = QAction(self)
        remove.setShortcut(QKeySequence(REMOVE_KEY))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove.triggered.connect(lambda: self.remove_requested.emit(self))
        self.addAction(remove)

        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.number)
        header.addWidget(self.title)
        header.addWidget(self.hint, 1)
        for tool in (self.up_button, self.down_button, self.remove_button):
            header.addWidget(tool)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(editor)
        self.retranslate()

    def _tool(self, icon, slot) -> QToolButton:
        tool = QToolButton(objectName="cardTool")
        tool.setIcon(icon)
        tool.setAutoRaise(True)
        tool.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        tool.clicked.connect(slot)
        return tool

    def retranslate(self) -> None:
        self.title.setText(kind_title(self.editor.kind))
        self.hint.setText(kind_hint(self.editor.kind))
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.remove_button.setToolTip(self.tr("Remove the action (Ctrl+Del)"))

    def set_position(self, index: int, count: int) -> None:
        self.number.setText(str(index + 1))
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(index < count - 1)

    def set_problem(self, problem: bool) -> None:
        set_style_flag(self, "problem", problem)


class ActionList(Retranslatable, QWidget):
    """The cards in order, and the «Add action» button with its menu of kinds."""

    changed = Signal()

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cards: list[ActionCard] = []
        self.add_button = QToolButton(objectName="addAction")
        self.add_button.setIcon(icons.icon(icons.ADD))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setStyleSheet(
            "QToolButton#addAction { border: 1px dashed #94a3b8; border-radius: 6px;"
            " padding: 7px 12px; color: #1d4ed8; font-weight: 600; background: #ffffff; }"
            "QToolButton#addAction:hover { background: #eff6ff; border-color: #2563eb; }"
            "QToolButton#addAction::menu-indicator { image: none; width: 0; }")
        self.menu = QMenu(self.add_button)
        self.add_button.setMenu(self.menu)
        self.kind_actions: dict[ActionKind, QAction] = {}
        for kind in KIND_ORDER:
            action = self.menu.addAction("")
            action.triggered.connect(lambda _checked=False, k=kind: self.add_kind(k))
            self.kind_actions[kind] = action
        self.empty = QLabel(objectName="hint", wordWrap=True)
        self.column = QVBoxLayout()
        self.column.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(self.column)
        layout.addWidget(self.empty)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.retranslate()
        self._renumber()

    def retranslate(self) -> None:
        self._align_labels()
        self.add_button.setText(self.tr("Add action"))
        self.add_button.setToolTip(self.tr("Actions run in order when the operator presses "
                                           "the button"))
        for kind, action in self.kind_actions.items():
            action.setText(kind_title(kind))
            action.setToolTip(kind_hint(kind))
            action.setStatusTip(kind_hint(kind))
        self.menu.setToolTipsVisible(True)
        self.empty.setText(self.tr("No actions yet. A button needs at least one: add a "
                                   "comment, a callback, a task, a meeting, or a status or "
                                   "stage change."))

    # ---- contents -------------------------------------------------------------------
    def actions(self) -> list[Action]:
        return [card.editor.action() for card in self.cards]

    def set_actions(self, actions: list[Action]) -> None:
        for card in list(self.cards):
            self._drop(card)
        for action in actions:
            self._append(action)
        self._renumber()

    def add_kind(self, kind: ActionKind) -> ActionCard:
        """Add an action of ``kind`` with its defaults, at the end, and focus its form."""
        card = self._append(ACTION_TYPES[kind]())
        self._renumber()
        self.changed.emit()
        focus_first_input(card.editor)
        return card

    def _append(self, action: Action) -> ActionCard:
        card = ActionCard(editor_for(action, self.context))
        card.editor.changed.connect(self.changed)
        card.move_requested.connect(self.move)
        card.remove_requested.connect(self.remove)
        self.cards.append(card)
        self.column.addWidget(card)
        card.show()  # at once, not on the next event loop pass: it takes the focus next
        return card

    def move(self, card: ActionCard, delta: int) -> None:
        index = self.cards.index(card)
        target = index + delta
        if not 0 <= target < len(self.cards):
            return
        self.cards.insert(target, self.cards.pop(index))
        self.column.removeWidget(card)
        self.column.insertWidget(target, card)
        self._renumber()
        self.changed.emit()
        pressed = card.up_button if delta < 0 else card.down_button
        if pressed.isEnabled():
            pressed.setFocus()
        else:
            focus_first_input(card.editor)

    def remove(self, card: ActionCard) -> None:
        index = self.cards.index(card)
        self._drop(card)
        self._renumber()
        self.changed.emit()
        if self.cards:
            self.cards[min(index, len(self.cards) - 1)].remove_button.setFocus()
        else:
            self.add_button.setFocus()

    def _drop(self, card: ActionCard) -> None:
        self.cards.remove(card)
        self.column.removeWidget(card)
        card.hide()
        card.deleteLater()

    def _renumber(self) -> None:
        for index, card in enumerate(self.cards):
            card.set_position(index, len(self.cards))
        self.empty.setVisible(not self.cards)
        self._align_labels()

    def _align_labels(self) -> None:
        """One label column for all cards, so the fields of every action line up."""
        labels = [label for card in self.cards for label in card.editor.labels]
        for label in labels:
            label.setMinimumWidth(0)
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)

"""Pieces every tab of the settings window shares: its actions and their push buttons,
its layout (intro, toolbar, the list or its empty state, what goes under the list), the
whole-row selection of its table, the dialog an action has open, and what the services
refuse on purpose.

A tab's commands are ``QAction``s (with shortcuts that work anywhere inside the tab);
the push buttons above its list only trigger them and follow their enabled state.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from designer.script_dialogs import show_error_box
from desktop.domain.errors import DomainError
from desktop.storage.errors import StorageError
from desktop.ui import icons

# What the services raise on purpose; anything else is a bug and is not swallowed.
SERVICE_ERRORS: tuple[type[Exception], ...] = (StorageError, DomainError, ValueError,
                                               PermissionError)

ErrorReporter = Callable[[str, str], None]  # (title, text)

Key = str | QKeySequence.StandardKey


def default_reporter(parent: QWidget) -> ErrorReporter:
    """Message boxes over ``parent``: a tab's default way of saying what was refused."""
    return lambda title, text: show_error_box(parent, title, text)


def tab_action(owner: QWidget, icon_name: str, slot: Callable[[], object],
               *keys: Key) -> QAction:
    """An action of ``owner`` whose shortcuts work while the focus is inside it."""
    made = QAction(icons.icon(icon_name), "", owner)
    made.setShortcuts([QKeySequence(key) for key in keys])
    made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    made.triggered.connect(slot)
    owner.addAction(made)
    return made


def set_action_texts(*entries: tuple[QAction, str, str]) -> None:
    """Name each action and give it its tooltip: ``(action, text, tooltip)``."""
    for action, text, tip in entries:
        action.setText(text)
        action.setToolTip(tip)


def copy_action_texts(*pairs: tuple[QPushButton, QAction]) -> None:
    """Give each push button the text and tooltip of the action it triggers."""
    for button, action in pairs:
        button.setText(action.text())
        button.setToolTip(action.toolTip())


def action_button(action: QAction, icon_name: str | None = None,
                  primary: bool = False) -> QPushButton:
    """A push button that triggers ``action`` and follows its enabled state."""
    button = QPushButton(icons.icon(icon_name) if icon_name else action.icon(), "")
    if primary:
        button.setObjectName("primaryButton")
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.clicked.connect(action.trigger)
    action.enabledChanged.connect(button.setEnabled)
    return button


class DialogHost:
    """Keeps the dialog an action opened (window-modal, via ``open()``) in ``dialog``."""

    dialog: QWidget | None = None

    def open_dialog(self, dialog: QWidget) -> QWidget:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        dialog.open()  # type: ignore[attr-defined]
        return dialog

    def _forget(self, dialog: QWidget) -> None:
        if self.dialog is dialog:  # a dialog opened from this one's answer may be up now
            self.dialog = None


def selected_row_index(table: QAbstractItemView) -> QModelIndex | None:
    """The current index while its row is selected (Qt keeps a current index after the
    selection is gone), else None."""
    index = table.currentIndex()
    if not index.isValid() or not table.selectionModel().isRowSelected(
            index.row(), index.parent()):
        return None
    return index


def select_whole_row(table: QAbstractItemView,
                     index: QModelIndex | QPersistentModelIndex) -> None:
    """Make ``index`` current with its whole row selected and scroll to it; an invalid
    index clears the selection."""
    if index.isValid():
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        table.scrollTo(index)
    else:
        table.selectionModel().clear()


class EmptyState(QFrame):
    """What a tab shows instead of an empty list: a picture, a title and what to do."""

    def __init__(self, picture: str | QPixmap, parent: QWidget | None = None) -> None:
        """``picture``: an icon name (shown at 64 px) or a ready pixmap."""
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.picture.setPixmap(icons.pixmap(picture, 64) if isinstance(picture, str)
                               else picture)
        self.title = QLabel(objectName="emptyTitle", alignment=Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(objectName="hint", alignment=Qt.AlignmentFlag.AlignCenter,
                           wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.picture)
        layout.addSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(2)

    def set_texts(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)


def list_pages(table: QWidget, empty: QWidget) -> QStackedWidget:
    """The tab's list, with its empty state ready to stand in its place."""
    pages = QStackedWidget()
    pages.addWidget(table)
    pages.addWidget(empty)
    return pages


def tab_column(owner: QWidget, intro: QWidget, bar: QLayout, pages: QWidget,
               *below: QWidget) -> QVBoxLayout:
    """The layout of a tab: its intro, its toolbar, the list taking the spare height,
    then whatever goes under the list (details, the count)."""
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(20, 16, 20, 14)
    layout.setSpacing(12)
    layout.addWidget(intro)
    layout.addLayout(bar)
    layout.addWidget(pages, 1)
    for widget in below:
        layout.addWidget(widget)
    return layout

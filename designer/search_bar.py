"""Search (Ctrl+F): an inline field over the canvas that finds steps by title or text.

``CanvasFrame`` hosts the canvas with such floating widgets (the search bar, the minimap).

Typing selects and centres the first match; Enter or F3 goes to the next one,
Shift+Enter or Shift+F3 to the previous one, Escape closes the bar. Matches are kept
in reading order (top to bottom, then left to right), so "next" moves down the script.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsDropShadowEffect,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from designer.toolbar import painted_icon
from desktop.domain.script import Script
from desktop.ui import i18n

WIDTH = 380
OVERLAY_MARGIN = 12


def find_steps(script: Script, query: str) -> list[str]:
    """Ids of the steps whose title or text contains ``query`` (any case), in reading order."""
    needle = query.strip().casefold()
    if not needle:
        return []
    found = [s for s in script.steps
             if needle in s.title.casefold() or needle in s.text.casefold()]
    return [s.id for s in sorted(found, key=lambda s: (s.y, s.x, s.id))]


class SearchBar(i18n.Retranslatable, QFrame):
    """Finds steps of ``document``'s script and shows them on ``canvas`` (select + centre)."""

    def __init__(self, document, canvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.document = document
        self.canvas = canvas
        self.matches: list[str] = []
        self.index = -1
        self._stale = False
        self.setStyleSheet("QFrame#searchBar { background: #ffffff; border: 1px solid #cbd5e1;"
                           " border-radius: 6px; }"
                           "QFrame#searchBar QLineEdit { border: none; padding: 4px 2px; }"
                           "QToolButton { border: none; padding: 3px; border-radius: 4px; }"
                           "QToolButton:hover { background: #f1f5f9; }")
        shadow = QGraphicsDropShadowEffect(self, blurRadius=14, offset=0)
        shadow.setColor(QColor(15, 23, 42, 50))
        self.setGraphicsEffect(shadow)

        icon = QLabel()
        icon.setPixmap(painted_icon("search").pixmap(16, 16))
        self.field = QLineEdit(objectName="searchField")
        self.field.installEventFilter(self)
        self.count = QLabel(objectName="hint")
        self.previous_button = QToolButton(text="▲", autoRaise=True)
        self.next_button = QToolButton(text="▼", autoRaise=True)
        self.close_button = QToolButton(text="✕", autoRaise=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(icon)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        for button in (self.previous_button, self.next_button, self.close_button):
            layout.addWidget(button)
        self.setFixedWidth(WIDTH)

        self.field.textChanged.connect(self._search)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        document.changed.connect(self._mark_stale)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Find a step by title or text"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.next_button.setToolTip(self.tr("Next match (Enter, F3)"))
        self.close_button.setToolTip(self.tr("Close (Escape)"))
        self._show_count()

    # ---- opening and closing ----------------------------------------------------------
    def open_bar(self) -> None:
        self.show()
        self.raise_()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self._stale:
            self._search(self.field.text())

    def close_bar(self) -> None:
        self.hide()
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- finding ----------------------------------------------------------------------
    def find_next(self) -> None:
        self._step(+1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if self._stale:
            current = self.matches[self.index] if 0 <= self.index < len(self.matches) else None
            self._refind(keep=current)
        if not self.matches:
            return
        self.index = (self.index + delta) % len(self.matches)
        self._jump()

    def _search(self, text: str) -> None:
        self._refind(keep=None)
        if self.matches:
            self.index = 0
            self._jump()

    def _refind(self, keep: str | None) -> None:
        self.matches = find_steps(self.document.script, self.field.text())
        self.index = self.matches.index(keep) if keep in self.matches else -1
        self._stale = False
        self._show_count()

    def _jump(self) -> None:
        self.canvas.select_steps([self.matches[self.index]], center=True)
        self._show_count()

    def _mark_stale(self) -> None:
        self._stale = True

    def _show_count(self) -> None:
        if not self.field.text().strip():
            self.count.clear()
        elif not self.matches:
            self.count.setText(self.tr("No matches"))
        else:
            shown = max(self.index, 0) + 1
            self.count.setText(self.tr("%1 of %2").replace("%1", str(shown))
                               .replace("%2", str(len(self.matches))))
        self.previous_button.setEnabled(len(self.matches) > 1)
        self.next_button.setEnabled(len(self.matches) > 1)

    # ---- keys -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F3):
            self.find_previous() if shift else self.find_next()
            return True
        if key == Qt.Key.Key_Escape:
            self.close_bar()
            return True
        return False


class CanvasFrame(QWidget):
    """The canvas filling the frame, with the search bar and the minimap floating over it."""

    def __init__(self, canvas: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        canvas.setParent(self)
        self.overlays: list[tuple[QWidget, Qt.AlignmentFlag]] = []

    def add_overlay(self, widget: QWidget, corner: Qt.AlignmentFlag) -> None:
        widget.setParent(self)
        widget.installEventFilter(self)
        self.overlays.append((widget, corner))
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self._place()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.canvas.setGeometry(self.rect())
        self._place()

    def _place(self) -> None:
        for widget, corner in self.overlays:
            size = widget.size()
            right = self.width() - size.width() - OVERLAY_MARGIN
            x = right if corner & Qt.AlignmentFlag.AlignRight else OVERLAY_MARGIN
            bottom = self.height() - size.height() - OVERLAY_MARGIN
            y = bottom if corner & Qt.AlignmentFlag.AlignBottom else OVERLAY_MARGIN
            widget.move(max(0, x), max(0, y))
            widget.raise_()

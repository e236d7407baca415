"""The result buttons along the bottom of the call card, in their colours, with their keys.

A button without its own shortcut gets the F-key of its place (the first F1, the
second F2... up to F12) unless another button already took that key. The keys work
anywhere in the card's window, so the operator records a result without reaching
for the mouse. Once a result is recorded, its button stays marked.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from desktop.domain.buttons import ActionButton
from desktop.ui.button_face import RADIUS, face_width, paint_button_face, shortcut_text

F_KEYS = tuple(f"F{n}" for n in range(1, 13))
HEIGHT = 40
SPACING = 8
DISABLED_OPACITY = 0.4
RING = 2  # the focus or "recorded" ring, drawn over the face's edge
_FOCUS = QColor("#2563eb")
_RECORDED = QColor("#0f172a")


def shortcuts_for(buttons: list[ActionButton]) -> list[str]:
    """Each button's key: its own, else F<place> when no other button uses that key."""
    taken = {QKeySequence(b.shortcut).toString() for b in buttons if b.shortcut}
    keys = []
    for place, button in enumerate(buttons):
        if button.shortcut:
            keys.append(button.shortcut)
        elif place < len(F_KEYS) and F_KEYS[place] not in taken:
            keys.append(F_KEYS[place])
        else:
            keys.append("")
    return keys


class ResultButton(QAbstractButton):
    """One result button drawn as the supervisor designed it (see ``button_face``)."""

    def __init__(self, button: ActionButton, shortcut: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("resultButton")
        self.button = button
        self.shortcut = shortcut
        self.recorded = False
        self._hint: tuple[tuple[str, str], QSize] | None = None
        self.setText(button.title)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        key = shortcut_text(shortcut) if shortcut else ""
        self.setToolTip(f"{button.title} ({key})" if key else button.title)
        self.setAccessibleName(button.title)

    def sizeHint(self) -> QSize:
        """Measured once per title, mark and font: the bar asks for it on every layout."""
        title = self._title()
        key = (title, self.font().key())
        if self._hint is None or self._hint[0] != key:
            self._hint = (key, QSize(max(120, face_width(title, self.shortcut, self.font())),
                                     HEIGHT))
        return self._hint[1]

    def minimumSizeHint(self) -> QSize:
        return QSize(90, HEIGHT)

    def _title(self) -> str:
        return f"✓ {self.text()}" if self.recorded else self.text()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        face = self.rect()
        if not self.isEnabled() and not self.recorded:
            painter.setOpacity(DISABLED_OPACITY)
        paint_button_face(painter, face, self._title(), self.button.color, self.shortcut,
                          self.font())
        if self.isDown():
            painter.fillRect(face, QColor(0, 0, 0, 30))
        ring = _RECORDED if self.recorded else _FOCUS if self.hasFocus() else None
        if ring is not None:
            painter.setOpacity(1.0)
            painter.setPen(QPen(ring, RING))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = RING / 2
            painter.drawRoundedRect(QRectF(face).adjusted(half, half, -half, -half), RADIUS,
                                    RADIUS)
        painter.end()


class ResultBar(QWidget):
    """``pressed`` carries the ActionButton the operator pressed (click or key).

    Buttons keep the width their title needs, left to right in the role's order, and
    wrap onto another row when the window is too narrow for all of them.
    """

    pressed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultBar")
        self.buttons: list[ResultButton] = []
        self._shortcuts: list[QShortcut] = []
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_buttons(self, buttons: list[ActionButton]) -> None:
        """Show ``buttons`` in the role's order, each with its key."""
        for widget in self.buttons:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.setParent(None)
            shortcut.deleteLater()
        self.buttons, self._shortcuts = [], []
        for button, key in zip(buttons, shortcuts_for(buttons), strict=True):
            widget = ResultButton(button, key, self)
            widget.clicked.connect(lambda _=False, b=button: self.pressed.emit(b))
            widget.show()
            self.buttons.append(widget)
            if key:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.setAutoRepeat(False)
                shortcut.activated.connect(widget.click)
                self._shortcuts.append(shortcut)

        self.updateGeometry()
        self._place()

    # ---- geometry ------------------------------------------------------------------
    def _rows(self, width: int) -> list[list[ResultButton]]:
        rows: list[list[ResultButton]] = []
        used = 0
        for widget in self.buttons:
            need = widget.sizeHint().width()
            if rows and rows[-1] and used + SPACING + need <= width:
                rows[-1].append(widget)
                used += SPACING + need
            else:
                rows.append([widget])
                used = need
        return rows

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = len(self._rows(width))
        return rows * HEIGHT + max(0, rows - 1) * SPACING

    def sizeHint(self) -> QSize:
        width = sum(w.sizeHint().width() for w in self.buttons)
        return QSize(width + SPACING * max(0, len(self.buttons) - 1), HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        y = 0
        for row in self._rows(self.width()):
            x = 0
            for widget in row:
                width = min(widget.sizeHint().width(), self.width() - x)
                widget.setGeometry(QRect(x, y, width, HEIGHT))
                x += width + SPACING
            y += HEIGHT + SPACING
        if self.minimumHeight() != self.heightForWidth(self.width()):
            self.setMinimumHeight(self.heightForWidth(self.width()))

    # ---- state ---------------------------------------------------------------------
    def set_recorded(self, button: ActionButton | None) -> None:
        """Mark the button whose result was recorded (None: no result yet)."""
        changed = False
        for widget in self.buttons:
            recorded = button is not None and _same(widget.button, button)
            if widget.recorded != recorded:
                widget.recorded, changed = recorded, True
                widget.updateGeometry()
                widget.update()
        if changed:
            self._place()

    def set_enabled_all(self, on: bool) -> None:
        for widget in self.buttons:
            widget.setEnabled(on)

    def button_for(self, title: str) -> ResultButton | None:
        return next((w for w in self.buttons if w.button.title == title), None)


def _same(one: ActionButton, other: ActionButton) -> bool:
    if one.id is not None and other.id is not None:
        return one.id == other.id
    return one is other

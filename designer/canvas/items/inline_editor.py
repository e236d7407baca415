"""Editing a step's title or text in place, on the card.

Enter (title) or Ctrl+Enter (text) or moving the focus away commits; Escape puts
the old text back. The editor reports once, through ``on_done``; the caller turns
a commit into one undo command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPen, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsTextItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from designer.canvas import style


class InlineEditor(QGraphicsTextItem):
    def __init__(self, text: str, rect: QRectF, multiline: bool,
                 on_done: Callable[[str | None], None], parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.multiline = multiline
        self._on_done: Callable[[str | None], None] | None = on_done
        self.setFont(style.font(12) if multiline else style.font(13, bold=True))
        self.setDefaultTextColor(style.TEXT if multiline else style.TITLE)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if multiline
                           else QTextOption.WrapMode.NoWrap)
        self.document().setDefaultTextOption(option)
        self.document().setDocumentMargin(2)
        self.setTextWidth(rect.width() + 4)
        self.setPlainText(text)
        self.setPos(rect.left() - 2, rect.top() - (1 if multiline else -1))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(10)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def commit(self) -> None:
        self._finish(self.toPlainText() if self.multiline
                     else " ".join(self.toPlainText().split()))

    def cancel(self) -> None:
        self._finish(None)

    def _finish(self, text: str | None) -> None:
        done, self._on_done = self._on_done, None
        if done is None:
            return  # already finished (Escape, then the focus leaving)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.clearFocus()
        self.hide()
        done(text)  # the owner removes the editor later, outside this event

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.cancel()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if ctrl or not self.multiline:
                self.commit()
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # e.g. its own context menu
            self.commit()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self.boundingRect()
        painter.setPen(QPen(style.ACCENT, 1.2))
        painter.setBrush(style.CARD_FILL)
        painter.drawRoundedRect(rect, 4, 4)
        plain = QStyleOptionGraphicsItem(option)  # no dashed focus frame of Qt's own
        plain.state &= ~(QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected)
        super().paint(painter, plain, widget)

"""A result button drawn as the operator sees it in the call card.

The title is drawn on the button's colour in white or black, whichever the domain
says stays readable (``desktop.domain.colors.text_color_on``); the keyboard shortcut,
when there is one, sits at the right in a small key cap of the same colour.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.buttons import DEFAULT_COLOR
from desktop.domain.colors import ColorError, normalize, text_color_on

RADIUS = 6
PAD_X = 14
KEY_GAP = 10


def safe_color(color: str) -> str:
    try:
        return normalize(color)
    except ColorError:
        return DEFAULT_COLOR


def shortcut_text(shortcut: str) -> str:
    """The shortcut as the user's keyboard names it («Ctrl+F1»)."""
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


def face_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setWeight(QFont.Weight.DemiBold)
    return font


def face_width(title: str, shortcut: str, base: QFont) -> int:
    """The width the face needs for its title and key cap."""
    width = QFontMetrics(face_font(base)).horizontalAdvance(title) + 2 * PAD_X
    if shortcut:
        key = small_font(base)
        width += QFontMetrics(key).horizontalAdvance(shortcut_text(shortcut)) + 10 + KEY_GAP
    return width


def small_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(7.0, base.pointSizeF() - 1.5))
    font.setWeight(QFont.Weight.DemiBold)
    return font


def paint_button_face(painter: QPainter, rect: QRect, title: str, color: str,
                      shortcut: str = "", font: QFont | None = None) -> None:
    """Draw the button in ``rect``: its colour, its readable title, its key cap."""
    background = safe_color(color)
    text = QColor(text_color_on(background))
    base = font or painter.font()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(background).darker(115))
    painter.setBrush(QColor(background))
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
    inner = rect.adjusted(PAD_X, 0, -PAD_X, 0)
    if shortcut:
        key_font = small_font(base)
        metrics = QFontMetrics(key_font)
        label = shortcut_text(shortcut)
        width = metrics.horizontalAdvance(label) + 10
        height = metrics.height() + 2
        cap = QRect(inner.right() - width + 1, rect.center().y() - height // 2 + 1, width,
                    height)
        tint = QColor(text)
        tint.setAlpha(40)
        painter.setBrush(tint)
        edge = QColor(text)
        edge.setAlpha(90)
        painter.setPen(edge)
        painter.drawRoundedRect(QRectF(cap).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setFont(key_font)
        painter.setPen(text)
        painter.drawText(cap, int(Qt.AlignmentFlag.AlignCenter), label)
        inner.setRight(cap.left() - KEY_GAP)
    title_font = face_font(base)
    painter.setFont(title_font)
    painter.setPen(text)
    shown = QFontMetrics(title_font).elidedText(title, Qt.TextElideMode.ElideRight,
                                                max(inner.width(), 0))
    painter.drawText(inner, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                     shown)
    painter.restore()


class ButtonFace(QWidget):
    """The button alone, at the size the call card gives it."""

    HEIGHT = 40

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("buttonFace")
        self.title, self.color, self.shortcut = "", DEFAULT_COLOR, ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def show_button(self, title: str, color: str, shortcut: str) -> None:
        self.title, self.color, self.shortcut = title, color, shortcut
        self.updateGeometry()
        self.adjustSize()
        self.update()

    def text_color(self) -> str:
        return text_color_on(safe_color(self.color))

    def sizeHint(self) -> QSize:
        return QSize(max(160, face_width(self.title, self.shortcut, self.font())), self.HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_button_face(painter, self.rect(), self.title or "…", self.color, self.shortcut,
                          self.font())
        painter.end()

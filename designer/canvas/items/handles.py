"""The active parts of a step card ("+", "⋯", title, text) and how they are drawn.

Parts are drawn by the card itself and found by position (:func:`part_at`) rather
than being child items: thousands of cards then cost one item each.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from designer.canvas import style


class Part(Enum):
    BODY = "body"
    PLUS = "plus"
    MORE = "more"
    TITLE = "title"
    TEXT = "text"


PLUS_CENTER = QPointF(style.CARD_W / 2, style.CARD_H)
MORE_RECT = QRectF(style.CARD_W - style.MORE_W - 6, 6, style.MORE_W, style.MORE_H)
TITLE_RECT = QRectF(style.PAD, 8, style.CARD_W - 2 * style.PAD - style.MORE_W + 4, 24)
TEXT_RECT = QRectF(style.PAD, 34, style.CARD_W - 2 * style.PAD, 54)
TEXT_RECT_WITH_FIELDS = QRectF(style.PAD, 34, style.CARD_W - 2 * style.PAD, 34)
FIELDS_RECT = QRectF(style.PAD, style.CARD_H - 28, style.CARD_W - 2 * style.PAD, 18)
CARD_RECT = QRectF(0, 0, style.CARD_W, style.CARD_H)


def part_at(pos: QPointF) -> Part | None:
    """Which part of a card is at ``pos`` (card coordinates); None outside the card."""
    dx, dy = pos.x() - PLUS_CENTER.x(), pos.y() - PLUS_CENTER.y()
    if dx * dx + dy * dy <= (style.PLUS_R + 3) ** 2:
        return Part.PLUS
    if not CARD_RECT.contains(pos):
        return None
    if MORE_RECT.adjusted(-2, -2, 2, 2).contains(pos):
        return Part.MORE
    if TITLE_RECT.contains(pos):
        return Part.TITLE
    if TEXT_RECT.contains(pos):
        return Part.TEXT
    return Part.BODY


def card_shape() -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(CARD_RECT, style.RADIUS, style.RADIUS)
    path.addEllipse(PLUS_CENTER, style.PLUS_R + 3, style.PLUS_R + 3)
    return path.simplified()


def draw_plus(painter: QPainter, hovered: bool, emphasised: bool) -> None:
    """A round "+" button on the bottom edge; filled with the accent when hovered."""
    r = style.PLUS_R
    fill = style.ACCENT if hovered else style.CARD_FILL
    border = style.ACCENT if (hovered or emphasised) else style.CARD_BORDER_HOVER
    painter.setPen(QPen(border, 1.4))
    painter.setBrush(fill)
    painter.drawEllipse(PLUS_CENTER, r, r)
    cross = QColor("#ffffff") if hovered else (style.ACCENT if emphasised else style.TEXT)
    painter.setPen(QPen(cross, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    arm = r * 0.5
    c = PLUS_CENTER
    painter.drawLine(QPointF(c.x() - arm, c.y()), QPointF(c.x() + arm, c.y()))
    painter.drawLine(QPointF(c.x(), c.y() - arm), QPointF(c.x(), c.y() + arm))


def draw_more(painter: QPainter, hovered: bool) -> None:
    """Three dots at the top-right corner; a soft square behind them on hover."""
    if hovered:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.CHIP_FILL)
        painter.drawRoundedRect(MORE_RECT, 5, 5)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.TITLE if hovered else style.TEXT)
    c = MORE_RECT.center()
    for dx in (-5.5, 0.0, 5.5):
        painter.drawEllipse(QPointF(c.x() + dx, c.y()), 1.7, 1.7)

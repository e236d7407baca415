"""Small drawing helpers shared by the card, the overview and the minimap."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from designer.canvas import style


def wrap_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Word-wrapped lines that fit ``width``; the last one elided when text is left over."""
    metrics = QFontMetricsF(font)
    words = " ".join(text.split()).split(" ")
    lines: list[str] = []
    current = ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[index:])
            break
    if current:
        lines.append(current)
    lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
             for line in lines[:max_lines]]  # a long last line, or one long word
    return [line for line in lines if line]


def draw_lock(painter: QPainter, origin: QPointF, size: float, colour: QColor) -> None:
    """A padlock drawn with paths, so it stays sharp at every zoom."""
    x, y, s = origin.x(), origin.y(), size
    painter.setPen(QPen(colour, s * 0.11))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QPainterPath()
    shackle.moveTo(x + s * 0.3, y + s * 0.46)
    shackle.lineTo(x + s * 0.3, y + s * 0.3)
    shackle.arcTo(QRectF(x + s * 0.3, y + s * 0.08, s * 0.4, s * 0.4), 180, -180)
    shackle.lineTo(x + s * 0.7, y + s * 0.46)
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(x + s * 0.18, y + s * 0.44, s * 0.64, s * 0.5), s * 0.1, s * 0.1)


def draw_tag(painter: QPainter, rect: QRectF, text: str, fill: QColor, colour: QColor) -> None:
    """A pill with a short label (the start and final marks)."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setPen(colour)
    painter.setFont(style.font(10, bold=True))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def tag_width(text: str) -> float:
    return QFontMetricsF(style.font(10, bold=True)).horizontalAdvance(text) + 16


def top_strip_path(height: float) -> QPainterPath:
    """The card's top edge band, rounded like the card (colours the start and final steps)."""
    card = QPainterPath()
    card.addRoundedRect(QRectF(0, 0, style.CARD_W, style.CARD_H), style.RADIUS, style.RADIUS)
    band = QPainterPath()
    band.addRect(QRectF(0, 0, style.CARD_W, height))
    return card.intersected(band)

"""Drawing the whole script as plain boxes and lines, for low zoom and the minimap.

Below ``style.OVERVIEW_LOD`` a card is a few pixels wide: nothing on it is
legible, and painting thousands of items one by one is what makes big scripts
slow. The view then draws this picture instead: every card as a box and every
link as a straight line in a few batched painter calls, rendered once into a
pixmap and reused until the script, the selection or the view changes.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPen, QPixmap, QTransform

from designer.canvas import style
from designer.canvas.scene import ScriptScene

_FILLS = {
    "plain": (style.OVERVIEW_BORDER, style.OVERVIEW_CARD),
    "final": (style.FINAL, style.FINAL_SOFT),
    "start": (style.START, style.START_SOFT),
    "selected": (style.ACCENT, style.ACCENT),
}


def draw_overview(painter: QPainter, scene: ScriptScene, transform: QTransform) -> None:
    """Boxes and lines of the whole scene, under ``transform`` (scene to device)."""
    rects, lines = scene.overview_geometry()
    painter.save()
    painter.setWorldTransform(transform)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(style.OVERVIEW_LINK, 0))
    painter.drawLines(lines)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for kind, (border, fill) in _FILLS.items():
        if rects[kind]:
            painter.setPen(QPen(border, 0))
            painter.setBrush(fill)
            painter.drawRects(rects[kind])
    painter.restore()


class OverviewCache:
    """One pixmap of the overview for a given view state, redrawn only when that changes."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._pixmap = QPixmap()

    def pixmap(self, scene: ScriptScene, transform: QTransform, size: QSize,
               ratio: float, background: bool = True) -> QPixmap:
        key = (scene.generation, _transform_key(transform), size.width(), size.height(), ratio)
        if key != self._key:
            self._key = key
            self._pixmap = QPixmap(size * ratio)
            self._pixmap.setDevicePixelRatio(ratio)
            if background:
                self._pixmap.fill(style.BACKGROUND)
            else:
                self._pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(self._pixmap)
            draw_overview(painter, scene, transform)
            painter.end()
        return self._pixmap

    def clear(self) -> None:
        self._key = None
        self._pixmap = QPixmap()


def fit_transform(content: QRectF, size: QSize, margin: float = 4.0) -> QTransform:
    """Scene-to-widget transform that fits ``content`` into ``size``, centred."""
    width, height = max(1.0, size.width() - 2 * margin), max(1.0, size.height() - 2 * margin)
    scale = min(width / max(content.width(), 1.0), height / max(content.height(), 1.0))
    dx = (size.width() - content.width() * scale) / 2 - content.left() * scale
    dy = (size.height() - content.height() * scale) / 2 - content.top() * scale
    return QTransform(scale, 0, 0, scale, dx, dy)


def _transform_key(t: QTransform) -> tuple[float, ...]:
    return (round(t.m11(), 9), round(t.m22(), 9), round(t.dx(), 3), round(t.dy(), 3))

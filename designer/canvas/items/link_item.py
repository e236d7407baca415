"""A link: a curved arrow from one step card to another.

Forward links run from the bottom of the source (under its "+") to the top of the
target; a link going up one row runs from the top of the source to the bottom of
the target, beside the "+"; links to a card beside run between the cards' sides,
and longer loops back go round the right-hand sides. The item is a plain
``QGraphicsPathItem`` with an open arrowhead in the same path, so Qt paints it
without calling Python (measured three times faster than a Python ``paint()`` at
30 % zoom). Hover and selection only change its pen; the canvas finds links near
the mouse itself (:meth:`ScriptScene.link_near`), so the thin line is easy to hit.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from designer.canvas import style

W, H = style.CARD_W, style.CARD_H
ARROW_LEN, ARROW_HALF = 11.0, 6.0
BACK_REACH = 140.0  # a link going up this far (to the row above) runs straight up


def link_path(source: QPointF, target: QPointF) -> QPainterPath:
    """The curve between cards at ``source`` and ``target`` (their top-left corners),
    ending in an open arrowhead."""
    sx, sy, tx, ty = source.x(), source.y(), target.x(), target.y()
    if ty >= sy + H + 20:  # below: bottom edge to top edge
        x0, y0, x1, y1 = sx + W / 2, sy + H, tx + W / 2, ty
        d = max(30.0, (y1 - y0) * 0.5)
        c1x, c1y, c2x, c2y = x0, y0 + d, x1, y1 - d
    elif abs(ty - sy) < H + 20 and tx >= sx + W + 20:  # beside, right: side to side
        x0, y0, x1, y1 = sx + W, sy + H / 2, tx, ty + H / 2
        d = min(40.0, (x1 - x0) * 0.5)
        c1x, c1y, c2x, c2y = x0 + d, y0, x1 - d, y1
    elif abs(ty - sy) < H + 20 and tx + W + 20 <= sx:  # beside, left
        x0, y0, x1, y1 = sx, sy + H / 2, tx + W, ty + H / 2
        d = min(40.0, (x0 - x1) * 0.5)
        c1x, c1y, c2x, c2y = x0 - d, y0, x1 + d, y1
    elif ty + H + 20 <= sy <= ty + H + BACK_REACH:  # one row up: top edge to bottom edge,
        x0, y0, x1, y1 = sx + W * 0.78, sy, tx + W * 0.78, ty + H  # clear of the "+"
        d = max(25.0, (y0 - y1) * 0.5)
        c1x, c1y, c2x, c2y = x0, y0 - d, x1, y1 + d
    else:  # further up, or overlapping: a loop round the right-hand sides
        x0, y0, x1, y1 = sx + W, sy + H / 2, tx + W, ty + H / 2
        d = 60.0 + abs(y1 - y0) * 0.15 + abs(sx - tx) * 0.5
        c1x, c1y, c2x, c2y = max(x0, x1) + d, y0, max(x0, x1) + d, y1
    path = QPainterPath(QPointF(x0, y0))
    path.cubicTo(c1x, c1y, c2x, c2y, x1, y1)
    length = math.hypot(x1 - c2x, y1 - c2y) or 1.0
    ux, uy = (x1 - c2x) / length, (y1 - c2y) / length  # the direction the arrow points
    bx, by = x1 - ux * ARROW_LEN, y1 - uy * ARROW_LEN
    path.moveTo(bx - uy * ARROW_HALF, by + ux * ARROW_HALF)
    path.lineTo(x1, y1)
    path.lineTo(bx + uy * ARROW_HALF, by - ux * ARROW_HALF)
    return path


def _pen(colour: QColor, width: float) -> QPen:
    return QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin)


PENS = {"plain": _pen(style.LINK, 1.6), "hovered": _pen(style.LINK_HOVER, 2.2),
        "selected": _pen(style.ACCENT, 2.6)}


class LinkItem(QGraphicsPathItem):
    def __init__(self, source: str, target: str) -> None:
        super().__init__()
        self.source, self.target = source, target
        self.selected = False
        self.hovered = False
        self.setPen(PENS["plain"])
        self.setZValue(-1)

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.target)

    def set_ends(self, source: QPointF, target: QPointF) -> None:
        """Follow the cards at these positions (their top-left corners)."""
        self.setPath(link_path(source, target))

    def set_state(self, *, selected: bool | None = None, hovered: bool | None = None) -> None:
        if selected is not None:
            self.selected = selected
        if hovered is not None:
            self.hovered = hovered
        state = "selected" if self.selected else "hovered" if self.hovered else "plain"
        self.setPen(PENS[state])
        self.setZValue(-1 if state == "plain" else -0.5)

"""Sizes, colours, fonts and zoom thresholds of the canvas, named once.

Cards have one fixed size so the layout (``desktop.domain.layout``) and the
placement of new children (``Script.add_child``) never make them overlap.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QFont

CARD_W = 200.0
CARD_H = 100.0
RADIUS = 8.0
PAD = 12.0
PLUS_R = 10.0  # the "+" handle: a circle centred on the bottom edge
MORE_W, MORE_H = 26.0, 22.0  # the "⋯" button at the top-right corner

# Zoom thresholds (level of detail = scale of the view).
DETAIL_LOD = 0.55  # full card: title, text, fields, handles, arrowheads
OVERVIEW_LOD = 0.25  # below: the view draws one cached picture of boxes and lines

ACCENT = QColor("#2563eb")
ACCENT_SOFT = QColor(37, 99, 235, 40)
CARD_FILL = QColor("#ffffff")
CARD_BORDER = QColor("#d5dce6")
CARD_BORDER_HOVER = QColor("#94a3b8")
SHADOW = QColor(15, 23, 42, 18)
TITLE = QColor("#0f172a")
TEXT = QColor("#64748b")
PLACEHOLDER = QColor("#a3afbf")
START = QColor("#16a34a")
START_SOFT = QColor("#dcfce7")
FINAL = QColor("#7c3aed")
FINAL_SOFT = QColor("#ede9fe")
CHIP_FILL = QColor("#f1f5f9")
CHIP_TEXT = QColor("#475569")
LINK = QColor("#94a3b8")
LINK_HOVER = QColor("#3b82f6")
BACKGROUND = QColor("#f3f5f9")
GRID_DOT = QColor("#d9dee7")
OVERVIEW_CARD = QColor("#ffffff")
OVERVIEW_BORDER = QColor("#b8c2d0")
OVERVIEW_LINK = QColor("#c3cbd8")


@cache
def font(pixel_size: int, bold: bool = False, italic: bool = False) -> QFont:
    """Fonts sized in scene pixels, so cards look the same on every screen."""
    f = QFont()
    f.setPixelSize(pixel_size)
    f.setBold(bold)
    f.setItalic(italic)
    return f

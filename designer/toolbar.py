"""The designer's toolbar and its line icons, painted in code so they stay crisp at any size.

Each icon is a small drawing on a 24 x 24 grid; ``painted_icon(name)`` wraps it in a
``QIcon`` whose disabled state is drawn grey. The lint kinds get coloured badges from
the same drawings, so the panel and the publish dialog show the same marks.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QToolButton, QWidget

if TYPE_CHECKING:
    from designer.editor import ScriptEditor

INK = "#334155"
DISABLED = "#a3aec0"
ACCENT = "#2563eb"
WARNING = "#d97706"
ERROR = "#dc2626"

Draw = Callable[[QPainter, QColor], None]


def _pen(painter: QPainter, colour: QColor, width: float = 1.8) -> None:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _lines(painter: QPainter, *points: tuple[float, float]) -> None:
    painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in points]))


def _save(p: QPainter, c: QColor) -> None:
    _pen(p, c)
    p.drawRoundedRect(QRectF(4, 4, 16, 16), 2, 2)
    p.drawRect(QRectF(8, 4, 7, 5))
    p.drawRect(QRectF(7.5, 13, 9, 7))


def _undo(p: QPainter, c: QColor, mirror: bool = False) -> None:
    if mirror:
        p.translate(24, 0)
        p.scale(-1, 1)
    _pen(p, c)
    path = QPainterPath(QPointF(19, 18))
    path.cubicTo(19, 12, 15, 10, 5.5, 10)
    p.drawPath(path)
    _lines(p, (9.5, 6), (5.5, 10), (9.5, 14))


def _magnifier(p: QPainter, c: QColor, sign: str = "") -> None:
    _pen(p, c)
    p.drawEllipse(QPointF(10.5, 10.5), 6.5, 6.5)
    _lines(p, (15.5, 15.5), (20.5, 20.5))
    if sign:
        _lines(p, (7.5, 10.5), (13.5, 10.5))
    if sign == "+":
        _lines(p, (10.5, 7.5), (10.5, 13.5))


def _one_to_one(p: QPainter, c: QColor) -> None:
    _pen(p, c)
    p.drawRoundedRect(QRectF(2.5, 5, 19, 14), 2, 2)
    font = QFont(p.font())
    font.setPixelSize(9)
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(2.5, 5, 19, 14), Qt.AlignmentFlag.AlignCenter, "1:1")


def _fit(p: QPainter, c: QColor) -> None:
    _pen(p, c)
    _lines(p, (4, 9), (4, 4), (9, 4))
    _lines(p, (15, 4), (20, 4), (20, 9))
    _lines(p, (20, 15), (20, 20), (15, 20))
    _lines(p, (9, 20), (4, 20), (4, 15))
    p.drawRect(QRectF(9, 9, 6, 6))


def _layout(p: QPainter, c: QColor) -> None:
    _pen(p, c)
    p.drawRoundedRect(QRectF(8.5, 3, 7, 5), 1, 1)
    p.drawRoundedRect(QRectF(2.5, 16, 7, 5), 1, 1)
    p.drawRoundedRect(QRectF(14.5, 16, 7, 5), 1, 1)
    _lines(p, (12, 8), (12, 12))
    _lines(p, (6, 16), (6, 12), (18, 12), (18, 16))


def _preview(p: QPainter, c: QColor) -> None:
    _pen(p, c)
    fill = QColor(c)
    fill.setAlpha(40)
    p.setBrush(fill)
    p.drawPolygon(QPolygonF([QPointF(8, 5), QPointF(19, 12), QPointF(8, 19)]))


def _publish(p: QPainter, c: QColor) -> None:
    _pen(p, c)
    _lines(p, (12, 15), (12, 4))
    _lines(p, (7.5, 8.5), (12, 4), (16.5, 8.5))
    _lines(p, (4, 14), (4, 20), (20, 20), (20, 14))


def _versions(p: QPainter, c: QColor) -> None:
    _pen(p, c)
    path = QPainterPath()
    path.arcMoveTo(QRectF(4, 4, 16, 16), 150)
    path.arcTo(QRectF(4, 4, 16, 16), 150, -300)
    p.drawPath(path)
    _lines(p, (3.5, 5.5), (5.1, 8.0), (7.8, 7.0))
    _lines(p, (12, 8), (12, 12), (15, 14))


# ---- lint marks: a coloured round badge with a white glyph --------------------------
def _badge(colour: str, glyph: Callable[[QPainter, QColor], None]) -> Draw:
    def draw(p: QPainter, c: QColor) -> None:
        disabled = c.name() == QColor(DISABLED).name()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(DISABLED if disabled else colour))
        p.drawEllipse(QRectF(1.5, 1.5, 21, 21))
        glyph(p, QColor("#ffffff"))
    return draw


def _glyph_unreachable(p: QPainter, c: QColor) -> None:
    _pen(p, c, 2)
    p.drawEllipse(QPointF(12, 12), 5, 5)
    _lines(p, (8.5, 15.5), (15.5, 8.5))


def _glyph_dead_end(p: QPainter, c: QColor) -> None:
    _pen(p, c, 2)
    _lines(p, (6, 12), (14, 12))
    _lines(p, (11, 9), (14, 12), (11, 15))
    _lines(p, (17.5, 7), (17.5, 17))


def _glyph_duplicate(p: QPainter, c: QColor) -> None:
    _pen(p, c, 1.8)
    p.drawRoundedRect(QRectF(6, 6.5, 8.5, 6.5), 1, 1)
    p.drawRoundedRect(QRectF(9.5, 11, 8.5, 6.5), 1, 1)


def _glyph_loop(p: QPainter, c: QColor) -> None:
    _pen(p, c, 2)
    path = QPainterPath()
    path.arcMoveTo(QRectF(6.5, 6.5, 11, 11), 70)
    path.arcTo(QRectF(6.5, 6.5, 11, 11), 70, 290)
    p.drawPath(path)
    _lines(p, (11.5, 4.5), (14.5, 6.9), (11.8, 9.2))


def _glyph_empty_title(p: QPainter, c: QColor) -> None:
    pen = QPen(c, 1.8)
    pen.setDashPattern([1.6, 1.4])
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(6, 8.5, 12, 7))


def _glyph_no_start(p: QPainter, c: QColor) -> None:
    _pen(p, c, 2)
    _lines(p, (8, 18), (8, 6))
    p.setBrush(c)
    p.drawPolygon(QPolygonF([QPointF(8, 6.5), QPointF(17, 9.5), QPointF(8, 12.5)]))


def _glyph_clean(p: QPainter, c: QColor) -> None:
    _pen(p, c, 2.2)
    _lines(p, (7, 12.5), (10.5, 16), (17, 8.5))


DRAWINGS: dict[str, Draw] = {
    "save": _save,
    "undo": _undo,
    "redo": lambda p, c: _undo(p, c, mirror=True),
    "zoom_in": lambda p, c: _magnifier(p, c, "+"),
    "zoom_out": lambda p, c: _magnifier(p, c, "-"),
    "zoom_reset": _one_to_one,
    "fit": _fit,
    "layout": _layout,
    "search": _magnifier,
    "preview": _preview,
    "publish": _publish,
    "versions": _versions,
    "lint_unreachable": _badge(WARNING, _glyph_unreachable),
    "lint_dead_end": _badge(WARNING, _glyph_dead_end),
    "lint_duplicate": _badge(WARNING, _glyph_duplicate),
    "lint_loop": _badge(ERROR, _glyph_loop),
    "lint_empty_title": _badge(WARNING, _glyph_empty_title),
    "lint_no_start": _badge(ERROR, _glyph_no_start),
    "lint_clean": _badge("#16a34a", _glyph_clean),
}


class _PaintedEngine(QIconEngine):
    """Draws one of ``DRAWINGS`` at whatever size Qt asks for."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        colour = QColor(DISABLED if mode == QIcon.Mode.Disabled else INK)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(rect.topLeft())
        painter.scale(rect.width() / 24, rect.height() / 24)
        DRAWINGS[self._name](painter, colour)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        picture = QPixmap(size)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return picture

    def clone(self) -> QIconEngine:
        return _PaintedEngine(self._name)


_engines: list[_PaintedEngine] = []  # Python owns engine wrappers: keep them alive


@cache
def painted_icon(name: str) -> QIcon:
    """The icon drawn by ``DRAWINGS[name]``; cached, drawings never change."""
    if name not in DRAWINGS:
        raise KeyError(f"no designer icon named {name!r}")
    engine = _PaintedEngine(name)
    _engines.append(engine)
    return QIcon(engine)


TOOLBAR_STYLE = """
QToolBar#designerToolbar { background: #ffffff; border: none; border-bottom: 1px solid #e2e8f0;
    padding: 4px 8px; spacing: 2px; }
QToolBar#designerToolbar QToolButton { border: 1px solid transparent; border-radius: 5px;
    padding: 4px 6px; color: #1e293b; }
QToolBar#designerToolbar QToolButton:hover { background: #f1f5f9; border-color: #e2e8f0; }
QToolBar#designerToolbar QToolButton:checked { background: #dbeafe; border-color: #bfdbfe; }
QToolBar#designerToolbar QToolButton#publishButton { background: #2563eb; color: #ffffff;
    font-weight: 600; padding: 4px 12px; }
QToolBar#designerToolbar QToolButton#publishButton:hover { background: #1d4ed8; }
QToolBar#designerToolbar::separator { background: #e2e8f0; width: 1px; margin: 6px 6px; }
QLabel#zoomLevel { color: #334155; min-width: 44px; qproperty-alignment: AlignCenter; }
"""


def build_toolbar(window: ScriptEditor, zoom_label: QLabel) -> QToolBar:
    """Save | undo redo | zoom | layout search ... preview versions publish."""
    canvas = window.canvas
    bar = QToolBar(window, objectName="designerToolbar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setIconSize(QSize(20, 20))
    bar.setStyleSheet(TOOLBAR_STYLE)
    bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
    groups = (
        [window.save_action],
        [canvas.undo_action, canvas.redo_action],
        [canvas.zoom_out_action, zoom_label, canvas.zoom_in_action,
         canvas.zoom_reset_action, canvas.fit_action],
        [canvas.auto_layout_action, window.search_action],
    )
    for index, group in enumerate(groups):
        if index:
            bar.addSeparator()
        for entry in group:
            if isinstance(entry, QWidget):
                bar.addWidget(entry)
            else:
                bar.addAction(entry)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    for action in (window.preview_action, window.versions_action, window.publish_action):
        bar.addAction(action)
    with_text = {window.save_action: "saveButton", window.preview_action: "previewButton",
                 window.versions_action: "versionsButton",
                 window.publish_action: "publishButton"}
    for action, name in with_text.items():
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setObjectName(name)
    end = QWidget()
    end.setFixedWidth(6)
    bar.addWidget(end)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar

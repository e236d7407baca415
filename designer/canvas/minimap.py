"""The minimap: the whole script in small, with the visible part framed.

Click or drag on the map to move the view there. With ``zoom_controls`` a row
under the map offers zoom out, the zoom level (click for 100 %), zoom in and fit
all, for hosts without a toolbar. Made with the canvas as parent it floats over
the canvas's bottom-right corner; any other parent places it itself (its size is
fixed once built).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QIcon,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from designer.canvas import style
from designer.canvas.overview import OverviewCache, fit_transform

if TYPE_CHECKING:
    from designer.canvas.view import ScriptCanvas

MAP_SIZE = QSize(196, 120)
MARGIN = 12


class _Map(QWidget):
    def __init__(self, canvas: ScriptCanvas, parent: QWidget) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self._cache = OverviewCache()
        self._content: tuple[int, QRectF] | None = None
        self.setFixedSize(MAP_SIZE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def transform(self) -> QTransform:
        scene = self.canvas.scene
        if self._content is None or self._content[0] != scene.shape_generation:
            self._content = (scene.shape_generation,
                             scene.content_rect().adjusted(-60, -60, 60, 60))
        return fit_transform(self._content[1], self.size())

    def paintEvent(self, event: QPaintEvent) -> None:
        transform = self.transform()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.BACKGROUND)
        painter.drawRoundedRect(QRectF(self.rect()), 5, 5)
        painter.drawPixmap(0, 0, self._cache.pixmap(self.canvas.scene, transform, self.size(),
                                                    self.devicePixelRatioF(), background=False))
        view = self.canvas.mapToScene(self.canvas.viewport().rect()).boundingRect()
        frame = transform.mapRect(view).intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.setPen(QPen(style.ACCENT, 1.4))
        painter.setBrush(style.ACCENT_SOFT)
        painter.drawRect(frame)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._move_view(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._move_view(event.position())

    def _move_view(self, pos: QPointF) -> None:
        inverse, ok = self.transform().inverted()
        if ok:
            self.canvas.centerOn(inverse.map(pos))
            self.update()


class Minimap(QWidget):
    def __init__(self, canvas: ScriptCanvas, parent: QWidget | None = None,
                 zoom_controls: bool = False) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.setObjectName("minimap")
        self.map = _Map(canvas, self)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 8 if not zoom_controls else 6)
        column.setSpacing(4)
        column.addWidget(self.map)
        self.zoom_label: QToolButton | None = None
        if zoom_controls:
            column.addLayout(self._zoom_row())
        canvas.zoom_changed.connect(self._show_zoom)
        canvas.scene.changed.connect(self.map.update)
        canvas.horizontalScrollBar().valueChanged.connect(self.map.update)
        canvas.verticalScrollBar().valueChanged.connect(self.map.update)
        self._show_zoom(canvas.zoom())
        self.adjustSize()
        self.setFixedSize(self.size())
        if parent is canvas:
            canvas.installEventFilter(self)
            self.place()

    def _zoom_row(self) -> QHBoxLayout:
        canvas = self.canvas
        self.zoom_label = QToolButton(self)
        self.zoom_label.setObjectName("zoomLevel")
        self.zoom_label.setAutoRaise(True)
        self.zoom_label.setMinimumWidth(56)
        self.zoom_label.clicked.connect(canvas.zoom_reset)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(_button(self, "minus", canvas.zoom_out_action))
        row.addWidget(self.zoom_label, 1)
        row.addWidget(_button(self, "plus", canvas.zoom_in_action))
        row.addWidget(_button(self, "fit", canvas.fit_action))
        return row

    def _show_zoom(self, zoom: float) -> None:
        if self.zoom_label is not None:
            self.zoom_label.setText(f"{round(zoom * 100)} %")
            self.zoom_label.setToolTip(self.canvas.zoom_reset_action.text())
        self.map.update()

    def place(self) -> None:
        """Keep to the bottom-right corner of the canvas it floats over."""
        area = self.canvas.rect()
        self.move(area.width() - self.width() - MARGIN, area.height() - self.height() - MARGIN)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.canvas and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.SHADOW)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 2, -1, 0), 8, 8)
        painter.setPen(QPen(style.CARD_BORDER, 1))
        painter.setBrush(style.CARD_FILL)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -2), 8, 8)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_zoom(self.canvas.zoom())
        super().changeEvent(event)


def _button(parent: QWidget, icon: str, action: QAction) -> QToolButton:
    button = QToolButton(parent)
    button.setAutoRaise(True)
    button.setIcon(_icon(icon))
    button.setIconSize(QSize(16, 16))
    button.setToolTip(action.text())
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: button.setToolTip(action.text()))
    return button


def _icon(kind: str) -> QIcon:
    """Minus, plus and fit drawn as strokes, sharp on any screen."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(style.CHIP_TEXT, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    if kind in ("minus", "plus"):
        painter.drawLine(8, 16, 24, 16)
        if kind == "plus":
            painter.drawLine(16, 8, 16, 24)
    else:
        for x, y, dx, dy in ((6, 6, 1, 1), (26, 6, -1, 1), (6, 26, 1, -1), (26, 26, -1, -1)):
            painter.drawPolyline([QPointF(x, y + 7 * dy), QPointF(x, y), QPointF(x + 7 * dx, y)])
    painter.end()
    return QIcon(pixmap)

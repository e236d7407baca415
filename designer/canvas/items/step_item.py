"""A step card: title, the start of the text, CRM fields, the start/final marks.

The card reads everything from the domain ``Step`` it is given (the scene hands it
the script's own object again after each change) and caches only text layout.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from designer.canvas import style
from designer.canvas.items import handles
from designer.canvas.items.handles import Part
from designer.canvas.items.paint import draw_lock, draw_tag, tag_width, top_strip_path, wrap_lines
from desktop.domain.script import Step

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

TAG_H = 18.0
CHIP_TEXT_WIDTH = 110.0  # a long field title is cut short with "…"
_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
          | QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
BOUNDS = QRectF(-6, -TAG_H - 8, style.CARD_W + 12,
                style.CARD_H + style.PLUS_R + 14 + TAG_H)



@dataclass(slots=True)
class _Layout:
    """Text of a card fitted to its size, computed on first detailed paint after a change."""

    title: str
    title_placeholder: bool
    lines: list[str]
    text_placeholder: bool
    chips: list[tuple[QRectF, str, bool]]  # rect, label, read-only
    more_fields: str


class StepItem(QGraphicsItem):
    _shape: QPainterPath | None = None
    _strip: QPainterPath | None = None

    def __init__(self, step: Step, is_start: bool = False) -> None:
        super().__init__()
        self.step = step
        self.is_start = is_start
        self.hover_part: Part | None = None
        self.editing: Part | None = None  # the part under an in-place editor
        self.link_target = False  # highlighted as the drop target of a new link
        self._layout: _Layout | None = None
        self.setFlags(_FLAGS)
        self.setAcceptHoverEvents(True)
        # painted once per zoom level and state, then blitted (measured: about twice as fast
        # at 100 %); Qt keeps these pixmaps in its bounded QPixmapCache
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setPos(step.x, step.y)

    @property
    def step_id(self) -> str:
        return self.step.id

    def refresh(self, step: Step) -> None:
        """Show the step's current data (after any change to it)."""
        self.step = step
        self._layout = None
        if (self.pos().x(), self.pos().y()) != (step.x, step.y):
            self.setPos(step.x, step.y)
        self.update()

    def set_start(self, is_start: bool) -> None:
        if is_start != self.is_start:
            self.is_start = is_start
            self.update()

    @property
    def field_labels(self) -> list[str]:
        """The names the card shows on its field chips (a "+N" for the rest aside)."""
        layout = self._layout or self._make_layout()
        return [label for _rect, label, _locked in layout.chips]

    def invalidate_text(self) -> None:
        """Texts depend on the language (placeholders, marks): lay out again."""
        self._layout = None
        self.update()

    # ---- geometry -------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return BOUNDS

    def shape(self) -> QPainterPath:
        if StepItem._shape is None:
            StepItem._shape = handles.card_shape()
        return StepItem._shape

    def part_at(self, scene_pos: QPointF) -> Part | None:
        return handles.part_at(self.mapFromScene(scene_pos))

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Qt drags every selected card; their arrows follow (no per-item position hook:
        that would cost a Python call for every change of every card)."""
        super().mouseMoveEvent(event)
        scene = self.scene()
        if scene is not None:
            scene.selection_dragged()  # type: ignore[attr-defined]

    # ---- hover ----------------------------------------------------------------------
    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        part = handles.part_at(event.pos())
        if part != self.hover_part:
            self.hover_part = part
            cursor = {Part.PLUS: Qt.CursorShape.CrossCursor,
                      Part.MORE: Qt.CursorShape.PointingHandCursor}.get(part)
            if cursor is None:
                self.unsetCursor()
            else:
                self.setCursor(cursor)
            self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hover_part = None
        self.unsetCursor()
        self.update()

    # ---- painting -------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        selected = self.isSelected()
        self._paint_card(painter, selected, lod >= style.DETAIL_LOD)
        if lod >= style.DETAIL_LOD:
            self._paint_details(painter, selected)
        else:
            self._paint_compact_title(painter, lod)

    def _paint_card(self, painter: QPainter, selected: bool, detailed: bool) -> None:
        rect = handles.CARD_RECT
        if detailed:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.SHADOW)
            painter.drawRoundedRect(rect.translated(0, 2), style.RADIUS + 1, style.RADIUS + 1)
        if selected or self.link_target:
            painter.setPen(QPen(style.ACCENT_SOFT, 8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, style.RADIUS, style.RADIUS)
        hovered = self.hover_part is not None
        border = style.ACCENT if (selected or self.link_target) else (
            style.CARD_BORDER_HOVER if hovered else style.CARD_BORDER)
        pen = QPen(border, 1.6 if selected else 1.0)
        if not detailed:  # zoomed out: a crisp one- or two-pixel outline, whatever the zoom
            pen = QPen(border, 2 if selected else 1)
            pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(style.CARD_FILL)
        painter.drawRoundedRect(rect, style.RADIUS, style.RADIUS)
        mark = style.START if self.is_start else (style.FINAL if self.step.final else None)
        if mark is not None:
            if StepItem._strip is None:
                StepItem._strip = top_strip_path(4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mark)
            painter.drawPath(StepItem._strip)

    def _paint_details(self, painter: QPainter, selected: bool) -> None:
        layout = self._layout or self._make_layout()
        x = 0.0
        if self.is_start:
            x = self._paint_tag(painter, x, translate("StepItem", "Start"), style.START)
        if self.step.final:
            self._paint_tag(painter, x, translate("StepItem", "Final"), style.FINAL)
        if self.editing != Part.TITLE:
            painter.setFont(style.font(13, bold=True, italic=layout.title_placeholder))
            painter.setPen(style.PLACEHOLDER if layout.title_placeholder else style.TITLE)
            painter.drawText(handles.TITLE_RECT, Qt.AlignmentFlag.AlignVCenter, layout.title)
        if self.editing != Part.TEXT:
            painter.setFont(style.font(12, italic=layout.text_placeholder))
            painter.setPen(style.PLACEHOLDER if layout.text_placeholder else style.TEXT)
            top = handles.TEXT_RECT.top()
            for line in layout.lines:
                painter.drawText(QRectF(style.PAD, top, handles.TEXT_RECT.width(), 17),
                                 Qt.AlignmentFlag.AlignVCenter, line)
                top += 17
        self._paint_chips(painter, layout)
        handles.draw_more(painter, self.hover_part == Part.MORE)
        handles.draw_plus(painter, self.hover_part == Part.PLUS,
                          selected or self.hover_part is not None)

    def _paint_tag(self, painter: QPainter, x: float, text: str, fill: QColor) -> float:
        width = tag_width(text)
        draw_tag(painter, QRectF(x, -TAG_H - 4, width, TAG_H), text, fill, style.CARD_FILL)
        return x + width + 4

    def _paint_chips(self, painter: QPainter, layout: _Layout) -> None:
        painter.setFont(style.font(10, bold=True))
        for rect, label, read_only in layout.chips:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.CHIP_FILL)
            painter.drawRoundedRect(rect, 4, 4)
            text_rect = rect.adjusted(6, 0, -6, 0)
            if read_only:
                draw_lock(painter, QPointF(rect.left() + 4, rect.top() + 3), 11, style.CHIP_TEXT)
                text_rect.setLeft(rect.left() + 16)
            painter.setPen(style.CHIP_TEXT)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, label)
        if layout.more_fields:
            painter.setPen(style.TEXT)
            painter.drawText(handles.FIELDS_RECT, Qt.AlignmentFlag.AlignVCenter
                             | Qt.AlignmentFlag.AlignRight, layout.more_fields)

    def _paint_compact_title(self, painter: QPainter, lod: float) -> None:
        """Zoomed out: only the title, in a font that stays about 10 px on screen."""
        size = int(min(34.0, max(13.0, 10.0 / max(lod, 0.01))))
        font = style.font(size, bold=True)
        rect = handles.CARD_RECT.adjusted(10, 8, -10, -8)
        max_lines = max(1, int(rect.height() // (size * 1.25)))
        lines = wrap_lines(self.step.title, font, rect.width(), max_lines)
        painter.setFont(font)
        painter.setPen(style.TITLE)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "\n".join(lines))

    def _make_layout(self) -> _Layout:
        step = self.step
        title_font = style.font(13, bold=True)
        title = QFontMetricsF(title_font).elidedText(
            step.title, Qt.TextElideMode.ElideRight, handles.TITLE_RECT.width())
        text_rect = handles.TEXT_RECT_WITH_FIELDS if step.fields else handles.TEXT_RECT
        max_lines = int(text_rect.height() // 17)
        lines = wrap_lines(step.text, style.font(12), text_rect.width(), max_lines)
        chips, more = self._layout_chips()
        self._layout = _Layout(
            title or translate("StepItem", "Untitled step"), not title,
            lines or [translate("StepItem", "Double-click to add text")], not lines,
            chips, more)
        return self._layout

    def _layout_chips(self) -> tuple[list[tuple[QRectF, str, bool]], str]:
        metrics = QFontMetricsF(style.font(10, bold=True))
        area = handles.FIELDS_RECT
        chips: list[tuple[QRectF, str, bool]] = []
        x = area.left()
        fields = self.step.fields
        scene = self.scene()
        for index, f in enumerate(fields):
            label = metrics.elidedText(scene.field_title(f) if scene is not None else f.code,
                                       Qt.TextElideMode.ElideRight, CHIP_TEXT_WIDTH)
            width = metrics.horizontalAdvance(label) + 12 + (12 if not f.editable else 0)
            rest = f"+{len(fields) - index}"
            reserve = metrics.horizontalAdvance(rest) + 6 if index < len(fields) - 1 else 0
            if x + width + reserve > area.right():
                return chips, f"+{len(fields) - index}"
            chips.append((QRectF(x, area.top(), width, area.height()), label, not f.editable))
            x += width + 4
        return chips, ""

"""Mouse gestures on the canvas, each a small object with move/release/cancel.

:class:`Gestures` watches the scene's events (an event filter, as the scene itself
only draws the model) and decides what a press starts: a link from a "+", the
"⋯" menu, an in-place edit, a new step on empty canvas, or Qt's own selection and
dragging of cards, which it turns into one move command on release.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLineF, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainterPath, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
)

from designer.canvas import style
from designer.canvas.items.handles import PLUS_CENTER, Part
from designer.canvas.items.step_item import StepItem
from desktop.domain.errors import ScriptError

if TYPE_CHECKING:
    from designer.canvas.view import ScriptCanvas

_MOUSE = {QEvent.Type.GraphicsSceneMousePress, QEvent.Type.GraphicsSceneMouseMove,
          QEvent.Type.GraphicsSceneMouseRelease, QEvent.Type.GraphicsSceneMouseDoubleClick}


class NewLinkInteraction:
    """Pressed on a step's "+": a click adds a child; a drag draws a rubber line that
    links to the step it is released on, or makes a new linked step on empty canvas."""

    def __init__(self, canvas: ScriptCanvas, source: StepItem, press_pos: QPointF) -> None:
        self.canvas = canvas
        self.source = source
        self.press_screen = canvas.mapFromScene(press_pos)
        self.line: QGraphicsPathItem | None = None
        self.target: StepItem | None = None

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.line is None:
            moved = QLineF(QPointF(self.press_screen), QPointF(self.canvas.mapFromScene(
                event.scenePos()))).length()
            if moved < QApplication.startDragDistance():
                return
            self.line = QGraphicsPathItem()
            pen = QPen(style.ACCENT, 2.0, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap)
            self.line.setPen(pen)
            self.line.setZValue(20)
            self.canvas.scene.addItem(self.line)
        start = self.source.mapToScene(PLUS_CENTER)
        end = event.scenePos()
        path = QPainterPath(start)
        bend = max(30.0, abs(end.y() - start.y()) / 2)
        path.cubicTo(QPointF(start.x(), start.y() + bend), QPointF(end.x(), end.y() - bend), end)
        self.line.setPath(path)
        self._set_target(self._step_under(end))

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        document = self.canvas.document
        source = self.source.step_id
        if self.line is None:
            self._end()
            self.canvas.select_steps([document.add_child(source)], center=False)
            return
        target = self._step_under(event.scenePos())
        self._end()
        if target is not None:
            try:
                document.link(source, target.step_id)
            except ScriptError as exc:
                self.canvas.notice.emit(str(exc))
            return
        drop = event.scenePos()
        new = document.add_step(drop.x() - style.CARD_W / 2, drop.y(), parent_id=source)
        self.canvas.select_steps([new], center=False)

    def cancel(self) -> None:
        self._end()

    def _step_under(self, pos: QPointF) -> StepItem | None:
        item = self.canvas.scene.step_at(pos)
        return item if item is not self.source else None

    def _set_target(self, item: StepItem | None) -> None:
        if item is self.target:
            return
        for old_or_new, flag in ((self.target, False), (item, True)):
            if old_or_new is not None:
                old_or_new.link_target = flag
                old_or_new.update()
        self.target = item

    def _end(self) -> None:
        self._set_target(None)
        if self.line is not None:
            self.canvas.scene.removeItem(self.line)
            self.line = None
        self.canvas.gestures.current = None


class Gestures(QObject):
    """The scene's event filter: starts interactions and commits card drags."""

    def __init__(self, canvas: ScriptCanvas) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.current: NewLinkInteraction | None = None
        self._dragging_cards = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        handled = False
        if kind in _MOUSE:
            handled = self._mouse(kind, event)  # type: ignore[arg-type]
        elif kind == QEvent.Type.GraphicsSceneContextMenu:
            handled = self._context_menu(event)  # type: ignore[arg-type]
        if handled:
            event.accept()  # or the view hands the event on to its parent widget
            return True
        if (kind == QEvent.Type.KeyPress and self.current is not None
                and event.key() == Qt.Key.Key_Escape):  # type: ignore[attr-defined]
            self.current.cancel()
            return True
        return False

    def cancel(self) -> None:
        if self.current is not None:
            self.current.cancel()

    def _mouse(self, kind: QEvent.Type, event: QGraphicsSceneMouseEvent) -> bool:
        if self.current is not None:
            if kind == QEvent.Type.GraphicsSceneMouseMove:
                self.current.mouse_move(event)
            elif kind == QEvent.Type.GraphicsSceneMouseRelease:
                self.current.mouse_release(event)
            return True
        if kind == QEvent.Type.GraphicsSceneMousePress:
            return self._press(event)
        if kind == QEvent.Type.GraphicsSceneMouseMove and not event.buttons():
            self._hover(event.scenePos())
        if kind == QEvent.Type.GraphicsSceneMouseRelease and self._dragging_cards:
            self._dragging_cards = False
            self.canvas.commit_moves()
        if kind == QEvent.Type.GraphicsSceneMouseDoubleClick:
            return self._double_click(event)
        return False

    def _press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        scene = self.canvas.scene
        adding = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        item = self._top_item(event.scenePos())
        link = None if item is not None else self.canvas.link_near(event.scenePos())
        if link is not None:  # links are selected here; Qt selects only cards
            chosen = set(scene.selected_links())
            if not adding:
                scene.clearSelection()
                chosen = set()
            scene.set_selected_links(chosen ^ {link.key})
            return True
        if not adding:
            scene.set_selected_links([])
        if not isinstance(item, StepItem):
            return False
        part = item.part_at(event.scenePos())
        if part == Part.PLUS:
            self.current = NewLinkInteraction(self.canvas, item, event.scenePos())
            return True
        if part == Part.MORE:
            self.canvas.select_for_menu(item.step_id)
            self.canvas.open_menu(self.canvas.step_menu(item.step_id), event.screenPos())
            return True
        self._dragging_cards = True
        return False

    def _hover(self, pos: QPointF) -> None:
        over_card = self._top_item(pos) is not None
        self.canvas.scene.set_hovered_link(None if over_card else self.canvas.link_near(pos))

    def _double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        item = self._top_item(event.scenePos())
        if item is None and self.canvas.link_near(event.scenePos()) is not None:
            return True
        if item is None:
            self.canvas.add_step_at(event.scenePos())
            return True
        if isinstance(item, StepItem):
            part = item.part_at(event.scenePos())
            if part in (Part.TITLE, Part.TEXT):
                self.canvas.edit_step(item.step_id, part)
            return True
        return False  # an editor handles its own double-clicks

    def _context_menu(self, event: QGraphicsSceneContextMenuEvent) -> bool:
        item = self._top_item(event.scenePos())
        if item is not None and not isinstance(item, StepItem):
            return False  # the editor's own menu (cut, copy, paste)
        link = None if item is not None else self.canvas.link_near(event.scenePos())
        if isinstance(item, StepItem):
            self.canvas.select_for_menu(item.step_id)
            menu = self.canvas.step_menu(item.step_id)
        elif link is not None:
            self.canvas.scene.clearSelection()
            self.canvas.scene.set_selected_links([link.key])
            menu = self.canvas.link_menu(link.key)
        else:
            menu = self.canvas.canvas_menu(event.scenePos())
        self.canvas.open_menu(menu, event.screenPos())
        return True

    def _top_item(self, pos: QPointF) -> QGraphicsItem | None:
        """The card or in-place editor under ``pos`` (links and the rubber line do not count:
        links are found by :meth:`ScriptCanvas.link_near`)."""
        for item in self.canvas.scene.items(pos):
            if isinstance(item, StepItem) or item.parentItem() is not None:
                return item
        return None



class Panning:
    """Moving the view with the middle button, or the left one while Space is held."""

    def __init__(self, canvas: ScriptCanvas) -> None:
        self.canvas = canvas
        self.last: QPoint | None = None
        self.space = False

    def press(self, event: QMouseEvent) -> bool:
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
                button == Qt.MouseButton.LeftButton and self.space):
            self.last = event.position().toPoint()
            self.canvas.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return True
        return False

    def move(self, event: QMouseEvent) -> bool:
        if self.last is None:
            return False
        now = event.position().toPoint()
        delta, self.last = now - self.last, now
        for bar, step in ((self.canvas.horizontalScrollBar(), delta.x()),
                          (self.canvas.verticalScrollBar(), delta.y())):
            bar.setValue(bar.value() - step)
        event.accept()
        return True

    def release(self, event: QMouseEvent) -> bool:
        if self.last is None:
            return False
        self.last = None
        self._show_cursor()
        event.accept()
        return True

    def key(self, event: QKeyEvent, down: bool) -> bool:
        """Space pressed or released; not while a title or text is being typed."""
        if event.key() != Qt.Key.Key_Space or event.isAutoRepeat():
            return False
        if down and self.canvas.scene.focusItem() is not None:
            return False
        if not down and not self.space:
            return False
        self.space = down
        self._show_cursor()
        event.accept()
        return True

    def stop(self) -> None:
        self.space = False
        self.last = None
        self._show_cursor()

    def _show_cursor(self) -> None:
        if self.space:
            self.canvas.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.canvas.viewport().unsetCursor()

"""The script canvas: the view supervisors draw scripts in.

It shows a :class:`ScriptScene` of a :class:`ScriptDocument`, zooms (buttons,
Ctrl+wheel around the cursor), pans (middle-drag, Space+drag), hands scene gestures
to :mod:`designer.canvas.interactions` and offers every edit as a ``QAction``.
Zoomed far out it draws one cached overview picture instead of thousands of
items (see :mod:`designer.canvas.overview`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QMenu, QMessageBox, QWidget
from shiboken6 import isValid

from designer.canvas import actions, menus, style
from designer.canvas.interactions import Gestures, Panning
from designer.canvas.items.handles import TEXT_RECT, TEXT_RECT_WITH_FIELDS, TITLE_RECT, Part
from designer.canvas.items.inline_editor import InlineEditor
from designer.canvas.items.link_item import LinkItem
from designer.canvas.items.step_item import StepItem
from designer.canvas.overview import OverviewCache
from designer.canvas.scene import ScriptScene
from designer.document import ScriptDocument

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

MIN_ZOOM, MAX_ZOOM = 0.02, 4.0
ZOOM_STEP = 1.25
GRID = 24
LINK_REACH = 6.0  # screen pixels from a link that still count as on it


class ScriptCanvas(QGraphicsView):
    selection_changed = Signal()
    fields_requested = Signal(str)  # "Add CRM fields…" chosen for this step
    zoom_changed = Signal(float)  # 1.0 == 100 %
    menu_opened = Signal(QMenu)  # a context menu was just shown (popup, not exec)
    notice = Signal(str)  # a refused edit explained ("These steps are already linked.")

    delete_action: QAction
    copy_action: QAction
    paste_action: QAction
    duplicate_action: QAction
    select_all_action: QAction
    rename_action: QAction
    zoom_in_action: QAction
    zoom_out_action: QAction
    zoom_reset_action: QAction
    fit_action: QAction
    auto_layout_action: QAction
    undo_action: QAction
    redo_action: QAction

    def __init__(self, document: ScriptDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.editor: InlineEditor | None = None  # the in-place editor open now, if any
        document.script_replaced.connect(self._drop_editor)  # before the scene rebuilds
        # kept here: the view alone does not keep its scene alive
        self.scene = ScriptScene(document, self)
        self.setScene(self.scene)
        self.confirm: Callable[[str], bool] = self._ask
        self.active_menu: QMenu | None = None
        # where the last paste was asked for and put, and the history position after it
        self.last_paste: tuple[tuple, tuple[float, float], int] | None = None
        self._overview = OverviewCache()
        self._grid = _grid_brush()
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.gestures = Gestures(self)
        self.panning = Panning(self)
        self.scene.installEventFilter(self.gestures)
        self.scene.selectionChanged.connect(self.selection_changed)
        self.scene.link_selection_changed.connect(self.selection_changed)
        actions.install(self)

    # ---- selection ------------------------------------------------------------------
    def selected_steps(self) -> list[str]:
        return self.scene.selected_steps() if isValid(self.scene) else []

    def selected_links(self) -> list[tuple[str, str]]:
        return self.scene.selected_links() if isValid(self.scene) else []

    def select_steps(self, ids: Iterable[str], center: bool = True) -> None:
        """Select exactly these steps; bring them into view (centred when asked)."""
        items = [self.scene.step_item(i) for i in ids]
        self.scene.set_selected_links([])
        self.scene.blockSignals(True)
        self.scene.clearSelection()
        for item in items:
            item.setSelected(True)
        self.scene.blockSignals(False)
        self.scene.selectionChanged.emit()
        if not items:
            return
        area = items[0].sceneBoundingRect()
        for item in items[1:]:
            area = area.united(item.sceneBoundingRect())
        if center:
            self.centerOn(area.center())
        else:
            self.ensureVisible(area, 40, 40)

    def select_all(self) -> None:
        self.select_steps([i.step_id for i in self.scene.step_items()], center=False)

    def select_for_menu(self, step_id: str) -> None:
        """Right-click or "⋯" on a step outside the selection selects just that step."""
        if step_id not in self.selected_steps():
            self.select_steps([step_id], center=False)

    # ---- editing --------------------------------------------------------------------
    def edit_step(self, step_id: str, part: Part) -> InlineEditor:
        """Open the in-place editor on a step's title (``Part.TITLE``) or text."""
        item = self.scene.step_item(step_id)
        step = self.document.script.step(step_id)
        multiline = part == Part.TEXT
        rect = (TEXT_RECT_WITH_FIELDS if step.fields else TEXT_RECT) if multiline else TITLE_RECT

        if self.editor is not None:
            self.editor.commit()

        def done(text: str | None) -> None:
            editor, self.editor = self.editor, None
            QTimer.singleShot(0, lambda: _discard(editor))
            if not isValid(item) or item.scene() is not self.scene:
                return  # the step went away meanwhile (undo, reload)
            item.editing = None
            item.setZValue(0)
            item.update()
            if text is None:
                return
            if multiline:
                self.document.set_text(step_id, text)
            else:
                self.document.rename(step_id, text)

        item.editing = part
        item.setZValue(5)
        item.update()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        # kept here: Qt's parent item alone does not keep the Python editor alive
        self.editor = InlineEditor(step.text if multiline else step.title, rect, multiline,
                                   done, item)
        return self.editor

    def _drop_editor(self) -> None:
        if self.editor is not None and isValid(self.editor):
            self.editor.cancel()
        self.editor = None

    def rename_step(self, step_id: str) -> None:
        self.select_steps([step_id], center=False)
        self.edit_step(step_id, Part.TITLE)

    def rename_selected(self) -> None:
        chosen = self.selected_steps()
        if len(chosen) == 1:
            self.rename_step(chosen[0])

    def add_step_at(self, pos: QPointF) -> str:
        new = self.document.add_step(pos.x() - style.CARD_W / 2, pos.y() - style.CARD_H / 2)
        self.select_steps([new], center=False)
        self.edit_step(new, Part.TITLE)
        return new

    def commit_moves(self) -> None:
        """Cards dragged by the mouse: one move command for all of them, on release."""
        moved = {}
        script = self.document.script
        for item in self.scene.selectedItems():  # Qt drags the selected cards only
            if not isinstance(item, StepItem):
                continue
            pos = item.pos()
            step = script.step(item.step_id)
            if (pos.x(), pos.y()) != (step.x, step.y):
                moved[item.step_id] = (pos.x(), pos.y())
        if moved:
            self.document.move(moved)
        self.scene.grow_to_items()

    def update_history(self) -> None:
        actions.update_history(self)

    def update_enabled(self) -> None:
        actions.update_enabled(self)

    # ---- menus ----------------------------------------------------------------------
    def step_menu(self, step_id: str) -> QMenu:
        return menus.step_menu(self, step_id)

    def link_menu(self, link: tuple[str, str]) -> QMenu:
        return menus.link_menu(self, link)

    def canvas_menu(self, scene_pos: QPointF) -> QMenu:
        return menus.canvas_menu(self, scene_pos)

    def open_menu(self, menu: QMenu, screen_pos: QPoint) -> None:
        """Show a menu without blocking; ``menu_opened`` lets others reach it."""
        menu.aboutToHide.connect(menu.deleteLater)
        menu.destroyed.connect(lambda: setattr(self, "active_menu", None))
        self.active_menu = menu
        menu.popup(screen_pos)
        self.menu_opened.emit(menu)

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, translate("ScriptCanvas", "Delete"), question,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # ---- zoom -----------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, value: float, around: QPointF | None = None) -> None:
        """Zoom to ``value`` keeping the scene point under ``around`` (viewport coordinates;
        default: the middle of the view) where it is."""
        value = max(MIN_ZOOM, min(MAX_ZOOM, value))
        if abs(value - self.zoom()) < 1e-9:
            return
        spot = around if around is not None else QPointF(self.viewport().rect().center())
        fixed = self.mapToScene(spot.toPoint())
        previous = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        factor = value / self.zoom()
        self.scale(factor, factor)
        self.setTransformationAnchor(previous)
        drift = self.mapFromScene(fixed) - spot.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + drift.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + drift.y())
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def fit_all(self) -> None:
        """Show every step; never zoom in past 100 % for a small script."""
        rect = self.scene.content_rect().adjusted(-40, -40, 40, 40)
        view = self.viewport().rect()
        scale = min(view.width() / rect.width(), view.height() / rect.height(), 1.0)
        self.set_zoom(scale)
        self.centerOn(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * ZOOM_STEP ** steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    # ---- panning and keys ----------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.panning.press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self.panning.move(event):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self.panning.release(event):
            super().mouseReleaseEvent(event)

    def link_near(self, scene_pos: QPointF) -> LinkItem | None:
        """The link within a few screen pixels of ``scene_pos``, at any zoom."""
        return self.scene.link_near(scene_pos, LINK_REACH / self.zoom())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.panning.key(event, True):
            return
        if event.key() == Qt.Key.Key_Escape and self.gestures.current is not None:
            self.gestures.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if not self.panning.key(event, False):
            super().keyReleaseEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.panning.stop()
        super().focusOutEvent(event)

    # ---- painting -------------------------------------------------------------------
    def overview_mode(self) -> bool:
        return self.zoom() < style.OVERVIEW_LOD

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.overview_mode():
            super().paintEvent(event)
        else:
            ratio = self.viewport().devicePixelRatioF()
            pixmap = self._overview.pixmap(self.scene, self.viewportTransform(),
                                           self.viewport().size(), ratio)
            painter = QPainter(self.viewport())
            painter.drawPixmap(0, 0, pixmap)
            band = self.rubberBandRect()
            if not band.isNull():
                painter.setPen(QPen(style.ACCENT, 1))
                painter.setBrush(style.ACCENT_SOFT)
                painter.drawRect(band)
            painter.end()
        if not self.document.script.start_step_id:
            self._paint_empty_hint()

    def _paint_empty_hint(self) -> None:
        painter = QPainter(self.viewport())
        painter.setPen(style.TEXT)
        painter.setFont(style.font(14))
        painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter,
                         translate("ScriptCanvas", "Double-click anywhere to add the first step"))
        painter.end()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, self._grid if self.zoom() >= 0.5 else QBrush(style.BACKGROUND))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            actions.retranslate(self)
            for item in self.scene.step_items():
                item.invalidate_text()
        super().changeEvent(event)


def _discard(item: QGraphicsItem | None) -> None:
    """Take a finished editor off its card (its Python wrapper then frees it)."""
    if item is not None and isValid(item) and item.scene() is not None:
        item.scene().removeItem(item)


def _grid_brush() -> QBrush:
    """A dot every GRID scene units, drawn as a tiled texture (one fill per repaint)."""
    tile = QPixmap(GRID, GRID)
    tile.fill(style.BACKGROUND)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(style.GRID_DOT))
    painter.drawEllipse(QPointF(GRID / 2, GRID / 2), 1.1, 1.1)
    painter.end()
    return QBrush(tile)

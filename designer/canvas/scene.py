"""The canvas scene: one card per step and one arrow per link, kept in step with the document.

The scene builds itself from the document's script once, then follows the
document's per-step and per-link signals; a single edit touches only the items it
concerns. It keeps the maps between ids and items, the scene rect (grown, never
rebuilt, on edits) and the geometry the zoomed-out overview draws.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QLineF, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QToolTip,
)
from shiboken6 import isValid

from designer.canvas import style
from designer.canvas.items.link_item import LinkItem
from designer.canvas.items.step_item import StepItem
from designer.document import ScriptDocument
from desktop.domain.script import Step, StepField

MARGIN = 800.0  # room around the steps to pan and drop new steps into


class ScriptScene(QGraphicsScene):
    link_selection_changed = Signal()  # links are selected by the canvas, not by Qt

    def __init__(self, document: ScriptDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.generation = 0  # bumped on every visible change; keys the overview caches
        self.shape_generation = 0  # bumped when cards or links change (not the selection)
        self._steps: dict[str, StepItem] = {}
        self._links: dict[tuple[str, str], LinkItem] = {}
        self._links_of: dict[str, set[tuple[str, str]]] = {}
        self._start_id: str | None = None
        self._stale_links: set[tuple[str, str]] = set()
        self._selected_links: set[tuple[str, str]] = set()
        self._hovered_link: LinkItem | None = None
        self._overview: tuple[int, dict[str, list[QRectF]], list[QLineF]] | None = None
        self.field_title: Callable[[StepField], str] = _field_code
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        document.step_added.connect(self._on_step_added)
        document.step_removed.connect(self._on_step_removed)
        document.step_changed.connect(self._on_step_changed)
        document.link_added.connect(self._on_link_added)
        document.link_removed.connect(self._on_link_removed)
        document.start_changed.connect(self._on_start_changed)
        document.script_replaced.connect(self.rebuild)
        document.changed.connect(self._update_links)
        self.selectionChanged.connect(self._selection_changed)
        self.rebuild()

    def set_field_titles(self, title: Callable[[StepField], str]) -> None:
        """How cards name their CRM fields («Фамилия» rather than LAST_NAME, the portal's
        own title rather than UF_CRM_1699…); the code is the default."""
        self.field_title = title
        for item in self._steps.values():
            item.invalidate_text()
        self.generation += 1

    # ---- lookups --------------------------------------------------------------------
    def step_item(self, step_id: str) -> StepItem:
        return self._steps[step_id]

    def link_item(self, source: str, target: str) -> LinkItem:
        return self._links[(source, target)]

    def step_items(self) -> list[StepItem]:
        return list(self._steps.values())

    def link_items(self) -> list[LinkItem]:
        return list(self._links.values())

    def step_at(self, scene_pos: QPointF) -> StepItem | None:
        for item in self.items(scene_pos):
            if isinstance(item, StepItem):
                return item
        return None

    def selected_steps(self) -> list[str]:
        return [i.step_id for i in self.selectedItems() if isinstance(i, StepItem)]

    def selected_links(self) -> list[tuple[str, str]]:
        return sorted(self._selected_links)

    def set_selected_links(self, keys: Iterable[tuple[str, str]]) -> None:
        chosen = {key for key in keys if key in self._links}
        if chosen == self._selected_links:
            return
        for key in self._selected_links - chosen:
            self._links[key].set_state(selected=False)
        for key in chosen - self._selected_links:
            self._links[key].set_state(selected=True)
        self._selected_links = chosen
        self.link_selection_changed.emit()

    def link_near(self, pos: QPointF, radius: float) -> LinkItem | None:
        """The link passing within ``radius`` of ``pos`` (a thin line is hard to hit)."""
        area = QRectF(pos.x() - radius, pos.y() - radius, 2 * radius, 2 * radius)
        for item in self.items(area, Qt.ItemSelectionMode.IntersectsItemShape):
            if isinstance(item, LinkItem):
                return item
        return None

    def set_hovered_link(self, link: LinkItem | None) -> None:
        if link is self._hovered_link:
            return
        if self._hovered_link is not None and isValid(self._hovered_link):
            self._hovered_link.set_state(hovered=False)
        self._hovered_link = link
        if link is not None:
            link.set_state(hovered=True)

    def content_rect(self) -> QRectF:
        """The rectangle around all cards (what "fit all" shows)."""
        if not self._steps:
            return QRectF(0, 0, style.CARD_W, style.CARD_H)
        xs = [i.x() for i in self._steps.values()]
        ys = [i.y() for i in self._steps.values()]
        return QRectF(min(xs), min(ys) - 26, max(xs) - min(xs) + style.CARD_W,
                      max(ys) - min(ys) + style.CARD_H + 26 + style.PLUS_R)

    # ---- building -------------------------------------------------------------------
    def rebuild(self) -> None:
        """Build every item from the script (on open, and when the script is replaced)."""
        self.clear()
        self._hovered_link = None
        if self._selected_links:
            self._selected_links.clear()
            self.link_selection_changed.emit()
        self._steps.clear()
        self._links.clear()
        self._links_of.clear()
        script = self.document.script
        self._start_id = script.start_step_id
        for step in script.steps:
            self._add_step_item(step)
        for link in script.links:
            self._add_link_item(link.source, link.target)
        self.setSceneRect(self.content_rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        self._bump()

    def _add_step_item(self, step: Step) -> StepItem:
        item = StepItem(step, step.id == self._start_id)
        self._steps[step.id] = item
        self._links_of[step.id] = set()
        self.addItem(item)
        return item

    def _add_link_item(self, source: str, target: str) -> None:
        item = LinkItem(source, target)
        item.set_ends(self._steps[source].pos(), self._steps[target].pos())
        self._links[(source, target)] = item
        self._links_of[source].add((source, target))
        self._links_of[target].add((source, target))
        self.addItem(item)

    # ---- following the document -----------------------------------------------------
    def _on_step_added(self, step_id: str) -> None:
        item = self._add_step_item(self.document.script.step(step_id))
        self._grow_to(item)
        self._bump()

    def _on_step_removed(self, step_id: str) -> None:
        item = self._steps.pop(step_id)
        for key in self._links_of.pop(step_id, set()):
            self._drop_link(key)
        self.removeItem(item)
        self._bump()

    def _on_step_changed(self, step_id: str) -> None:
        item = self._steps[step_id]
        old = item.pos()
        item.refresh(self.document.script.step(step_id))
        if item.pos() != old:  # arrows follow once the whole edit is in (see _update_links)
            self._stale_links.update(self._links_of[step_id])
            self._grow_to(item)
        self._bump()

    def _on_link_added(self, source: str, target: str) -> None:
        self._add_link_item(source, target)
        self._bump()

    def _on_link_removed(self, source: str, target: str) -> None:
        self._drop_link((source, target))
        self._bump()

    def _on_start_changed(self, step_id: str) -> None:
        for old in (self._start_id,):
            if old in self._steps:
                self._steps[old].set_start(False)
        self._start_id = step_id or None
        if step_id in self._steps:
            self._steps[step_id].set_start(True)
        self._bump()

    def _selection_changed(self) -> None:
        self._bump(shapes=False)

    def _drop_link(self, key: tuple[str, str]) -> None:
        item = self._links.pop(key, None)
        if item is None:
            return
        if item is self._hovered_link:
            self._hovered_link = None
        if key in self._selected_links:
            self._selected_links.discard(key)
            self.link_selection_changed.emit()
        for end in key:
            self._links_of.get(end, set()).discard(key)
        self.removeItem(item)

    # ---- arrows following cards ------------------------------------------------------
    def selection_dragged(self) -> None:
        """The mouse is dragging the selected cards: their arrows follow at once."""
        for item in self.selectedItems():
            if isinstance(item, StepItem):
                self._stale_links.update(self._links_of[item.step_id])
        self._update_links()
        self._bump()

    def _update_links(self) -> None:
        """Re-route every arrow whose card moved, each once however many of its ends moved."""
        stale, self._stale_links = self._stale_links, set()
        for key in stale:
            link = self._links.get(key)
            if link is not None:
                link.set_ends(self._steps[key[0]].pos(), self._steps[key[1]].pos())

    def grow_to_items(self) -> None:
        for item in self.selectedItems():
            if isinstance(item, StepItem):
                self._grow_to(item)

    def _grow_to(self, item: QGraphicsItem) -> None:
        needed = item.sceneBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        rect = self.sceneRect()
        if not rect.contains(needed):
            self.setSceneRect(rect.united(needed))

    def _bump(self, shapes: bool = True) -> None:
        self.generation += 1
        if shapes:
            self.shape_generation += 1

    # ---- overview geometry ----------------------------------------------------------
    def overview_geometry(self) -> tuple[dict[str, list[QRectF]], list[QLineF]]:
        """Card rectangles by kind (plain, start, final, selected) and straight link lines.

        Boxes and lines are cached until cards or links change; a new selection only
        recomputes the selected boxes.
        """
        if self._overview is None or self._overview[0] != self.shape_generation:
            self._overview = (self.shape_generation, *self._overview_shapes())
        _, rects, lines = self._overview
        w, h = style.CARD_W, style.CARD_H
        chosen = [QRectF(i.x(), i.y(), w, h) for i in self.selectedItems()
                  if isinstance(i, StepItem)]
        return {**rects, "selected": chosen}, lines

    def _overview_shapes(self) -> tuple[dict[str, list[QRectF]], list[QLineF]]:
        w, h = style.CARD_W, style.CARD_H
        rects: dict[str, list[QRectF]] = {"plain": [], "start": [], "final": []}
        positions = {}
        for step_id, item in self._steps.items():
            x, y = item.x(), item.y()
            positions[step_id] = (x + w / 2, y)
            kind = ("start" if step_id == self._start_id else "final" if item.step.final
                    else "plain")
            rects[kind].append(QRectF(x, y, w, h))
        lines = []
        for source, target in self._links:
            (sx, sy), (tx, ty) = positions[source], positions[target]
            lines.append(QLineF(sx, sy + h, tx, ty))
        return rects, lines

    # ---- tooltips -------------------------------------------------------------------
    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """Tooltips are made when asked for, from the model, not stored on thousands of items."""
        text = ""
        step = self.step_at(event.scenePos())
        views = self.views()
        link = None if step or not views else self.link_near(
            event.scenePos(), 6 / views[0].transform().m11())
        if step is not None:
            text = step_tooltip(step)
        elif link is not None:
            script = self.document.script
            text = (f"{script.step(link.source).title or '…'} → "
                    f"{script.step(link.target).title or '…'}")
        if text:
            QToolTip.showText(event.screenPos(), text)
        else:
            QToolTip.hideText()
        event.accept()


def step_tooltip(item: StepItem) -> str:
    step = item.step
    lines = [step.title, step.text] if step.text else [step.title]
    if step.fields:
        lines.append(", ".join(("🔒 " if not f.editable else "") + f.label()
                               for f in step.fields))
    return "\n".join(line for line in lines if line)


def _field_code(field: StepField) -> str:
    return field.code

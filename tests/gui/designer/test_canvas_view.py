"""Zoom, pan, fit, the minimap, auto-layout and big scripts on the canvas."""

from __future__ import annotations

import random

from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from designer.canvas import style
from designer.canvas.minimap import Minimap
from desktop.domain.layout import layered_positions
from desktop.domain.script import Script
from tests.gui.designer.test_canvas_support import (
    at,
    body_of,
    click,
    drag,
    open_canvas,
    positions,
    wheel,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def big_script(size: int) -> Script:
    """A tree with a cross link for every tenth step, laid out in layers."""
    rng = random.Random(7)
    script = Script("Big")
    ids = [script.add_step("Start").id]
    for number in range(1, size):
        step = script.add_step(f"Step {number}", "Ask and listen.")
        script.link(ids[rng.randrange(max(0, len(ids) - 30), len(ids))], step.id)
        ids.append(step.id)
    for _ in range(size // 10):
        source, target = rng.sample(ids, 2)
        if not script.has_link(source, target):
            script.link(source, target)
    for step_id, (x, y) in layered_positions(script).items():
        script.move(step_id, x, y)
    return script


def test_ctrl_wheel_zooms_around_the_cursor(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    point = body_of(canvas, "c")
    under = canvas.mapToScene(point)
    with qtbot.waitSignal(canvas.zoom_changed) as changed:
        wheel(canvas, point, 1, CTRL)
    assert canvas.zoom() > 1.0 and changed.args == [canvas.zoom()]
    assert (canvas.mapToScene(point) - under).manhattanLength() < 3  # stays under the mouse
    wheel(canvas, point, -3, CTRL)
    assert canvas.zoom() < 1.0


def test_the_plain_wheel_scrolls_without_zooming(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    before = canvas.mapToScene(QPoint(0, 0))
    wheel(canvas, QPoint(300, 300), -2)
    assert canvas.zoom() == 1.0
    assert canvas.mapToScene(QPoint(0, 0)).y() > before.y()


def test_zoom_actions_and_fit_all(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    canvas.zoom_in_action.trigger()
    assert canvas.zoom() == 1.25
    canvas.zoom_out_action.trigger()
    canvas.zoom_out_action.trigger()
    assert abs(canvas.zoom() - 0.8) < 1e-9
    canvas.zoom_reset_action.trigger()
    assert canvas.zoom() == 1.0
    canvas.document.add_step(3000, 2000, "Far away")
    canvas.fit_action.trigger()
    shown = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert shown.contains(canvas.scene.content_rect())
    assert canvas.zoom() < 1.0


def test_middle_drag_and_space_drag_pan_the_view(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    before = canvas.mapToScene(QPoint(0, 0))
    drag(qtbot, canvas, QPoint(500, 400), QPoint(400, 300), button=Qt.MouseButton.MiddleButton)
    moved = canvas.mapToScene(QPoint(0, 0)) - before
    assert (moved.x(), moved.y()) == (100, 100)
    assert canvas.document.undo_stack.count() == 0
    qtbot.keyPress(canvas.viewport(), Qt.Key.Key_Space)
    start = body_of(canvas, "a")  # even over a card, Space+drag pans and moves nothing
    drag(qtbot, canvas, start, start + QPoint(-50, 0))
    qtbot.keyRelease(canvas.viewport(), Qt.Key.Key_Space)
    assert (canvas.mapToScene(QPoint(0, 0)) - before).x() == 150
    assert canvas.document.script.step("a").x == 0 and canvas.document.undo_stack.count() == 0


def test_the_minimap_frames_the_view_and_moves_it_on_click(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    minimap = Minimap(canvas, canvas)
    minimap.show()
    qtbot.waitExposed(minimap)
    assert canvas.viewport().geometry().contains(minimap.geometry())
    target = canvas.scene.step_item("c").sceneBoundingRect().center()
    spot = minimap.map.transform().map(target).toPoint()
    qtbot.mouseClick(minimap.map, Qt.MouseButton.LeftButton, pos=spot)
    centre = canvas.mapToScene(canvas.viewport().rect().center())
    assert (centre - target).manhattanLength() < 40


def test_auto_layout_is_one_undo_step(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    before = positions(canvas)
    canvas.auto_layout_action.trigger()
    after = positions(canvas)
    assert after != before
    assert after == layered_positions(canvas.document.script)
    assert canvas.scene.step_item("c").pos() == QPointF(*after["c"])
    assert canvas.document.undo_stack.undoText() == "Auto layout"
    canvas.undo_action.trigger()
    assert positions(canvas) == before
    assert canvas.scene.step_item("c").pos() == QPointF(*before["c"])
    link = canvas.scene.link_item("a", "b").path()
    assert link.pointAtPercent(0) == QPointF(style.CARD_W / 2, style.CARD_H)


def test_zoomed_far_out_the_steps_stay_selectable(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot, big_script(600))
    canvas.fit_all()
    assert canvas.overview_mode()
    picture = canvas.viewport().grab().toImage()
    assert picture.pixelColor(2, 2) == style.BACKGROUND  # drawn: the overview picture
    step = canvas.document.script.start_step
    point = at(canvas, QPointF(step.x + style.CARD_W / 2, step.y + style.CARD_H / 2))
    click(qtbot, canvas, point)
    assert canvas.selected_steps() == [step.id]


def test_five_thousand_steps_build_and_show(qtbot: QtBot) -> None:
    script = big_script(5000)
    canvas = open_canvas(qtbot, script)
    assert len(canvas.scene.step_items()) == 5000
    assert len(canvas.scene.link_items()) == len(script.links)
    canvas.fit_all()
    canvas.viewport().repaint()
    canvas.zoom_reset()
    canvas.select_steps([script.start_step_id])
    canvas.viewport().repaint()
    assert canvas.scene.sceneRect().contains(canvas.scene.content_rect())


def test_one_edit_touches_only_its_own_items(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot, big_script(300))
    items = {i.step_id: i for i in canvas.scene.step_items()}
    some = next(iter(items))
    canvas.document.rename(some, "Renamed")
    canvas.document.add_child(some, "New")
    assert all(canvas.scene.step_item(i) is item for i, item in items.items())
    assert canvas.scene.step_item(some).step.title == "Renamed"

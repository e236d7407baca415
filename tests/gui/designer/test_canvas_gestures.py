"""The canvas gestures of the designer, driven with the mouse and keys on the viewport."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from designer.canvas import style
from designer.canvas.items.step_item import StepItem
from tests.gui.designer.test_canvas_support import (
    at,
    body_of,
    click,
    drag,
    open_canvas,
    plus_of,
    positions,
)


def test_a_click_on_plus_creates_a_linked_child_below_without_overlap(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    script = canvas.document.script
    click(qtbot, canvas, plus_of(canvas, "a"))
    qtbot.waitUntil(lambda: len(script) == 4)
    child = next(s for s in script.steps if s.id not in "abc")
    assert script.has_link("a", child.id)
    assert canvas.selected_steps() == [child.id]
    assert isinstance(canvas.scene.step_item(child.id), StepItem)
    for other in script.steps:  # a card of its own: no other card under it
        if other.id != child.id:
            assert (abs(other.x - child.x) >= style.CARD_W
                    or abs(other.y - child.y) >= style.CARD_H)
    assert canvas.document.undo_stack.count() == 1
    canvas.undo_action.trigger()
    assert len(script) == 3 and child.id not in canvas.scene._steps
    canvas.redo_action.trigger()
    assert script.has_link("a", child.id)


def test_dragging_from_plus_onto_another_step_links_them(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    script = canvas.document.script
    drag(qtbot, canvas, plus_of(canvas, "a"), body_of(canvas, "c"))
    qtbot.waitUntil(lambda: script.has_link("a", "c"))
    assert len(script) == 3
    assert canvas.scene.link_item("a", "c").isVisible()
    assert canvas.scene.items() and not any(
        i for i in canvas.scene.items() if i.zValue() == 20)  # the rubber line is gone
    canvas.undo_action.trigger()
    assert not script.has_link("a", "c")


def test_dragging_from_plus_to_empty_canvas_creates_a_linked_step_there(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    script = canvas.document.script
    drop = QPointF(700, 400)
    drag(qtbot, canvas, plus_of(canvas, "c"), at(canvas, drop))
    qtbot.waitUntil(lambda: len(script) == 4)
    new = next(s for s in script.steps if s.id not in "abc")
    assert script.has_link("c", new.id)
    assert abs(new.x + style.CARD_W / 2 - drop.x()) <= 2 and abs(new.y - drop.y()) <= 2
    assert canvas.document.undo_stack.count() == 1


def test_escape_cancels_a_link_drag(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    script = canvas.document.script
    drag(qtbot, canvas, plus_of(canvas, "a"), body_of(canvas, "c"), release=False)
    assert canvas.scene.step_item("c").link_target  # the drop target is shown
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Escape)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=body_of(canvas, "c"))
    assert not script.has_link("a", "c")
    assert len(script) == 3 and canvas.document.undo_stack.count() == 0
    assert not canvas.scene.step_item("c").link_target


def test_linking_twice_is_refused_with_a_notice(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    with qtbot.waitSignal(canvas.notice) as notice:
        drag(qtbot, canvas, plus_of(canvas, "a"), body_of(canvas, "b"))
    assert "already linked" in notice.args[0]
    assert canvas.document.undo_stack.count() == 0


def test_a_click_near_a_link_selects_it_and_delete_removes_it(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    script = canvas.document.script
    link = canvas.scene.link_item("a", "b")
    near = at(canvas, link.path().pointAtPercent(0.5)) + QPoint(4, 0)  # near, not on, it
    qtbot.mouseMove(canvas.viewport(), near)
    qtbot.waitUntil(lambda: link.hovered)  # highlighted under the mouse
    click(qtbot, canvas, near)
    assert canvas.selected_links() == [("a", "b")]
    assert link.selected and canvas.delete_action.isEnabled()
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Delete)
    assert not script.has_link("a", "b")
    assert len(script) == 3
    canvas.undo_action.trigger()
    assert script.has_link("a", "b")
    assert canvas.scene.link_item("a", "b") is not None
    click(qtbot, canvas, near)
    click(qtbot, canvas, body_of(canvas, "c"))  # a card click moves the selection to it
    assert canvas.selected_links() == [] and canvas.selected_steps() == ["c"]


def test_dragging_a_selection_moves_every_card_as_one_undo_step(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    before = positions(canvas)
    click(qtbot, canvas, body_of(canvas, "a"))
    click(qtbot, canvas, body_of(canvas, "c"), Qt.KeyboardModifier.ControlModifier)
    assert sorted(canvas.selected_steps()) == ["a", "c"]
    start = body_of(canvas, "a")
    drag(qtbot, canvas, start, start + QPoint(60, 90))
    after = positions(canvas)
    for step_id in "ac":
        assert after[step_id] == (before[step_id][0] + 60, before[step_id][1] + 90)
    assert after["b"] == before["b"]
    assert canvas.document.undo_stack.count() == 1
    link = canvas.scene.link_item("a", "b").path()
    assert link.pointAtPercent(0).y() == after["a"][1] + style.CARD_H  # the arrow followed
    canvas.undo_action.trigger()
    assert positions(canvas) == before
    assert canvas.scene.step_item("a").pos() == QPointF(*before["a"])


def test_a_rubber_band_selects_the_cards_it_touches(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    corner = at(canvas, QPointF(-40, -60))
    drag(qtbot, canvas, corner, at(canvas, QPointF(560, 60)))
    assert sorted(canvas.selected_steps()) == ["a", "c"]
    assert canvas.selected_links() == []  # the link to b is not wholly in the band


def test_a_double_click_on_empty_canvas_adds_a_step_there(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    spot = QPointF(700, 420)
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=at(canvas, spot))
    qtbot.waitUntil(lambda: len(canvas.document.script) == 4)
    new = canvas.selected_steps()[0]
    step = canvas.document.script.step(new)
    assert abs(step.x + style.CARD_W / 2 - spot.x()) <= 2
    assert canvas.scene.focusItem() is not None  # its title is being edited

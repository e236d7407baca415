"""The step menu behind "⋯" and the right button, and copy/paste between scripts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from designer.canvas.view import ScriptCanvas
from designer.clipboard import MIME_TYPE
from desktop.domain.script import Script
from tests.gui.designer.test_canvas_support import (
    at,
    body_of,
    click,
    more_of,
    open_canvas,
    right_click,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def open_menu_with(qtbot: QtBot, canvas: ScriptCanvas, opener: Callable[[], None]) -> QMenu:
    with qtbot.waitSignal(canvas.menu_opened) as opened:
        opener()
    menu = opened.args[0]
    qtbot.waitUntil(menu.isVisible)
    return menu


def action(menu: QMenu, name: str) -> QAction:
    return next(a for a in menu.actions() if a.objectName() == name)


def test_the_more_button_opens_the_step_menu_and_delete_removes_the_step(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    script = canvas.document.script
    menu = open_menu_with(qtbot, canvas, lambda: click(qtbot, canvas, more_of(canvas, "c")))
    assert canvas.selected_steps() == ["c"]
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Add CRM fields…", "Set as start step", "Mark as final", "Rename step",
        "Duplicate", "Delete"]
    action(menu, "delete").trigger()
    menu.close()
    assert "c" not in script
    canvas.undo_action.trigger()
    assert "c" in script


def test_right_click_opens_the_same_menu(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    script = canvas.document.script
    menu = open_menu_with(qtbot, canvas, lambda: right_click(qtbot, canvas, body_of(canvas, "c")))
    action(menu, "start").trigger()
    menu.close()
    assert script.start_step_id == "c"
    menu = open_menu_with(qtbot, canvas, lambda: click(qtbot, canvas, more_of(canvas, "c")))
    assert not action(menu, "start").isEnabled()
    action(menu, "final").trigger()
    menu.close()
    assert script.step("c").final
    assert canvas.document.undo_stack.count() == 2
    canvas.undo_action.trigger()
    canvas.undo_action.trigger()
    assert script.start_step_id == "a" and not script.step("c").final


def test_add_crm_fields_asks_the_editor_for_the_dialog(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    menu = open_menu_with(qtbot, canvas, lambda: click(qtbot, canvas, more_of(canvas, "b")))
    with qtbot.waitSignal(canvas.fields_requested) as requested:
        action(menu, "fields").trigger()
    assert requested.args == ["b"]


def test_duplicate_from_the_menu_copies_the_step_beside_it(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    script = canvas.document.script
    menu = open_menu_with(qtbot, canvas, lambda: click(qtbot, canvas, more_of(canvas, "b")))
    action(menu, "duplicate").trigger()
    copy = script.step(canvas.selected_steps()[0])
    assert copy.id != "b" and copy.title == "Needs" and copy.fields == script.step("b").fields
    assert (copy.x, copy.y) == (script.step("b").x + 40, script.step("b").y + 40)


def test_copy_and_paste_into_another_script_through_the_clipboard(qtbot: QtBot) -> None:
    source = open_canvas(qtbot)
    click(qtbot, source, body_of(source, "a"))
    click(qtbot, source, body_of(source, "b"), CTRL)
    qtbot.keyClick(source.viewport(), Qt.Key.Key_C, CTRL)
    mime = QApplication.clipboard().mimeData()
    assert mime.hasFormat(MIME_TYPE)
    assert "Greeting" in mime.text() and "What do you need?" in mime.text()

    other = Script("Support")
    other.add_step("Hello", step_id="x", x=0, y=0)
    target = open_canvas(qtbot, other)
    spot = QPointF(400, 300)
    menu = open_menu_with(qtbot, target, lambda: right_click(qtbot, target, at(target, spot)))
    action(menu, "paste").trigger()
    menu.close()
    pasted = [other.step(i) for i in target.selected_steps()]
    assert sorted(s.title for s in pasted) == ["Greeting", "Needs"]
    by_title = {s.title: s for s in pasted}
    assert other.has_link(by_title["Greeting"].id, by_title["Needs"].id)
    assert min(s.x for s in pasted) == spot.x() and min(s.y for s in pasted) == spot.y()
    assert [f.code for f in by_title["Needs"].fields] == ["NAME", "PHONE"]
    assert len(other) == 3 and target.document.undo_stack.count() == 1
    target.undo_action.trigger()
    assert len(other) == 1


def test_ctrl_v_pastes_again_without_piling_up(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    click(qtbot, canvas, body_of(canvas, "c"))
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_C, CTRL)
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_V, CTRL)
    first = canvas.document.script.step(canvas.selected_steps()[0])
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_V, CTRL)
    second = canvas.document.script.step(canvas.selected_steps()[0])
    assert len(canvas.document.script) == 5
    assert (second.x, second.y) == (first.x + 30, first.y + 30)


def test_pasting_something_else_changes_nothing(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    QApplication.clipboard().setText("just words")
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_V, CTRL)
    assert len(canvas.document.script) == 3
    assert canvas.document.undo_stack.count() == 0

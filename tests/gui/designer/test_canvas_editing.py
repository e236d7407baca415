"""Editing a step's title and text in place on the canvas, and deleting with confirmation."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from designer.canvas.view import ScriptCanvas
from tests.gui.designer.test_canvas_support import (
    at,
    body_of,
    click,
    open_canvas,
    text_of,
    three_steps,
    title_of,
)
from tests.gui.keyboard import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def double_click(qtbot: QtBot, canvas: ScriptCanvas, pos: QPoint) -> None:
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: canvas.editor is not None and canvas.editor.hasFocus())


def select_all_and_type(qtbot: QtBot, canvas: ScriptCanvas, text: str) -> None:
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_A, CTRL)
    type_text(qtbot, canvas.viewport(), text)


def test_enter_commits_a_new_title_as_one_undo_step(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    script = canvas.document.script
    double_click(qtbot, canvas, title_of(canvas, "b"))
    assert canvas.editor.toPlainText() == "Needs"
    select_all_and_type(qtbot, canvas, "Потребность клиента")
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Return)
    assert script.step("b").title == "Потребность клиента"
    qtbot.waitUntil(lambda: canvas.editor is None)
    stack = canvas.document.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Rename step"
    assert canvas.undo_action.text() == "Undo Rename step"
    canvas.undo_action.trigger()
    assert script.step("b").title == "Needs"


def test_escape_puts_the_old_title_back(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    double_click(qtbot, canvas, title_of(canvas, "a"))
    select_all_and_type(qtbot, canvas, "Oops")
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: canvas.editor is None)
    assert canvas.document.script.step("a").title == "Greeting"
    assert canvas.document.undo_stack.count() == 0
    assert canvas.scene.step_item("a").editing is None


def test_moving_the_focus_away_commits_the_title(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    double_click(qtbot, canvas, title_of(canvas, "a"))
    select_all_and_type(qtbot, canvas, "Hello")
    click(qtbot, canvas, at(canvas, QPointF(800, 500)))  # empty canvas
    qtbot.waitUntil(lambda: canvas.editor is None)
    assert canvas.document.script.step("a").title == "Hello"


def test_the_text_takes_line_breaks_and_commits_with_ctrl_enter(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    script = canvas.document.script
    double_click(qtbot, canvas, text_of(canvas, "a"))
    assert canvas.editor.toPlainText() == "Hello!"
    select_all_and_type(qtbot, canvas, "Good morning!")
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Return)  # a new line, not a commit
    type_text(qtbot, canvas.viewport(), "How can I help?")
    assert script.step("a").text == "Hello!"
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Return, CTRL)
    assert script.step("a").text == "Good morning!\nHow can I help?"
    assert canvas.document.undo_stack.count() == 1
    canvas.undo_action.trigger()
    assert script.step("a").text == "Hello!"


def test_editing_keys_stay_in_the_editor(qtbot: QtBot) -> None:
    """Delete and Ctrl+Z while typing edit the text; they do not delete or undo steps."""
    canvas = open_canvas(qtbot)
    canvas.document.rename("c", "Offer!")
    double_click(qtbot, canvas, title_of(canvas, "a"))
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Home)
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Delete)
    assert canvas.editor.toPlainText() == "reeting"
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Z, CTRL)
    assert canvas.editor.toPlainText() == "Greeting"
    assert len(canvas.document.script) == 3
    assert canvas.document.script.step("c").title == "Offer!"


def test_f2_renames_the_selected_step(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    click(qtbot, canvas, body_of(canvas, "c"))
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: canvas.editor is not None)
    select_all_and_type(qtbot, canvas, "Price")
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Enter)
    assert canvas.document.script.step("c").title == "Price"


def test_deleting_a_step_with_fields_asks_first(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    script = canvas.document.script
    questions: list[str] = []
    answer = False
    canvas.confirm = lambda question: questions.append(question) or answer
    click(qtbot, canvas, body_of(canvas, "b"))
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Delete)
    assert "Needs" in questions[0] and "b" in script  # refused: nothing changed
    answer = True
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Delete)
    assert "b" not in script and not script.has_link("a", "b")
    canvas.undo_action.trigger()
    assert "b" in script and script.has_link("a", "b")
    assert [f.code for f in script.step("b").fields] == ["NAME", "PHONE"]


def test_deleting_steps_without_fields_does_not_ask(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    canvas.confirm = lambda question: pytest_fail(question)
    click(qtbot, canvas, body_of(canvas, "a"))
    click(qtbot, canvas, body_of(canvas, "c"), CTRL)
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Delete)
    assert sorted(s.id for s in canvas.document.script.steps) == ["b"]
    assert canvas.document.undo_stack.count() == 1
    canvas.undo_action.trigger()
    assert len(canvas.document.script) == 3
    assert canvas.document.script.start_step_id == "a"


def pytest_fail(question: str) -> bool:
    raise AssertionError(f"asked without need: {question}")


def test_a_reload_while_typing_drops_the_edit(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot)
    double_click(qtbot, canvas, title_of(canvas, "a"))
    select_all_and_type(qtbot, canvas, "Half-typed")
    canvas.document.replace_script(three_steps())
    qtbot.waitUntil(lambda: canvas.editor is None)
    assert canvas.document.script.step("a").title == "Greeting"
    assert canvas.document.undo_stack.count() == 0

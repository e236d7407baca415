"""A save over a draft another supervisor saved meanwhile: never overwritten silently."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from designer.conflict import ConflictDialog
from designer.editor import ScriptEditor
from tests.gui.designer.test_editor_support import (
    Env,
    editor_env,
    rename_on_canvas,
    save_with_keys,
)

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def env(qtbot: QtBot, sqlite_url: str) -> Iterator[Env]:
    yield from editor_env(qtbot, sqlite_url)


def stale_save(env: Env, qtbot: QtBot) -> tuple[ScriptEditor, ConflictDialog]:
    """I open the script; another supervisor saves it; I edit and press Ctrl+S."""
    editor = env.open()
    theirs = env.scripts.get(env.script_id)
    theirs.rename("b", "Their needs")
    env.scripts.save(theirs)
    rename_on_canvas(qtbot, editor, "a", "My greeting")
    save_with_keys(qtbot, editor)
    dialog = editor.dialog
    assert isinstance(dialog, ConflictDialog)
    qtbot.waitUntil(dialog.isVisible)
    return editor, dialog


def test_save_as_copy_keeps_their_version_and_stores_mine_apart(env: Env, qtbot: QtBot) -> None:
    editor, dialog = stale_save(env, qtbot)
    assert dialog.copy_name.text() == "Sales (my version)"
    dialog.copy_name.setText("Sales, my way")
    with qtbot.waitSignal(editor.script_created) as created:
        qtbot.mouseClick(dialog.copy_button, LEFT)

    original = env.scripts.get(env.script_id)
    assert original.step("a").title == "Greeting"  # theirs, untouched
    assert original.step("b").title == "Their needs"
    copy_id = created.args[0]
    copy = env.scripts.get(copy_id)
    assert copy.name == "Sales, my way"
    assert copy.step("a").title == "My greeting"
    assert copy.step("b").title == "Needs"  # my version did not have their change
    assert editor.script_id == copy_id
    assert editor.windowTitle() == "Sales, my way — Designer"


def test_load_their_version_asks_then_drops_my_edits(env: Env, qtbot: QtBot) -> None:
    editor, dialog = stale_save(env, qtbot)
    qtbot.mouseClick(dialog.reload_button, LEFT)
    assert len(editor.questions.asked) == 1
    assert "will be lost" in editor.questions.asked[0]
    script = editor.document.script
    assert script.step("b").title == "Their needs"
    assert script.step("a").title == "Greeting"
    assert editor.windowTitle() == "Sales — Designer"
    rename_on_canvas(qtbot, editor, "c", "Our offer")
    save_with_keys(qtbot, editor)  # now saves over their version: it was loaded
    stored = env.scripts.get(env.script_id)
    assert (stored.step("b").title, stored.step("c").title) == ("Their needs", "Our offer")


def test_saying_no_to_reloading_keeps_my_edits(env: Env, qtbot: QtBot) -> None:
    editor, dialog = stale_save(env, qtbot)
    editor.questions.confirm_answer = False
    qtbot.mouseClick(dialog.reload_button, LEFT)
    assert editor.document.script.step("a").title == "My greeting"
    assert editor.windowTitle() == "Sales* — Designer"


def test_cancel_saves_nothing_and_keeps_editing(env: Env, qtbot: QtBot) -> None:
    editor, dialog = stale_save(env, qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor.dialog is None)
    assert editor.document.script.step("a").title == "My greeting"
    assert editor.windowTitle() == "Sales* — Designer"
    assert env.scripts.get(env.script_id).step("a").title == "Greeting"
    assert len(env.scripts.list()) == 1

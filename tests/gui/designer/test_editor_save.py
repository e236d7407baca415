"""The designer window saves explicitly, marks unsaved changes, and asks before losing them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray, Qt
from pytestqt.qtbot import QtBot

from designer.conflict import CloseChoice
from designer.editor import GEOMETRY_KEY, ScriptEditor
from desktop.services.scripts import ScriptService
from desktop.storage.errors import DatabaseUnavailableError
from desktop.ui import settings
from tests.gui.designer.test_canvas_support import title_of
from tests.gui.designer.test_editor_support import (
    CTRL,
    SHIFT,
    Env,
    editor_env,
    field_catalog,
    rename_on_canvas,
    save_with_keys,
)


@pytest.fixture
def env(qtbot: QtBot, sqlite_url: str) -> Iterator[Env]:
    yield from editor_env(qtbot, sqlite_url)


class FlakyScripts(ScriptService):
    """The real service whose next save fails as if the database went away."""

    fail_next_save = False

    def save(self, script):
        if self.fail_next_save:
            self.fail_next_save = False
            raise DatabaseUnavailableError("Cannot connect to the database — test.")
        return super().save(script)


def test_edit_then_ctrl_s_saves_and_the_dirty_marker_follows(env: Env, qtbot: QtBot) -> None:
    editor = env.open()
    assert editor.windowTitle() == "Sales — Designer"
    rename_on_canvas(qtbot, editor, "a", "Welcome")
    assert editor.windowTitle() == "Sales* — Designer"
    version = env.scripts.get(env.script_id).version

    save_with_keys(qtbot, editor)
    assert editor.windowTitle() == "Sales — Designer"
    stored = env.scripts.get(env.script_id)
    assert stored.step("a").title == "Welcome"
    assert stored.version == version + 1
    assert editor.document.script.version == stored.version

    qtbot.keyClick(editor.canvas, Qt.Key.Key_Z, CTRL)  # undo: differs from what is saved
    assert editor.windowTitle() == "Sales* — Designer"
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Z, CTRL | SHIFT)  # redo: saved again
    assert editor.windowTitle() == "Sales — Designer"


def test_positions_are_saved_with_the_script(env: Env, qtbot: QtBot) -> None:
    editor = env.open()
    editor.canvas.auto_layout_action.trigger()
    laid_out = {s.id: (s.x, s.y) for s in editor.document.script.steps}
    save_with_keys(qtbot, editor)
    assert {s.id: (s.x, s.y) for s in env.scripts.get(env.script_id).steps} == laid_out


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(env: Env,
                                                                        qtbot: QtBot) -> None:
    editor = env.open()
    rename_on_canvas(qtbot, editor, "a", "Welcome")
    editor.questions.close_answer = CloseChoice.CANCEL
    editor.close()
    assert editor.questions.asked == ["unsaved Sales"]
    assert editor.isVisible()
    assert env.scripts.get(env.script_id).step("a").title == "Greeting"


def test_closing_and_discarding_saves_nothing(env: Env, qtbot: QtBot) -> None:
    editor = env.open()
    rename_on_canvas(qtbot, editor, "a", "Welcome")
    questions = editor.questions
    questions.close_answer = CloseChoice.DISCARD
    with qtbot.waitSignal(editor.destroyed):
        editor.close()
    assert questions.asked == ["unsaved Sales"]
    assert env.scripts.get(env.script_id).step("a").title == "Greeting"


def test_closing_and_saving_saves_then_closes(env: Env, qtbot: QtBot) -> None:
    editor = env.open()
    rename_on_canvas(qtbot, editor, "a", "Welcome")
    editor.questions.close_answer = CloseChoice.SAVE
    with qtbot.waitSignal(editor.destroyed):
        editor.close()
    assert env.scripts.get(env.script_id).step("a").title == "Welcome"


def test_a_clean_window_closes_without_asking_and_remembers_its_geometry(env: Env,
                                                                         qtbot: QtBot) -> None:
    editor = env.open()
    editor.resize(700, 500)  # within the offscreen screen (800 x 600)
    questions = editor.questions
    with qtbot.waitSignal(editor.destroyed):
        editor.close()
    assert questions.asked == []
    assert isinstance(settings.app_settings().value(GEOMETRY_KEY), QByteArray)
    again = ScriptEditor(env.scripts, env.script_id, field_catalog, env.user_id, "en")
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_a_database_failure_says_so_once_and_keeps_the_edits(env: Env, qtbot: QtBot) -> None:
    flaky = FlakyScripts(env.db, env.scripts.actor)
    editor = env.open(scripts=flaky)
    rename_on_canvas(qtbot, editor, "a", "Welcome")
    flaky.fail_next_save = True
    save_with_keys(qtbot, editor)
    assert len(editor.questions.errors) == 1
    assert "Cannot connect to the database" in editor.questions.errors[0]
    assert editor.windowTitle() == "Sales* — Designer"
    assert editor.document.script.step("a").title == "Welcome"
    save_with_keys(qtbot, editor)  # the database is back
    assert editor.windowTitle() == "Sales — Designer"
    assert env.scripts.get(env.script_id).step("a").title == "Welcome"


def test_ctrl_s_while_typing_a_title_saves_what_was_typed(env: Env, qtbot: QtBot) -> None:
    editor = env.open()
    canvas = editor.canvas
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=title_of(canvas, "c"))
    qtbot.waitUntil(lambda: canvas.scene.focusItem() is not None)
    qtbot.keyClicks(canvas.viewport(), "Our offer")
    save_with_keys(qtbot, editor)  # no Enter first
    assert env.scripts.get(env.script_id).step("c").title == "Our offer"
    assert editor.windowTitle() == "Sales — Designer"

"""Publish from the designer, list the published versions, restore one into the draft."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from designer.editor import ScriptEditor
from designer.versions_dialog import PublishDialog, VersionsDialog
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


def toolbar_button(editor: ScriptEditor, action) -> QToolButton:
    button = editor.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton) and button.isVisible()
    return button


def publish_with_note(qtbot: QtBot, editor: ScriptEditor, note: str) -> PublishDialog:
    qtbot.mouseClick(toolbar_button(editor, editor.publish_action), LEFT)
    dialog = editor.dialog
    assert isinstance(dialog, PublishDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.note, note)
    return dialog


def open_versions(qtbot: QtBot, editor: ScriptEditor) -> VersionsDialog:
    qtbot.mouseClick(toolbar_button(editor, editor.versions_action), LEFT)
    dialog = editor.dialog
    assert isinstance(dialog, VersionsDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def table_rows(dialog: VersionsDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_publish_shows_lint_without_blocking_and_the_versions_list_has_it(env: Env,
                                                                           qtbot: QtBot) -> None:
    editor = env.open()
    dialog = publish_with_note(qtbot, editor, "First release")
    warnings = [dialog.issues.item(i).text() for i in range(dialog.issues.count())]
    assert warnings == ["No way forward and not marked as final: «Offer»."]
    assert not dialog.saves_first.isVisible()
    with qtbot.waitSignal(editor.published) as published:
        qtbot.mouseClick(dialog.publish_button, LEFT)
    assert published.args == [env.script_id, 1]
    [info] = env.scripts.versions(env.script_id)
    assert (info.number, info.note, info.published_by_name, info.step_count) == (
        1, "First release", "Anna Smirnova", 4)

    versions = open_versions(qtbot, editor)
    [row] = table_rows(versions)
    assert row[0] == "1" and row[2:] == ["Anna Smirnova", "First release", "4"]
    assert row[1]  # the local date and time
    assert "version 1" in versions.summary.text()


def test_publishing_unsaved_changes_saves_them_first(env: Env, qtbot: QtBot) -> None:
    editor = env.open()
    rename_on_canvas(qtbot, editor, "c", "Offer made")
    dialog = publish_with_note(qtbot, editor, "")
    assert dialog.saves_first.isVisible()
    qtbot.mouseClick(dialog.publish_button, LEFT)
    qtbot.waitUntil(lambda: editor.windowTitle() == "Sales — Designer")
    published = env.scripts.latest_published(env.script_id)
    assert published is not None and published.script().step("c").title == "Offer made"
    assert env.scripts.get(env.script_id).step("c").title == "Offer made"


def test_restore_brings_an_old_version_into_the_draft(env: Env, qtbot: QtBot) -> None:
    editor = env.open()
    qtbot.mouseClick(publish_with_note(qtbot, editor, "one").publish_button, LEFT)
    rename_on_canvas(qtbot, editor, "a", "Good morning")
    save_with_keys(qtbot, editor)
    qtbot.mouseClick(publish_with_note(qtbot, editor, "two").publish_button, LEFT)
    rename_on_canvas(qtbot, editor, "a", "Unsaved title")

    versions = open_versions(qtbot, editor)
    assert [row[3] for row in table_rows(versions)] == ["two", "one"]
    first = versions.table.visualItemRect(versions.table.item(1, 0)).center()
    qtbot.mouseClick(versions.table.viewport(), LEFT, pos=first)
    with qtbot.waitSignal(versions.restored):
        qtbot.mouseClick(versions.restore_button, LEFT)
    assert editor.questions.asked == [
        "Replace the draft with version 1? Your unsaved changes will be lost."]
    assert editor.document.script.step("a").title == "Greeting"
    assert editor.windowTitle() == "Sales — Designer"
    assert env.scripts.get(env.script_id).step("a").title == "Greeting"
    # The published versions stay as they were; operators still run version 2.
    assert env.scripts.latest_published(env.script_id).script().step("a").title == "Good morning"


def test_restore_can_be_declined(env: Env, qtbot: QtBot) -> None:
    editor = env.open()
    qtbot.mouseClick(publish_with_note(qtbot, editor, "one").publish_button, LEFT)
    rename_on_canvas(qtbot, editor, "a", "Changed")
    versions = open_versions(qtbot, editor)
    editor.questions.confirm_answer = False
    qtbot.mouseClick(versions.restore_button, LEFT)
    assert editor.document.script.step("a").title == "Changed"
    assert versions.isVisible()

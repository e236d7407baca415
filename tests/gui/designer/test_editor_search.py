"""Search (Ctrl+F) over the canvas: finds steps by title or text, selects and centres them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from designer.search_bar import find_steps
from tests.gui.designer.test_editor_support import CTRL, SHIFT, Env, editor_env, sales
from tests.gui.keyboard import type_text


@pytest.fixture
def env(qtbot: QtBot, sqlite_url: str) -> Iterator[Env]:
    yield from editor_env(qtbot, sqlite_url)


def centred_on(editor, step_id: str) -> bool:
    canvas = editor.canvas
    card = canvas.scene.step_item(step_id).sceneBoundingRect().center()
    middle = canvas.mapToScene(canvas.viewport().rect().center())
    return abs(card.x() - middle.x()) < 2 and abs(card.y() - middle.y()) < 2


def test_ctrl_f_finds_by_title_or_text_and_walks_the_matches(env: Env, qtbot: QtBot) -> None:
    editor = env.open()
    bar = editor.search_bar
    qtbot.keyClick(editor.canvas, Qt.Key.Key_F, CTRL)
    assert bar.isVisible() and bar.field.hasFocus()

    qtbot.keyClicks(bar.field, "the")  # in the texts of Needs, Offer and Goodbye
    assert find_steps(editor.document.script, "the") == ["b", "c", "d"]  # top to bottom
    assert editor.canvas.selected_steps() == ["b"]
    assert bar.count.text() == "1 of 3"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert editor.canvas.selected_steps() == ["c"]
    assert bar.count.text() == "2 of 3"
    assert centred_on(editor, "c")
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)  # past the last: back to the first
    assert editor.canvas.selected_steps() == ["b"]
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, SHIFT)
    assert editor.canvas.selected_steps() == ["d"]
    assert bar.count.text() == "3 of 3"

    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert editor.canvas.hasFocus()
    assert editor.document.undo_stack.count() == 0  # searching edits nothing


def test_case_and_cyrillic_and_no_matches(env: Env, qtbot: QtBot) -> None:
    editor = env.open()
    editor.document.rename("b", "Потребность")
    bar = editor.search_bar
    editor.search_action.trigger()
    type_text(qtbot, bar.field, "ПОТРЕБ")
    assert editor.canvas.selected_steps() == ["b"]
    assert bar.count.text() == "1 of 1"
    bar.field.clear()
    qtbot.keyClicks(bar.field, "zzz")
    assert bar.count.text() == "No matches"
    assert editor.canvas.selected_steps() == ["b"]  # the selection stays where it was


def test_matches_follow_edits(env: Env, qtbot: QtBot) -> None:
    editor = env.open()
    bar = editor.search_bar
    editor.search_action.trigger()
    qtbot.keyClicks(bar.field, "offer")
    assert bar.count.text() == "1 of 1"
    editor.document.rename("d", "Counter offer")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == "2 of 2"
    assert editor.canvas.selected_steps() == ["d"]


def test_find_steps_reads_top_to_bottom() -> None:
    assert find_steps(sales(), "") == []
    assert find_steps(sales(), "e") == ["a", "b", "c", "d"]

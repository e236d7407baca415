"""Around the canvas: CRM fields of a step, the lint dock, preview (F5), the zoom level."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QToolButton
from pytestqt.qtbot import QtBot

from designer.fields_dialog import FieldsDialog
from desktop.domain.crm_types import EntityType
from desktop.domain.lint import LintKind
from desktop.domain.script import StepField
from desktop.ui import i18n
from tests.gui.designer.test_canvas_support import click, more_of
from tests.gui.designer.test_editor_support import Env, editor_env

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def env(qtbot: QtBot, sqlite_url: str) -> Iterator[Env]:
    yield from editor_env(qtbot, sqlite_url)


def test_add_crm_fields_from_the_step_menu_is_one_undoable_edit(env: Env, qtbot: QtBot) -> None:
    editor = env.open()
    canvas = editor.canvas
    with qtbot.waitSignal(canvas.menu_opened) as opened:
        click(qtbot, canvas, more_of(canvas, "b"))
    menu: QMenu = opened.args[0]
    next(a for a in menu.actions() if a.objectName() == "fields").trigger()
    menu.close()
    dialog = editor.dialog
    assert isinstance(dialog, FieldsDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.fields() == [StepField(EntityType.CONTACT, "NAME")]

    qtbot.keyClicks(dialog.filter, "PHONE")
    contact = dialog.available.topLevelItem(2)
    phone = next(contact.child(i) for i in range(contact.childCount())
                 if contact.child(i).text(1) == "PHONE")
    qtbot.mouseClick(dialog.available.viewport(), LEFT,
                     pos=dialog.available.visualItemRect(phone).center())
    qtbot.mouseClick(dialog.add_read_only_button, LEFT)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), LEFT)

    assert editor.document.script.step("b").fields == [
        StepField(EntityType.CONTACT, "NAME"), StepField(EntityType.CONTACT, "PHONE", False)]
    assert editor.document.undo_stack.count() == 1
    assert editor.windowTitle() == "Sales* — Designer"
    editor.canvas.undo_action.trigger()
    assert editor.document.script.step("b").fields == [StepField(EntityType.CONTACT, "NAME")]


def test_the_lint_dock_lists_issues_and_a_click_selects_the_steps(env: Env,
                                                                    qtbot: QtBot) -> None:
    editor = env.open()
    panel = editor.lint_panel
    assert editor.lint_dock.isVisible()
    assert [i.kind for i in panel.issues] == [LintKind.DEAD_END]
    assert editor.lint_dock.windowTitle() == "Issues: 1"
    editor.document.rename("d", "Offer")  # twin buttons after Needs
    qtbot.waitUntil(lambda: len(panel.issues) == 2)
    assert editor.lint_dock.windowTitle() == "Issues: 2"
    row = next(i for i, issue in enumerate(panel.issues)
               if issue.kind == LintKind.DUPLICATE_SIBLING_TITLES)
    item = panel.list.item(row)
    qtbot.mouseClick(panel.list.viewport(), LEFT, pos=panel.list.visualItemRect(item).center())
    assert sorted(editor.canvas.selected_steps()) == ["c", "d"]


def test_f5_opens_the_preview_which_follows_the_canvas_and_writes_nothing(env: Env,
                                                                         qtbot: QtBot) -> None:
    editor = env.open()
    before = editor.document.script.to_dict()
    assert not editor.preview_dock.isVisible()
    qtbot.keyClick(editor.canvas, Qt.Key.Key_F5)
    assert editor.preview_dock.isVisible()
    preview = editor.preview
    qtbot.waitUntil(preview.hasFocus)
    assert preview.step_title.text() == "Greeting"
    assert preview.button_titles() == ["Needs"]
    qtbot.keyClick(preview, Qt.Key.Key_1)
    assert preview.button_titles() == ["Offer", "Goodbye"]
    assert editor.canvas.selected_steps() == ["b"]  # the canvas shows where the walk is
    qtbot.keyClick(preview, Qt.Key.Key_2)
    assert preview.ending.text() == "The script ends here."
    qtbot.keyClick(preview, Qt.Key.Key_Backspace)
    assert preview.current == "b"
    qtbot.keyClick(preview, Qt.Key.Key_F5)
    assert not editor.preview_dock.isVisible()
    assert editor.document.script.to_dict() == before
    assert editor.document.undo_stack.count() == 0
    assert editor.windowTitle() == "Sales — Designer"


def test_the_zoom_level_is_shown_and_follows_the_buttons(env: Env, qtbot: QtBot) -> None:
    editor = env.open()
    assert editor.zoom_label.text() == "100%"
    zoom_in = editor.toolbar.widgetForAction(editor.canvas.zoom_in_action)
    assert isinstance(zoom_in, QToolButton)
    qtbot.mouseClick(zoom_in, LEFT)
    assert editor.zoom_label.text() == "125%"
    qtbot.mouseClick(editor.toolbar.widgetForAction(editor.canvas.zoom_reset_action), LEFT)
    assert editor.zoom_label.text() == "100%"


def test_the_designer_switches_to_russian_live(env: Env, qtbot: QtBot) -> None:
    """Needs the Russian texts of /tmp/tr_editor.tsv merged into the translations."""
    editor = env.open()
    i18n.install_language(i18n.RUSSIAN)
    qtbot.waitUntil(lambda: editor.windowTitle() == "Sales — Дизайнер")
    assert editor.save_action.text() == "&Сохранить"
    assert editor.lint_dock.windowTitle() == "Замечания: 1"
    assert editor.lint_panel.entry_texts() == [
        "Нет следующего шага, и шаг не отмечен как завершающий: «Offer»."]
    assert editor.zoom_label.text() == "100 %"
    i18n.install_language(i18n.ENGLISH)
    qtbot.waitUntil(lambda: editor.windowTitle() == "Sales — Designer")
    assert editor.lint_dock.windowTitle() == "Issues: 1"


def test_cards_name_their_fields_as_the_crm_does_in_the_interface_language(
        env: Env, qtbot: QtBot) -> None:
    editor = env.open()
    card = editor.canvas.scene.step_item("b")
    assert card.field_labels == ["First name"]
    i18n.install_language(i18n.RUSSIAN)
    try:
        qtbot.waitUntil(lambda: card.field_labels == ["Имя"])
    finally:
        i18n.install_language(i18n.ENGLISH)

"""The button editor: what it refuses (and says so), live checks, shortcut, colour, preview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QKeySequence
from pytestqt.qtbot import QtBot

from designer.button_editor import ButtonEditor
from designer.buttons_tab import editor_context
from desktop.domain.buttons import (
    ActionButton,
    ActionKind,
    CallbackAction,
    CommentAction,
    DealStageAction,
    LeadStatusAction,
)
from desktop.domain.colors import text_color_on
from tests.gui.designer.buttons_harness import FRIDAY, EditorDriver, demo_fake
from tests.gui.designer.fakes_buttons import FakeButtons, FakeCrm


def open_editor(qtbot: QtBot, button: ActionButton | None = None,
                fake: FakeButtons | None = None) -> tuple[EditorDriver, FakeButtons]:
    fake = fake or demo_fake()[0]
    context = editor_context(fake, FakeCrm(), lambda: FRIDAY)
    editor = ButtonEditor(None, button, context, others=[i.button for i in fake.list()],
                          validate_templates=fake.validate_templates, save=fake.save)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # the shortcuts of the cards need it
    return EditorDriver(qtbot, editor), fake


def saves(fake: FakeButtons) -> list:
    return [call for call in fake.calls if call[0] == "save"]


# ---- refusals: each says what to fix, and nothing is saved ---------------------------------
@pytest.mark.parametrize(("build", "message"), [
    (lambda d: d.add(ActionKind.COMMENT),
     "Enter the button's title: it is the text the operator sees."),
    (lambda d: d.type_title("Отказ"),
     "The button «Отказ» has no action. Add at least one with «Add action»."),
    (lambda d: (d.type_title("Отказ"), d.add(ActionKind.LEAD_STATUS)),
     "The button «Отказ»: choose the lead status to set."),
    (lambda d: (d.type_title("Сделка"), d.add(ActionKind.DEAL_STAGE)),
     "The button «Сделка»: choose the deal stage to set."),
    (lambda d: (d.type_title("Отказ"),
                d.choose(d.add(ActionKind.LEAD_STATUS).editor.status, "Некачественный лид"),
                d.choose(d.add(ActionKind.LEAD_STATUS).editor.status, "Обработан")),
     "The button «Отказ» changes the lead status twice. Keep one «Change lead status» "
     "action."),
    (lambda d: (d.type_title("Продажа!"),
                d.choose(d.add(ActionKind.DEAL_STAGE).editor.stage, "Сделка успешна"),
                d.choose(d.add(ActionKind.DEAL_STAGE).editor.stage, "Сделка провалена")),
     "The button «Продажа!» changes the deal stage twice. Keep one «Change deal stage» "
     "action."),
    (lambda d: (d.type_title("Перезвон"),
                d.type_into(d.add(ActionKind.CALLBACK).editor.deadline.combo, "через часик")),
     "The button «Перезвон»: cannot read the deadline «через часик». Write it like «+2 "
     "hours», «+1 day at 10:00», «tomorrow at 10:00» or «next working day at 9:30»."),
    (lambda d: (d.type_title("Итог"),
                d.type_into(d.add(ActionKind.COMMENT).editor.text.edit,
                            "Итог: {{contact.NAME}} {{deal.BUDGET}} {{lead.MOOD}}")),
     "The templates use unknown variables {{deal.BUDGET}}, {{lead.MOOD}}. Fix them or insert "
     "variables from the menu next to each field."),
])
def test_save_refuses_what_cannot_work_and_says_what_to_fix(qtbot: QtBot, build,
                                                            message: str) -> None:
    driver, fake = open_editor(qtbot)
    build(driver)
    driver.save()
    assert driver.error() == message
    assert saves(fake) == []
    assert driver.editor.isVisible()  # the supervisor keeps their work


def test_the_action_at_fault_is_marked_and_gets_the_focus(qtbot: QtBot) -> None:
    driver, _fake = open_editor(qtbot)
    driver.type_title("Отказ")
    comment = driver.add(ActionKind.COMMENT)
    status = driver.add(ActionKind.LEAD_STATUS)
    assert not status.property("problem")  # nothing is red before the first save
    driver.save()
    assert status.property("problem") and not comment.property("problem")
    assert status.isAncestorOf(driver.editor.focusWidget())
    driver.choose(status.editor.status, "В работе")  # fixed: the mark and the message go
    assert not status.property("problem")
    assert driver.error() == ""


def test_an_unknown_variable_is_flagged_while_typing_before_any_save(qtbot: QtBot) -> None:
    driver, fake = open_editor(qtbot)
    driver.type_title("Итог")
    field = driver.add(ActionKind.COMMENT).editor.text
    driver.type_into(field.edit, "Клиент {{contact.NAME}}, бюджет {{deal.BUDGET}}")
    assert field.message.isVisible()
    assert field.message.text() == ("Unknown variable {{deal.BUDGET}}: the CRM has no such "
                                    "field. Insert one from the variables menu.")
    assert field.edit.property("problem") is True
    assert "deal.BUDGET" in field.edit.toolTip()
    assert "Unknown variable: {{deal.BUDGET}}." in driver.editor.preview.entry_texts()[0]
    assert saves(fake) == []  # all of this before saving
    driver.save()
    assert "{{deal.BUDGET}}" in driver.error() and saves(fake) == []
    driver.type_into(field.edit, "Клиент {{contact.NAME}}, сумма {{deal.OPPORTUNITY}}")
    assert not field.message.isVisible() and field.edit.property("problem") is False
    driver.save()
    assert saves(fake)[-1][1].actions == [
        CommentAction("Клиент {{contact.NAME}}, сумма {{deal.OPPORTUNITY}}")]


def test_a_variable_written_wrong_is_flagged(qtbot: QtBot) -> None:
    driver, fake = open_editor(qtbot)
    driver.type_title("Итог")
    field = driver.add(ActionKind.COMMENT).editor.text
    driver.type_into(field.edit, "Клиент {{contact.NAME}")
    assert field.message.text().startswith("A variable is written wrong")
    driver.save()
    assert driver.error().startswith("A variable is written wrong") and saves(fake) == []


def test_the_insert_variable_menu_puts_the_variable_at_the_cursor(qtbot: QtBot) -> None:
    driver, _fake = open_editor(qtbot)
    field = driver.add(ActionKind.CALLBACK).editor.title
    driver.type_into(field.edit, "Перезвонить: ")
    contact = next(a.menu() for a in field.menu.actions() if a.text() == "Contact")
    name = next(a for a in contact.actions() if a.data() == "contact.NAME")
    assert name.text().startswith("First name")  # the CRM's title for the field
    name.trigger()
    assert field.template() == "Перезвонить: {{contact.NAME}}"
    assert not field.has_problem()


# ---- shortcut --------------------------------------------------------------------------------
def test_a_shortcut_another_button_has_is_refused_naming_that_button(qtbot: QtBot) -> None:
    driver, fake = open_editor(qtbot)
    editor = driver.editor
    driver.type_title("Новая")
    driver.add(ActionKind.COMMENT)
    editor.shortcut_edit.setFocus()
    qtbot.keyClick(editor.shortcut_edit, Qt.Key.Key_F2)
    assert editor.shortcut() == "F2"
    assert editor.shortcut_hint.text() == ("The shortcut F2 already belongs to the button "
                                           "«Перезвонить». Choose another one, or clear it.")
    driver.save()
    assert driver.error() == editor.shortcut_hint.text()
    assert saves(fake) == []
    free = [b.text() for b in editor.suggestions if b.isVisible()]
    assert free == ["F9", "F10", "F11", "F12"]  # the demo buttons hold F1..F8
    qtbot.mouseClick(editor.suggestions[0], Qt.MouseButton.LeftButton)
    assert editor.shortcut() == "F9"
    driver.save()
    assert saves(fake)[-1][1].shortcut == "F9"


def test_a_button_keeps_its_own_shortcut(qtbot: QtBot) -> None:
    fake, ids = demo_fake()
    driver, _ = open_editor(qtbot, fake.get(ids["Перезвонить"]), fake)
    assert driver.editor.shortcut() == "F2"
    assert "already belongs" not in driver.editor.shortcut_hint.text()
    driver.save()
    assert saves(fake)[-1][1].shortcut == "F2"


# ---- colour ------------------------------------------------------------------------------------
def test_picking_a_colour_keeps_the_title_readable_in_the_preview(qtbot: QtBot) -> None:
    driver, _fake = open_editor(qtbot)
    driver.type_title("Жёлтая")
    editor = driver.editor
    yellow = next(s for s in editor.colors.swatches if s.color == "#fdd835")
    qtbot.mouseClick(yellow, Qt.MouseButton.LeftButton)
    assert editor.button().color == "#fdd835"
    face = editor.preview.face
    assert face.text_color() == text_color_on("#fdd835") == "#000000"
    picture = face.grab().toImage()
    assert picture.pixelColor(QPoint(4, face.height() // 2)) == QColor("#fdd835")
    editor.colors.set_color("#123456")  # a custom colour gets its own swatch, chosen
    assert editor.colors.custom_swatch.isVisible() and editor.colors.custom_swatch.isChecked()


# ---- deadlines and preview ---------------------------------------------------------------------
def test_a_deadline_typed_in_russian_shows_when_it_falls_and_is_stored_canonically(
        qtbot: QtBot) -> None:
    driver, fake = open_editor(qtbot)
    driver.type_title("Перезвон")
    callback = driver.add(ActionKind.CALLBACK).editor
    driver.type_into(callback.deadline.combo, "следующий рабочий день в 10:00")
    assert callback.deadline.example.text() == "for example: Mon 30.11 10:00"  # from Friday
    driver.type_into(callback.deadline.combo, "+2 часа")
    assert callback.deadline.example.text() == "for example: Fri 27.11 18:45"
    assert "Fri 27.11 18:45" in driver.editor.preview.entry_texts()[0]
    driver.save()
    assert saves(fake)[-1][1].actions == [CallbackAction("+2 hours", "")]


def test_the_preview_fills_templates_for_a_sample_client(qtbot: QtBot) -> None:
    driver, _fake = open_editor(qtbot)
    driver.type_title("Продажа")
    comment = driver.add(ActionKind.COMMENT).editor
    driver.type_into(comment.text.edit, "Покупатель: {{contact.NAME}} {{contact.LAST_NAME}}")
    stage = driver.add(ActionKind.DEAL_STAGE).editor
    driver.choose(stage.stage, "Сделка успешна")
    preview = driver.editor.preview
    assert preview.face.title == "Продажа"
    assert preview.entry_texts() == [
        "Comment\nIn the timeline: «Покупатель: Иван Петров»",
        "Change deal stage\nThe deal moves to «Сделка успешна» (pipeline «Продажи»)",
    ]
    driver.type_into(comment.text.edit, "")
    assert preview.entry_texts()[0] == ("Comment\nThe operator types the comment when "
                                        "pressing the button.")
    assert comment.hint.text().startswith("Left empty, the operator types the comment")


# ---- the actions list ----------------------------------------------------------------------------
def test_actions_are_reordered_and_removed_in_the_editor(qtbot: QtBot) -> None:
    driver, _fake = open_editor(qtbot)
    for kind in (ActionKind.COMMENT, ActionKind.CALLBACK, ActionKind.LEAD_STATUS):
        driver.add(kind)
    actions = driver.editor.actions
    kinds = lambda: [c.editor.kind for c in actions.cards]  # noqa: E731
    last = actions.cards[2]
    last.editor.status.setFocus()
    qtbot.keyClick(last.editor.status, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert kinds() == [ActionKind.COMMENT, ActionKind.LEAD_STATUS, ActionKind.CALLBACK]
    assert last.number.text() == "2"
    qtbot.mouseClick(actions.cards[0].down_button, Qt.MouseButton.LeftButton)
    assert kinds() == [ActionKind.LEAD_STATUS, ActionKind.COMMENT, ActionKind.CALLBACK]
    assert not actions.cards[0].up_button.isEnabled()
    assert not actions.cards[2].down_button.isEnabled()
    qtbot.mouseClick(actions.cards[1].remove_button, Qt.MouseButton.LeftButton)
    assert kinds() == [ActionKind.LEAD_STATUS, ActionKind.CALLBACK]
    assert [e.split("\n")[0] for e in driver.editor.preview.entry_texts()] == [
        "Change lead status", "Callback"]


def test_a_status_the_crm_no_longer_has_is_kept_and_shown_as_missing(qtbot: QtBot) -> None:
    button = ActionButton("Старый", "#546e7a", [LeadStatusAction("ARCHIVED"),
                                                DealStageAction("C1:WON", 1)], id=9, version=3)
    driver, _fake = open_editor(qtbot, button, FakeButtons())
    status = driver.editor.actions.cards[0].editor.status
    assert status.currentText() == "ARCHIVED (not in the CRM)"
    stage = driver.editor.actions.cards[1].editor
    assert (stage.pipeline.currentText(), stage.stage.currentText()) == (
        "Сервисные договоры", "Договор продлён")
    assert driver.editor.button().actions == button.actions
    assert QKeySequence(driver.editor.shortcut()).isEmpty()

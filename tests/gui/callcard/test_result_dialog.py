"""Confirming a result: pre-filled, Enter records it, what cannot be recorded is said in place."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLabel
from pytestqt.qtbot import QtBot

from desktop.crm.gateway import CrmItem
from desktop.domain.buttons import (
    ActionButton,
    CallbackAction,
    CommentAction,
    DealStageAction,
    LeadStatusAction,
    TaskAction,
)
from desktop.domain.call import CallSession, Direction
from desktop.domain.crm_types import EntityType
from desktop.domain.roles import User
from desktop.services import results
from desktop.services.results import ClientContext, ResultError
from desktop.ui.callcard.result_dialog import ResultDialog
from tests.gui.keyboard import type_text

NAMES = {"IN_PROCESS": "В работе", "WON": "Сделка успешна"}
OPERATOR = User(username="anna", display_name="Анна Смирнова", role_id=2, id=5)
IVAN = CrmItem(EntityType.CONTACT, "7", "Иван Петров", {"NAME": "Иван", "LAST_NAME": "Петров"})
LEAD = CrmItem(EntityType.LEAD, "3", "Лид с сайта", {"STATUS_ID": "NEW"})
CALLBACK = ActionButton("Перезвонить", "#ef6c00", [
    CallbackAction("+1 day at 10:00", "Перезвонить: {{contact.NAME}}"),
    LeadStatusAction(status_id="IN_PROCESS")])
NOTE = ActionButton("Комментарий", "#00838f", [CommentAction("")])


def open_dialog(qtbot: QtBot, button: ActionButton, client: ClientContext | None = None,
                **kwargs: object) -> ResultDialog:
    client = client or ClientContext((LEAD, IVAN))
    call = CallSession("+79991234567", Direction.INCOMING, datetime.now(UTC))
    prompts = results.prompts(button, call, client, OPERATOR, datetime.now(UTC))
    dialog = ResultDialog(button, prompts, results.warnings(button, client), NAMES,
                          **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def press(qtbot: QtBot, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def texts(dialog: ResultDialog, name: str) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel, name)]


def test_enter_confirms_the_callback_with_the_computed_deadline(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, CALLBACK)
    assert dialog.windowTitle() == "Перезвонить"
    assert texts(dialog, "actionKind") == ["Callback", "Lead status → «В работе»"]
    assert "Перезвонить: Иван" in texts(dialog, "actionDetail")
    expected = dialog.prompts[0].deadline
    assert expected is not None
    assert QApplication.focusWidget() is dialog.deadlines[0]  # the input comes first
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, Qt.Key.Key_Return)
    assert dialog.answers()[0].deadline == expected
    assert set(dialog.answers()) == {0}  # the fixed status asks nothing


def test_an_edited_deadline_is_the_one_returned(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, CALLBACK)
    planned = dialog.prompts[0].deadline
    assert planned is not None
    edit = dialog.deadlines[0]
    edit.setCurrentSection(QDateTimeEdit.Section.HourSection)  # 10:00, never near midnight
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, Qt.Key.Key_Enter)
    assert dialog.answers()[0].deadline == planned + timedelta(hours=2)


def test_an_empty_comment_is_refused_in_place(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, NOTE)
    box = dialog.comments[0]
    assert QApplication.focusWidget() is box
    with qtbot.assertNotEmitted(dialog.finished):
        press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors[0].isVisible()
    assert dialog.errors[0].text() == "Type the comment."
    type_text(qtbot, box, "Клиент")
    assert not dialog.errors[0].isVisible()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # a new line
    type_text(qtbot, box, "перезвонит")
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, Qt.Key.Key_Return)
    assert dialog.answers() == {0: results.Answer(text="Клиент\nперезвонит")}


def test_escape_cancels(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, CALLBACK)
    with qtbot.waitSignal(dialog.rejected):
        press(qtbot, Qt.Key.Key_Escape)


def test_fixed_actions_and_rendered_texts_are_shown_as_they_will_be_written(
        qtbot: QtBot) -> None:
    button = ActionButton("Продажа", "#2e7d32", [
        DealStageAction(stage_id="WON"),
        CommentAction("Клиент {{contact.NAME}} согласился."),
        TaskAction("Счёт для {{contact.NAME}}", "", "+2 hours")])
    dialog = open_dialog(qtbot, button)
    assert texts(dialog, "actionKind") == ["Deal stage → «Сделка успешна»", "Comment", "Task"]
    details = texts(dialog, "actionDetail")
    assert "Клиент Иван согласился." in details
    task = next(t for t in details if t.startswith("Счёт для Иван"))
    assert task.splitlines()[1].startswith("Due ")
    assert texts(dialog, "resultWarning") == [
        "⚠ No deal for this number: the stage is not changed."]
    assert QApplication.focusWidget() is dialog.confirm  # nothing to type: Enter records
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, Qt.Key.Key_Return)
    assert dialog.answers() == {}


def test_the_header_is_the_button_in_its_colour(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, CALLBACK)
    assert dialog.header.text() == "Перезвонить"
    picture = dialog.header.grab().toImage()
    assert picture.pixelColor(picture.width() // 2, 3) == QColor("#ef6c00")


def test_a_deadline_in_the_past_is_refused(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, CALLBACK)
    edit = dialog.deadlines[0]
    edit.set_iso((datetime.now(UTC) - timedelta(days=1)).isoformat())
    with qtbot.assertNotEmitted(dialog.finished):
        press(qtbot, Qt.Key.Key_Return)
    assert dialog.errors[0].text() == "This moment has passed: choose a later one."


def test_a_refusal_of_the_planner_is_shown_next_to_its_action(qtbot: QtBot) -> None:
    def refuse(_answers: dict[int, results.Answer]) -> None:
        raise ResultError(results.CHOOSE_MOMENT, 0)

    dialog = open_dialog(qtbot, CALLBACK, validate=refuse)
    with qtbot.assertNotEmitted(dialog.finished):
        press(qtbot, Qt.Key.Key_Return)
    assert dialog.errors[0].text() == "Choose the date and time."
    assert not dialog.errors[1].isVisible()


def test_nobody_found_warns_that_a_lead_is_created(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, NOTE, ClientContext())
    assert texts(dialog, "resultWarning") == [
        "⚠ No client with this number: the result creates a new lead for it."]

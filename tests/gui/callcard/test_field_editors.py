"""Field editors: each CRM field type gets an input that refuses what the CRM would refuse."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop.crm.fields import BY_CODE
from desktop.crm.gateway import FieldMeta, FieldType
from desktop.domain.crm_types import EntityType
from desktop.ui import i18n
from desktop.ui.callcard.field_editors import FieldEditor, display_value, field_label
from tests.gui.keyboard import type_text


def meta(entity: EntityType, code: str) -> FieldMeta:
    return BY_CODE[entity][code]


def editor(qtbot: QtBot, entity: EntityType, code: str, *, read_only: bool = False,
           language: str = "en") -> FieldEditor:
    widget = FieldEditor(meta(entity, code), f"{entity.value}.{code}", read_only=read_only,
                         language=language)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_name_is_a_line_edit_and_typing_announces_the_edit(qtbot: QtBot) -> None:
    name = editor(qtbot, EntityType.CONTACT, "NAME")
    assert isinstance(name.input, QLineEdit)
    with qtbot.waitSignal(name.edited):
        type_text(qtbot, name.input, "Анна")
    assert name.text() == "Анна"
    assert name.value() == "Анна"
    assert name.problem() == ""


def test_setting_a_value_does_not_count_as_an_edit(qtbot: QtBot) -> None:
    name = editor(qtbot, EntityType.CONTACT, "NAME")
    with qtbot.assertNotEmitted(name.edited):
        name.set_value("Иван")
        name.set_text("Пётр")
    assert name.text() == "Пётр"


def test_a_whole_number_input_takes_digits_only(qtbot: QtBot) -> None:
    field = FieldEditor(FieldMeta(EntityType.DEAL, "UF_CRM_SEATS", FieldType.INT, "Места", "Seats"),
                        "deal.UF_CRM_SEATS", read_only=False)
    qtbot.addWidget(field)
    qtbot.keyClicks(field.input, "12a3")
    assert field.text() == "123"
    assert field.value() == 123


def test_money_keeps_two_decimals_and_reads_grouped_amounts(qtbot: QtBot) -> None:
    amount = editor(qtbot, EntityType.DEAL, "OPPORTUNITY")
    qtbot.keyClicks(amount.input, "1 500,505")
    assert amount.text() == "1 500,50"
    assert amount.value() == 1500.5
    amount.set_value(15000.5)
    assert amount.value() == 15000.5


def test_a_bad_phone_in_a_list_is_named_under_the_field_after_editing(qtbot: QtBot) -> None:
    phone = editor(qtbot, EntityType.CONTACT, "PHONE")
    phone.input.setFocus()
    qtbot.keyClicks(phone.input, "+7 999 123-45-67, 12")
    assert phone.problem() == "«12» is not a phone number."
    assert not phone.error.isVisible()  # not while typing
    qtbot.keyClick(phone.input, Qt.Key.Key_Return)
    assert phone.error.isVisible()
    assert phone.error.text() == "«12» is not a phone number."
    for _ in range(4):
        qtbot.keyClick(phone.input, Qt.Key.Key_Backspace)
    assert phone.problem() == ""
    assert not phone.error.isVisible()  # cleared as soon as the text is right
    assert phone.value() == ["+7 999 123-45-67"]


def test_set_value_shows_a_list_as_comma_separated_text(qtbot: QtBot) -> None:
    phone = editor(qtbot, EntityType.CONTACT, "PHONE")
    phone.set_value(["+79991234567", "+79990000000"])
    assert phone.text() == "+79991234567, +79990000000"
    assert phone.value() == ["+79991234567", "+79990000000"]


def test_an_email_must_look_like_one(qtbot: QtBot) -> None:
    email = editor(qtbot, EntityType.CONTACT, "EMAIL")
    qtbot.keyClicks(email.input, "anna@")
    assert email.problem() == "«anna@» is not an e-mail address."
    with pytest.raises(ValueError):
        email.value()  # never sent to the CRM as an empty value
    email.set_error("The CRM refused it.")
    assert email.error.text() == "The CRM refused it."
    email.set_error("")
    assert not email.error.isVisible()


@pytest.mark.parametrize(("language", "title"), [("en", "Call"), ("ru", "Звонок")])
def test_an_enum_is_a_list_of_titles_in_the_interface_language(
        qtbot: QtBot, language: str, title: str) -> None:
    source = editor(qtbot, EntityType.LEAD, "SOURCE_ID", language=language)
    combo = source.input
    assert isinstance(combo, QComboBox)
    assert combo.itemText(0) == ""  # no value is a choice too
    assert combo.itemText(1) == title
    assert source.value() is None
    combo.setFocus()
    with qtbot.waitSignal(source.edited):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert source.text() == "CALL"
    assert source.value() == "CALL"


def test_a_value_the_catalog_does_not_list_is_shown_but_not_sent(qtbot: QtBot) -> None:
    stage = editor(qtbot, EntityType.DEAL, "STAGE_ID")  # the static catalog lists no stages
    stage.set_value("C1:NEW")
    assert stage.text() == "C1:NEW"
    assert stage.input.currentText() == "C1:NEW"
    assert stage.problem() == "Choose one of the listed values."


def test_a_date_starts_empty_and_typing_starts_from_today(qtbot: QtBot) -> None:
    birthday = editor(qtbot, EntityType.CONTACT, "UF_CRM_BIRTHDAY")
    edit = birthday.input
    assert isinstance(edit, QDateEdit)
    assert edit.calendarPopup()
    assert birthday.text() == ""
    assert birthday.value() is None
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert birthday.value() == date.today()
    birthday.set_value(date(1990, 3, 31))
    assert birthday.text() == "1990-03-31"
    assert birthday.value() == date(1990, 3, 31)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert birthday.value() is None


def test_the_calendar_of_an_empty_date_opens_on_this_month(qtbot: QtBot) -> None:
    birthday = editor(qtbot, EntityType.CONTACT, "UF_CRM_BIRTHDAY")
    edit = birthday.input
    arrow = QPoint(edit.width() - 10, edit.height() // 2)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert birthday.value() is None  # looking at the calendar chooses nothing
    calendar.window().hide()


def test_typing_a_digit_into_an_empty_date_starts_a_date(qtbot: QtBot) -> None:
    birthday = editor(qtbot, EntityType.CONTACT, "UF_CRM_BIRTHDAY")
    birthday.input.setFocus()
    with qtbot.waitSignal(birthday.edited):
        qtbot.keyClick(birthday.input, Qt.Key.Key_1)
    assert birthday.value() is not None


def test_a_moment_round_trips_through_local_time(qtbot: QtBot) -> None:
    closes = FieldEditor(FieldMeta(EntityType.DEAL, "UF_CRM_MEET", FieldType.DATETIME, "Встреча",
                                   "Meeting"), "deal.UF_CRM_MEET", read_only=False)
    qtbot.addWidget(closes)
    assert isinstance(closes.input, QDateTimeEdit)
    moment = datetime(2025, 3, 31, 7, 30, tzinfo=UTC)
    closes.set_value(moment)
    assert closes.value() == moment
    closes.set_text(closes.text())  # the journal's text gives the same moment back
    assert closes.value() == moment


def test_a_text_field_has_a_few_lines_and_tab_moves_on(qtbot: QtBot) -> None:
    comments = editor(qtbot, EntityType.LEAD, "COMMENTS")
    box = comments.input
    assert isinstance(box, QPlainTextEdit)
    assert box.tabChangesFocus()
    assert box.height() > 2 * box.fontMetrics().lineSpacing()
    comments.set_text("Перезвонить\nпосле обеда")
    assert comments.value() == "Перезвонить\nпосле обеда"


def test_a_locked_field_shows_its_value_with_a_lock_and_takes_no_input(qtbot: QtBot) -> None:
    source = editor(qtbot, EntityType.LEAD, "SOURCE_ID", read_only=True)
    source.set_value("CALL")
    assert source.locked.lock.pixmap() is not None
    assert not source.locked.lock.pixmap().isNull()
    assert source.text() == "Call"
    assert source.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert source.locked.text.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(source.locked.text, Qt.MouseButton.LeftButton)
    assert not source.locked.text.hasFocus()
    with qtbot.assertNotEmitted(source.edited):
        qtbot.keyClicks(source.locked.text, "WEB")
    assert source.value() == "CALL"
    assert source.problem() == ""


def test_a_field_the_crm_cannot_change_is_locked_even_if_asked_editable(qtbot: QtBot) -> None:
    created = editor(qtbot, EntityType.CONTACT, "DATE_CREATE")
    assert created.read_only
    created.set_value(None)
    assert created.locked.text.text() == "—"


def test_an_unknown_field_is_plain_text_labelled_by_its_code(qtbot: QtBot) -> None:
    field = FieldEditor(None, "lead.UF_CRM_GONE", read_only=False)
    qtbot.addWidget(field)
    qtbot.keyClicks(field.input, "x")
    assert field.value() == "x"
    assert field_label(None, "UF_CRM_GONE", "ru") == "UF_CRM_GONE"
    assert field_label(meta(EntityType.CONTACT, "NAME"), "NAME", "ru") == "Имя"


def test_values_read_like_people_write_them() -> None:
    i18n.install_language(i18n.RUSSIAN)
    amount = meta(EntityType.DEAL, "OPPORTUNITY")
    assert display_value(amount, 1500.5, "ru").replace("\u00a0", " ") == "1 500,50"
    assert display_value(meta(EntityType.CONTACT, "PHONE"), ["+79991234567"], "ru") == \
        "+7 999 123-45-67"
    assert display_value(meta(EntityType.LEAD, "SOURCE_ID"), "CALL", "ru") == "Звонок"
    assert display_value(None, date(2025, 3, 31), "ru") == "31.03.2025"


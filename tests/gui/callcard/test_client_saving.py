"""The Client tab: editing and saving the client's fields, and choosing among several items."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.crm.demo_data import DEMO_PHONES
from desktop.domain.crm_types import EntityType
from desktop.services.results import ClientContext
from desktop.ui import i18n
from desktop.ui.callcard.client_panel import ClientPanel
from desktop.ui.callcard.field_editors import FieldEditor
from tests.gui.callcard.client_crm import (
    WAIT_MS,
    ControlledCrm,
    wait_found,
)
from tests.gui.keyboard import type_text

L, D, C = EntityType.LEAD, EntityType.DEAL, EntityType.CONTACT
ANNA = DEMO_PHONES["contact_and_lead"]  # lead 1, deals 2 and 3, contact 1
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def panel(qtbot: QtBot, make_panel: Callable[..., ClientPanel]) -> ClientPanel:
    panel = make_panel()
    panel.begin(ANNA)
    wait_found(qtbot, panel)
    return panel


def saves(panel: ClientPanel) -> list[tuple[EntityType, str, dict[str, Any]]]:
    asked: list[tuple[EntityType, str, dict[str, Any]]] = []
    panel.save_requested.connect(lambda entity, item_id, values: asked.append(
        (entity, item_id, values)))
    return asked


def editor(panel: ClientPanel, entity: EntityType, code: str) -> FieldEditor:
    section = panel.sections[entity]
    return section.forms[section.shown.id].editors[code]


def retype(qtbot: QtBot, field: FieldEditor, text: str) -> None:
    """Select what the input holds and type over it, as an operator does."""
    target: QWidget = field.input
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_A, CTRL)
    type_text(qtbot, target, text)


def test_save_sends_exactly_the_changed_fields_one_item_at_a_time(qtbot: QtBot,
                                                                   panel: ClientPanel) -> None:
    asked = saves(panel)
    assert not panel.save_button.isEnabled()
    retype(qtbot, editor(panel, C, "NAME"), "Анна-Мария")
    retype(qtbot, editor(panel, C, "EMAIL"), "anna@example.com")
    product = editor(panel, L, "UF_CRM_PRODUCT")
    product.input.setFocus()
    qtbot.keyClick(product.input, Qt.Key.Key_Down)  # «Бизнес» -> «Корпоративный»
    assert panel.save_button.isEnabled()
    assert panel.save_bar.message.text() == "Changes not saved yet."
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert asked == [
        (L, "1", {"UF_CRM_PRODUCT": "3"}),
        (C, "1", {"NAME": "Анна-Мария", "EMAIL": ["anna@example.com"]}),
    ]
    assert not panel.save_button.isEnabled()
    assert panel.save_bar.message.text() == "Saving…"


def test_ctrl_s_saves_and_a_good_answer_updates_the_client(qtbot: QtBot,
                                                           panel: ClientPanel) -> None:
    asked = saves(panel)
    seen: list[ClientContext] = []
    panel.client_changed.connect(seen.append)
    name = editor(panel, C, "LAST_NAME")
    retype(qtbot, name, "Смирнова-Петрова")
    qtbot.keyClick(name.input, Qt.Key.Key_S, CTRL)
    assert asked == [(C, "1", {"LAST_NAME": "Смирнова-Петрова"})]
    panel.show_save_result(True, "Saved in the CRM.", {})
    assert panel.save_bar.message.text() == "Saved in the CRM."
    assert not panel.save_button.isEnabled()
    assert seen[-1].values()["contact"]["LAST_NAME"] == "Смирнова-Петрова"
    qtbot.keyClick(name.input, Qt.Key.Key_S, CTRL)
    assert len(asked) == 1  # nothing changed since


def test_typing_a_value_back_leaves_nothing_to_save(qtbot: QtBot, panel: ClientPanel) -> None:
    name = editor(panel, C, "NAME")
    retype(qtbot, name, "Аня")
    assert panel.save_button.isEnabled()
    retype(qtbot, name, "Анна")
    assert not panel.save_button.isEnabled()
    assert panel.save_bar.message.text() == ""


def test_a_bad_input_is_marked_and_nothing_is_sent(qtbot: QtBot, panel: ClientPanel) -> None:
    asked = saves(panel)
    email = editor(panel, C, "EMAIL")
    retype(qtbot, email, "anna@")
    retype(qtbot, editor(panel, C, "NAME"), "Аня")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert asked == []
    assert email.error.isVisibleTo(panel) and email.error.text()
    assert panel.save_bar.message.text() == "Correct the marked fields, then save again."
    assert email.input.hasFocus()


def test_a_refusal_marks_the_field_and_keeps_the_change(qtbot: QtBot,
                                                        panel: ClientPanel) -> None:
    asked = saves(panel)
    name = editor(panel, C, "NAME")
    retype(qtbot, name, "А" * 3)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    panel.show_save_result(False, "The CRM refused the changes.", {
        "NAME": "This name is not allowed.", "UF_CRM_BIRTHDAY": "Enter a date."})
    assert name.error.isVisibleTo(panel)
    assert name.error.text() == "This name is not allowed."
    assert editor(panel, C, "EMAIL").error.text() == ""
    assert panel.save_bar.message.text() == (
        "The CRM refused the changes.\nBirthday: Enter a date.")
    assert panel.save_button.isEnabled()  # the change still waits to be saved
    retype(qtbot, name, "Анна-Мария")
    assert name.error.text() == ""  # typing again is an answer to the CRM's complaint
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert asked[-1] == (C, "1", {"NAME": "Анна-Мария"})


def test_answers_find_their_item_when_named(qtbot: QtBot, panel: ClientPanel) -> None:
    retype(qtbot, editor(panel, C, "NAME"), "Аня")
    retype(qtbot, editor(panel, D, "OPPORTUNITY"), "40000")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    panel.show_save_result(False, "Refused.", {"OPPORTUNITY": "Too much."}, item=(D, "2"))
    assert editor(panel, D, "OPPORTUNITY").error.text() == "Too much."
    panel.show_save_result(True, "Saved in the CRM.", {}, item=(C, "1"))
    assert panel.context().chosen_item() is not None
    contact = next(i for i in panel.context().items if i.entity is C)
    assert contact.fields["NAME"] == "Аня"
    deal = next(i for i in panel.context().items if i.entity is D and i.id == "2")
    assert deal.fields["OPPORTUNITY"] == 36000  # refused: the CRM's value stays


def test_several_deals_offer_a_chooser_that_switches_item_and_history(
        qtbot: QtBot, crm: ControlledCrm, make_panel: Callable[..., ClientPanel]) -> None:
    crm.inner.add_comment(D, "2", "Счёт на тариф «Бизнес» отправлен.")
    crm.inner.add_comment(D, "3", "Второй номер не нужен, отказ.")
    panel = make_panel()
    seen: list[ClientContext] = []
    panel.client_changed.connect(seen.append)
    panel.begin(ANNA)
    wait_found(qtbot, panel)
    deals = panel.sections[D]
    assert deals.chooser.isVisibleTo(panel) and deals.chooser.count() == 2
    assert deals.count.text() == "2 found"
    assert editor(panel, D, "TITLE").text() == "Тариф «Бизнес» на год"

    deals.chooser.setFocus()
    qtbot.keyClick(deals.chooser, Qt.Key.Key_Down)
    assert editor(panel, D, "TITLE").text() == "Подключение дополнительного номера"
    assert panel.chosen == (D, "3") and seen[-1].chosen == (D, "3")
    assert deals.property("chosen") is True
    qtbot.waitUntil(lambda: [r.entry.text for r in panel.timeline.rows] == [
        "Второй номер не нужен, отказ."], timeout=WAIT_MS)

    history = panel.history.chooser
    history.setFocus()
    qtbot.keyClick(history, Qt.Key.Key_Down)  # deal 3 -> contact 1
    assert panel.chosen == (C, "1") and seen[-1].chosen == (C, "1")
    qtbot.waitUntil(lambda: [r.entry.text for r in panel.timeline.rows] == [
        "Клиентка довольна связью, спрашивала про второй номер для мужа."], timeout=WAIT_MS)

    lead = panel.sections[L]
    qtbot.mouseClick(lead.forms["1"].labels["STATUS_ID"], Qt.MouseButton.LeftButton)
    assert panel.chosen == (C, "1")  # a click among the fields chooses nothing
    qtbot.mouseClick(lead.title, Qt.MouseButton.LeftButton)
    assert panel.chosen == (L, "1") and history.currentText().startswith("Lead: ")


def test_edits_of_two_deals_are_kept_apart_and_saved_apart(qtbot: QtBot,
                                                            panel: ClientPanel) -> None:
    asked = saves(panel)
    retype(qtbot, editor(panel, D, "OPPORTUNITY"), "40000")
    deals = panel.sections[D]
    deals.chooser.setFocus()
    qtbot.keyClick(deals.chooser, Qt.Key.Key_Down)
    retype(qtbot, editor(panel, D, "OPPORTUNITY"), "5000")
    qtbot.keyClick(deals.chooser, Qt.Key.Key_Up)
    assert editor(panel, D, "OPPORTUNITY").text() == "40000"  # still what was typed
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert asked == [(D, "2", {"OPPORTUNITY": 40000.0}), (D, "3", {"OPPORTUNITY": 5000.0})]


def test_a_recovered_call_comes_back_to_its_item(qtbot: QtBot,
                                                 make_panel: Callable[..., ClientPanel]) -> None:
    panel = make_panel()
    panel.begin(ANNA, (D, "3"))
    wait_found(qtbot, panel)
    assert panel.chosen == (D, "3")
    assert panel.sections[D].shown.id == "3"
    assert panel.context().chosen_item().title == "Подключение дополнительного номера"


def test_the_crms_refusal_is_shown_in_the_interface_language(qtbot: QtBot,
                                                            panel: ClientPanel) -> None:
    i18n.install_language(i18n.RUSSIAN)
    try:
        name = editor(panel, C, "NAME")
        retype(qtbot, name, "Аня")
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
        panel.show_save_result(False, "The CRM did not accept some values. NAME: Enter text.",
                               {"NAME": "Enter text."})
        assert editor(panel, C, "NAME").error.text() == "Введите текст."
        assert panel.save_bar.message.text() == (
            "CRM не приняла некоторые значения. NAME: Введите текст.")
    finally:
        i18n.install_language(i18n.ENGLISH)

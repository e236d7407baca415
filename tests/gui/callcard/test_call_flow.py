"""A call from ring to closed card, through the real card on a demo database: the
client is found, the result is recorded in two keystrokes and lands in the CRM, the
card closes or stays by role, and the journal keeps everything typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.crm.demo_data import DEMO_PHONES
from desktop.crm.gateway import TimelineKind
from desktop.domain.call import CallState
from desktop.domain.crm_types import EntityType
from desktop.telephony.events import EventKind
from desktop.ui.callcard.card import CLIENT_TAB, SCRIPT_TAB
from desktop.ui.callcard.result_dialog import ResultDialog
from tests.gui.callcard.stack import (
    WAIT_MS,
    answer_next_dialog,
    press,
)

CALLER = DEMO_PHONES["contact_and_lead"]  # Анна Смирнова: contact, her lead, two deals


def _accept_dialog(dialog) -> None:
    assert isinstance(dialog, ResultDialog)
    dialog.grab()  # laid out and painted, like the operator sees it
    from PySide6.QtTest import QTest

    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)


def test_ring_shows_the_card_at_once_then_the_client(qtbot: QtBot, stack):
    s = stack("anna", "anna-demo")
    card = s.ring(CALLER)
    assert card.isVisible()
    assert card.number.text() == "+7 999 123-45-67"
    assert card.direction.text() == "Incoming call"
    assert card.client_title.property("searching")  # the CRM has not answered yet
    s.wait_client(card)
    assert "Смирнова" in card.client_title.text()
    assert card.tabs.currentIndex() == SCRIPT_TAB  # the sales role has scripts
    qtbot.keyClick(card, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert card.tabs.currentIndex() == CLIENT_TAB


def test_callback_with_lead_status_and_comment_lands_in_the_crm_in_two_keys(
        qtbot: QtBot, stack):
    s = stack("anna", "anna-demo")
    card = s.ring(CALLER)
    s.wait_client(card)
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow, timeout=WAIT_MS)
    crm = s.services.crm
    lead = next(i for i in crm.find_by_phone(CALLER) if i.entity is EntityType.LEAD)
    before = crm.timeline(EntityType.LEAD, lead.id)

    answer_next_dialog(qtbot, _accept_dialog)
    qtbot.keyClick(card, Qt.Key.Key_F2)  # «Перезвонить», then Enter in the confirmation

    qtbot.waitUntil(lambda: card.result_label.text() == "Перезвонить", timeout=WAIT_MS)
    assert s.services.outbox is not None
    qtbot.waitUntil(lambda: s.services.outbox.counts() == (0, 0), timeout=WAIT_MS)
    chosen = card.client.context().chosen
    assert chosen is not None
    entity, item_id = chosen
    after = crm.timeline(entity, item_id)
    new = [e for e in after if e.id not in {b.id for b in before}] if entity is \
        EntityType.LEAD else after
    kinds = sorted(e.kind.value for e in new if e.created_at >= card.call.started_at)
    assert kinds == [TimelineKind.ACTIVITY.value, TimelineKind.COMMENT.value]
    assert crm.get_item(EntityType.LEAD, lead.id).get("STATUS_ID") == "IN_PROCESS"
    assert card.call.has_result
    assert not card.results.buttons[0].isEnabled()  # one result per call


def test_auto_close_role_closes_when_the_call_ends_after_the_result(qtbot: QtBot, stack):
    s = stack("anna", "anna-demo")
    card = s.ring(CALLER)
    s.wait_client(card)
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow, timeout=WAIT_MS)
    answer_next_dialog(qtbot, _accept_dialog)
    qtbot.keyClick(card, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: card.call is not None and card.call.has_result
                    and card.result_label.text() == "Перезвонить", timeout=WAIT_MS)
    call_id = card.call.id
    s.hang_up(CALLER)
    qtbot.waitUntil(lambda: not card.isVisible(), timeout=WAIT_MS)
    s.controller.wait_journal()
    assert s.controller.unfinished() == []  # closed in the journal too
    with s.services.db.read() as session:
        from desktop.storage.repositories import CallRepository

        assert CallRepository(session).get(call_id).state is CallState.CLOSED


def test_keep_open_role_keeps_the_card_after_the_call(qtbot: QtBot, stack):
    s = stack("pavel", "pavel-demo")
    card = s.ring(CALLER)
    s.wait_client(card)
    s.hang_up(CALLER)
    assert card.isVisible()
    assert card.state_label.text() == "Call ended"
    assert card.close_button.text() == "Close the card"
    # Closing without a result asks once; No keeps the card, Yes closes it.
    seen = answer_next_dialog(qtbot, press(QMessageBox.StandardButton.No))
    qtbot.mouseClick(card.close_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and "without a result" in seen[0]
    assert card.isVisible()
    seen = answer_next_dialog(qtbot, press(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(card.close_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert not card.isVisible()


def test_role_without_required_result_closes_without_asking(qtbot: QtBot, stack):
    s = stack("pavel", "pavel-demo")
    s.signed_in.role.result_required = False
    card = s.ring(CALLER)
    s.hang_up(CALLER)
    qtbot.mouseClick(card.close_button, Qt.MouseButton.LeftButton)
    assert not card.isVisible()


def test_closing_a_live_call_asks_to_end_it(qtbot: QtBot, stack):
    s = stack("pavel", "pavel-demo")
    s.signed_in.role.result_required = False
    card = s.ring(CALLER)
    seen = answer_next_dialog(qtbot, press(QMessageBox.StandardButton.No))
    qtbot.mouseClick(card.close_button, Qt.MouseButton.LeftButton)
    assert "still in progress" in seen[0]
    assert card.isVisible() and card.call.state is CallState.ACTIVE


def test_the_journal_has_what_was_typed_within_moments(qtbot: QtBot, stack):
    s = stack("pavel", "pavel-demo")  # one script: it opens on its start step
    card = s.ring(DEMO_PHONES["contact"], EventKind.OUTGOING)
    s.wait_client(card)
    panel = card.script
    assert panel.current_script() is not None
    call = card.call
    qtbot.waitUntil(lambda: bool(panel.step_view.nav_buttons), timeout=WAIT_MS)
    first = panel.step_view.nav_buttons[0]
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    path = call.current_path()
    assert len(path) == 2

    def journaled() -> bool:
        stored = [c for c in s.controller.unfinished() if c.id == call.id]
        return bool(stored) and stored[0].current_path() == path

    qtbot.waitUntil(journaled, timeout=WAIT_MS)


def test_a_five_step_walk_with_a_callback_takes_at_most_eight_inputs(qtbot: QtBot, stack):
    """The scenario operators repeat all day: follow the script, record a callback."""
    s = stack("pavel", "pavel-demo")  # one script: no picker
    card = s.ring(CALLER)
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow, timeout=WAIT_MS)
    inputs = 0

    def key(k: Qt.Key) -> None:
        nonlocal inputs
        inputs += 1
        qtbot.keyClick(card, k)

    for _ in range(4):  # four moves: five steps seen
        key(Qt.Key.Key_1)
    path = card.call.current_path()
    assert len(path) == 5
    script = card.script.current_script()
    assert script is not None and script.step(path[-1]).title == "Решено"
    s.wait_client(card)
    answer_next_dialog(qtbot, _accept_dialog)
    key(Qt.Key.Key_F2)  # «Перезвонить»: the confirmation's Enter is the next input
    inputs += 1
    qtbot.waitUntil(lambda: card.result_label.text() == "Перезвонить", timeout=WAIT_MS)
    assert inputs <= 8


def test_several_scripts_ask_which_one_and_switching_keeps_the_values(qtbot: QtBot, stack):
    s = stack("anna", "anna-demo")  # sales and survey
    card = s.ring(CALLER)
    panel = card.script
    assert panel.pages.currentWidget() is panel.picker
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(panel.picker.list, Qt.Key.Key_Return)
    first = panel.current_script()
    assert first is not None
    card.call.set_field("contact.EMAIL", "anna@example.ru")
    panel.choose_script_again()
    assert panel.pages.currentWidget() is panel.picker
    qtbot.keyClick(panel.picker.list, Qt.Key.Key_Down)
    qtbot.keyClick(panel.picker.list, Qt.Key.Key_Return)
    second = panel.current_script()
    assert second is not None and second.name != first.name
    assert card.call.field_values["contact.EMAIL"] == "anna@example.ru"

"""The Client tab: searching at once, the client by entity with the role's fields, a slow or
absent CRM, the New lead form. Saving and choosing items: test_client_saving.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.crm.demo_data import DEMO_PHONES, DEMO_UNKNOWN_PHONE
from desktop.domain.crm_types import EntityType
from desktop.domain.roles import ClientField, Role
from desktop.services.results import ClientContext
from desktop.ui.callcard.client_panel import FOUND, MISSING, SEARCHING, TROUBLE, ClientPanel
from desktop.ui.formatting import format_started
from tests.gui.callcard.client_crm import (
    WAIT_MS,
    ControlledCrm,
    wait_found,
)
from tests.gui.keyboard import type_text

L, D, C = EntityType.LEAD, EntityType.DEAL, EntityType.CONTACT


@pytest.fixture
def panel(make_panel: Callable[..., ClientPanel]) -> ClientPanel:
    return make_panel()


def contexts(panel: ClientPanel) -> list[ClientContext]:
    seen: list[ClientContext] = []
    panel.client_changed.connect(seen.append)
    return seen


def labels(panel: ClientPanel, entity: EntityType) -> list[str]:
    section = panel.sections[entity]
    form = section.forms[section.shown.id]
    return [form.labels[code].text() for code in form.editors]


def test_the_client_is_shown_by_entity_with_the_fields_of_the_role(qtbot: QtBot,
                                                                    panel: ClientPanel) -> None:
    seen = contexts(panel)
    panel.begin(DEMO_PHONES["contact_and_lead"])
    wait_found(qtbot, panel)
    assert list(panel.sections) == [L, D, C]  # lead, deal, contact: no company for Anna
    assert labels(panel, L) == ["Lead name", "Status", "Product"]
    assert labels(panel, D) == ["Deal name", "Stage", "Amount"]
    assert labels(panel, C) == ["First name", "Last name", "Phone", "E-mail"]
    contact = panel.sections[C]
    assert (contact.badge.text(), contact.title.text(), contact.item_id.text()) == (
        "Contact", "Анна Смирнова", "ID 1")
    form = contact.forms["1"]
    assert form.editors["NAME"].text() == "Анна"
    assert form.editors["PHONE"].text() == "+7 999 123-45-67"
    assert panel.sections[L].forms["1"].editors["STATUS_ID"].text() == "Не обработан"
    assert not panel.save_button.isEnabled()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [panel]
    assert [(ctx.chosen, len(ctx.items)) for ctx in seen] == [((L, "1"), 4)]
    assert seen[0].values()["contact"]["NAME"] == "Анна"


def test_locked_fields_cannot_be_edited(qtbot: QtBot,
                                        make_panel: Callable[..., ClientPanel]) -> None:
    role = Role("Sales", client_fields=[
        ClientField(C, "NAME"),
        ClientField(C, "PHONE", editable=False),   # locked by the role
        ClientField(C, "DATE_CREATE", editable=True),  # the CRM never lets it change
    ])
    panel = make_panel(role)
    panel.begin(DEMO_PHONES["contact"])
    wait_found(qtbot, panel)
    form = panel.sections[C].forms["6"]
    for code in ("PHONE", "DATE_CREATE"):
        editor = form.editors[code]
        before = editor.text()
        assert editor.read_only and editor.focusPolicy() == Qt.FocusPolicy.NoFocus
        qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(editor, "123")
        assert editor.text() == before
    assert not form.editors["NAME"].read_only
    assert form.changed_codes() == [] and not panel.save_button.isEnabled()


def test_a_slow_crm_shows_searching_and_the_card_keeps_working(qtbot: QtBot, crm: ControlledCrm,
                                                                panel: ClientPanel) -> None:
    crm.gate.clear()
    panel.begin(DEMO_PHONES["contact_and_lead"])
    assert crm.entered.wait(WAIT_MS / 1000)  # the CRM is being asked, and begin() returned
    assert panel.pages.currentIndex() == SEARCHING
    assert panel.searching.heading.text() == "Searching for the client…"
    assert "8 (999) 123-45-67" in panel.searching.text.text()
    ticks: list[int] = []
    timer = QTimer(panel, interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=WAIT_MS)  # the GUI thread is free
    timer.stop()
    assert panel.pages.currentIndex() == SEARCHING
    crm.gate.set()
    wait_found(qtbot, panel)
    assert panel.sections[C].title.text() == "Анна Смирнова"


def test_the_crm_down_is_said_calmly_and_retry_finds_the_client(qtbot: QtBot,
                                                                crm: ControlledCrm,
                                                                panel: ClientPanel) -> None:
    crm.down = True
    panel.begin(DEMO_PHONES["lead"])
    qtbot.waitUntil(lambda: panel.pages.currentIndex() == TROUBLE, timeout=WAIT_MS)
    assert panel.trouble.heading.text() == "The CRM does not answer"
    assert "10 seconds" in panel.trouble.detail.text()
    assert panel.trouble.retry.isVisible()
    crm.down = False
    qtbot.mouseClick(panel.trouble.retry, Qt.MouseButton.LeftButton)
    wait_found(qtbot, panel)
    assert panel.sections[L].title.text() == "Звонок: вопрос о доставке"


def test_an_unknown_number_offers_a_new_lead_and_enter_creates_it(qtbot: QtBot,
                                                                  crm: ControlledCrm,
                                                                  panel: ClientPanel) -> None:
    seen = contexts(panel)
    asked: list[tuple[str, str]] = []
    panel.create_lead_requested.connect(lambda name, number: asked.append((name, number)))
    panel.begin(DEMO_UNKNOWN_PHONE)
    qtbot.waitUntil(lambda: panel.pages.currentIndex() == MISSING, timeout=WAIT_MS)
    assert panel.missing.heading.text() == "No client with this number"
    assert seen == [ClientContext()]
    form = panel.lead_form
    assert form.number.text() == "8 (999) 000-00-01"
    type_text(qtbot, form.name, "Иван Петров")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert asked == [("Иван Петров", "+79990000001")]
    assert not form.create.isEnabled() and form.waiting.isVisibleTo(panel)
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert len(asked) == 1  # one Enter, one lead

    panel.show_save_result(False, "The CRM refused the lead.", {})
    assert form.error.text() == "The CRM refused the lead." and form.create.isEnabled()

    crm.inner.create_item(L, {"TITLE": "Иван Петров", "NAME": "Иван",
                              "PHONE": ["+79990000001"]})
    panel.reload()
    wait_found(qtbot, panel)
    assert panel.sections[L].title.text() == "Иван Петров"


def test_a_bad_number_in_the_new_lead_form_is_refused(qtbot: QtBot,
                                                      panel: ClientPanel) -> None:
    asked: list[tuple[str, str]] = []
    panel.create_lead_requested.connect(lambda name, number: asked.append((name, number)))
    panel.begin(DEMO_UNKNOWN_PHONE)
    qtbot.waitUntil(lambda: panel.pages.currentIndex() == MISSING, timeout=WAIT_MS)
    form = panel.lead_form
    qtbot.keyClick(form.number, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.number, "12")
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    assert asked == []
    assert form.error.text() == "Enter a phone number such as +7 999 123-45-67."


def test_a_late_answer_for_the_previous_call_is_dropped(qtbot: QtBot, crm: ControlledCrm,
                                                        panel: ClientPanel) -> None:
    crm.gate.clear()
    panel.begin(DEMO_PHONES["lead"])
    assert crm.entered.wait(WAIT_MS / 1000)
    panel.begin(DEMO_PHONES["contact"])  # the next call arrives before the CRM answered
    crm.gate.set()
    wait_found(qtbot, panel)
    assert panel.runner.wait_idle(WAIT_MS)
    assert list(panel.sections) == [C]
    assert panel.sections[C].title.text() == "Алексей Соколов"


def test_clear_forgets_the_call(qtbot: QtBot, panel: ClientPanel) -> None:
    panel.begin(DEMO_PHONES["contact"])
    wait_found(qtbot, panel)
    panel.clear()
    assert panel.sections == {} and panel.context() == ClientContext()
    assert panel.pages.currentIndex() not in (FOUND, SEARCHING)


def texts(row: QWidget) -> list[str]:
    """The texts of a timeline row, kind first, from top to bottom."""
    shown = [label for label in row.findChildren(QLabel) if label.objectName() != "entryWhen"]
    return [label.text() for label in sorted(shown, key=lambda label: label.y())]


def test_history_is_newest_first_with_kind_date_and_deadline(qtbot: QtBot, crm: ControlledCrm,
                                                             panel: ClientPanel) -> None:
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    crm.inner.add_comment(C, "6", "Просил перезвонить вечером.", author="Ирина Оператор")
    crm.inner.add_task(C, "6", "Выставить счёт", deadline=tomorrow)
    panel.begin(DEMO_PHONES["contact"])
    wait_found(qtbot, panel)
    task, comment = panel.timeline.rows
    assert (task.kind.text(), comment.kind.text()) == ("Task", "Comment")
    assert texts(task)[1:3] == ["Выставить счёт", "Due " + format_started(tomorrow)]
    assert texts(comment)[1:] == ["Просил перезвонить вечером.", "Ирина Оператор"]
    assert not panel.timeline.note.isVisibleTo(panel)

    panel.begin(DEMO_PHONES["lead"])  # its lead has a callback in the demo data
    wait_found(qtbot, panel)
    assert [row.kind.text() for row in panel.timeline.rows] == ["Callback"]
    assert texts(panel.timeline.rows[0])[1] == "Перезвонить: уточнить адрес доставки"


def test_a_history_that_cannot_be_read_offers_retry(qtbot: QtBot, crm: ControlledCrm,
                                                    panel: ClientPanel) -> None:
    crm.down, crm.down_for = True, {"timeline"}
    panel.begin(DEMO_PHONES["lead"])
    wait_found(qtbot, panel)
    timeline = panel.timeline
    assert timeline.note.text() == "The history could not be read: the CRM does not answer."
    assert timeline.retry.isVisibleTo(panel)
    crm.down = False
    qtbot.mouseClick(timeline.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(timeline.rows) == 1, timeout=WAIT_MS)
    assert not timeline.retry.isVisibleTo(panel)

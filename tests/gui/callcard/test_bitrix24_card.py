"""The call card of a team on Bitrix24, through the real card and the fake portal: the
caller is the portal's contact, the Client tab shows and saves the portal's fields, and
a result button's writes land in the portal once, in Russian as the operator sees it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.cli import open_database
from desktop.crm.config import CrmConfig, CrmKind, split_webhook
from desktop.crm.session import open_session_crm
from desktop.domain.crm_types import EntityType
from desktop.services.context import Services
from desktop.telephony.events import CallEvent, EventKind
from desktop.ui import i18n
from desktop.ui.callcard.client_panel import MISSING
from desktop.ui.callcard.controller import CallController
from tests.fake_bitrix24 import FakeBitrix24, Fault
from tests.gui.callcard.stack import WAIT_MS, answer_next_dialog, copy_demo
from tests.gui.callcard.test_call_flow import _accept_dialog
from tests.gui.callcard.test_client_saving import editor, retype
from tests.gui.keyboard import type_text

CALLER = "+7 999 123-45-67"  # Мария Иванова on the demo portal: a contact with two deals
LEAD, DEAL, CONTACT = 1, 2, 3


@pytest.fixture
def desk(qtbot: QtBot, template: Path, tmp_path: Path
         ) -> Iterator[tuple[CallController, Services, FakeBitrix24, dict]]:
    fake = FakeBitrix24()
    ids = fake.seed_demo()
    services = Services.for_database(open_database(copy_demo(template, tmp_path)))
    public, secret = split_webhook(fake.webhook_url)
    services.use_crm(*open_session_crm(services.db, CrmConfig(CrmKind.BITRIX24, public),
                                       load_secret=lambda: secret, transport=fake.transport()))
    signed_in = services.accounts.login("anna", "anna-demo")
    assert services.call_work and services.outbox and services.crm
    controller = CallController(services.call_work, services.outbox, services.crm, signed_in)
    controller.start()
    qtbot.waitUntil(lambda: bool(controller.catalog), timeout=WAIT_MS)
    yield controller, services, fake, ids
    controller.shutdown()
    services.close()


def test_the_portals_client_is_shown_saved_and_given_the_result(qtbot: QtBot, desk) -> None:
    controller, services, fake, ids = desk
    i18n.install_language(i18n.RUSSIAN)
    card = controller.handle(CallEvent(EventKind.INCOMING, CALLER))
    assert card is not None
    qtbot.waitUntil(lambda: not card.client_title.property("searching"), timeout=WAIT_MS)
    assert "Иванова" in card.client_title.text()
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow, timeout=WAIT_MS)

    # The Client tab: the contact's fields from the portal, one changed and saved.
    qtbot.keyClick(card, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    panel = card.client
    qtbot.waitUntil(lambda: EntityType.CONTACT in panel.sections
                    and bool(panel.sections[EntityType.CONTACT].forms), timeout=WAIT_MS)
    name = editor(panel, EntityType.CONTACT, "NAME")
    assert name.text() == "Мария"
    retype(qtbot, name, "Мария-Луиза")
    qtbot.keyClick(name.input, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: fake.item(CONTACT, ids["contact"])["NAME"] == "Мария-Луиза",
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: panel.save_bar.message.text() == "Сохранено в CRM.", timeout=WAIT_MS)
    contact = next(i for i in panel.items if i.entity is EntityType.CONTACT)
    assert contact.fields["NAME"] == "Мария-Луиза"

    # «Продажа» (F1): the deal is won, and the comment names the client.
    answer_next_dialog(qtbot, _accept_dialog)
    qtbot.keyClick(card, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: card.result_label.text() == "Продажа", timeout=WAIT_MS)
    open_deal = ids["deals"][0]
    qtbot.waitUntil(lambda: fake.item(DEAL, open_deal)["STAGE_ID"] == "WON", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: services.outbox.counts() == (0, 0), timeout=WAIT_MS)
    comments = [c["COMMENT"] for c in fake.comments(DEAL, open_deal)]
    written = [c for c in comments if c.startswith("Клиент согласился на покупку")]
    assert len(written) == 1 and "Мария-Луиза Иванова" in written[0]
    assert fake.limit_violations == 0


def test_a_save_the_portal_does_not_answer_is_kept_and_goes_when_it_is_back(
        qtbot: QtBot, desk) -> None:
    controller, _services, fake, ids = desk
    card = controller.handle(CallEvent(EventKind.INCOMING, CALLER))
    assert card is not None
    qtbot.waitUntil(lambda: not card.client_title.property("searching"), timeout=WAIT_MS)
    qtbot.keyClick(card, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    panel = card.client
    qtbot.waitUntil(lambda: EntityType.CONTACT in panel.sections
                    and bool(panel.sections[EntityType.CONTACT].forms), timeout=WAIT_MS)
    fake.faults.add(Fault.SERVER_ERROR, method="crm.item.update", times=1)
    last_name = editor(panel, EntityType.CONTACT, "LAST_NAME")
    retype(qtbot, last_name, "Иванова-Петрова")
    qtbot.keyClick(last_name.input, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    message = panel.save_bar.message
    qtbot.waitUntil(lambda: message.property("tone") == "warn", timeout=WAIT_MS)
    assert message.text() == ("Bitrix24 (example.bitrix24.ru) is having trouble (Internal "
                              "server error). The changes are kept and will be saved when "
                              "the CRM answers.")
    assert last_name.text() == "Иванова-Петрова"  # what was typed stays
    qtbot.waitUntil(lambda: message.text() == "Saved in the CRM.", timeout=3 * WAIT_MS)
    assert fake.item(CONTACT, ids["contact"])["LAST_NAME"] == "Иванова-Петрова"


def test_a_new_lead_the_portal_does_not_answer_is_created_once_when_it_is_back(
        qtbot: QtBot, desk) -> None:
    controller, _services, fake, _ids = desk
    unknown = "+7 903 765-43-21"
    card = controller.handle(CallEvent(EventKind.INCOMING, unknown))
    assert card is not None
    qtbot.keyClick(card, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    panel = card.client
    qtbot.waitUntil(lambda: panel.pages.currentIndex() == MISSING, timeout=WAIT_MS)
    fake.faults.add(Fault.TIMEOUT_BEFORE, method="crm.item.add", times=None)  # portal away
    form = panel.lead_form
    type_text(qtbot, form.name, "Пётр Сидоров")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "The lead is kept" in form.waiting.text(), timeout=WAIT_MS)
    assert form.waiting.text().startswith("Bitrix24 (example.bitrix24.ru) did not answer")
    assert not form.create.isEnabled()  # still one lead asked for
    fake.faults.clear()  # the portal is back
    qtbot.waitUntil(lambda: EntityType.LEAD in panel.sections
                    and bool(panel.sections[EntityType.LEAD].forms), timeout=3 * WAIT_MS)
    leads = [i for i in fake.state.entity_items(LEAD).values()
             if "+79037654321" in i.plain().get("PHONE", [])]
    assert len(leads) == 1

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
from desktop.ui.callcard.controller import CallController
from tests.fake_bitrix24 import FakeBitrix24
from tests.gui.callcard.stack import WAIT_MS, answer_next_dialog, copy_demo
from tests.gui.callcard.test_call_flow import _accept_dialog
from tests.gui.callcard.test_client_saving import editor, retype

CALLER = "+7 999 123-45-67"  # Мария Иванова on the demo portal: a contact with two deals
DEAL, CONTACT = 2, 3


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

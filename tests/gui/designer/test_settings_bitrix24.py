"""The settings window of a workstation that works with Bitrix24: the role editor lists
the portal's own fields, nothing waits on the portal on the GUI thread, and the
supervisor can read the fields again after adding one in Bitrix24."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from designer.settings_window import SettingsWindow
from desktop.cli import open_database
from desktop.crm.config import CrmConfig, CrmKind, split_webhook
from desktop.crm.errors import CrmUnavailable
from desktop.crm.session import LazyGateway, metadata_source, open_session_crm
from desktop.demo import install_demo
from desktop.domain.crm_types import EntityType
from desktop.services.context import Services
from tests.fake_bitrix24 import FakeBitrix24
from tests.gui.designer.test_fields_dialog import catalog_item
from tests.unit.crm.bitrix24_support import PretendClock


@pytest.fixture
def team(sqlite_url: str) -> Iterator[tuple[Services, FakeBitrix24]]:
    clock = PretendClock()
    fake = FakeBitrix24(clock=clock)
    fake.seed_demo()
    public, secret = split_webhook(fake.webhook_url)
    db = open_database(sqlite_url)
    install_demo(db)
    services = Services.for_database(db)
    services.use_crm(*open_session_crm(db, CrmConfig(CrmKind.BITRIX24, public),
                                       load_secret=lambda: secret, transport=fake.transport(),
                                       clock=clock, sleep=clock.sleep))
    yield services, fake
    services.close()


def test_windows_never_wait_for_the_portal_before_its_fields_are_read(team):
    services, fake = team
    crm = services.crm
    assert isinstance(crm, LazyGateway) and services.crm_kind == "bitrix24"
    view = metadata_source(crm, services.db)
    with pytest.raises(CrmUnavailable):
        view.fields(EntityType.DEAL)
    assert fake.requests == []  # nothing was sent from the GUI thread
    crm.warm()
    deal = {m.code: m for m in view.fields(EntityType.DEAL)}
    assert deal["STAGE_SEMANTIC_ID"].title() == "Группа стадии"  # the portal's own field
    assert [p.name for p in view.deal_pipelines()] == ["Общая", "Сервисные договоры"]


def test_the_role_editor_offers_the_portals_fields_and_they_can_be_read_again(
        qtbot: QtBot, team) -> None:
    services, fake = team
    services.crm.warm()
    window = SettingsWindow(services, services.accounts.login("admin", "admin-demo"),
                            open_designer=lambda script_id: None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.roles_tab)
    roles = window.roles_tab.roles
    qtbot.mouseClick(roles.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: roles.dialog is not None and roles.dialog.isVisible())
    editor = roles.dialog
    qtbot.mouseClick(editor.fields.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.dialog is not None and editor.dialog.isVisible())
    chooser = editor.dialog
    group = chooser.available.topLevelItem(1).text(0)  # the deal group, in either language
    assert catalog_item(chooser, group, "STAGE_SEMANTIC_ID") is not None
    chooser.reject()
    editor.reject()

    button = window.reload_fields_button
    assert button.isVisible() and button.toolTip()
    asked = len(fake.requests)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isEnabled()  # one reading at a time
    qtbot.waitUntil(lambda: button.isEnabled(), timeout=5000)
    methods = [r.rest_method for r in fake.requests[asked:]]
    assert methods.count("batch") >= 2  # fields, statuses, pipelines, then the stages
    assert window.statusBar().currentMessage()

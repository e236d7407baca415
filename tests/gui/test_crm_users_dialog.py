"""Settings → CRM → Users: a supervisor tells whom each app user is on the Bitrix24 portal,
through the widgets, against the fake portal; the choice reaches the activities the
operators' buttons create."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from designer.crm_users_dialog import EMAIL, PORTAL_USER, CrmUsersDialog
from desktop.crm.bitrix24.connection import read_portal_users
from desktop.crm.config import CrmConfig, CrmKind, split_webhook
from desktop.crm.gateway import ActivityKind
from desktop.crm.session import open_session_crm
from desktop.domain.crm_types import EntityType
from desktop.services.context import BoundServices
from desktop.storage.database import Database
from desktop.ui.crm_dialog import CrmDialog
from tests.fake_bitrix24 import FakeBitrix24, Fault
from tests.gui.test_crm_dialog import click, type_into
from tests.unit.test_permissions_support import demo_database, services_of

LEAD = 1


@pytest.fixture
def team(sqlite_url: str) -> Iterator[tuple[Database, BoundServices, FakeBitrix24]]:
    db = demo_database(sqlite_url)
    fake = FakeBitrix24()
    fake.add_user("Олег", "Смирнов", "oleg@example.ru")
    fake.add_user("Анна", "Соколова", "anna.s@example.ru")
    yield db, services_of(db, "admin"), fake
    db.dispose()


def open_users(qtbot: QtBot, admin: BoundServices, fake: FakeBitrix24) -> CrmUsersDialog:
    public, secret = split_webhook(fake.webhook_url)
    crm = CrmDialog(CrmConfig(CrmKind.BITRIX24, public), secret, users=admin.users,
                    read_users=partial(read_portal_users, transport=fake.transport()))
    qtbot.addWidget(crm)
    crm.show()
    qtbot.waitExposed(crm)
    assert crm.users_button.isVisible() and crm.users_hint.text()
    click(qtbot, crm.users_button)
    dialog = crm.users_dialog
    assert isinstance(dialog, CrmUsersDialog)
    qtbot.waitExposed(dialog)
    return dialog


def row_of(dialog: CrmUsersDialog, username: str) -> tuple[QLineEdit, QComboBox]:
    row = next(r for r, info in enumerate(dialog.people) if info.user.username == username)
    email = dialog.table.cellWidget(row, EMAIL).findChild(QLineEdit)
    choice = dialog.table.cellWidget(row, PORTAL_USER).findChild(QComboBox)
    return email, choice


def test_users_are_matched_by_e_mail_or_by_choice_and_the_portal_gets_it(
        qtbot: QtBot, team, memory_keyring) -> None:
    db, admin, fake = team
    dialog = open_users(qtbot, admin, fake)
    assert dialog.status.text() in ("Reading the portal's users…",
                                    "Active users on the portal: 3.")
    qtbot.waitUntil(lambda: dialog.portal is not None, timeout=10_000)
    assert dialog.status.text() == "Active users on the portal: 3."

    anna_email, anna_choice = row_of(dialog, "anna")
    assert anna_choice.itemText(0) == "By e-mail: no e-mail, the webhook's user"
    type_into(qtbot, anna_email, "anna.s@example.ru")
    anna_id = next(u for u, row in fake.state.users.items() if row["NAME"] == "Анна")
    assert anna_choice.itemText(0) == f"By e-mail: Анна Соколова (ID {anna_id})"
    assert anna_choice.currentIndex() == 0

    _pavel_email, pavel_choice = row_of(dialog, "pavel")
    pavel_choice.setFocus()
    qtbot.keyClick(pavel_choice, Qt.Key.Key_End)  # by name: Анна, Ирина, Олег
    oleg_id = next(u for u, row in fake.state.users.items() if row["NAME"] == "Олег")
    assert pavel_choice.currentData() == oleg_id

    admin_email, _ = row_of(dialog, "admin")
    type_into(qtbot, admin_email, "olga@")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and "«olga@» is not an e-mail address" in dialog.error.text()
    assert admin_email.property("invalid") is True
    assert {i.user.username: i.user.crm_user_id for i in admin.users.list()}["pavel"] == ""

    type_into(qtbot, admin_email, "olga@example.ru")
    assert dialog.error.text() == "" or not dialog.error.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = {i.user.username: i.user for i in admin.users.list()}
    assert (saved["anna"].email, saved["anna"].crm_user_id) == ("anna.s@example.ru", "")
    assert saved["pavel"].crm_user_id == oleg_id
    assert saved["admin"].email == "olga@example.ru"

    # The operators' activities go to the portal users chosen.
    crm, _kind = open_session_crm(db, CrmConfig(CrmKind.BITRIX24,
                                                split_webhook(fake.webhook_url)[0]),
                                  load_secret=lambda: fake.secret, transport=fake.transport())
    try:
        lead = str(fake.add_item(LEAD, {"TITLE": "Заявка"}))
        deadline = datetime.now(UTC) + timedelta(days=1)
        for who in (saved["anna"].display_name, saved["pavel"].display_name):
            crm.add_activity(EntityType.LEAD, lead, ActivityKind.CALLBACK, "Перезвонить",
                             deadline, responsible=who)
    finally:
        crm.close()
    todos = [r for r in fake.requests if r.rest_method == "crm.activity.todo.add"]
    assert [str(t.params["responsibleId"]) for t in todos] == [anna_id, oleg_id]


def test_a_portal_that_does_not_answer_keeps_the_choices_and_the_e_mails_editable(
        qtbot: QtBot, team) -> None:
    _db, admin, fake = team
    pavel = next(i.user for i in admin.users.list() if i.user.username == "pavel")
    from desktop.services.users import CrmLink

    admin.users.set_crm_links({pavel.id: CrmLink("", "42")})
    fake.faults.add(Fault.SERVER_ERROR, method="user.get", times=None)
    dialog = open_users(qtbot, admin, fake)
    qtbot.waitUntil(lambda: "could not be read" in dialog.status.text(), timeout=20_000)
    assert dialog.status.property("problem") is True
    email, choice = row_of(dialog, "pavel")
    assert (choice.currentText(), choice.currentData()) == ("ID 42", "42")
    type_into(qtbot, email, "pavel@example.ru")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = next(i.user for i in admin.users.list() if i.user.username == "pavel")
    assert (saved.email, saved.crm_user_id) == ("pavel@example.ru", "42")


def test_the_users_button_is_there_for_a_supervisor_while_bitrix24_is_chosen(
        qtbot: QtBot, team) -> None:
    _db, admin, _fake = team
    config = CrmConfig(CrmKind.BITRIX24, "https://a.bitrix24.ru/rest/1/")
    for users, shown in ((None, False), (admin.users, True)):
        dialog = CrmDialog(config, "", users=users)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.users_button.isVisible() is shown
    click(qtbot, dialog.embedded)
    assert not dialog.users_button.isVisible()
    assert dialog.open_users() is None  # the embedded CRM has no portal users

"""The Roles tab on a real demo database, through the real role and user services,
acting as the administering supervisor: what it saves, what the rules refuse, and the
lapse and renewal as stored."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from designer.roles_tab import RolesTab
from designer.roster_section import DialogHost
from designer.user_dialogs import AddUserDialog, OneTimePasswordDialog
from designer.users_panel import STATE
from desktop.cli import open_database
from desktop.crm.embedded import EmbeddedCrm
from desktop.demo import install_demo
from desktop.demo.settings import SALES_ROLE, SUPPORT_ROLE
from desktop.domain.crm_types import EntityType
from desktop.domain.roles import SUPERVISOR_ROLE_NAME, ClientField
from desktop.services.context import BoundServices, Services
from desktop.storage.repositories import PlanRepository, RoleRepository, UserRepository
from tests.gui.designer.test_fields_dialog import catalog_item, click_item
from tests.gui.keyboard import type_text

SEED = 11


@dataclass
class Desk:
    services: Services
    bound: BoundServices
    tab: RolesTab
    errors: list[tuple[str, str]]
    infos: list[tuple[str, str]]

    def names(self) -> list[str]:
        model = self.tab.users.table.model()
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    def select_user(self, qtbot: QtBot, name: str) -> None:
        table = self.tab.users.table
        rect = table.visualRect(table.model().index(self.names().index(name), 1))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def select_role(self, qtbot: QtBot, name: str) -> None:
        table = self.tab.roles.table
        names = [r.role.name for r in self.tab.roles.model.rows]
        rect = table.visualRect(table.model().index(names.index(name), 1))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def wait_dialog(self, qtbot: QtBot, host: DialogHost) -> Any:
        """The dialog ``host`` opened (typed loosely: each test knows which it is)."""
        qtbot.waitUntil(lambda: host.dialog is not None and host.dialog.isVisible())
        return host.dialog

    def read(self) -> AbstractContextManager[Session]:
        return self.services.db.read()  # type: ignore[union-attr]


@pytest.fixture
def desk(qtbot: QtBot, sqlite_url: str) -> Iterator[Desk]:
    db = open_database(sqlite_url)
    install_demo(db)
    services = Services.for_database(db)
    bound = services.for_user(services.accounts.login("admin", "admin-demo"))
    errors: list[tuple[str, str]] = []
    infos: list[tuple[str, str]] = []
    tab = RolesTab.for_services(bound, EmbeddedCrm(db.engine).fields,
                                report_error=lambda t, x: errors.append((t, x)),
                                report_info=lambda t, x: infos.append((t, x)),
                                rng=random.Random(SEED), language="en")
    qtbot.addWidget(tab)
    tab.resize(1100, 640)
    tab.show()
    qtbot.waitExposed(tab)
    yield Desk(services, bound, tab, errors, infos)
    services.close()


def test_a_role_made_in_the_editor_is_stored(qtbot: QtBot, desk: Desk) -> None:
    roles = desk.tab.roles
    qtbot.mouseClick(roles.add_button, Qt.MouseButton.LeftButton)
    editor = desk.wait_dialog(qtbot, roles)
    type_text(qtbot, editor.name_edit, "Оператор возвратов")
    qtbot.mouseClick(editor.fields.choose_button, Qt.MouseButton.LeftButton)
    fields = desk.wait_dialog(qtbot, editor)
    click_item(qtbot, fields.available, catalog_item(fields, "Contact", "NAME"))
    qtbot.mouseClick(fields.add_editable_button, Qt.MouseButton.LeftButton)
    click_item(qtbot, fields.available, catalog_item(fields, "Deal", "OPPORTUNITY"))
    qtbot.mouseClick(fields.add_read_only_button, Qt.MouseButton.LeftButton)
    fields.accept()
    qtbot.waitUntil(lambda: editor.dialog is None)
    catalog = {title: i for i, title, _ in roles.buttons()}
    editor.buttons_section.add(catalog["Перезвонить"])
    editor.buttons_section.add(catalog["Комментарий"])
    editor.tabs.setCurrentIndex(1)
    scripts = editor.scripts_section
    item = scripts.list.item(0)
    rect = scripts.list.visualItemRect(item)
    qtbot.mouseClick(scripts.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 12, rect.center().y()))
    script_ids = scripts.script_ids()
    assert script_ids == [item.data(Qt.ItemDataRole.UserRole)]
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: roles.dialog is None)

    with desk.read() as session:
        stored = next(r for r in RoleRepository(session).list()
                      if r.name == "Оператор возвратов")
    assert stored.client_fields == [ClientField(EntityType.CONTACT, "NAME", True),
                                    ClientField(EntityType.DEAL, "OPPORTUNITY", False)]
    assert stored.button_ids == [catalog["Перезвонить"], catalog["Комментарий"]]
    assert stored.script_ids == script_ids
    assert roles.selected().role.name == "Оператор возвратов"
    assert desk.errors == []


def test_the_rules_refuse_with_clear_messages(qtbot: QtBot, desk: Desk) -> None:
    desk.select_role(qtbot, SUPERVISOR_ROLE_NAME)
    assert not desk.tab.roles.delete_button.isEnabled()
    desk.select_role(qtbot, SALES_ROLE)
    qtbot.mouseClick(desk.tab.roles.delete_button, Qt.MouseButton.LeftButton)
    assert desk.errors[-1][1].startswith(f"The role «{SALES_ROLE}» is held by: Анна Смирнова.")

    desk.select_user(qtbot, "Ольга Супервайзерова")
    assert not desk.tab.users.remove_button.isEnabled()
    assert "last active user" in desk.tab.users.remove_button.toolTip()

    # With a second supervisor she is no longer the last, but still the one signed in.
    pavel = next(r.user.id for r in desk.tab.users.model.rows if r.user.username == "pavel")
    supervisor = desk.tab.roles.model.rows[0].role.id
    desk.bound.users.set_role(pavel, supervisor)
    desk.tab.refresh()
    desk.select_user(qtbot, "Ольга Супервайзерова")
    assert not desk.tab.users.remove_button.isEnabled()
    assert "your own account" in desk.tab.users.remove_button.toolTip()
    desk.select_user(qtbot, "Павел Кузнецов")
    qtbot.mouseClick(desk.tab.users.block_button, Qt.MouseButton.LeftButton)
    with desk.read() as session:
        assert UserRepository(session).get(pavel).blocked
    assert desk.errors[1:] == []


def test_an_invited_user_gets_a_one_time_password(qtbot: QtBot, desk: Desk) -> None:
    qtbot.mouseClick(desk.tab.users.add_button, Qt.MouseButton.LeftButton)
    dialog = desk.wait_dialog(qtbot, desk.tab.users)
    assert isinstance(dialog, AddUserDialog)
    qtbot.keyClicks(dialog.username, "maria")
    type_text(qtbot, dialog.display_name, "Мария Белова")
    dialog.role.setCurrentIndex(dialog.role.findText(SUPPORT_ROLE))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    shown = desk.wait_dialog(qtbot, desk.tab.users)
    assert isinstance(shown, OneTimePasswordDialog)
    password = shown.password.text()
    assert len(password) == 14
    shown.accept()
    signed_in = desk.services.accounts.login("maria", password)
    assert signed_in.must_change_password and signed_in.role.name == SUPPORT_ROLE
    assert "Мария Белова" in desk.names()


def test_a_seeded_lapse_is_stored_and_renewal_restores(qtbot: QtBot, desk: Desk) -> None:
    qtbot.mouseClick(desk.tab.plan.lapse_button, Qt.MouseButton.LeftButton)
    confirm = desk.wait_dialog(qtbot, desk.tab.plan)
    qtbot.mouseClick(confirm.lapse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.infos != [])
    with desk.read() as session:
        plan = PlanRepository(session).get()
        users = {u.id: u for u in UserRepository(session).list()}
    assert plan.lapsed and plan.kept_user_id is not None
    kept = users[plan.kept_user_id].display_name
    assert f"{kept} was chosen at random" in desk.infos[-1][1]
    assert f"and {kept} (chosen at random)" in desk.tab.plan.banner.text()
    states = {name: desk.tab.users.table.model().index(i, STATE).data()
              for i, name in enumerate(desk.names())}
    assert states.pop("Ольга Супервайзерова") == states.pop(kept) == "active"
    assert set(states.values()) == {"blocked by plan"}

    qtbot.mouseClick(desk.tab.plan.renew_button, Qt.MouseButton.LeftButton)
    renew = desk.wait_dialog(qtbot, desk.tab.plan)
    qtbot.mouseClick(renew.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not desk.tab.plan.banner.isVisible())
    with desk.read() as session:
        assert not PlanRepository(session).get().lapsed
        assert all(u.active for u in UserRepository(session).list())
    assert desk.tab.plan.seats.text() == "Seats in use: 3 of 7"

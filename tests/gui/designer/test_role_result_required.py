"""The role editor's «A call result is required» switch, saved through the role service
into a real demo database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from designer.role_editor import RoleEditor
from designer.roles_tab import RolesTab
from desktop.cli import open_database
from desktop.crm.embedded import EmbeddedCrm
from desktop.demo import install_demo
from desktop.demo.settings import SALES_ROLE
from desktop.services.context import Services
from desktop.storage.database import Database
from desktop.storage.repositories import RoleRepository


@pytest.fixture
def db(sqlite_url: str) -> Iterator[Database]:
    database = open_database(sqlite_url)
    install_demo(database)
    yield database
    database.dispose()


@pytest.fixture
def tab(qtbot: QtBot, db: Database) -> RolesTab:
    services = Services.for_database(db)
    bound = services.for_user(services.accounts.login("admin", "admin-demo"))
    tab = RolesTab.for_services(bound, EmbeddedCrm(db.engine).fields,
                                report_error=lambda *_: None, report_info=lambda *_: None,
                                language="en")
    qtbot.addWidget(tab)
    tab.resize(1100, 640)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def stored_setting(db: Database) -> bool:
    with db.read() as session:
        roles = RoleRepository(session)
        return roles.get(roles.find_id(SALES_ROLE)).result_required


def open_sales_role(qtbot: QtBot, tab: RolesTab) -> RoleEditor:
    names = [r.role.name for r in tab.roles.model.rows]
    table = tab.roles.table
    rect = table.visualRect(table.model().index(names.index(SALES_ROLE), 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(tab.roles.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.roles.dialog is not None and tab.roles.dialog.isVisible())
    editor = tab.roles.dialog
    assert isinstance(editor, RoleEditor)
    return editor


def tick(qtbot: QtBot, editor: RoleEditor) -> None:
    box = editor.result_required
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_a_role_can_let_operators_close_a_card_without_a_result(qtbot: QtBot, tab: RolesTab,
                                                                db: Database) -> None:
    assert stored_setting(db)
    editor = open_sales_role(qtbot, tab)
    assert editor.result_required.isChecked()
    assert editor.result_required.text() == "A call result is required"
    tick(qtbot, editor)
    assert not editor.result_required.isChecked()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.roles.dialog is None)
    assert not stored_setting(db)

    editor = open_sales_role(qtbot, tab)  # and back
    assert not editor.result_required.isChecked()
    tick(qtbot, editor)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.roles.dialog is None)
    assert stored_setting(db)

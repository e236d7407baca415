"""The roles list and the role editor: create a role with fields, buttons and scripts;
what cannot be deleted, and why."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidget
from pytestqt.qtbot import QtBot

from designer.fields_dialog import FieldsDialog
from designer.role_editor import RoleEditor
from designer.roles_tab import ROLE_NAME, USERS
from desktop.domain.crm_types import EntityType
from desktop.domain.roles import ClientField
from tests.gui.designer.fakes_roles import SALES_ID, SUPERVISOR_ID
from tests.gui.designer.roles_harness import Harness, choose_from_menu
from tests.gui.designer.test_fields_dialog import catalog_item, click_item
from tests.gui.keyboard import type_text

C, D = EntityType.CONTACT, EntityType.DEAL


def tick(qtbot: QtBot, view: QListWidget, text: str) -> None:
    item = view.findItems(text, Qt.MatchFlag.MatchExactly)[0]
    rect = view.visualItemRect(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 12, rect.center().y()))


def test_the_roles_list_shows_the_system_role_first_with_user_counts(qtbot: QtBot) -> None:
    h = Harness(qtbot)
    assert h.role_names() == ["Супервайзер", "Оператор поддержки", "Оператор продаж"]
    model = h.tab.roles.table.model()
    assert model.index(2, USERS).data() == "2"  # Анна and Иван
    assert "system role" in model.index(0, ROLE_NAME).data(Qt.ItemDataRole.UserRole + 3)


def test_create_a_role_with_fields_buttons_and_scripts(qtbot: QtBot) -> None:
    h = Harness(qtbot)
    h.press(h.tab.roles.add_button)
    editor = h.dialog(h.tab.roles)
    assert isinstance(editor, RoleEditor)
    assert editor.windowTitle() == "New role"
    type_text(qtbot, editor.name_edit, "Оператор возвратов")
    qtbot.mouseClick(editor.keep_open, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, editor.keep_open.height() // 2))
    assert editor.keep_open.isChecked()

    # Client tab: two contact fields, the phone read-only, through the CRM fields dialog.
    h.press(editor.fields.choose_button)
    fields = h.dialog(editor)
    assert isinstance(fields, FieldsDialog)
    assert fields.windowTitle() == "Client tab fields"
    click_item(qtbot, fields.available, catalog_item(fields, "Contact", "NAME"))
    h.press(fields.add_editable_button)
    click_item(qtbot, fields.available, catalog_item(fields, "Contact", "PHONE"))
    h.press(fields.add_read_only_button)
    qtbot.mouseClick(fields.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    h.closes(editor)
    assert editor.fields.list.topLevelItemCount() == 2

    # Buttons: two from the menu, then the second moved up.
    buttons = editor.buttons_section
    choose_from_menu(qtbot, buttons.add_button, "Перезвонить")
    choose_from_menu(qtbot, buttons.add_button, "Продажа")
    h.press(buttons.up_button)
    assert [buttons.list.item(i).text() for i in range(buttons.list.count())] == [
        "Продажа", "Перезвонить"]

    # Script tab: warns until a script is ticked.
    editor.tabs.tabBar().setCurrentIndex(1)
    scripts = editor.scripts_section
    qtbot.waitUntil(scripts.warning.isVisible)
    assert "⚠" in editor.tabs.tabText(1)
    tick(qtbot, scripts.list, "Опрос")
    tick(qtbot, scripts.list, "Техническая поддержка")
    qtbot.waitUntil(lambda: not scripts.warning.isVisible())

    h.press(editor.save_button)
    h.closes(h.tab.roles)
    saved = next(r for r in h.team.roster.roles.values() if r.name == "Оператор возвратов")
    assert saved.keep_card_open and not saved.may_manage_settings
    assert saved.client_fields == [ClientField(C, "NAME", True), ClientField(C, "PHONE", False)]
    assert saved.button_ids == [1, 2]
    assert saved.script_ids == [2, 3]
    assert "Оператор возвратов" in h.role_names()
    assert h.tab.roles.selected().role.name == "Оператор возвратов"


def test_edit_shows_the_stored_role_and_refuses_a_taken_name(qtbot: QtBot) -> None:
    h = Harness(qtbot)
    h.select_role("Оператор продаж")
    h.press(h.tab.roles.edit_button)
    editor = h.dialog(h.tab.roles)
    assert editor.name_edit.text() == "Оператор продаж"
    assert editor.fields.list.topLevelItemCount() == 3
    assert editor.buttons_section.button_ids() == [1, 2]
    assert editor.scripts_section.script_ids() == [1]
    editor.name_edit.selectAll()
    type_text(qtbot, editor.name_edit, "оператор поддержки")
    h.press(editor.save_button)
    assert editor.error.isVisible()
    assert "already exists" in editor.error.text()
    assert ("roles.save", "оператор поддержки") not in h.team.calls


def test_a_stale_role_is_refused_in_the_editor(qtbot: QtBot) -> None:
    h = Harness(qtbot)
    h.select_role("Оператор продаж")
    h.press(h.tab.roles.edit_button)
    editor = h.dialog(h.tab.roles)
    h.team.roster.roles[SALES_ID].version += 1  # another supervisor saved it meanwhile
    h.press(editor.save_button)
    assert editor.isVisible()
    assert "Someone else saved this role" in editor.error.text()


def test_the_system_role_cannot_be_deleted_and_says_why(qtbot: QtBot) -> None:
    h = Harness(qtbot)
    h.select_role("Супервайзер")
    delete = h.tab.roles.delete_action
    assert not delete.isEnabled()
    assert "system role" in delete.toolTip() and "renamed" in delete.toolTip()
    qtbot.keyClick(h.tab.roles.table, Qt.Key.Key_Delete)
    assert h.tab.roles.dialog is None and h.errors == []
    assert SUPERVISOR_ID in h.team.roster.roles


def test_the_system_role_can_be_renamed_and_keeps_managing_settings(qtbot: QtBot) -> None:
    h = Harness(qtbot)
    h.select_role("Супервайзер")
    qtbot.keyClick(h.tab.roles.table, Qt.Key.Key_F2)
    editor = h.dialog(h.tab.roles)
    assert not editor.manage.isEnabled() and editor.manage.isChecked()
    editor.name_edit.selectAll()
    type_text(qtbot, editor.name_edit, "Руководитель")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    h.closes(h.tab.roles)
    role = h.team.roster.roles[SUPERVISOR_ID]
    assert role.name == "Руководитель" and role.is_system and role.may_manage_settings


def test_a_role_held_by_users_is_not_deleted_and_the_message_names_them(qtbot: QtBot) -> None:
    h = Harness(qtbot)
    h.select_role("Оператор продаж")
    h.press(h.tab.roles.delete_button)
    assert h.tab.roles.dialog is None
    [(title, text)] = h.errors
    assert title == "Cannot delete the role"
    assert "Анна Смирнова, Иван Орлов" in text and "Move them to another role" in text
    assert SALES_ID in h.team.roster.roles


def test_a_role_nobody_holds_is_deleted_after_asking(qtbot: QtBot) -> None:
    h = Harness(qtbot)
    h.select_role("Оператор продаж")
    h.press(h.tab.roles.duplicate_button)
    assert h.tab.roles.selected().role.name == "Оператор продаж (копия)"
    h.press(h.tab.roles.delete_button)
    box = h.dialog(h.tab.roles)
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    h.closes(h.tab.roles)
    assert "Оператор продаж (копия)" not in h.role_names()
    assert h.errors == []

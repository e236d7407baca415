"""The settings window on a real demo database, through the real script service."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from designer.scripts_model import BADGE_ROLE, NAME, PUBLISHED, ROLES
from designer.settings_window import SettingsWindow
from desktop.cli import open_database
from desktop.demo import install_demo
from desktop.demo.scripts import SALES, SUPPORT, SURVEY
from desktop.demo.settings import SALES_ROLE, SUPPORT_ROLE
from desktop.domain.roles import SUPERVISOR_ROLE_NAME
from desktop.services.context import Services
from desktop.storage.repositories import RoleRepository
from desktop.ui.main_window import MainWindow
from desktop.ui.tour import SETTINGS_WINDOW_SIZE, render_tour
from tests.gui.keyboard import type_text


@pytest.fixture
def services(sqlite_url: str) -> Iterator[Services]:
    db = open_database(sqlite_url)
    install_demo(db)
    services = Services.for_database(db)
    yield services
    services.close()


def open_settings(qtbot: QtBot, services: Services, username: str = "admin",
                  password: str = "admin-demo"
                  ) -> tuple[MainWindow, SettingsWindow, list[int]]:
    """Through the main window, as the supervisor does it: Ctrl+,."""
    main = MainWindow(services, services.accounts.login(username, password))
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitActive(main):
        main.activateWindow()
    qtbot.keyClick(main, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    window = main.settings_window
    assert isinstance(window, SettingsWindow)
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)  # the shortcuts of the tab need it
    opened: list[int] = []
    window.scripts_tab.open_designer = opened.append  # the canvas is not under test here
    window.scripts_tab.table.setFocus()
    return main, window, opened


def rows(window: SettingsWindow) -> dict[str, tuple[str, str]]:
    """Shown scripts: name -> (published cell, roles cell)."""
    proxy = window.scripts_tab.proxy
    return {proxy.index(r, NAME).data(): (proxy.index(r, PUBLISHED).data(),
                                          proxy.index(r, ROLES).data())
            for r in range(proxy.rowCount())}


def select(qtbot: QtBot, window: SettingsWindow, name: str) -> None:
    tab = window.scripts_tab
    row = list(rows(window)).index(name)
    rect = tab.table.visualRect(tab.proxy.index(row, ROLES))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def roles_with_script(services: Services, script_id: int) -> list[str]:
    with services.db.read() as session:  # type: ignore[union-attr]
        return sorted(r.name for r in RoleRepository(session).list() if script_id in r.script_ids)


def test_the_demo_scripts_show_with_their_roles(qtbot: QtBot, services: Services) -> None:
    _main, window, _ = open_settings(qtbot, services)
    shown = rows(window)
    assert set(shown) == {SALES, SUPPORT, SURVEY}
    assert shown[SALES] == ("v1", f"{SALES_ROLE}, {SUPERVISOR_ROLE_NAME}")
    assert shown[SUPPORT] == ("v1", f"{SUPPORT_ROLE}, {SUPERVISOR_ROLE_NAME}")


def test_an_operator_gets_no_settings(qtbot: QtBot, services: Services) -> None:
    main = MainWindow(services, services.accounts.login("anna", "anna-demo"))
    qtbot.addWidget(main)
    assert not main.settings_action.isVisible()
    with pytest.raises(PermissionError):
        SettingsWindow(services, main.signed_in)


def test_deleting_a_script_roles_use_takes_it_out_of_them(qtbot: QtBot,
                                                         services: Services) -> None:
    _main, window, _ = open_settings(qtbot, services)
    sales_id = services.scripts.find(SALES)  # type: ignore[union-attr]
    assert roles_with_script(services, sales_id) == [SALES_ROLE, SUPERVISOR_ROLE_NAME]
    select(qtbot, window, SALES)
    qtbot.keyClick(window.scripts_tab.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.scripts_tab.dialog is not None)
    dialog = window.scripts_tab.dialog
    assert SALES_ROLE in dialog.text() and SUPERVISOR_ROLE_NAME in dialog.text()
    assert SUPPORT_ROLE not in dialog.text()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: SALES not in rows(window))
    assert roles_with_script(services, sales_id) == []
    assert services.scripts.find(SALES) is None  # type: ignore[union-attr]
    assert set(rows(window)) == {SUPPORT, SURVEY}


def test_add_rename_duplicate_and_open(qtbot: QtBot, services: Services) -> None:
    _main, window, opened = open_settings(qtbot, services)
    tab = window.scripts_tab
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: tab.dialog is not None)
    type_text(qtbot, tab.dialog.name_edit, "Возврат клиента")
    qtbot.keyClick(tab.dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Возврат клиента" in rows(window))
    assert rows(window)["Возврат клиента"] == ("not published", "—")
    assert tab.selected_info().step_count == 1  # a start step to grow the script from

    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: tab.dialog is not None)
    type_text(qtbot, tab.dialog.name_edit, SURVEY)  # taken: refused in the dialog
    qtbot.keyClick(tab.dialog.name_edit, Qt.Key.Key_Return)
    assert tab.dialog.isVisible() and "already exists" in tab.dialog.error.text()
    tab.dialog.name_edit.clear()
    type_text(qtbot, tab.dialog.name_edit, "Возврат ушедшего клиента")
    qtbot.keyClick(tab.dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Возврат ушедшего клиента" in rows(window))
    assert "Возврат клиента" not in rows(window)

    select(qtbot, window, SUPPORT)
    qtbot.keyClick(tab.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: f"{SUPPORT} (копия)" in rows(window))
    copy = tab.selected_info()
    assert copy.name == f"{SUPPORT} (копия)" and copy.roles == []
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened == [copy.id]


def test_a_saved_draft_shows_unpublished_changes(qtbot: QtBot, services: Services) -> None:
    _main, window, _ = open_settings(qtbot, services)
    scripts = window.bound.scripts  # acting as the supervisor, like the designer
    survey = scripts.get(scripts.find(SURVEY))  # type: ignore[union-attr]
    survey.rename(survey.start_step_id, "Добрый день")
    scripts.save(survey)  # type: ignore[union-attr]  (the designer saves like this)
    window.scripts_tab.refresh()
    proxy = window.scripts_tab.proxy
    by_name = {proxy.index(r, NAME).data(): proxy.index(r, PUBLISHED) for r in
               range(proxy.rowCount())}
    assert by_name[SURVEY].data(BADGE_ROLE) == "unpublished changes"
    assert by_name[SALES].data(BADGE_ROLE) is None


def test_enter_opens_the_script_in_the_designer(qtbot: QtBot, services: Services) -> None:
    from designer.editor import ScriptEditor

    main = MainWindow(services, services.accounts.login("admin", "admin-demo"))
    qtbot.addWidget(main)
    main.open_settings()
    window = main.settings_window
    qtbot.waitUntil(window.isActiveWindow)
    select(qtbot, window, SURVEY)
    qtbot.keyClick(window.scripts_tab.table, Qt.Key.Key_Return)
    designers = window.designers.open
    assert list(designers) == [services.scripts.find(SURVEY)]  # type: ignore[union-attr]
    editor = designers[services.scripts.find(SURVEY)]  # type: ignore[union-attr]
    assert isinstance(editor, ScriptEditor) and editor.isVisible()
    qtbot.keyClick(window.scripts_tab.table, Qt.Key.Key_Return)  # again: the same window
    assert list(window.designers.open.values()) == [editor]
    assert window.close()  # nothing unsaved: the designer closes with the settings
    qtbot.waitUntil(lambda: not window.designers.open)


def test_the_tour_shows_the_scripts_tab_and_its_dialogs(services: Services,
                                                         tmp_path: Path) -> None:
    paths = {p.name: p for p in render_tour(services, tmp_path, language="ru")}
    for name in ("settings_scripts.png", "settings_script_add.png",
                 "settings_script_delete.png"):
        image = QImage(str(paths[name]))
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}
        assert len(colours) > 20, f"{name} is blank"
    assert QImage(str(paths["settings_scripts.png"])).size().toTuple() == SETTINGS_WINDOW_SIZE
    scripts = services.scripts.list()  # type: ignore[union-attr]
    assert {r.name for r in scripts} == {SALES, SUPPORT, SURVEY}  # the tour changed nothing

"""The settings window as a supervisor gets it: Buttons · Scripts · Roles, and the change log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from designer.settings_window import SettingsWindow
from desktop.cli import open_database
from desktop.demo import install_demo
from desktop.services.context import Services


def test_three_tabs_in_order_and_the_change_log_shows_a_change(qtbot: QtBot, sqlite_url: str):
    db = open_database(sqlite_url)
    install_demo(db)
    services = Services.for_database(db)
    try:
        signed_in = services.accounts.login("admin", "admin-demo")
        window = SettingsWindow(services, signed_in)
        qtbot.addWidget(window)
        window.show()
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert titles == ["Buttons", "Scripts", "Roles"]
        assert window.tabs.currentWidget() is window.scripts_tab

        first = window.bound.buttons.list()[0].button
        window.bound.buttons.duplicate(first.id)
        qtbot.mouseClick(window.audit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.audit_dialog.isVisible())
        entries = window.bound.audit.list()
        assert [(e.action, e.entity_name) for e in entries][:1] == [
            ("duplicated", f"{first.title} (копия)")]
        assert window.audit_view.isVisible()
    finally:
        services.close()

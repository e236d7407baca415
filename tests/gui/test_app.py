"""The application as a whole: set up once, then login -> main window -> sign out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import APP_NAME, ORG_NAME, AppShell, create_qapp
from tests.gui.fakes import demo_services
from tests.gui.shell import ready_login


def test_create_qapp_sets_names_style_and_icon() -> None:
    app = create_qapp()
    assert app is QApplication.instance()
    assert QCoreApplication.applicationName() == APP_NAME
    assert QCoreApplication.organizationName() == ORG_NAME
    assert not app.windowIcon().isNull()
    assert app.font().pointSizeF() >= 10
    assert "QPushButton#primaryButton" in app.styleSheet()
    stylesheet = app.styleSheet()
    app.setStyleSheet("")  # the stylesheet wraps the style; look underneath it
    try:
        assert app.style().name().lower() == "fusion"
    finally:
        app.setStyleSheet(stylesheet)


def test_sign_in_opens_the_main_window_and_sign_out_returns(qtbot: QtBot) -> None:
    shell = AppShell(demo_services())
    login = ready_login(qtbot, shell)
    qtbot.keyClicks(login.sign_in.username, "anna")
    qtbot.keyClicks(login.sign_in.password, "anna-demo")
    qtbot.mouseClick(login.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.main is not None and shell.main.isVisible())
    assert shell.main is not None
    main = shell.main
    qtbot.addWidget(main)
    assert not login.isVisible()
    assert main.windowTitle() == "Operator Desk — Анна Смирнова"

    main.sign_out_action.trigger()
    qtbot.waitUntil(lambda: shell.login is not None and shell.login is not login
                    and shell.login.isVisible())
    assert shell.login is not None
    qtbot.addWidget(shell.login)
    assert not main.isVisible()
    assert shell.login.sign_in.username.text() == "anna"  # remembered for next time


def test_starting_again_brings_the_window_in_use_forward(qtbot: QtBot) -> None:
    shell = AppShell(demo_services())
    login = ready_login(qtbot, shell)
    login.showMinimized()
    qtbot.waitUntil(login.isMinimized)
    shell.bring_to_front()  # what the running app does when it is started again
    qtbot.waitUntil(lambda: not login.isMinimized() and login.isVisible())

    qtbot.keyClicks(login.sign_in.username, "anna")
    qtbot.keyClicks(login.sign_in.password, "anna-demo")
    qtbot.keyClick(login.sign_in.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.main is not None and shell.main.isVisible())
    main = shell.main
    qtbot.addWidget(main)
    main.showMinimized()
    qtbot.waitUntil(main.isMinimized)
    shell.bring_to_front()
    qtbot.waitUntil(lambda: not main.isMinimized() and main.isVisible())
    assert not login.isVisible()  # the signed-in user's window, not the login

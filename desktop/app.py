"""Composition root of the windows: the Qt application, then login -> main window.

The command line builds the ``Services`` (database, CRM) and hands them here; the
caller owns them and closes them after ``run_gui`` returns.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from desktop.services.accounts import SignedIn
from desktop.services.context import Services
from desktop.ui import i18n, icons, theme
from desktop.ui.login import LoginWindow
from desktop.ui.main_window import MainWindow

APP_NAME = "Operator Desk"
ORG_NAME = "operator-desk"  # with APP_NAME, where QSettings keeps the user's settings
MIN_FONT_POINTS = 10.0


def create_qapp(argv: Sequence[str] | None = None) -> QApplication:
    """The application object, set up once: names, look, icon and interface language.

    Reuses an existing ``QApplication`` (tests, the tour) and sets it up the same way.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv if argv is not None else sys.argv[:1]))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setDesktopFileName(ORG_NAME)
    theme.apply_theme(app)
    font = app.font()
    if font.pointSizeF() < MIN_FONT_POINTS:
        font.setPointSizeF(MIN_FONT_POINTS)
        app.setFont(font)
    app.setWindowIcon(icons.icon(icons.APP))
    i18n.install_language(i18n.resolve_language())
    return app


class AppShell(QObject):
    """Which window is up: the login window, or the main window of the signed-in user.

    A window that is done closes and deletes itself later (it may still be inside the
    signal that ended it); the shell keeps a reference until the next one replaces it.
    """

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.login: LoginWindow | None = None
        self.main: MainWindow | None = None

    def show_login(self) -> LoginWindow:
        self.login = LoginWindow(self.services.accounts, self.services.db_label)
        self.login.signed_in.connect(self.open_main)
        self.login.show()
        return self.login

    def open_main(self, signed_in: SignedIn) -> MainWindow:
        self.main = MainWindow(self.services, signed_in)
        self.main.sign_out_requested.connect(self.show_login)
        self.main.show()  # before the login window closes, so the app keeps running
        if self.login is not None:
            self.login.close()
            self.login.deleteLater()
        return self.main


def run_gui(services: Services, argv: Sequence[str] | None = None) -> int:
    """Open the login window and run until the user quits; returns the exit code."""
    app = create_qapp(argv)
    shell = AppShell(services)
    shell.show_login()
    return app.exec()

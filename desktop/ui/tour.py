"""``operator-desk tour``: every main screen rendered offscreen to PNG files.

It is how anyone checks what the app looks like without a display. The tour uses
the services it is given (the command line passes a demo database), keeps its
settings in a scratch file so the user's own window layout and last user name are
neither shown nor changed, and leaves the interface language as it found it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.roles import SUPERVISOR_ROLE_NAME
from desktop.services.accounts import DemoAccount, LoginError
from desktop.services.context import Services
from desktop.ui import i18n
from desktop.ui.login import LoginWindow
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import settings_file

MAIN_WINDOW_SIZE = (1100, 700)
SETTINGS_WINDOW_SIZE = (1100, 680)
WRONG_PASSWORD = "not-the-password"


def ensure_offscreen_app() -> QApplication:
    """The running QApplication, or a new offscreen one set up like the real app."""
    from desktop.app import create_qapp

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return create_qapp(["operator-desk-tour"])


def settle() -> None:
    """Let queued layout and paint events run before a widget is grabbed."""
    for _ in range(3):
        QApplication.processEvents()


def grab_png(widget: QWidget, path: Path) -> Path:
    """Save what ``widget`` shows now as a PNG (the caller shows and closes it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    settle()
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"Could not write {path}.")
    return path


def save_screenshot(widget: QWidget, path: Path) -> Path:
    """Show ``widget`` (offscreen), let it lay out and paint, and save it as PNG."""
    widget.show()
    QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"Could not write {path}.")
    widget.close()
    return path


@contextmanager
def scratch_demo(folder: Path, name: str = "scratch.sqlite3") -> Iterator[Services]:
    """Services on a fresh demo database in ``folder``, for screens that change data."""
    from desktop.cli import open_database
    from desktop.demo import install_demo

    db = open_database(f"sqlite:///{folder / name}")
    try:
        install_demo(db)
        yield Services.for_database(db)
    finally:
        db.dispose()


def _pick(accounts: list[DemoAccount], supervisor: bool) -> DemoAccount | None:
    for account in accounts:
        if (account.role_name == SUPERVISOR_ROLE_NAME) == supervisor:
            return account
    return None


def _login_screens(services: Services) -> list[tuple[str, Callable[[], QWidget]]]:
    def plain() -> QWidget:
        return LoginWindow(services.accounts, services.db_label)

    def first_run() -> QWidget:
        return LoginWindow(services.accounts, services.db_label, first_run=True)

    def with_error() -> QWidget:
        window = LoginWindow(services.accounts, services.db_label, first_run=False)
        demo = services.accounts.demo_accounts()
        window.sign_in.username.setText(demo[0].username if demo else "operator")
        window.sign_in.password.setText(WRONG_PASSWORD)
        window.sign_in.submitted.emit()
        return window

    def opening() -> QWidget:
        """While the database opens, before it is known whether it is a new one."""
        return LoginWindow(None, services.db_label)

    def database_error() -> QWidget:
        from desktop.storage.errors import DatabaseFault, DatabaseUnavailableError
        from desktop.ui.database_errors import database_error_text

        window = LoginWindow(None, services.db_label)
        window.show_failure(database_error_text(
            DatabaseUnavailableError("locked", DatabaseFault.BUSY), services.db_label))
        return window

    return [("login", plain), ("login_first_run", first_run), ("login_error", with_error),
            ("login_opening", opening), ("login_database_error", database_error)]


def _main_window_screens(services: Services) -> list[tuple[str, Callable[[], QWidget]]]:
    demo = services.accounts.demo_accounts()
    screens = []
    for name, supervisor in (("main_window_supervisor", True), ("main_window_operator", False)):
        account = _pick(demo, supervisor)
        if account is None:
            continue

        def build(account: DemoAccount = account) -> QWidget:
            window = MainWindow(services, services.accounts.login(account.username,
                                                                  account.password))
            window.resize(*MAIN_WINDOW_SIZE)
            return window

        screens.append((name, build))
    return screens


def _crm_screens(services: Services) -> list[tuple[str, Callable[[], QWidget]]]:
    """Settings → CRM as a supervisor sees it: a Bitrix24 webhook pasted and tested, and
    the app's users matched to the portal's."""
    account = _pick(services.accounts.demo_accounts(), supervisor=True)
    if account is None:
        return []
    from desktop.ui.crm_tour import crm_dialog_screen, crm_users_screen

    if services.db is None:
        return [("settings_crm", crm_dialog_screen)]
    users = services.for_user(services.accounts.login(account.username,
                                                      account.password)).users
    return [("settings_crm", lambda: crm_dialog_screen(users)),
            ("settings_crm_users", lambda: crm_users_screen(users))]


def _settings_screens(services: Services) -> list[tuple[str, Callable[[], QWidget]]]:
    """The settings window on the Scripts tab, and its add and delete dialogs."""
    from designer.settings_window import SettingsWindow

    account = _pick(services.accounts.demo_accounts(), supervisor=True)
    if account is None or services.scripts is None:
        return []

    def window() -> SettingsWindow:
        shown = SettingsWindow(services, services.accounts.login(account.username,
                                                                 account.password))
        shown.resize(*SETTINGS_WINDOW_SIZE)
        return shown

    def dialog_over(open_dialog: Callable[[SettingsWindow], None]) -> QWidget:
        """A dialog of the Scripts tab; its (unshown) window goes when the dialog goes."""
        owner = window()
        open_dialog(owner)
        dialog = owner.scripts_tab.dialog
        if dialog is None:
            raise RuntimeError("The Scripts tab opened no dialog.")
        dialog.destroyed.connect(owner.deleteLater)
        return dialog

    def add(owner: SettingsWindow) -> None:
        owner.scripts_tab.add_script()
        dialog = owner.scripts_tab.dialog
        dialog.name_edit.setText("Исходящий звонок: возврат клиента")  # type: ignore[union-attr]

    def delete(owner: SettingsWindow) -> None:
        used = [r for r in owner.scripts_tab.model.rows if r.roles]
        if used:
            owner.scripts_tab.select_script(used[0].id)
        owner.scripts_tab.delete_script()

    return [("settings_scripts", window),
            ("settings_script_add", lambda: dialog_over(add)),
            ("settings_script_delete", lambda: dialog_over(delete))]


def render_tour(services: Services, out_dir: Path, language: str = "ru") -> list[Path]:
    """Render the login window (plain, first run, with an error, while the database opens,
    when it did not open), the main window, the settings window and the script designer.

    The main window is shown for a supervisor and an operator, and the CRM connection
    and the settings window (Scripts tab, with its add and delete dialogs) for the
    supervisor, when the database has demo accounts. Returns the PNG files written, in screen order.
    """
    ensure_offscreen_app()
    previous = i18n.current_language()
    paths: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="operator-desk-tour-") as scratch, \
            settings_file(Path(scratch) / "settings.ini"):
        i18n.install_language(language)
        try:
            screens = (_login_screens(services) + _main_window_screens(services)
                       + _crm_screens(services) + _settings_screens(services))
            for name, build in screens:
                try:
                    widget = build()
                except LoginError as exc:
                    raise RuntimeError(f"The tour could not open «{name}»: {exc}") from exc
                paths.append(save_screenshot(widget, Path(out_dir) / f"{name}.png"))
                widget.deleteLater()
        finally:
            i18n.install_language(previous)
            QApplication.processEvents()
    if services.db is not None:
        from designer.buttons_tour import render_buttons_screens
        from designer.roles_tour import render_roles_screens
        from designer.tour_screens import render_designer_screens

        for render in (render_buttons_screens, render_roles_screens, render_designer_screens):
            paths += render(services, Path(out_dir), language)
        from desktop.ui.callcard.tour import render_callcard_screens

        paths += render_callcard_screens(Path(out_dir), language)
    return paths

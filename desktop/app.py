"""Composition root of the windows: the Qt application, then login -> main window.

The command line says how to open the database (``DatabaseOpening``); the login window
is shown first, and the database opens in a thread once it has painted: no window
waits for the database stack to load or for a server to answer. The ``Services`` built
then belong to the shell, and ``run_gui`` closes them when the app quits.

Start-up imports only what the login window needs: the database stack loads in that
thread; the main window, the call card, the CRM and the PBX link once someone signs in,
the designer when it is opened (``tests/unit/test_startup_imports.py`` keeps it so).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.services.sign_in import DemoAccount, SignedIn
from desktop.ui import i18n, icons, theme
from desktop.ui.background import ThreadJob
from desktop.ui.login import LoginWindow

if TYPE_CHECKING:
    from desktop.services.context import Services
    from desktop.telephony.events import CallEvent
    from desktop.ui.callcard.controller import CallController
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pbx_link import PbxLink

APP_NAME = "Operator Desk"
ORG_NAME = "operator-desk"  # with APP_NAME, where QSettings keeps the user's settings
MIN_FONT_POINTS = 10.0
# Set to 1, the app prints FIRST_WINDOW_SHOWN once its first window has painted, then
# LOGIN_SETTLED once the login window can be used (or says the database did not open),
# and quits: how bench/startup.py times a start, of a source tree and a packaged build.
FIRST_WINDOW_ENV = "OPERATOR_DESK_EXIT_AFTER_FIRST_WINDOW"
FIRST_WINDOW_SHOWN = "operator-desk: first window shown"
LOGIN_SETTLED = "operator-desk: login window ready"


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


@dataclass(frozen=True)
class DatabaseOpening:
    """How to open the database (``open`` runs in a thread), and what to call it
    meanwhile: its label and, for PostgreSQL, the server's host."""

    label: str
    server: str | None
    open: Callable[[], Services]


@dataclass(frozen=True)
class LoginData:
    """What the login window needs from the database, read off the GUI thread."""

    services: Services
    first_run: bool
    demo_accounts: list[DemoAccount]


def read_login_data(services: Services | None, opening: DatabaseOpening | None) -> LoginData:
    """Open the database when it is not open yet, and read whether it has users and which
    demo accounts it has. Blocks (a server may take seconds to answer): run it in a thread."""
    opened = services if services is not None else opening.open()  # type: ignore[union-attr]
    try:
        first_run = opened.accounts.needs_first_user()
        demo = [] if first_run else opened.accounts.demo_accounts()
    except BaseException:
        if opened is not services:
            opened.close()
        raise
    return LoginData(opened, first_run, demo)


class AppShell(QObject):
    """Which window is up: the login window, or the main window of the signed-in user.

    The login window is shown at once; once it has painted, the database opens (from
    ``opening``, or the ``services`` already open after a sign-out) in a thread, and the
    window gets what it needs, or says why the database did not open and offers Retry.
    A window that is done closes and deletes itself later (it may still be inside the
    signal that ended it); the shell keeps a reference until the next one replaces it.
    Call events that arrive before anyone has signed in wait for the sign-in.
    """

    first_window_painted = Signal()
    login_settled = Signal()  # the login window became usable, or says why it cannot

    def __init__(self, services: Services | None = None,
                 opening: DatabaseOpening | None = None) -> None:
        super().__init__()
        if services is None and opening is None:
            raise ValueError("The shell needs the services or a way to open the database.")
        self.services = services
        self.opening = opening
        self.login: LoginWindow | None = None
        self.main: MainWindow | None = None
        self.calls: CallController | None = None
        self.pbx: PbxLink | None = None
        self.waiting_events: list[CallEvent] = []

    def show_login(self) -> LoginWindow:
        if self.services is not None:
            label, server = self.services.db_label, None
        else:
            assert self.opening is not None
            label, server = self.opening.label, self.opening.server
        self.login = LoginWindow(None, label, server=server)
        self.login.signed_in.connect(self.open_main)
        self.login.retry_requested.connect(self._load_login)
        self.login.show()
        _AfterFirstPaint(self.login, self._login_painted)
        return self.login

    def _login_painted(self, painted: bool) -> None:
        if painted:
            self.first_window_painted.emit()
        self._load_login()

    def _load_login(self) -> None:
        login, services, opening = self.login, self.services, self.opening
        job = ThreadJob(lambda: read_login_data(services, opening), "database-open")
        job.finished.connect(lambda data, error: self._login_loaded(login, data, error))
        job.start()

    def _login_loaded(self, login: LoginWindow | None, data: LoginData | None,
                      error: object) -> None:
        if data is not None and self.services is None:
            self.services = data.services
        if login is None or login is not self.login:
            return  # signed in and out meanwhile: that window is gone
        if data is not None:
            login.set_accounts(data.services.accounts, data.first_run, data.demo_accounts)
        else:
            from desktop.ui.database_errors import database_error_text

            assert isinstance(error, BaseException)
            login.show_failure(database_error_text(error, login.db_label))
        self.login_settled.emit()

    def open_main(self, signed_in: SignedIn) -> MainWindow:
        from desktop.ui.main_window import MainWindow

        assert self.services is not None  # a login window signs in once they are there
        self.services.complete()
        self.main = MainWindow(self.services, signed_in)
        self.main.sign_out_requested.connect(self.sign_out)
        self.main.show()  # before the login window closes, so the app keeps running
        if self.login is not None:
            self.login.close()
            self.login.deleteLater()
        self._start_calls(signed_in)
        return self.main

    def _start_calls(self, signed_in: SignedIn) -> None:
        services = self.services
        if services.call_work is None or services.outbox is None or services.crm is None:
            return
        self._open_crm()
        from desktop.ui.callcard.controller import CallController
        from desktop.ui.pbx_link import PbxLink

        assert self.main is not None
        self.calls = CallController(services.call_work, services.outbox, services.crm,
                                    signed_in, window=self.main)  # no parent: see shutdown
        self.calls.start()
        self.pbx = PbxLink(self)
        self.pbx.event_received.connect(self.handle_event)
        self.main.attach_calls(self.calls, self.pbx)
        self.pbx.start()
        self.offer_recovery()
        events, self.waiting_events = self.waiting_events, []
        for event in events:
            self.calls.handle(event)

    def _open_crm(self) -> None:
        """The CRM Settings → CRM chose for this workstation. A Bitrix24 connection is
        made, and the portal's fields read, in the background right away, so the first
        call finds it ready; the keyring is never read on this thread."""
        from desktop.crm.config import CrmKind, load_crm_config
        from desktop.crm.session import LazyGateway, open_session_crm
        from desktop.ui.background import ThreadJob

        services = self.services
        config = load_crm_config()
        if services.db is None or (config.kind is CrmKind.EMBEDDED
                                   and services.crm_kind == CrmKind.EMBEDDED):
            return
        services.use_crm(*open_session_crm(services.db, config))
        crm = services.crm
        if isinstance(crm, LazyGateway):
            job = ThreadJob(crm.warm, "crm-warm-up")
            job.finished.connect(lambda _result, error: self._crm_ready(error))
            job.start()

    def _crm_ready(self, error: object) -> None:
        if error is not None and self.main is not None:
            from desktop.ui.crm_errors import crm_error_text

            self.main.statusBar().showMessage(self.tr("The CRM did not answer: {0}").format(
                crm_error_text(error)), 15_000)

    def offer_recovery(self) -> None:
        """Cards of calls the app never closed (it crashed or was killed): reopen or close."""
        assert self.calls is not None
        unfinished = self.calls.unfinished()
        if not unfinished:
            return
        from desktop.ui.callcard.recovery import RecoveryDialog

        scripts = {version.script_id: version for version in self.calls.scripts}
        dialog = RecoveryDialog(unfinished, scripts, self.main)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.calls.reopen(unfinished)
        elif dialog.closed_all:
            self.calls.close_unfinished(unfinished)
        dialog.deleteLater()

    def bring_to_front(self) -> None:
        """The app was started again: show the window the user works in (the main window
        once signed in, else the login window), restored if minimised, in front."""
        window = self.main if self.main is not None and self.main.isVisible() else self.login
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def handle_event(self, event: CallEvent) -> None:
        """A call event from the command line, a tel: link or the PBX."""
        if self.calls is not None:
            self.calls.handle(event)
        else:
            self.waiting_events.append(event)

    def sign_out(self) -> None:
        self.stop_calls()
        self.show_login()

    def stop_calls(self) -> None:
        if self.pbx is not None:
            self.pbx.stop()
            self.pbx.deleteLater()
            self.pbx = None
        if self.calls is not None:
            self.calls.shutdown()
            self.calls.deleteLater()
            self.calls = None


def run_gui(opening: DatabaseOpening, argv: Sequence[str] | None = None,
            events: Sequence[CallEvent] = ()) -> int:
    """Open the login window and run until the user quits; returns the exit code.

    One app runs per user: when another instance already listens, ``events`` are handed
    to it and this one exits at once.
    """
    from desktop.telephony.instance import InstanceServer, send_activate, send_event

    app = create_qapp(argv)
    server = InstanceServer()
    if not server.listen():  # the running app takes the calls, or comes to the front
        delivered = all(send_event(event) for event in events) if events \
            else send_activate()
        return 0 if delivered else 1
    shell = AppShell(opening=opening)
    server.event_received.connect(shell.handle_event)
    server.activate_requested.connect(shell.bring_to_front)
    app.aboutToQuit.connect(shell.stop_calls)
    app.aboutToQuit.connect(_stop_all_calls)
    app.aboutToQuit.connect(server.close)
    for event in events:
        shell.handle_event(event)
    shell.show_login()
    if os.environ.get(FIRST_WINDOW_ENV):
        _report_start(shell)
    try:
        return app.exec()
    finally:
        if shell.services is not None:
            shell.services.close()


def _stop_all_calls() -> None:
    controller = sys.modules.get("desktop.ui.callcard.controller")
    if controller is not None:  # loaded once someone signed in
        controller.CallController.shutdown_all()


def _report_start(shell: AppShell) -> None:
    """For ``bench/startup.py``: say when the first window has painted and when the
    login window is ready, then quit."""
    shell.first_window_painted.connect(lambda: print(FIRST_WINDOW_SHOWN, flush=True))

    def settled() -> None:
        print(LOGIN_SETTLED, flush=True)
        QApplication.quit()

    shell.login_settled.connect(settled)


class _AfterFirstPaint(QObject):
    """Calls ``then(True)`` once ``window`` has painted for the first time, so work
    started then (a thread loading the database stack holds the interpreter lock much of
    the time) does not hold up that first paint; ``then(False)`` after FALLBACK_MS when
    the window has not painted by then (shown minimised, on another desktop)."""

    FALLBACK_MS = 1500

    def __init__(self, window: QWidget, then: Callable[[bool], None]) -> None:
        super().__init__(window)
        self._then: Callable[[bool], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self, lambda: self._fire(False))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, lambda: self._fire(True))
        return False

    def _fire(self, painted: bool) -> None:
        then, self._then = self._then, None
        if then is not None:
            then(painted)

"""The login window: sign in, or create the supervisor on a database's first start.

It talks to the accounts service only; on success it remembers the user name (and
which database it signed in to) and emits ``signed_in`` with the service's
``SignedIn``, and the application opens the main window.

The window is shown before the database has opened: it says what it waits for, and
:meth:`LoginWindow.set_accounts` makes it usable, or :meth:`LoginWindow.show_failure`
says why the database did not open.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.sign_in import (
    DemoAccount,
    LoginError,
    SignedIn,
    UserBlocked,
    WrongPassword,
)
from desktop.ui import icons, settings
from desktop.ui.demo_accounts import DemoAccountsBox
from desktop.ui.i18n import Retranslatable
from desktop.ui.login_forms import MIN_PASSWORD_LENGTH, FirstRunForm, SignInForm
from desktop.ui.login_status import FailurePanel, WaitingPanel
from desktop.ui.password_change import PasswordChangeDialog
from desktop.ui.widgets import LanguageCombo

if TYPE_CHECKING:
    from desktop.services.accounts import AccountService

CARD_WIDTH = 460
CARD_MARGINS = (28, 24, 28, 28)
LOGO_SIZE, HEADER_SPACING = 48, 14
# The subtitle says what the window waits for in one line: the window keeps its height.
SUBTITLE_WIDTH = CARD_WIDTH - CARD_MARGINS[0] - CARD_MARGINS[2] - LOGO_SIZE - HEADER_SPACING


@contextmanager
def _busy() -> Iterator[None]:
    """Wait cursor while the service checks a password (hashing takes a moment)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class LoginWindow(Retranslatable, QWidget):
    """Signs a user in. ``first_run`` forces (or suppresses) the create-supervisor form.

    Without ``accounts`` the database is still opening (on ``server``, for PostgreSQL):
    the window says so, and the Sign in button waits. The sign-in form already takes
    typing when this workstation last signed in to this same database (the usual
    start); otherwise a neutral panel holds its place until it is known whether the
    database is new, so the wrong form never flashes up. Enter pressed meanwhile signs
    in once :meth:`set_accounts` has come.
    """

    signed_in = Signal(object)  # SignedIn
    retry_requested = Signal()  # «Retry» after the database did not open

    def __init__(self, accounts: AccountService | None, db_label: str,
                 parent: QWidget | None = None, first_run: bool | None = None,
                 server: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginWindow")
        self.setWindowIcon(icons.icon(icons.APP))
        self.accounts: AccountService | None = None
        self.first_run: bool | None = None  # None until the database has answered
        self.db_label, self.server = db_label, server
        self.failed = False
        self.pending = False  # Enter pressed before the database was ready
        self._expect_sign_in = _signed_in_here_before(db_label)

        self.product = QLabel(objectName="productTitle", wordWrap=True)
        self.subtitle = QLabel(objectName="hint")
        self.sign_in = SignInForm()
        self.first_run_form = FirstRunForm()
        self.waiting = WaitingPanel()
        # The sign-in form, or while it is not known whether it is the form needed, the
        # waiting panel in its place and of its size: the window does not jump.
        self._entry = QStackedWidget()
        self._entry.addWidget(self.waiting)
        self._entry.addWidget(self.sign_in)
        self.failure = FailurePanel()
        self.demo_box: DemoAccountsBox | None = None
        self.language = LanguageCombo()
        self.database = QLabel(objectName="footnote")
        self.database.setToolTip(db_label)
        self.database.setText(self.database.fontMetrics().elidedText(  # long file paths
            db_label, Qt.TextElideMode.ElideMiddle, CARD_WIDTH))
        self._language_label = QLabel(objectName="footnote")
        self._lay_out()

        self.sign_in.submitted.connect(self._sign_in)
        self.first_run_form.submitted.connect(self._create_supervisor)
        self.failure.retry_button.clicked.connect(self._retry)
        self.failure.quit_button.clicked.connect(self.close)
        self._show_state()
        if self._form() is not None:
            self._prefill_last_user()
        if accounts is not None:  # the database is open already (the tour, tests)
            first = accounts.needs_first_user() if first_run is None else first_run
            self.set_accounts(accounts, first, [] if first else accounts.demo_accounts())
        self.retranslate()

    @property
    def ready(self) -> bool:
        """The database has answered: signing in (or creating the supervisor) works."""
        return self.accounts is not None

    def _lay_out(self) -> None:
        logo = QLabel()
        logo.setPixmap(icons.pixmap(icons.APP, LOGO_SIZE))
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.product)
        titles.addWidget(self.subtitle)
        header = QHBoxLayout()
        header.setSpacing(HEADER_SPACING)
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(titles, 1)

        card = QFrame(objectName="loginCard")
        card.setFixedWidth(CARD_WIDTH)
        self._card = QVBoxLayout(card)
        self._card.setContentsMargins(*CARD_MARGINS)
        self._card.setSpacing(20)
        self._card.addLayout(header)
        for part in (self._entry, self.first_run_form, self.failure):
            self._card.addWidget(part)

        footer = QHBoxLayout()
        footer.setSpacing(8)
        footer.addWidget(self._language_label)
        footer.addWidget(self.language)
        footer.addStretch(1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 16)
        outer.setSpacing(10)
        outer.setSizeConstraint(QVBoxLayout.SizeConstraint.SetFixedSize)
        outer.addWidget(card)
        outer.addLayout(footer)
        outer.addWidget(self.database)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Operator Desk"))
        self.product.setText(self.windowTitle())
        subtitle = self._subtitle()
        self.subtitle.setToolTip(subtitle)
        self.subtitle.setText(self.subtitle.fontMetrics().elidedText(
            subtitle, Qt.TextElideMode.ElideMiddle, SUBTITLE_WIDTH))
        self._language_label.setText(self.tr("Language:"))

    def _subtitle(self) -> str:
        if self.failed:
            return self.tr("The database did not open")
        if not self.ready:
            if self.pending:
                return self.tr("Signing in as soon as the database has opened…")
            if self.server is not None:
                return self._fit(self.tr("Connecting to the server %1…"), self.server)
            return self.tr("Opening the database…")
        return self.tr("First start") if self.first_run else self.tr("Sign in to start work")

    def _fit(self, text: str, value: str) -> str:
        """``text`` with ``value`` for %1, the value shortened to keep it to one line."""
        metrics = self.subtitle.fontMetrics()
        room = SUBTITLE_WIDTH - metrics.horizontalAdvance(text.replace("%1", ""))
        return text.replace("%1", metrics.elidedText(value, Qt.TextElideMode.ElideMiddle,
                                                     max(room, 0)))

    # ---- the database: opening, open, failed -------------------------------------
    def set_accounts(self, accounts: AccountService, first_run: bool,
                     demo: Sequence[DemoAccount] = ()) -> None:
        """The database has opened: the window becomes usable, and an Enter pressed
        while it was opening signs in now."""
        shown = self._form()
        self.accounts, self.first_run, self.failed = accounts, first_run, False
        self._set_demo_accounts([] if first_run else demo)
        self._show_state()
        if self._form() is not shown:  # never take the caret from where someone types
            self._prefill_last_user()
        pending, self.pending = self.pending, False
        self.retranslate()
        if pending and not first_run:
            self._sign_in()

    def show_failure(self, text: str) -> None:
        """The database did not open: ``text`` says why; «Retry» asks again."""
        self.failed, self.pending = True, False
        self.failure.show_text(text)
        self._show_state()
        self.retranslate()
        self.failure.retry_button.setFocus()

    def _retry(self) -> None:
        self.failed = False
        self._show_state()
        self.retranslate()
        if self._form() is not None:
            self._prefill_last_user()
        self.retry_requested.emit()

    def _form(self) -> QWidget | None:
        """The form the window shows now; None while waiting or failed."""
        if self.failed:
            return None
        if self.first_run is not None:
            return self.first_run_form if self.first_run else self.sign_in
        return self.sign_in if self._expect_sign_in else None

    def _show_state(self) -> None:
        """One of: waiting, the sign-in form, the first-run form, the failure."""
        form = self._form()
        self._entry.setCurrentWidget(self.sign_in if form is self.sign_in else self.waiting)
        self._entry.setVisible(not self.failed and form is not self.first_run_form)
        self.first_run_form.setVisible(form is self.first_run_form)
        self.failure.setVisible(self.failed)
        if self.demo_box is not None:
            self.demo_box.setVisible(not self.failed)
        self.sign_in.sign_in_button.setEnabled(self.ready)
        if not self.ready and not self.failed:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _set_demo_accounts(self, demo: Sequence[DemoAccount]) -> None:
        if self.demo_box is not None:
            self.demo_box.deleteLater()
            self.demo_box = None
        if demo:
            self.demo_box = DemoAccountsBox(demo)
            self.demo_box.chosen.connect(self.fill_in)
            self.demo_box.confirmed.connect(self._sign_in_as)
            self._card.addWidget(self.demo_box)

    # ---- behaviour --------------------------------------------------------------
    def fill_in(self, account: DemoAccount) -> None:
        self.sign_in.username.setText(account.username)
        self.sign_in.password.setText(account.password)
        self.sign_in.error.clear_error()
        self.sign_in.sign_in_button.setFocus()

    def _sign_in_as(self, account: DemoAccount) -> None:
        self.fill_in(account)
        self._sign_in()

    def _prefill_last_user(self) -> None:
        last = str(settings.app_settings().value(settings.LAST_USER, "") or "")
        if self.first_run:
            self.first_run_form.username.setFocus()
        elif last and not self.sign_in.username.text():
            self.sign_in.username.setText(last)
            self.sign_in.password.setFocus()
        else:
            (self.sign_in.password if self.sign_in.username.text()
             else self.sign_in.username).setFocus()

    def _sign_in(self) -> None:
        form = self.sign_in
        username, password = form.username.text().strip(), form.password.text()
        if not username:
            form.error.show_error(self.tr("Enter your user name."))
            form.username.setFocus()
            return
        if not password:
            form.error.show_error(self.tr("Enter your password."))
            form.password.setFocus()
            return
        form.error.clear_error()
        if self.accounts is None:  # signs in once the database has opened
            self.pending = True
            self.retranslate()
            return
        try:
            with _busy():
                result = self.accounts.login(username, password)
        except LoginError as exc:
            form.error.show_error(self.login_error_text(exc))
            form.password.selectAll()
            form.password.setFocus()
            return
        form.error.clear_error()
        form.password.clear()
        if result.must_change_password:
            self._ask_new_password(username, password, result)
            return
        self._succeeded(username, result)

    def _ask_new_password(self, username: str, one_time: str, result: SignedIn) -> None:
        """A first-login password: the user chooses their own before the app opens."""
        dialog = PasswordChangeDialog(
            self, result.user.display_name,
            lambda new: self.accounts.change_password(username, one_time, new), one_time)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._succeeded(
            username, replace(result, must_change_password=False)))
        self.password_dialog = dialog
        dialog.open()

    def login_error_text(self, exc: LoginError) -> str:
        """What to tell the user for each way signing in can fail."""
        if isinstance(exc, WrongPassword):
            return self.tr("Wrong user name or password.")
        if isinstance(exc, UserBlocked) and getattr(exc, "by_plan", False):
            return self.tr("Your account is paused because the team's plan has lapsed. "
                           "It works again once the plan is renewed; please tell your "
                           "supervisor.")
        if isinstance(exc, UserBlocked):
            return self.tr("Your account is blocked. Ask your supervisor to unblock it.")
        return self.tr("Could not sign in: %1").replace("%1", str(exc))

    def _create_supervisor(self) -> None:
        if self.accounts is None:
            return
        form = self.first_run_form
        username = form.username.text().strip()
        display_name = form.display_name.text().strip() or username
        password = form.password.text()
        if not username:
            form.error.show_error(self.tr("Enter a user name."))
            form.username.setFocus()
            return
        if len(password) < MIN_PASSWORD_LENGTH:
            form.error.show_error(self.tr("The password must be at least %1 characters long.")
                                  .replace("%1", str(MIN_PASSWORD_LENGTH)))
            form.password.setFocus()
            return
        if password != form.repeat.text():
            form.error.show_error(self.tr("The passwords do not match. Type the same "
                                          "password twice."))
            form.repeat.selectAll()
            form.repeat.setFocus()
            return
        try:
            with _busy():
                result = self.accounts.create_first_supervisor(username, display_name,
                                                               password)
        except ValueError as exc:
            form.error.show_error(self.tr("Could not create the account: %1")
                                  .replace("%1", str(exc)))
            return
        form.error.clear_error()
        self._succeeded(username, result)

    def _succeeded(self, username: str, result: object) -> None:
        stored = settings.app_settings()
        stored.setValue(settings.LAST_USER, username)
        stored.setValue(settings.LAST_DATABASE, self.db_label)
        self.signed_in.emit(result)


def _signed_in_here_before(db_label: str) -> bool:
    """Someone signed in to this database from this workstation last time: it has users,
    so the sign-in form is the one it will need."""
    stored = settings.app_settings()
    return bool(stored.value(settings.LAST_USER, "")) and \
        stored.value(settings.LAST_DATABASE, "") == db_label

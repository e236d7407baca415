"""The login window: sign in, or create the supervisor on a database's first start.

It talks to the accounts service only; on success it remembers the user name and
emits ``signed_in`` with the service's ``SignedIn``, and the application opens the
main window.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.services.accounts import (
    AccountService,
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
from desktop.ui.password_change import PasswordChangeDialog
from desktop.ui.widgets import LanguageCombo

CARD_WIDTH = 460


@contextmanager
def _busy() -> Iterator[None]:
    """Wait cursor while the service checks a password (hashing takes a moment)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class LoginWindow(Retranslatable, QWidget):
    """Signs a user in. ``first_run`` forces (or suppresses) the create-supervisor form."""

    signed_in = Signal(object)  # SignedIn

    def __init__(self, accounts: AccountService, db_label: str, parent: QWidget | None = None,
                 first_run: bool | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginWindow")
        self.setWindowIcon(icons.icon(icons.APP))
        self.accounts = accounts
        self.first_run = accounts.needs_first_user() if first_run is None else first_run

        self.product = QLabel(objectName="productTitle", wordWrap=True)
        self.subtitle = QLabel(objectName="hint", wordWrap=True)
        self.sign_in = SignInForm()
        self.first_run_form = FirstRunForm()
        self.sign_in.setVisible(not self.first_run)  # one form at a time; hidden ones
        self.first_run_form.setVisible(self.first_run)  # take no room in the card
        demo = [] if self.first_run else accounts.demo_accounts()
        self.demo_box = DemoAccountsBox(demo) if demo else None
        self.language = LanguageCombo()
        self.database = QLabel(objectName="footnote")
        self.database.setToolTip(db_label)
        self.database.setText(self.database.fontMetrics().elidedText(  # long file paths
            db_label, Qt.TextElideMode.ElideMiddle, CARD_WIDTH))
        self._language_label = QLabel(objectName="footnote")
        self._lay_out()

        self.sign_in.submitted.connect(self._sign_in)
        self.first_run_form.submitted.connect(self._create_supervisor)
        if self.demo_box is not None:
            self.demo_box.chosen.connect(self.fill_in)
            self.demo_box.confirmed.connect(self._sign_in_as)
        self._prefill_last_user()
        self.retranslate()

    def _lay_out(self) -> None:
        logo = QLabel()
        logo.setPixmap(icons.pixmap(icons.APP, 48))
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.product)
        titles.addWidget(self.subtitle)
        header = QHBoxLayout()
        header.setSpacing(14)
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(titles, 1)

        card = QFrame(objectName="loginCard")
        card.setFixedWidth(CARD_WIDTH)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 28)
        inner.setSpacing(20)
        inner.addLayout(header)
        inner.addWidget(self.sign_in)
        inner.addWidget(self.first_run_form)
        if self.demo_box is not None:
            inner.addWidget(self.demo_box)

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
        self.subtitle.setText(self.tr("First start") if self.first_run
                              else self.tr("Sign in to start work"))
        self._language_label.setText(self.tr("Language:"))

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
        if last and not self.first_run:
            self.sign_in.username.setText(last)
            self.sign_in.password.setFocus()
        else:
            (self.first_run_form.username if self.first_run else self.sign_in.username).setFocus()

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
        settings.app_settings().setValue(settings.LAST_USER, username)
        self.signed_in.emit(result)

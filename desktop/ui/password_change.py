"""Asks for a new password after signing in with a first-login password.

A supervisor who adds a user by invitation hands over a one-time password; at its
first use the app asks the user to choose their own before anything else opens.
Cancelling keeps the user at the login window: the one-time password stays the only
one, and they are asked again next time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.domain.passwords import MIN_LENGTH
from desktop.services.sign_in import LoginError
from desktop.ui.i18n import Retranslatable
from desktop.ui.widgets import ErrorLine, dialog_body, dialog_buttons

DIALOG_WIDTH = 440


class PasswordChangeDialog(Retranslatable, QDialog):
    """``change(new_password)`` stores the new password; it is called once the two typed
    passwords match and are long enough. ``one_time`` is the password just used, which
    the new one must differ from."""

    def __init__(self, parent: QWidget | None, display_name: str,
                 change: Callable[[str], object], one_time: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("passwordChangeDialog")
        self.display_name, self.change, self.one_time = display_name, change, one_time
        self.heading = QLabel(objectName="pageTitle")
        self.text = QLabel(objectName="hint", wordWrap=True)
        self.password = QLineEdit(objectName="newPassword")
        self.repeat = QLineEdit(objectName="repeatNewPassword")
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textEdited.connect(lambda _text: self.error.clear_error())
        self.password_label, self.repeat_label = QLabel(), QLabel()
        self.password_label.setBuddy(self.password)
        self.repeat_label.setBuddy(self.repeat)
        self.error = ErrorLine()
        self.buttons, self.save_button = dialog_buttons(self)
        form = QFormLayout()
        form.setSpacing(8)
        form.addRow(self.password_label, self.password)
        form.addRow(self.repeat_label, self.repeat)
        dialog_body(self, self.heading, self.text, form, self.error, 4, self.buttons)
        self.setFixedWidth(DIALOG_WIDTH)
        self.retranslate()
        self.password.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Choose your password"))
        self.heading.setText(self.tr("Welcome, %1").replace("%1", self.display_name))
        self.text.setText(self.tr("You signed in with a password for the first sign-in. "
                                  "Choose your own password: the one-time password stops "
                                  "working."))
        self.password_label.setText(self.tr("&New password:"))
        self.repeat_label.setText(self.tr("&Repeat:"))
        self.password.setPlaceholderText(self.tr("At least %1 characters").replace(
            "%1", str(MIN_LENGTH)))
        self.save_button.setText(self.tr("Save and continue"))

    def problem(self) -> str:
        new = self.password.text()
        if len(new) < MIN_LENGTH:
            return self.tr("The password must be at least %1 characters long.").replace(
                "%1", str(MIN_LENGTH))
        if new != self.repeat.text():
            return self.tr("The passwords do not match. Type the same password twice.")
        if self.one_time and new == self.one_time:
            return self.tr("Choose a password different from the one-time password.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if not problem:
            try:
                self.change(self.password.text())
            except LoginError:
                problem = self.tr("The password was changed meanwhile. Sign in again.")
            except ValueError as exc:
                problem = self.tr("Could not change the password: %1").replace("%1", str(exc))
        if problem:
            self.error.show_error(problem)
            self.password.selectAll()
            self.password.setFocus()
            return
        super().accept()

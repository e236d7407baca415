"""The dialogs of the users list: add a user, show a first-login password once, change a
user's role, and confirm removing a user.

They are opened with ``open()`` (window-modal, no nested event loop). A dialog that
saves calls its ``save`` callable on OK; what the service refuses (a taken user name,
no free seat, the last supervisor) stays in the dialog as a red line, so nothing typed
is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
)

from designer import roster_errors
from designer.tab_widgets import SERVICE_ERRORS
from desktop.domain.passwords import MIN_LENGTH
from desktop.ui.i18n import Retranslatable
from desktop.ui.widgets import ErrorLine, dialog_body, dialog_buttons

USERNAME_MAX_LENGTH = 64  # the database column's size
DISPLAY_NAME_MAX_LENGTH = 200
DIALOG_WIDTH = 560

RoleChoice = tuple[int, str]  # (role id, name)


def _primary(text: str = "") -> QPushButton:
    button = QPushButton(text, objectName="primaryButton")
    button.setDefault(True)
    return button


def _role_combo(roles: Iterable[RoleChoice], current: int | None) -> QComboBox:
    combo = QComboBox(objectName="roleCombo")
    for role_id, name in roles:
        combo.addItem(name, role_id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class AddUserDialog(Retranslatable, QDialog):
    """User name, display name, role, and either a password or an invitation.

    ``save(username, display_name, role_id, password)`` adds the user (``password`` None:
    the service makes a first-login password); a service refusal keeps the dialog open.
    """

    def __init__(self, parent: QWidget | None, roles: list[RoleChoice],
                 taken_usernames: Iterable[str],
                 save: Callable[[str, str, int, str | None], object],
                 default_role: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.save = save
        self.taken = {u.casefold() for u in taken_usernames}
        self.heading = QLabel(objectName="pageTitle")
        self.username = QLineEdit(objectName="username")
        self.username.setMaxLength(USERNAME_MAX_LENGTH)
        self.display_name = QLineEdit(objectName="displayName")
        self.display_name.setMaxLength(DISPLAY_NAME_MAX_LENGTH)
        self.role = _role_combo(roles, default_role)
        self.invite = QRadioButton(objectName="invite")
        self.set_password = QRadioButton(objectName="setPassword")
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.invite)
        self.mode.addButton(self.set_password)
        self.invite.setChecked(True)
        self.invite_hint = QLabel(objectName="hint", wordWrap=True)
        self.invite_hint.setContentsMargins(22, 0, 0, 4)
        self.password = QLineEdit(objectName="password")
        self.repeat = QLineEdit(objectName="repeatPassword")
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorLine()
        self.buttons, self.ok_button = dialog_buttons(self)
        for edit in (self.username, self.display_name, self.password, self.repeat):
            edit.textEdited.connect(lambda _text: self.error.clear_error())
        self.mode.buttonToggled.connect(lambda *_: self._show_mode())
        self._lay_out()
        self.retranslate()
        self._show_mode()
        self.username.setFocus()

    def _lay_out(self) -> None:
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        form.setSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for label, field in zip(self.labels[:3], (self.username, self.display_name, self.role),
                                strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.labels[3], self.invite)
        form.addRow(None, self.invite_hint)
        form.addRow(None, self.set_password)
        self.labels[3].setBuddy(self.invite)
        passwords = QHBoxLayout()
        passwords.setSpacing(8)
        passwords.addWidget(self.password)
        passwords.addWidget(self.repeat)
        form.addRow(None, passwords)
        dialog_body(self, self.heading, form, self.error, 4, self.buttons)
        self.setFixedWidth(DIALOG_WIDTH)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add user"))
        self.heading.setText(self.tr("Add user"))
        for label, text in zip(self.labels, (self.tr("&Login:"), self.tr("&Name:"),
                                             self.tr("&Role:"), self.tr("Password:"), ""),
                               strict=True):
            label.setText(text)
        self.username.setPlaceholderText(self.tr("For example: anna"))
        self.display_name.setPlaceholderText(self.tr("As colleagues see it: Анна Смирнова"))
        self.invite.setText(self.tr("Invite: generate a password for the first sign-in"))
        self.invite_hint.setText(self.tr("You see the password once and give it to the user; "
                                         "at the first sign-in they choose their own."))
        self.set_password.setText(self.tr("Set a password"))
        self.password.setPlaceholderText(self.tr("At least %1 characters").replace(
            "%1", str(MIN_LENGTH)))
        self.repeat.setPlaceholderText(self.tr("Repeat the password"))
        self.ok_button.setText(self.tr("Add user"))

    def _show_mode(self) -> None:
        typed = self.set_password.isChecked()
        self.password.setEnabled(typed)
        self.repeat.setEnabled(typed)
        self.error.clear_error()
        if typed:
            self.password.setFocus()

    def values(self) -> tuple[str, str, int, str | None]:
        """What is saved: trimmed names, the role, and the password (None: invitation)."""
        username = self.username.text().strip()
        password = self.password.text() if self.set_password.isChecked() else None
        return (username, self.display_name.text().strip() or username,
                int(self.role.currentData()), password)

    def problem(self) -> tuple[str, QWidget | None]:
        """Why the form cannot be submitted (and where to look), or ("", None)."""
        username, _, _, password = self.values()
        if not username:
            return self.tr("Enter the login the user signs in with."), self.username
        if any(c.isspace() for c in username):
            return self.tr("A login cannot contain spaces."), self.username
        if username.casefold() in self.taken:
            return self.tr("The login «%1» is taken. Choose another one.").replace(
                "%1", username), self.username
        if self.role.currentIndex() < 0:
            return self.tr("Choose the user's role."), self.role
        if password is not None:
            if len(password) < MIN_LENGTH:
                return self.tr("The password must be at least %1 characters long.").replace(
                    "%1", str(MIN_LENGTH)), self.password
            if password != self.repeat.text():
                return self.tr("The passwords do not match. Type the same password "
                               "twice."), self.repeat
        return "", None

    def accept(self) -> None:
        problem, where = self.problem()
        if not problem:
            try:
                self.save(*self.values())
            except SERVICE_ERRORS as exc:
                problem = roster_errors.describe(exc)
        if problem:
            self.error.show_error(problem)
            if where is not None:
                where.setFocus()
            return
        super().accept()


class OneTimePasswordDialog(Retranslatable, QDialog):
    """Shows a first-login password once, with a Copy button; the app keeps no copy."""

    def __init__(self, parent: QWidget | None, display_name: str, username: str,
                 password: str) -> None:
        super().__init__(parent)
        self.setObjectName("oneTimePasswordDialog")
        self.display_name, self.username = display_name, username
        self.heading = QLabel(objectName="pageTitle")
        self.text = QLabel(wordWrap=True)
        self.password = QLineEdit(password, objectName="oneTimePassword")
        self.password.setReadOnly(True)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(self.font().pointSizeF() + 3)
        self.password.setFont(mono)
        self.copy_button = QPushButton(objectName="copyPassword")
        self.copy_button.clicked.connect(self.copy)
        self.warning = QLabel(objectName="hint", wordWrap=True)
        self.done_button = _primary()
        self.done_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.password, 1)
        row.addWidget(self.copy_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.done_button)
        dialog_body(self, self.heading, self.text, row, self.warning, 4, bottom)
        self.setFixedWidth(DIALOG_WIDTH)
        self.copied = False
        self.retranslate()
        self.copy_button.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Password for the first sign-in"))
        self.heading.setText(self.tr("User «%1» added").replace("%1", self.display_name))
        self.text.setText(self.tr("Give this password to %1 (login %2). At the first sign-in "
                                  "the app asks them to choose their own.").replace(
            "%1", self.display_name).replace("%2", self.username))
        self.warning.setText(self.tr("The password is shown only once: the app does not keep "
                                     "it. Copy it now."))
        self.copy_button.setText(self.tr("Copied") if self.copied else self.tr("Copy"))
        self.done_button.setText(self.tr("Done"))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.password.text())
        self.copied = True
        self.retranslate()


class ChangeRoleDialog(Retranslatable, QDialog):
    """Moves one user to another role; ``save(role_id)`` may refuse (the last supervisor)."""

    def __init__(self, parent: QWidget | None, display_name: str, roles: list[RoleChoice],
                 current: int | None, save: Callable[[int], object]) -> None:
        super().__init__(parent)
        self.setObjectName("changeRoleDialog")
        self.display_name, self.current, self.save = display_name, current, save
        self.heading = QLabel(objectName="pageTitle")
        self.text = QLabel(wordWrap=True)
        self.role = _role_combo(roles, current)
        self.role.currentIndexChanged.connect(lambda _i: self.error.clear_error())
        self.error = ErrorLine()
        self.buttons, self.ok_button = dialog_buttons(self)
        dialog_body(self, self.heading, self.text, self.role, self.error, 4, self.buttons)
        self.setFixedWidth(DIALOG_WIDTH - 60)
        self.retranslate()
        self.role.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change role"))
        self.heading.setText(self.tr("Change role"))
        self.text.setText(self.tr("The role decides what %1 sees in the call card: fields, "
                                  "buttons and scripts.").replace("%1", self.display_name))
        self.ok_button.setText(self.tr("Change role"))

    def accept(self) -> None:
        role_id = int(self.role.currentData())
        if role_id != self.current:
            try:
                self.save(role_id)
            except SERVICE_ERRORS as exc:
                self.error.show_error(self.describe(exc))
                return
        super().accept()

    def describe(self, exc: Exception) -> str:
        return roster_errors.describe(exc, user_name=self.display_name,
                                      system_role_name=self.role.itemText(
                                          max(0, self.role.findData(self.current))))


class RemoveUserDialog(QMessageBox):
    """Asks before removing a user; their calls stay in the history."""

    def __init__(self, parent: QWidget | None, display_name: str, username: str) -> None:
        super().__init__(parent)
        self.setObjectName("removeUserDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWindowTitle(self.tr("Remove user"))
        self.setText(self.tr("Remove %1 (login %2)?").replace("%1", display_name).replace(
            "%2", username))
        self.setInformativeText(self.tr(
            "They can no longer sign in. Their calls stay in the history. To let them work "
            "again later, block the user instead."))
        self.remove_button = self.addButton(self.tr("Remove"),
                                            QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.remove_button

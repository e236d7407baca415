"""The two forms of the login window: signing in, and creating the first supervisor.

Forms only lay out fields and say when the user submits (Enter in any field or the
button); ``LoginWindow`` decides what happens.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.roles import SUPERVISOR_ROLE_NAME
from desktop.ui.i18n import Retranslatable
from desktop.ui.widgets import ErrorLine

MIN_PASSWORD_LENGTH = 8


def _line_edit(name: str, password: bool = False) -> QLineEdit:
    edit = QLineEdit(objectName=name)
    edit.setClearButtonEnabled(not password)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setContentsMargins(0, 0, 0, 0)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(10)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class SignInForm(Retranslatable, QWidget):
    """User name, password, the error line and the «Sign in» button."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = _line_edit("userName")
        self.password = _line_edit("password", password=True)
        self.error = ErrorLine()
        self.sign_in_button = QPushButton(objectName="primaryButton")
        self.sign_in_button.setAutoDefault(False)
        self._username_label = QLabel()
        self._password_label = QLabel()

        form = _form_layout()
        form.addRow(self._username_label, self.username)
        form.addRow(self._password_label, self.password)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.sign_in_button)

        for edit in (self.username, self.password):
            edit.returnPressed.connect(self.submitted)
        self.sign_in_button.clicked.connect(self.submitted)
        self.retranslate()

    def retranslate(self) -> None:
        self._username_label.setText(self.tr("User name"))
        self._password_label.setText(self.tr("Password"))
        self.sign_in_button.setText(self.tr("Sign in"))


class FirstRunForm(Retranslatable, QWidget):
    """Creates the first account of a new database: the supervisor who administers the app."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(objectName="pageTitle", wordWrap=True)
        self.explanation = QLabel(objectName="hint", wordWrap=True)
        self.username = _line_edit("newUserName")
        self.display_name = _line_edit("displayName")
        self.password = _line_edit("newPassword", password=True)
        self.repeat = _line_edit("repeatPassword", password=True)
        self.error = ErrorLine()
        self.create_button = QPushButton(objectName="primaryButton")
        self.create_button.setAutoDefault(False)
        self._labels = [QLabel() for _ in range(4)]

        form = _form_layout()
        for label, edit in zip(self._labels, self.fields(), strict=True):
            form.addRow(label, edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.create_button)

        for edit in self.fields():
            edit.returnPressed.connect(self.submitted)
        self.create_button.clicked.connect(self.submitted)
        self.retranslate()

    def fields(self) -> list[QLineEdit]:
        return [self.username, self.display_name, self.password, self.repeat]

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Create the supervisor account"))
        self.explanation.setText(
            self.tr("This database has no users yet. The account you create now gets the "
                    "«%1» role: it administers the app — buttons, scripts, roles and users — "
                    "and can add the operators.").replace("%1", SUPERVISOR_ROLE_NAME))
        texts = [self.tr("User name"), self.tr("Display name"), self.tr("Password"),
                 self.tr("Repeat password")]
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.password.setPlaceholderText(
            self.tr("At least %1 characters").replace("%1", str(MIN_PASSWORD_LENGTH)))
        self.display_name.setPlaceholderText(self.tr("e.g. Anna Petrova"))
        self.create_button.setText(self.tr("Create account and sign in"))

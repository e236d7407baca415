"""PBX connection settings: where the Asterisk manager interface is, and whose phone is
the operator's.

"Test connection" logs in once in a background thread and says in plain words what
happened. Saving writes host, port, user and extension to the settings and the secret
to the system keyring (in a background thread too: a locked keyring may block). Without
a keyring the secret is kept for this session only, and the dialog says so.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.secrets import NoSystemKeyring, SecretError
from desktop.telephony.ami import CheckResult, ConnectionCheck, check_connection
from desktop.telephony.ami_config import (
    AmiConfig,
    load_ami_secret,
    save_ami_config,
    save_ami_secret,
)
from desktop.ui.background import ThreadJob
from desktop.ui.i18n import Retranslatable
from desktop.ui.widgets import ErrorLine, dialog_body, dialog_buttons

__all__ = ["PbxDialog"]

DIALOG_WIDTH = 500
Reporter = Callable[[str, str], None]  # (title, text): tells the user something once
_GOOD, _BAD = "color: #15803d;", "color: #b91c1c;"


def _check_with(check: Callable[[AmiConfig, str], ConnectionCheck],
                load_secret: Callable[[], str], config: AmiConfig,
                secret: str) -> ConnectionCheck:
    """In the worker: the stored secret is read here when none was typed."""
    return check(config, secret or load_secret())


class PbxDialog(Retranslatable, QDialog):
    """Edits ``config`` and ``secret``; after ``exec()`` returns Accepted both are saved
    and ``config()`` / ``secret()`` give what a running PBX source should restart with.

    ``secret`` is "" when it was not read (the keyring is never read on this thread): for
    a connection set up before, the stored secret is kept unless another is typed, and
    a test reads it in its worker."""

    def __init__(self, config: AmiConfig, secret: str, parent: QWidget | None = None, *,
                 check: Callable[[AmiConfig, str], ConnectionCheck] = check_connection,
                 store_secret: Callable[[str], None] = save_ami_secret,
                 load_secret: Callable[[], str] = load_ami_secret,
                 settings: QSettings | None = None, report: Reporter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pbxDialog")
        self._check, self._store_secret, self._settings = check, store_secret, settings
        self._load_secret, self._report = load_secret, report
        self._saved_secret = secret
        # set up before with its secret in the keyring: kept unless another is typed
        self._secret_stored_before = not secret and bool(config.host and config.username)
        self._busy = False
        self.heading = QLabel(objectName="pageTitle")
        self.text = QLabel(objectName="hint", wordWrap=True)
        self.enabled = QCheckBox(objectName="pbxEnabled", checked=config.enabled)
        self.host = QLineEdit(config.host, objectName="pbxHost")
        self.port = QLineEdit(str(config.port), objectName="pbxPort")
        self.port.setValidator(QIntValidator(1, 65535, self.port))
        self.port.setMaximumWidth(90)
        self.username = QLineEdit(config.username, objectName="pbxUser")
        self.secret_edit = QLineEdit(secret, objectName="pbxSecret")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.extension = QLineEdit(config.extension, objectName="pbxExtension")
        self.test_button = QPushButton(objectName="pbxTest")
        self.test_result = QLabel(objectName="pbxResult", wordWrap=True)
        self.error = ErrorLine()
        self.buttons, self.save_button = dialog_buttons(self)
        self.test_button.clicked.connect(self.test_connection)
        self.enabled.toggled.connect(self.error.clear_error)
        for edit in self._edits():
            edit.textEdited.connect(self._edited)
        self._build()
        self.retranslate()

    def _edits(self) -> tuple[QLineEdit, ...]:
        return (self.host, self.port, self.username, self.secret_edit, self.extension)

    def _build(self) -> None:
        self.form = QFormLayout()
        self.form.setSpacing(8)
        self.labels = [QLabel() for _ in self._edits()]
        for label, edit in zip(self.labels, self._edits(), strict=True):
            label.setBuddy(edit)
            self.form.addRow(label, edit)
        test_row = QHBoxLayout()
        test_row.setSpacing(12)
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_result, 1, Qt.AlignmentFlag.AlignTop)
        self.test_result.setContentsMargins(0, 6, 0, 0)  # level with the button text
        dialog_body(self, self.heading, self.text, self.enabled, self.form, test_row, self.error,
                    4, self.buttons)
        self.setFixedWidth(DIALOG_WIDTH)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PBX connection"))
        self.heading.setText(self.tr("Calls from the PBX"))
        self.text.setText(self.tr("When a call rings on your phone, the call card opens by "
                                  "itself. Operator Desk learns about calls from the "
                                  "Asterisk manager interface (AMI) of your PBX."))
        self.enabled.setText(self.tr("&Open the call card for calls from the PBX"))
        texts = (self.tr("&Host:"), self.tr("&Port:"), self.tr("AMI &user:"),
                 self.tr("AMI &secret:"), self.tr("Your e&xtension:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.host.setPlaceholderText(self.tr("pbx.example.com or 10.0.0.5"))
        self.extension.setPlaceholderText(self.tr("For example 101"))
        self.secret_edit.setPlaceholderText(
            self.tr("Saved; type a new one to replace it") if self._secret_stored_before
            else "")
        self.test_button.setText(self.tr("&Test connection"))
        self.save_button.setText(self.tr("Save"))

    # ---- what is typed --------------------------------------------------------------------
    def config(self) -> AmiConfig:
        port = int(self.port.text()) if self.port.text().isdigit() else 0
        return AmiConfig(self.enabled.isChecked(), self.host.text().strip(), port,
                         self.username.text().strip(), self.extension.text().strip())

    def secret(self) -> str:
        return self.secret_edit.text()

    def problem(self) -> tuple[str, QLineEdit | None]:
        """What must be fixed before connecting, and where; ("", None) when nothing."""
        config = self.config()
        checks = (
            (bool(config.host), self.host, self.tr("Type the PBX's host name or address.")),
            (0 < config.port < 65536, self.port,
             self.tr("Type the port of the manager interface (usually 5038).")),
            (bool(config.username), self.username, self.tr("Type the AMI user name.")),
            (bool(self.secret()) or self._secret_stored_before, self.secret_edit,
             self.tr("Type the AMI secret.")),
            (bool(config.extension), self.extension,
             self.tr("Type your extension: the number of your phone on the PBX.")),
        )
        for ok, where, message in checks:
            if not ok:
                return message, where
        return "", None

    def _edited(self) -> None:
        self.error.clear_error()
        self.test_result.clear()

    def _complain(self) -> bool:
        message, where = self.problem()
        if where is not None:
            self.error.show_error(message)
            where.setFocus()
        return where is not None

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.test_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    # ---- test -----------------------------------------------------------------------------
    def test_connection(self) -> None:
        if self._busy or self._complain():
            return
        config, secret = self.config(), self.secret()
        self._show_result(self.tr("Connecting to %1…").replace("%1", _address(config)), "")
        self._set_busy(True)
        job = ThreadJob(partial(_check_with, self._check, self._load_secret, config, secret),
                        "pbx-check")  # no reference to the dialog
        job.finished.connect(self._tested)
        job.start()

    def _tested(self, check: ConnectionCheck | None, error: Exception | None) -> None:
        self._set_busy(False)
        if check is None:
            self._show_result(self.tr("The test failed: %1").replace("%1", str(error)), _BAD)
            return
        self._show_result(self._check_text(check), _GOOD if check.result is CheckResult.OK
                          else _BAD)
        self.test_result.setToolTip(check.detail)

    def _check_text(self, check: ConnectionCheck) -> str:
        address = _address(self.config())
        if check.result is CheckResult.OK:
            return self.tr("Connected: the PBX accepted the user and the secret.")
        if check.result is CheckResult.REFUSED:
            return self.tr("The PBX refused the user name or the secret.")
        if check.result is CheckResult.NOT_AMI:
            return self.tr("Something answers at %1, but it is not an Asterisk manager "
                           "interface. Check the port.").replace("%1", address)
        if check.result is CheckResult.TIMEOUT:
            return self.tr("The PBX did not answer in time. Try again, or check the "
                           "network.")
        return self.tr("Nothing answers at %1. Check the host and the port, and that the "
                       "manager interface is on.").replace("%1", address)

    def _show_result(self, text: str, style: str) -> None:
        self.test_result.setStyleSheet(style)
        self.test_result.setText(text)
        self.test_result.setToolTip("")

    # ---- save -----------------------------------------------------------------------------
    def accept(self) -> None:
        if self._busy or (self.enabled.isChecked() and self._complain()):
            return
        save_ami_config(self.config(), self._settings)
        secret = self.secret()
        if secret == self._saved_secret:
            super().accept()
            return
        self._set_busy(True)
        job = ThreadJob(partial(self._store_secret, secret))
        job.finished.connect(self._secret_stored)
        job.start()

    def _secret_stored(self, _result: object, error: Exception | None) -> None:
        self._set_busy(False)
        if isinstance(error, NoSystemKeyring):
            self._tell(self.tr("PBX connection"),
                       self.tr("No system keyring: the secret is kept for this session only."))
        elif error is not None:
            detail = str(error) if isinstance(error, SecretError) else repr(error)
            self.error.show_error(self.tr("The secret was not saved: %1").replace("%1",
                                                                                  detail))
            return
        self._saved_secret = self.secret()
        super().accept()


    def _tell(self, title: str, text: str) -> None:
        if self._report is not None:
            self._report(title, text)
        else:
            QMessageBox.information(self, title, text)


def _address(config: AmiConfig) -> str:
    return f"{config.host}:{config.port}"

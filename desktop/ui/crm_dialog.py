"""CRM connection settings: the embedded CRM, or a Bitrix24 portal through its webhook.

The webhook address is pasted whole, as Bitrix24 shows it; the dialog keeps the public
part (portal and user) in view and moves the secret key into a masked field of its
own. "Test connection" asks the portal once in a background thread and says in plain
words who the webhook acts as and which permissions it lacks. Saving writes the key to
the system keyring (in a background thread too: a locked keyring may block) and then
the settings; the app switches CRM at the next sign-in, and the dialog says so.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.crm.bitrix24.connection import (
    ConnectionReport,
    Outcome,
    PortalUser,
    check_connection,
    read_portal_users,
)
from desktop.crm.bitrix24.webhook import Webhook, WebhookError
from desktop.crm.config import (
    Bitrix24Plan,
    CrmConfig,
    CrmKind,
    load_webhook_secret,
    public_webhook_url,
    save_crm_config,
    save_webhook_secret,
    split_webhook,
)
from desktop.secrets import NoSystemKeyring, SecretError
from desktop.ui.background import ThreadJob
from desktop.ui.crm_words import CrmWords
from desktop.ui.i18n import Retranslatable
from desktop.ui.widgets import ErrorLine, dialog_body, dialog_buttons, fit_height, set_style_flag

if TYPE_CHECKING:
    from desktop.services.users import UserService

__all__ = ["CrmDialog", "show_crm_dialog"]

DIALOG_WIDTH = 580
FIELD_INDENT = 26  # the Bitrix24 fields sit under their radio button's text
Reporter = Callable[[str, str], None]  # (title, text): tells the user something once
Check = Callable[[Webhook], ConnectionReport]
ReadUsers = Callable[[Webhook], list[PortalUser]]
T = TypeVar("T")
_GOOD, _WARN, _BAD = "color: #15803d;", "color: #b45309;", "color: #b91c1c;"


def _with_webhook(ask: Callable[[Webhook], T], load_secret: Callable[[], str],
                  config: CrmConfig, secret: str) -> T:
    """In the worker: the stored key is read here when none was typed (keyring may block)."""
    return ask(config.webhook(secret or load_secret()))


class CrmDialog(Retranslatable, QDialog):
    """Edits ``config`` and the webhook ``secret`` ("" when it was not read: the stored
    one is kept unless another is pasted); after ``exec()`` returns Accepted both are
    saved and ``config()`` gives what the next sign-in will use. With ``users`` (acting
    as the signed-in supervisor) it also opens the Bitrix24 users dialog."""

    def __init__(self, config: CrmConfig, secret: str, parent: QWidget | None = None, *,
                 check: Check = check_connection,
                 store_secret: Callable[[str], None] = save_webhook_secret,
                 load_secret: Callable[[], str] = load_webhook_secret,
                 settings: QSettings | None = None, report: Reporter | None = None,
                 users: UserService | None = None,
                 read_users: ReadUsers = read_portal_users) -> None:
        super().__init__(parent)
        self.setObjectName("crmDialog")
        self._initial = config
        self._check, self._store_secret, self._load_secret = check, store_secret, load_secret
        self._settings, self._report = settings, report
        self._users, self._read_users = users, read_users
        self.users_dialog: QDialog | None = None
        self._saved_secret = self._opened_key = secret
        self._busy = False
        self.words = CrmWords()
        self.heading = QLabel(objectName="pageTitle")
        self.text = QLabel(objectName="hint", wordWrap=True)
        self.embedded = QRadioButton(objectName="crmEmbedded")
        self.embedded_hint = QLabel(objectName="hint", wordWrap=True)
        self.bitrix24 = QRadioButton(objectName="crmBitrix24")
        self.bitrix24_hint = QLabel(objectName="hint", wordWrap=True)
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.embedded)
        self.kinds.addButton(self.bitrix24)
        (self.bitrix24 if config.kind is CrmKind.BITRIX24 else self.embedded).setChecked(True)
        self.address = QLineEdit(config.webhook_url, objectName="crmWebhookAddress")
        self._address_before = self.address.text()
        self.secret_edit = QLineEdit(secret, objectName="crmWebhookSecret")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.plans = QButtonGroup(self)
        self.plan_buttons = {plan: QRadioButton(objectName=f"crmPlan-{plan}")
                             for plan in Bitrix24Plan}
        for plan, button in self.plan_buttons.items():
            self.plans.addButton(button)
            button.setChecked(plan is config.plan)
        self.paste_hint = QLabel(objectName="hint", wordWrap=True)
        self.test_button = QPushButton(objectName="crmTest")
        self.test_result = QLabel(objectName="crmResult", wordWrap=True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.users_button = QPushButton(objectName="crmUsers")
        self.users_hint = QLabel(objectName="hint", wordWrap=True)
        self.error = ErrorLine()
        self.buttons, self.save_button = dialog_buttons(self)
        self._connect()
        self._build()
        self.retranslate()
        self._kind_changed()

    def _connect(self) -> None:
        self.test_button.clicked.connect(self.test_connection)
        self.users_button.clicked.connect(self.open_users)
        self.bitrix24.toggled.connect(self._kind_changed)
        self.address.textEdited.connect(self._address_edited)
        self.address.editingFinished.connect(lambda: self._split(self.address.text()))
        self.secret_edit.textEdited.connect(self._secret_edited)
        self.plans.buttonToggled.connect(lambda *_: self.error.clear_error())

    def _build(self) -> None:
        self.form = QFormLayout()
        self.form.setSpacing(8)
        self.form.setContentsMargins(FIELD_INDENT, 0, 0, 0)
        self.labels = [QLabel() for _ in range(3)]
        plans = QWidget()
        plans_layout = QVBoxLayout(plans)
        plans_layout.setContentsMargins(0, 4, 0, 0)  # the first one level with its label
        plans_layout.setSpacing(4)
        for button in self.plan_buttons.values():
            plans_layout.addWidget(button)
        for label, field in zip(self.labels, (self.address, self.secret_edit, plans),
                                strict=True):
            self.form.addRow(label, field)
        self.labels[0].setBuddy(self.address)
        self.labels[1].setBuddy(self.secret_edit)
        self.paste_hint.setContentsMargins(FIELD_INDENT, 0, 0, 0)  # wraps right outside a form
        test_row = QHBoxLayout()
        test_row.setContentsMargins(FIELD_INDENT, 0, 0, 0)
        test_row.setSpacing(12)
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_result, 1, Qt.AlignmentFlag.AlignTop)
        self.test_result.setContentsMargins(0, 6, 0, 0)  # level with the button text
        self.bitrix24_box = QWidget(objectName="crmBitrix24Box")  # shown while chosen
        box = QVBoxLayout(self.bitrix24_box)
        box.setContentsMargins(0, 2, 0, 0)
        box.setSpacing(10)
        box.addLayout(self.form)
        box.addWidget(self.paste_hint)
        box.addSpacing(2)
        box.addLayout(test_row)
        if self._users is not None:
            users_row = QHBoxLayout()
            users_row.setContentsMargins(FIELD_INDENT, 0, 0, 0)
            users_row.setSpacing(12)
            users_row.addWidget(self.users_button, 0, Qt.AlignmentFlag.AlignTop)
            users_row.addWidget(self.users_hint, 1, Qt.AlignmentFlag.AlignTop)
            self.users_hint.setContentsMargins(0, 6, 0, 0)
            box.addLayout(users_row)
        dialog_body(self, self.heading, self.text, 4,
                    _choice(self.embedded, self.embedded_hint),
                    _choice(self.bitrix24, self.bitrix24_hint), self.bitrix24_box, self.error,
                    6, self.buttons, spacing=10)
        self.setFixedWidth(DIALOG_WIDTH)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            fit_height(self)  # a longer test result or language never squeezes the form
        return handled

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CRM connection"))
        self.heading.setText(self.tr("Where the clients' data lives"))
        self.text.setText(self.tr("The call card shows the client's data from the CRM chosen "
                                  "here and writes the call's results to it."))
        self.embedded.setText(self.tr("&Embedded CRM"))
        self.embedded_hint.setText(self.tr("Clients, deals and tasks in the app's own "
                                           "database. Nothing to set up."))
        self.bitrix24.setText(self.tr("&Bitrix24"))
        self.bitrix24_hint.setText(self.tr("Your Bitrix24 portal, through an incoming "
                                           "webhook."))
        texts = (self.tr("Webhook &address:"), self.tr("Webhook &key:"), self.tr("Portal's plan:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.address.setPlaceholderText("https://company.bitrix24.ru/rest/1/…")
        self._key_placeholder()
        self.plan_buttons[Bitrix24Plan.STANDARD].setText(
            self.tr("&Standard: 2 requests per second"))
        self.plan_buttons[Bitrix24Plan.ENTERPRISE].setText(
            self.tr("E&nterprise: 5 requests per second"))
        self.paste_hint.setText(self.tr(
            "Paste the whole address Bitrix24 shows for the incoming webhook (Developer "
            "resources → Other → Incoming webhook): its key moves to the key field and is "
            "kept in the system keyring. The webhook needs the CRM, Tasks and Users "
            "permissions."))
        self.test_button.setText(self.tr("&Test connection"))
        self.users_button.setText(self.tr("&Users…"))
        self.users_hint.setText(self.tr("Whom the operators' callbacks, meetings and tasks "
                                        "are assigned to in Bitrix24."))
        self.save_button.setText(self.tr("Save"))

    # ---- what is typed --------------------------------------------------------------------
    def kind(self) -> CrmKind:
        return CrmKind.BITRIX24 if self.bitrix24.isChecked() else CrmKind.EMBEDDED

    def config(self) -> CrmConfig:
        """What would be saved: the address without its key, the rate and users as they were."""
        try:
            url = public_webhook_url(self.address.text())
        except WebhookError:
            url = self.address.text().strip() if self.kind() is CrmKind.BITRIX24 \
                else self._initial.webhook_url
        plan = next(p for p, button in self.plan_buttons.items() if button.isChecked())
        return CrmConfig(self.kind(), url, plan, self._initial.requests_per_second)

    def secret(self) -> str:
        return self.secret_edit.text().strip()

    def _key_is_kept(self) -> bool:
        """No key typed, but one is stored for the address the dialog opened with."""
        if self._saved_secret or not self._initial.webhook_url:
            return False
        try:
            return public_webhook_url(self.address.text()) == public_webhook_url(
                self._initial.webhook_url)
        except WebhookError:
            return False

    def problem(self) -> tuple[str, QLineEdit | None]:
        """What must be fixed before connecting, and where; ("", None) when nothing."""
        if self.kind() is not CrmKind.BITRIX24:
            return "", None
        self._split(self.address.text())  # typed whole rather than pasted
        try:
            public_webhook_url(self.address.text())
        except WebhookError as error:
            return self.words.address_problem(error), self.address
        if not self.secret():
            if self._key_is_kept():
                return "", None
            return self.tr("Paste the whole webhook address: its key is missing."), \
                self.secret_edit
        try:
            self.config().webhook(self.secret())
        except WebhookError:
            return self.tr("The webhook key is not complete: paste the whole address "
                           "again."), self.secret_edit
        return "", None

    def _kind_changed(self) -> None:
        self.bitrix24_box.setVisible(self.kind() is CrmKind.BITRIX24)
        self._edited()

    def _address_edited(self, text: str) -> None:
        pasted = len(text) - len(self._address_before) > 1  # typed keys come one at a time
        self._address_before = text
        if pasted:
            self._split(text)
        self._edited()

    def _secret_edited(self, text: str) -> None:
        if "/" in text:  # the whole address went into the key field
            self._split(text)
        self._edited()

    def _split(self, text: str) -> None:
        """A whole address: the public part stays in view, the key goes to its field."""
        if "/rest/" not in text:
            return
        try:
            public, secret = split_webhook(text)
        except WebhookError:
            return
        self.address.setText(public)
        self._address_before = public
        self.secret_edit.setText(secret)

    def _edited(self) -> None:
        self.error.clear_error()
        for edit in (self.address, self.secret_edit):
            set_style_flag(edit, "invalid", False)
        self._show_result("", "")
        self._key_placeholder()

    def _key_placeholder(self) -> None:
        self.secret_edit.setPlaceholderText(
            self.tr("Saved; paste the address again to replace it")
            if self._key_is_kept() else self.tr("Moves here from the pasted address"))

    def _complain(self) -> bool:
        message, where = self.problem()
        if where is not None:
            self.error.show_error(message)
            set_style_flag(where, "invalid", True)
            where.setFocus()
        return where is not None

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.test_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    # ---- test -----------------------------------------------------------------------------
    def test_connection(self) -> None:
        if self._busy or self.kind() is not CrmKind.BITRIX24 or self._complain():
            return
        config = self.config()
        self._show_result(self.tr("Connecting to %1…").replace("%1", config.portal), "")
        self._set_busy(True)
        job = ThreadJob(partial(_with_webhook, self._check, self._load_secret, config,
                                self.secret()), "crm-check")  # no reference to the dialog
        job.finished.connect(self._tested)
        job.start()

    def _tested(self, report: ConnectionReport | None, error: Exception | None) -> None:
        self._set_busy(False)
        if isinstance(error, WebhookError):  # the kept key is gone (a session-only one)
            self._show_result(self.tr("No webhook key is stored on this computer: paste "
                                      "the whole address again."), _BAD)
        elif report is None:
            self._show_result(self.tr("The test failed: %1").replace("%1", str(error)), _BAD)
        else:
            tone = {Outcome.OK: _GOOD, Outcome.MISSING_SCOPES: _WARN}.get(report.outcome)
            self._show_result(self.words.report(report), tone or _BAD)
            self.test_result.setToolTip(report.detail)

    # ---- users ----------------------------------------------------------------------------
    def open_users(self) -> QDialog | None:
        """Whom each app user is on the portal (typed address and key, not yet saved)."""
        if self._busy or self._users is None or self.kind() is not CrmKind.BITRIX24 \
                or self._complain():
            return None
        from designer.crm_users_dialog import CrmUsersDialog  # supervisors only

        read = partial(_with_webhook, self._read_users, self._load_secret, self.config(),
                       self.secret())
        try:
            dialog = CrmUsersDialog(self._users, read, self)
        except Exception as exc:  # the users could not be listed: the database, a refusal
            from designer.roster_errors import general_text

            self.error.show_error(general_text(exc))
            return None
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.users_dialog = dialog
        return dialog

    def _show_result(self, text: str, style: str) -> None:
        self.test_result.setStyleSheet(style)
        self.test_result.setText(text)
        self.test_result.setToolTip("")

    # ---- save -----------------------------------------------------------------------------
    def accept(self) -> None:
        """The key first, then the settings: a keyring that refuses leaves both as they were."""
        if self._busy or self._complain():
            return
        secret = self.secret()
        if self.kind() is not CrmKind.BITRIX24 or not secret or secret == self._saved_secret:
            self._finish(kept_for_session=False)
            return
        self._set_busy(True)
        job = ThreadJob(partial(self._store_secret, secret), "crm-secret")
        job.finished.connect(self._secret_stored)
        job.start()

    def _secret_stored(self, _result: object, error: Exception | None) -> None:
        self._set_busy(False)
        if error is not None and not isinstance(error, NoSystemKeyring):
            detail = str(error) if isinstance(error, SecretError) else repr(error)
            self.error.show_error(self.tr("The webhook key was not saved: %1").replace(
                "%1", detail))
            return
        self._saved_secret = self.secret()
        self._finish(kept_for_session=error is not None)

    def _finish(self, kept_for_session: bool) -> None:
        config = self.config()
        save_crm_config(config, self._settings)
        said = []
        if kept_for_session:
            said.append(self.tr("No system keyring: the webhook key is kept for this "
                                "session only."))
        if self._changed(config):
            said.append(self.words.switch_notice(config))
        if said:
            self._tell(self.tr("CRM connection"), "\n\n".join(said))
        super().accept()

    def _changed(self, config: CrmConfig) -> bool:
        """Worth a word: another CRM, portal, plan or key than the dialog opened with."""
        before = self._initial
        new_key = config.kind is CrmKind.BITRIX24 and self.secret() not in ("",
                                                                            self._opened_key)
        return new_key or (config.kind, config.webhook_url, config.plan) != (
            before.kind, before.webhook_url, before.plan)

    def _tell(self, title: str, text: str) -> None:
        if self._report is not None:
            self._report(title, text)
        else:
            QMessageBox.information(self, title, text)


def _choice(button: QRadioButton, hint: QLabel) -> QVBoxLayout:
    """A radio button with its explanation right under its text."""
    hint.setContentsMargins(FIELD_INDENT, 0, 0, 0)
    layout = QVBoxLayout()
    layout.setSpacing(1)
    layout.addWidget(button)
    layout.addWidget(hint)
    return layout


def show_crm_dialog(parent: QWidget, on_saved: Callable[[CrmConfig], None] | None = None,
                    config: CrmConfig | None = None,
                    users: UserService | None = None) -> CrmDialog:
    """Open the dialog over ``parent`` (window-modal, not blocking) with what is stored;
    ``on_saved(config)`` runs after a save; ``users`` lets it match users to the portal's.
    The key is not read here: the GUI thread never waits for the keyring."""
    from desktop.crm.config import load_crm_config

    dialog = CrmDialog(config or load_crm_config(), "", parent, users=users)
    if on_saved is not None:
        dialog.accepted.connect(lambda: on_saved(dialog.config()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog

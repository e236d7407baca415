"""Settings → CRM: the choice, the Bitrix24 webhook, its test and its storage, driven
through the widgets (English UI unless a test says otherwise, private settings, no
network: the connection check is a fake)."""

from __future__ import annotations

import threading
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QRadioButton,
)
from pytestqt.qtbot import QtBot

from designer.settings_window import SettingsWindow
from desktop import secrets
from desktop.crm.bitrix24.connection import ConnectionReport, Outcome
from desktop.crm.bitrix24.webhook import Webhook
from desktop.crm.config import (
    SECRET_NAME,
    Bitrix24Plan,
    CrmConfig,
    CrmKind,
    load_crm_config,
    load_webhook_secret,
    save_crm_config,
)
from desktop.services.accounts import SignedIn
from desktop.services.context import Services
from desktop.ui import i18n
from desktop.ui.crm_dialog import CrmDialog
from desktop.ui.main_window import MainWindow
from tests.gui.designer.fakes_scripts import FakeScripts
from tests.gui.fakes import SUPERVISOR, FakeAccounts, make_services

SECRET = "k3q9xw1ryv8z2m4t"
PORTAL = "stroymontazh.bitrix24.ru"
PUBLIC_URL = f"https://{PORTAL}/rest/7/"
FULL_URL = f"{PUBLIC_URL}{SECRET}/"
USER = "Ирина Петрова (ID 7)"
SHOWN_USER = "Ирина Петрова (ID\u00a07)"  # the number stays with its "ID" when lines wrap


class FakeCheck:
    """Answers like the portal would, without a network; remembers what it was asked."""

    def __init__(self, report: ConnectionReport | None = None) -> None:
        self.report = report
        self.asked: list[Webhook] = []
        self.release = threading.Event()
        self.release.set()

    def __call__(self, webhook: Webhook) -> ConnectionReport:
        self.asked.append(webhook)
        self.release.wait(10)
        return self.report or ConnectionReport(Outcome.OK, webhook.portal, USER)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "crm.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def reports() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def open_dialog(qtbot: QtBot, settings: QSettings, reports):
    def make(config: CrmConfig | None = None, secret: str = "",
             check: FakeCheck | None = None, **options) -> CrmDialog:
        dialog = CrmDialog(config or CrmConfig(), secret, settings=settings,
                           check=check or FakeCheck(),
                           report=lambda title, text: reports.append((title, text)), **options)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog
    return make


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """On the button's text: a radio button answers only there, not across its row."""
    at = QPoint(min(12, button.width() // 2), button.height() // 2) \
        if isinstance(button, QRadioButton) else button.rect().center()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=at)


def choose_bitrix24(qtbot: QtBot, dialog: CrmDialog) -> None:
    click(qtbot, dialog.bitrix24)
    assert dialog.bitrix24.isChecked() and dialog.address.isVisible()


def test_a_pasted_address_shows_the_portal_and_hides_the_key(qtbot: QtBot, open_dialog):
    dialog = open_dialog()
    assert dialog.embedded.isChecked() and not dialog.address.isVisible()
    choose_bitrix24(qtbot, dialog)
    QGuiApplication.clipboard().setText(FULL_URL)
    dialog.address.setFocus()
    qtbot.keySequence(dialog.address, QKeySequence.StandardKey.Paste)
    assert dialog.address.text() == PUBLIC_URL
    assert dialog.secret_edit.text() == SECRET
    assert dialog.secret_edit.echoMode() is QLineEdit.EchoMode.Password


def test_an_address_typed_whole_is_split_when_tested(qtbot: QtBot, open_dialog):
    check = FakeCheck()
    check.release.clear()
    dialog = open_dialog(check=check)
    choose_bitrix24(qtbot, dialog)
    type_into(qtbot, dialog.address, FULL_URL)
    click(qtbot, dialog.test_button)
    assert dialog.test_result.text() == f"Connecting to {PORTAL}…"
    assert not dialog.test_button.isEnabled() and not dialog.save_button.isEnabled()
    check.release.set()
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=10_000)
    assert (dialog.address.text(), dialog.secret_edit.text()) == (PUBLIC_URL, SECRET)
    assert check.asked == [Webhook(PORTAL, "7", SECRET)]
    assert dialog.test_result.text() == (f"Connected to {PORTAL}. The webhook acts as {SHOWN_USER} "
                                         "and may use the CRM, tasks and users.")


@pytest.mark.parametrize(("report", "said"), [
    (ConnectionReport(Outcome.MISSING_SCOPES, PORTAL, USER, ("task", "user")),
     f"Connected to {PORTAL} as {SHOWN_USER}, but the webhook lacks the permissions «Tasks», "
     "«Users». Add them to the webhook in Bitrix24 and test again."),
    (ConnectionReport(Outcome.BAD_WEBHOOK, PORTAL),
     f"{PORTAL} refused the webhook: its address or key is wrong, or the webhook was "
     "deleted in Bitrix24."),
    (ConnectionReport(Outcome.UNREACHABLE, PORTAL, detail="Connection refused"),
     f"{PORTAL} does not answer. Check the portal's address and the network, then test "
     "again."),
    (ConnectionReport(Outcome.REFUSED, PORTAL, detail="Method not found"),
     f"{PORTAL} answered with an error: Method not found"),
])
def test_each_answer_of_the_portal_is_said_in_plain_words(qtbot: QtBot, open_dialog,
                                                          report, said):
    dialog = open_dialog(CrmConfig(CrmKind.BITRIX24, PUBLIC_URL), SECRET, FakeCheck(report))
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: dialog.test_result.text() == said, timeout=10_000)
    assert dialog.test_result.toolTip() == report.detail
    type_into(qtbot, dialog.secret_edit, SECRET[:-1])
    assert dialog.test_result.text() == ""  # what was tested is no longer what is typed


def test_the_check_is_said_in_russian(qtbot: QtBot, open_dialog):
    i18n.install_language(i18n.RUSSIAN)
    report = ConnectionReport(Outcome.MISSING_SCOPES, PORTAL, USER, ("crm", "task", "user"))
    dialog = open_dialog(CrmConfig(CrmKind.BITRIX24, PUBLIC_URL), SECRET, FakeCheck(report))
    assert dialog.bitrix24.text() == "&Битрикс24"
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: "Подключено" in dialog.test_result.text(), timeout=10_000)
    assert dialog.test_result.text() == (
        f"Подключено к {PORTAL} (пользователь вебхука: {SHOWN_USER}), но у вебхука нет прав "
        "«CRM», «Задачи», «Пользователи». Добавьте их вебхуку в Битрикс24 и проверьте "
        "ещё раз.")


@pytest.mark.parametrize(("typed", "said"), [
    ("", "Paste the address of the Bitrix24 incoming webhook."),
    ("https://stroymontazh.bitrix24.ru/", "This is not a webhook address: it should look "
                                          "like https://PORTAL/rest/1/KEY/."),
    ("http://stroymontazh.bitrix24.ru/rest/7/", "Bitrix24 webhooks must use https:// "
                                                "(http only for this computer)."),
    ("https://stroymontazh.bitrix24.ru/rest/ivan/", "The webhook address has no user "
                                                    "number after /rest/."),
])
def test_saving_a_wrong_address_says_why_and_saves_nothing(qtbot: QtBot, open_dialog,
                                                           settings, memory_keyring,
                                                           typed, said):
    dialog = open_dialog()
    choose_bitrix24(qtbot, dialog)
    type_into(qtbot, dialog.address, typed)
    type_into(qtbot, dialog.secret_edit, SECRET)
    click(qtbot, dialog.save_button)
    assert dialog.error.text() == said and dialog.error.isVisible()
    assert dialog.address.property("invalid") is True
    assert dialog.isVisible() and dialog.focusWidget() is dialog.address
    assert settings.allKeys() == [] and memory_keyring.secrets == {}
    type_into(qtbot, dialog.address, PUBLIC_URL)
    assert not dialog.error.isVisible() and dialog.address.property("invalid") is False


def test_an_address_without_its_key_is_refused(qtbot: QtBot, open_dialog, settings):
    dialog = open_dialog()
    choose_bitrix24(qtbot, dialog)
    type_into(qtbot, dialog.address, PUBLIC_URL)
    click(qtbot, dialog.save_button)
    assert dialog.error.text() == "Paste the whole webhook address: its key is missing."
    assert dialog.focusWidget() is dialog.secret_edit
    assert settings.allKeys() == []


def test_saving_stores_the_settings_and_the_key_in_the_keyring(qtbot: QtBot, open_dialog,
                                                               settings, memory_keyring,
                                                               reports):
    dialog = open_dialog()
    choose_bitrix24(qtbot, dialog)
    type_into(qtbot, dialog.address, FULL_URL)
    click(qtbot, dialog.plan_buttons[Bitrix24Plan.ENTERPRISE])
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert load_crm_config(settings) == CrmConfig(CrmKind.BITRIX24, PUBLIC_URL,
                                                  Bitrix24Plan.ENTERPRISE)
    assert memory_keyring.secrets == {(secrets.SERVICE, SECRET_NAME): SECRET}
    assert SECRET not in Path(settings.fileName()).read_text(encoding="utf-8")
    assert reports == [("CRM connection", f"Saved. Operator Desk works with Bitrix24 "
                                          f"({PORTAL}) from the next sign-in.")]


def test_a_kept_key_is_used_for_the_test_and_left_alone_on_save(qtbot: QtBot, open_dialog,
                                                                settings, reports):
    stored: list[str] = []
    check = FakeCheck()
    dialog = open_dialog(CrmConfig(CrmKind.BITRIX24, PUBLIC_URL), "", check,
                         store_secret=stored.append, load_secret=lambda: SECRET)
    assert dialog.secret_edit.text() == ""
    assert "Saved; paste the address" in dialog.secret_edit.placeholderText()
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: check.asked != [], timeout=10_000)
    assert check.asked == [Webhook(PORTAL, "7", SECRET)]
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=10_000)
    click(qtbot, dialog.plan_buttons[Bitrix24Plan.ENTERPRISE])
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored == [] and load_crm_config(settings).plan is Bitrix24Plan.ENTERPRISE
    assert [text for _, text in reports] == [
        f"Saved. Operator Desk works with Bitrix24 ({PORTAL}) from the next sign-in."]


def test_another_portal_needs_its_own_key(qtbot: QtBot, open_dialog):
    dialog = open_dialog(CrmConfig(CrmKind.BITRIX24, PUBLIC_URL), "")
    type_into(qtbot, dialog.address, "https://other.bitrix24.ru/rest/1/")
    assert "Saved; paste the address" not in dialog.secret_edit.placeholderText()
    click(qtbot, dialog.test_button)
    assert dialog.error.text() == "Paste the whole webhook address: its key is missing."


def test_choosing_the_embedded_crm_keeps_the_webhook_for_later(qtbot: QtBot, open_dialog,
                                                               settings, memory_keyring,
                                                               reports):
    dialog = open_dialog(CrmConfig(CrmKind.BITRIX24, PUBLIC_URL), SECRET)
    click(qtbot, dialog.embedded)
    assert not dialog.address.isVisible() and not dialog.test_button.isVisible()
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert load_crm_config(settings) == CrmConfig(CrmKind.EMBEDDED, PUBLIC_URL)
    assert memory_keyring.secrets == {}
    assert [text for _, text in reports] == [
        "Saved. Operator Desk works with the embedded CRM from the next sign-in."]


def test_saving_what_was_there_says_nothing(qtbot: QtBot, open_dialog, reports):
    dialog = open_dialog(CrmConfig(CrmKind.BITRIX24, PUBLIC_URL), SECRET)
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted and reports == []


def test_without_a_keyring_the_key_lasts_this_session(qtbot: QtBot, open_dialog, reports):
    keyring.set_keyring(NoKeyring())
    try:
        dialog = open_dialog()
        choose_bitrix24(qtbot, dialog)
        type_into(qtbot, dialog.address, FULL_URL)
        click(qtbot, dialog.save_button)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted,
                        timeout=10_000)
        assert reports == [("CRM connection",
                            "No system keyring: the webhook key is kept for this session "
                            f"only.\n\nSaved. Operator Desk works with Bitrix24 ({PORTAL}) "
                            "from the next sign-in.")]
        assert load_webhook_secret() == SECRET
    finally:
        secrets.delete_secret(SECRET_NAME)


def test_a_keyring_that_refuses_leaves_everything_as_it_was(qtbot: QtBot, open_dialog,
                                                            settings):
    def refuse(_secret: str) -> None:
        raise secrets.SecretError("The system keyring did not store the secret: locked")

    dialog = open_dialog(store_secret=refuse)
    choose_bitrix24(qtbot, dialog)
    type_into(qtbot, dialog.address, FULL_URL)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert dialog.error.text() == ("The webhook key was not saved: The system keyring did "
                                   "not store the secret: locked")
    assert dialog.isVisible() and settings.allKeys() == []


# ---- where it opens --------------------------------------------------------------------
def close_message(told: list[str]) -> None:
    """Read and close the message box the dialog shows, once it is up."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: close_message(told))
        return
    told.append(box.text())
    box.accept()


def team() -> tuple[Services, SignedIn, SignedIn]:
    accounts = FakeAccounts()
    boss = accounts.add("olga", "olga-secret", "Ольга Петрова", SUPERVISOR)
    anna = accounts.add("anna", "anna-secret", "Анна Смирнова")
    services = make_services(accounts)
    services.scripts = FakeScripts()  # type: ignore[assignment]
    return services, boss, anna


def test_the_settings_window_opens_it_from_the_corner_and_names_the_crm(qtbot: QtBot):
    save_crm_config(CrmConfig(CrmKind.BITRIX24, PUBLIC_URL))
    services, boss, _ = team()
    window = SettingsWindow(services, boss, open_designer=lambda script_id: None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    button = window.crm_button
    assert button.isVisible() and button.text() == "CRM"
    assert window.tabs.cornerWidget(Qt.Corner.TopRightCorner).isAncestorOf(button)
    assert button.toolTip().endswith(f"Chosen: Bitrix24 — {PORTAL}.")
    click(qtbot, button)
    dialog = window.crm_dialog
    qtbot.waitExposed(dialog)
    assert dialog.bitrix24.isChecked() and dialog.address.text() == PUBLIC_URL
    click(qtbot, dialog.embedded)
    told: list[str] = []
    QTimer.singleShot(0, lambda: close_message(told))  # the save tells in a message box
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        click(qtbot, dialog.save_button)
    assert told == ["Saved. Operator Desk works with the embedded CRM from the next sign-in."]
    assert load_crm_config().kind is CrmKind.EMBEDDED
    assert button.toolTip().endswith("Chosen: Embedded CRM.")


def test_the_file_menu_offers_it_to_those_who_manage_settings(qtbot: QtBot):
    services, boss, anna = team()
    operator = MainWindow(services, anna)
    qtbot.addWidget(operator)
    assert not operator.crm_action.isVisible()
    assert operator.open_crm_settings() is None
    supervisor = MainWindow(services, boss)
    qtbot.addWidget(supervisor)
    supervisor.show()
    assert supervisor.crm_action.isVisible()
    assert supervisor.crm_action in supervisor.file_menu.actions()
    assert supervisor.crm_action.text() == "&CRM connection…"
    supervisor.crm_action.trigger()
    dialog = supervisor.crm_dialog
    qtbot.waitExposed(dialog)
    assert isinstance(dialog, CrmDialog) and dialog.embedded.isChecked()
    assert dialog.windowModality() is Qt.WindowModality.WindowModal
    dialog.reject()

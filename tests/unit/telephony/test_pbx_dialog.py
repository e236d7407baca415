"""The PBX settings dialog, driven through its widgets (English UI, private settings)."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from desktop import secrets
from desktop.telephony.ami import CheckResult, ConnectionCheck
from desktop.telephony.ami_config import AmiConfig, load_ami_config, load_ami_secret
from desktop.ui.pbx_dialog import PbxDialog
from tests.unit.telephony.fake_ami import FakeAmi


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def reports() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def open_dialog(qtbot, settings, reports):
    def make(config: AmiConfig | None = None, secret: str = "") -> PbxDialog:
        dialog = PbxDialog(config or AmiConfig(), secret, settings=settings,
                           report=lambda title, text: reports.append((title, text)))
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def fill(qtbot, dialog: PbxDialog, port: int, secret: str = "s3cret") -> None:
    if not dialog.enabled.isChecked():
        qtbot.mouseClick(dialog.enabled, Qt.MouseButton.LeftButton)
    assert dialog.enabled.isChecked()
    for edit, text in ((dialog.host, "127.0.0.1"), (dialog.port, str(port)),
                       (dialog.username, "desk"), (dialog.secret_edit, secret),
                       (dialog.extension, "101")):
        type_into(qtbot, edit, text)


def test_the_secret_is_typed_hidden(open_dialog):
    assert open_dialog().secret_edit.echoMode() is QLineEdit.EchoMode.Password


def test_test_connection_says_in_plain_words_what_the_pbx_answered(qtbot, open_dialog):
    dialog = open_dialog()
    with FakeAmi([]) as server:
        fill(qtbot, dialog, server.port, secret="wrong")
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert dialog.test_result.text().startswith("Connecting to 127.0.0.1:")
        assert not dialog.test_button.isEnabled()  # one test at a time
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15_000)
        assert dialog.test_result.text() == "The PBX refused the user name or the secret."
        type_into(qtbot, dialog.secret_edit, "s3cret")
        assert dialog.test_result.text() == ""  # what was tested is no longer what is typed
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15_000)
    assert dialog.test_result.text() == "Connected: the PBX accepted the user and the secret."
    assert [login["Secret"] for login in server.logins] == ["wrong", "s3cret"]


def test_saving_keeps_the_settings_in_qsettings_and_the_secret_in_the_keyring(
        qtbot, open_dialog, settings, memory_keyring):
    dialog = open_dialog()
    fill(qtbot, dialog, 5039)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert load_ami_config(settings) == AmiConfig(True, "127.0.0.1", 5039, "desk", "101")
    assert "s3cret" not in Path(settings.fileName()).read_text(encoding="utf-8")
    assert memory_keyring.secrets == {(secrets.SERVICE, "asterisk-ami"): "s3cret"}
    assert dialog.config().extension == "101" and dialog.secret() == "s3cret"


def test_a_missing_field_is_named_and_nothing_is_saved(qtbot, open_dialog, settings,
                                                       memory_keyring):
    dialog = open_dialog()
    fill(qtbot, dialog, 5038)
    type_into(qtbot, dialog.extension, "")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Type your extension: the number of your phone on the PBX."
    assert dialog.isVisible() and dialog.focusWidget() is dialog.extension
    assert settings.allKeys() == [] and memory_keyring.secrets == {}


def test_turned_off_it_saves_without_asking_for_everything(qtbot, open_dialog, settings):
    dialog = open_dialog(AmiConfig(True, "pbx", 5038, "desk", "101"), "s3cret")
    qtbot.mouseClick(dialog.enabled, Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog.host, "")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted  # secret unchanged: no keyring
    assert load_ami_config(settings).enabled is False


def test_without_a_keyring_the_user_is_told_the_secret_lasts_this_session(
        qtbot, open_dialog, reports):
    keyring.set_keyring(NoKeyring())
    try:
        dialog = open_dialog()
        fill(qtbot, dialog, 5038)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted,
                        timeout=10_000)
        assert reports == [("PBX connection",
                            "No system keyring: the secret is kept for this session only.")]
        assert load_ami_secret() == "s3cret"
    finally:
        secrets.delete_secret("asterisk-ami")


def test_a_stored_secret_is_kept_and_used_without_being_typed_again(qtbot, settings):
    asked: list[str] = []
    stored: list[str] = []

    def check(config: AmiConfig, secret: str) -> ConnectionCheck:
        asked.append(secret)
        return ConnectionCheck(CheckResult.OK)

    config = AmiConfig(enabled=True, host="10.0.0.5", port=5038, username="desk",
                       extension="101")
    dialog = PbxDialog(config, "", settings=settings, check=check,
                       store_secret=stored.append, load_secret=lambda: "from-keyring")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.secret_edit.text() == ""
    assert dialog.secret_edit.placeholderText() == "Saved; type a new one to replace it"
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=10_000)
    assert asked == ["from-keyring"]  # read in the test's worker, never typed
    assert dialog.test_result.text() == "Connected: the PBX accepted the user and the secret."
    type_into(qtbot, dialog.extension, "102")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert stored == [] and load_ami_config(settings).extension == "102"

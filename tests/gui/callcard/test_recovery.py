"""Nothing lost: a workstation killed mid-call reopens the card where it stood."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.app import AppShell
from desktop.cli import open_database
from desktop.crm.demo_data import DEMO_PHONES
from desktop.services.context import Services
from desktop.ui.callcard.recovery import RecoveryDialog
from tests.gui.callcard.stack import WAIT_MS, answer_next_dialog, copy_demo

ROOT = Path(__file__).resolve().parents[3]
TYPED = "Фёдор"


def _kill_mid_call(url: str, tmp_path: Path) -> str:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.callcard.crash_child", url,
         str(tmp_path / "child.ini"), DEMO_PHONES["contact"], TYPED],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("READY"), child.stderr.read() if child.stderr else line
        return line.split()[1]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)


@pytest.fixture
def killed(template: Path, tmp_path: Path) -> Iterator[tuple[AppShell, str]]:
    """A workstation killed mid-call, started again: the shell before sign-in, and the
    call it was taking."""
    url = copy_demo(template, tmp_path)
    call_id = _kill_mid_call(url, tmp_path)
    services = Services.for_database(open_database(url))
    shell = AppShell(services)
    yield shell, call_id
    shell.stop_calls()
    services.close()


def _sign_in_again(qtbot: QtBot, shell: AppShell) -> None:
    shell.open_main(shell.services.accounts.login("pavel", "pavel-demo"))
    qtbot.addWidget(shell.main)


def test_killed_mid_call_reopens_with_every_field_typed(qtbot: QtBot, killed):
    shell, call_id = killed
    said = answer_next_dialog(qtbot, lambda dialog: dialog.accept())
    _sign_in_again(qtbot, shell)
    assert said == ["Unfinished calls"]
    assert shell.calls is not None
    card = shell.calls.open_calls[call_id].card
    assert card.isVisible()
    step = card.script.step_view
    assert step.title.text() == "Кто звонит"
    qtbot.waitUntil(lambda: "contact.NAME" in step.editors, timeout=WAIT_MS)
    assert step.editors["contact.NAME"].text() == TYPED
    assert card.call.field_values["contact.NAME"] == TYPED


def test_recovery_dialog_can_close_the_cards_instead(qtbot: QtBot, killed):
    shell, call_id = killed

    def close_them(dialog) -> None:
        assert isinstance(dialog, RecoveryDialog)
        assert dialog.list.count() == 1
        assert "Кто звонит" in dialog.list.item(0).text()
        dialog.close_button.click()

    answer_next_dialog(qtbot, close_them)
    _sign_in_again(qtbot, shell)
    assert shell.calls is not None and call_id not in shell.calls.open_calls
    shell.calls.wait_journal()
    assert shell.calls.unfinished() == []


def test_recovery_buttons_read_plainly(qtbot: QtBot):
    dialog = RecoveryDialog([], {})
    qtbot.addWidget(dialog)
    roles = {dialog.buttons.buttonRole(b) for b in dialog.buttons.buttons()}
    assert QDialogButtonBox.ButtonRole.AcceptRole in roles
    assert dialog.reopen_button.isDefault()

"""Calls reach the card from every source: `operator-desk call` on a running app, a
call that rang before anyone signed in, and the dial box of the main window."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import AppShell
from desktop.cli import open_database
from desktop.crm.demo_data import DEMO_PHONES
from desktop.domain.call import Direction
from desktop.services.context import Services
from desktop.telephony.events import CallEvent, EventKind
from desktop.telephony.instance import INSTANCE_ENV, InstanceServer
from tests.gui.callcard.stack import WAIT_MS, copy_demo

CALLER = DEMO_PHONES["contact_with_deal"]


@pytest.fixture
def shell(qtbot: QtBot, template: Path, tmp_path: Path) -> Iterator[AppShell]:
    services = Services.for_database(open_database(copy_demo(template, tmp_path)))
    app_shell = AppShell(services)
    yield app_shell
    app_shell.stop_calls()
    if app_shell.main is not None:
        app_shell.main.hide()
        app_shell.main.deleteLater()
    services.close()


def _sign_in(shell: AppShell, qtbot: QtBot) -> None:
    shell.open_main(shell.services.accounts.login("anna", "anna-demo"))
    qtbot.addWidget(shell.main)


def _cards(shell: AppShell) -> list:
    assert shell.calls is not None
    return [o.card for o in shell.calls.open_calls.values()]


def test_call_command_reaches_the_running_app(qtbot: QtBot, shell: AppShell,
                                              monkeypatch: pytest.MonkeyPatch):
    name = f"od-test-{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv(INSTANCE_ENV, name)
    server = InstanceServer(name)
    assert server.listen()
    server.event_received.connect(shell.handle_event)
    try:
        _sign_in(shell, qtbot)
        process = subprocess.Popen([sys.executable, "-m", "desktop", "call", CALLER],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        qtbot.waitUntil(lambda: process.poll() is not None and bool(_cards(shell)),
                        timeout=30_000)
        assert process.returncode == 0, process.communicate()[1]
        card = _cards(shell)[0]
        assert card.isVisible() and card.number.text() == "+7 916 234-56-78"

        process = subprocess.Popen([sys.executable, "-m", "desktop", "call", CALLER, "--end"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        qtbot.waitUntil(lambda: process.poll() is not None
                        and card.state_label.text() == "Call ended", timeout=30_000)
    finally:
        server.close()


def test_a_call_before_sign_in_opens_once_signed_in(qtbot: QtBot, shell: AppShell):
    shell.handle_event(CallEvent(EventKind.INCOMING, CALLER))
    assert shell.calls is None and len(shell.waiting_events) == 1
    _sign_in(shell, qtbot)
    cards = _cards(shell)
    assert len(cards) == 1 and cards[0].isVisible()
    assert shell.waiting_events == []


def test_dial_box_opens_an_outgoing_card_and_refuses_junk(qtbot: QtBot, shell: AppShell):
    _sign_in(shell, qtbot)
    main = shell.main
    assert main is not None and main.dial_number.isEnabled()
    qtbot.keyClicks(main.dial_number, "not a number")
    qtbot.keyClick(main.dial_number, Qt.Key.Key_Return)
    assert main.dial_error.isVisible() and "not a phone number" in main.dial_error.text()
    assert _cards(shell) == []

    main.dial_number.clear()
    qtbot.keyClicks(main.dial_number, "8 915 700 80 90")
    qtbot.mouseClick(main.dial_button, Qt.MouseButton.LeftButton)
    cards = _cards(shell)
    assert len(cards) == 1 and cards[0].call.direction is Direction.OUTGOING
    assert cards[0].direction.text() == "Outgoing call"
    assert main.dial_number.text() == "" and not main.dial_error.isVisible()
    qtbot.waitUntil(lambda: not cards[0].client_title.property("searching"), timeout=WAIT_MS)
    assert cards[0].client_title.text() == "Алексей Соколов"


def test_a_ringing_pbx_call_opens_the_card_and_its_hang_up_ends_it(qtbot: QtBot,
                                                                   shell: AppShell):
    from desktop.telephony.ami_config import AmiConfig, save_ami_config, save_ami_secret
    from tests.unit.telephony.fake_ami import FakeAmi

    with FakeAmi(["incoming_answered"]) as server:
        save_ami_config(AmiConfig(enabled=True, host="127.0.0.1", port=server.port,
                                  username="desk", extension="101"))
        save_ami_secret("s3cret")
        _sign_in(shell, qtbot)
        qtbot.waitUntil(lambda: bool(_cards(shell)), timeout=WAIT_MS)
        card = _cards(shell)[0]
        assert card.number.text() == "+7 999 123-45-67"
        qtbot.waitUntil(lambda: card.state_label.text() == "Call ended", timeout=WAIT_MS)
        assert server.logins[0]["Secret"] == "s3cret"
        assert shell.main is not None and shell.main.pbx_action.isVisible()

"""The whole call-card stack on a demo database, as the app builds it after sign-in.

The demo database is built once per test session and copied for each test (the demo
install takes seconds; a copy milliseconds).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.cli import open_database
from desktop.demo import install_demo
from desktop.services.context import Services
from desktop.telephony.events import CallEvent, EventKind
from desktop.ui.callcard.card import CallCard
from desktop.ui.callcard.controller import CallController

WAIT_MS = 10_000


def build_demo_template(folder: Path) -> Path:
    path = folder / "demo.db"
    db = open_database(f"sqlite:///{path}")
    install_demo(db)
    db.dispose()
    return path


def copy_demo(template: Path, folder: Path) -> str:
    target = folder / "calls.db"
    shutil.copy(template, target)
    return f"sqlite:///{target}"


class Stack:
    """Services and a started controller for one signed-in demo user."""

    def __init__(self, qtbot: QtBot, url: str, username: str, password: str) -> None:
        self.qtbot = qtbot
        self.services = Services.for_database(open_database(url))
        self.signed_in = self.services.accounts.login(username, password)
        assert self.services.call_work and self.services.outbox and self.services.crm
        self.controller = CallController(self.services.call_work, self.services.outbox,
                                         self.services.crm, self.signed_in)
        self.controller.start()
        qtbot.waitUntil(lambda: bool(self.controller.catalog) and bool(self.controller.names),
                        timeout=WAIT_MS)

    def ring(self, number: str, kind: EventKind = EventKind.INCOMING) -> CallCard:
        card = self.controller.handle(CallEvent(kind, number))
        assert card is not None
        return card

    def hang_up(self, number: str) -> None:
        self.controller.handle(CallEvent(EventKind.END, number))

    def wait_client(self, card: CallCard) -> None:
        self.qtbot.waitUntil(lambda: not card.client_title.property("searching"),
                             timeout=WAIT_MS)

    def close(self) -> None:
        self.controller.shutdown()
        self.services.close()


def stack_fixture(qtbot: QtBot, template: Path, tmp_path: Path
                  ) -> Iterator[Callable[[str, str], Stack]]:
    stacks: list[Stack] = []

    def make(username: str, password: str) -> Stack:
        stack = Stack(qtbot, copy_demo(template, tmp_path), username, password)
        stacks.append(stack)
        return stack

    yield make
    for stack in stacks:
        stack.close()


def answer_next_dialog(qtbot: QtBot, act: Callable[[QWidget], None]) -> list[str]:
    """Run ``act`` on the next modal dialog or message box once it is up; returns a list
    that holds what it said afterwards (a message box's text, a dialog's title)."""
    seen: list[str] = []

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, (QDialog, QMessageBox)) and modal.isVisible():
            seen.append(modal.text() if isinstance(modal, QMessageBox)
                        else modal.windowTitle())
            act(modal)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def press(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    return act

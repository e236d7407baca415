"""A workstation that is killed mid-call: run as a child process by the recovery test.

``python -m tests.gui.callcard.crash_child URL SETTINGS NUMBER NAME`` signs in as the
demo support operator, takes a call from NUMBER, goes to the script's second step,
types NAME into the contact's first name, waits until the journal has it, prints
READY and waits to be killed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import create_qapp
from desktop.cli import open_database
from desktop.services.context import Services
from desktop.telephony.events import CallEvent, EventKind
from desktop.ui.callcard.controller import CallController
from desktop.ui.settings import settings_file

FIELD = "contact.NAME"


def spin_until(condition, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        QApplication.processEvents()
        time.sleep(0.01)


def type_into(widget: QWidget, text: str) -> None:
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def main(url: str, settings: str, number: str, name: str) -> None:
    with settings_file(Path(settings)):
        create_qapp(["crash-child"])
        services = Services.for_database(open_database(url))
        signed_in = services.accounts.login("pavel", "pavel-demo")
        controller = CallController(services.call_work, services.outbox, services.crm,
                                    signed_in)
        controller.start()
        spin_until(lambda: bool(controller.catalog))
        card = controller.handle(CallEvent(EventKind.INCOMING, number))
        spin_until(lambda: bool(card.script.step_view.nav_buttons))
        QTest.mouseClick(card.script.step_view.nav_buttons[0], Qt.MouseButton.LeftButton)
        spin_until(lambda: FIELD in card.script.step_view.editors)
        editor = card.script.step_view.editors[FIELD]
        target = editor.input.focusProxy() or editor.input
        type_into(target, name)
        call_id = card.call.id

        def journaled() -> bool:
            stored = [c for c in controller.work.unfinished(signed_in.user.id)
                      if c.id == call_id]
            return bool(stored) and stored[0].field_values.get(FIELD) == name

        spin_until(journaled)
        print("READY", call_id, flush=True)
        while True:  # killed here, mid-call
            QApplication.processEvents()
            time.sleep(0.05)


if __name__ == "__main__":
    main(*sys.argv[1:5])

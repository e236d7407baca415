"""The call card's screens for ``operator-desk tour``, rendered offscreen.

Calls are taken on a scratch copy of the demo data (a call writes its journal and its
result to the CRM), by the demo operators: Анна (sales, two scripts) and Павел
(support, one script, keeps the card open after the call).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.crm.demo_data import DEMO_PHONES, DEMO_UNKNOWN_PHONE
from desktop.domain.call import CallSession, Direction
from desktop.domain.crm_types import EntityType
from desktop.services import results
from desktop.services.context import Services
from desktop.telephony.events import CallEvent, EventKind
from desktop.ui import i18n
from desktop.ui.callcard.card import CLIENT_TAB, SCRIPT_TAB, CallCard
from desktop.ui.callcard.controller import CallController
from desktop.ui.callcard.recovery import RecoveryDialog
from desktop.ui.callcard.result_dialog import ResultDialog
from desktop.ui.settings import settings_file
from desktop.ui.tour import grab_png, scratch_demo, settle

CARD_SIZE = (1060, 720)
WAIT_MS = 10_000
CALLER = DEMO_PHONES["contact_and_lead"]
SALES_STEP_WITH_FIELDS = 1  # the sales script's second step asks for the contact's name


class _Calls:
    """One operator signed in on the scratch data, with a running controller."""

    def __init__(self, services: Services, username: str, password: str) -> None:
        assert services.call_work and services.outbox and services.crm
        self.services = services
        self.signed_in = services.accounts.login(username, password)
        self.controller = CallController(services.call_work, services.outbox, services.crm,
                                         self.signed_in)
        self.controller.start()
        _wait(lambda: bool(self.controller.catalog) and bool(self.controller.names))

    def ring(self, number: str, kind: EventKind = EventKind.INCOMING) -> CallCard:
        card = self.controller.handle(CallEvent(kind, number))
        assert card is not None
        card.resize(*CARD_SIZE)
        _wait(lambda: not card.client_title.property("searching"))
        _wait(lambda: not self.controller.runner.busy())
        return card

    def close(self) -> None:
        self.controller.shutdown()


def _wait(condition: Callable[[], bool]) -> None:
    from PySide6.QtCore import QDeadlineTimer, QThread

    deadline = QDeadlineTimer(WAIT_MS)
    while not condition():
        if deadline.hasExpired():
            raise RuntimeError("The call card did not fill in time.")
        settle()
        QThread.msleep(10)
    settle()


def _client_tab(calls: _Calls) -> QWidget:
    card = calls.ring(CALLER)
    card.show_tab(CLIENT_TAB)
    return card


def _picker(calls: _Calls) -> QWidget:
    card = calls.ring(CALLER)
    card.show_tab(SCRIPT_TAB)
    return card


def _script_step(calls: _Calls) -> QWidget:
    card = calls.ring(CALLER)
    card.show_tab(SCRIPT_TAB)
    panel = card.script
    if panel.pages.currentWidget() is panel.picker:
        panel.picker.chosen.emit(panel.picker.versions()[0])
    buttons = panel.step_view.nav_buttons
    if len(buttons) >= SALES_STEP_WITH_FIELDS:
        buttons[SALES_STEP_WITH_FIELDS - 1].click()
    settle()
    return card


def _result_dialog(calls: _Calls) -> QWidget:
    card = calls.ring(CALLER)
    open_call = calls.controller.open_calls[card.call.id]  # type: ignore[union-attr]
    button = next(b for b in calls.controller.buttons if b.title == "Перезвонить")
    now = datetime.now(UTC)
    prompts = results.prompts(button, open_call.call, open_call.client,
                              calls.signed_in.user, now)
    dialog = ResultDialog(button, prompts, results.warnings(button, open_call.client),
                          calls.controller.names, card)
    card.show()
    dialog.show()
    settle()
    return dialog


def _after_call(calls: _Calls) -> QWidget:
    """Павел's card after the call: result recorded, kept open for after-call work."""
    card = calls.ring(DEMO_PHONES["contact_with_deal"])
    open_call = calls.controller.open_calls[card.call.id]  # type: ignore[union-attr]
    button = next(b for b in calls.controller.buttons if b.title == "Решено")
    now = datetime.now(UTC)
    writes = results.plan_result(button, open_call.call, open_call.client,
                                 calls.signed_in.user, {}, now)
    calls.controller.record(open_call, button, writes, now)
    calls.controller.journal.wait_idle()
    calls.controller.end_call(open_call.call.id)
    _wait(lambda: card.result_label.text() == "Решено")
    card.show_tab(CLIENT_TAB)
    return card


def _new_client(calls: _Calls) -> QWidget:
    card = calls.ring(DEMO_UNKNOWN_PHONE, EventKind.OUTGOING)
    card.show_tab(CLIENT_TAB)
    return card


def _recovery(calls: _Calls) -> QWidget:
    started = datetime.now(UTC) - timedelta(minutes=7)
    versions = {v.script_id: v for v in calls.controller.scripts}
    sales = next(iter(versions.values()))
    script = sales.script()
    start = script.start_step_id or ""
    call = CallSession(number="+79991234567", direction=Direction.INCOMING,
                       started_at=started, client_title="Анна Смирнова")
    call.choose_script(sales.script_id, sales.number, start)
    nexts = script.next_steps(start)
    if nexts:
        call.go_to(nexts[0].id)
    other = CallSession(number="+74951234567", direction=Direction.OUTGOING,
                        started_at=started - timedelta(minutes=40),
                        client_title="ООО «СтройМонтаж»")
    other.record_result(1, started - timedelta(minutes=35))
    return RecoveryDialog([call, other], versions)


def _main_window(calls: _Calls) -> QWidget:
    """The operator's main window with the dial box, and a CRM write the CRM refused
    (a deal removed meanwhile) waiting in the outbox for Retry or Discard."""
    from desktop.crm.writes import CrmWrite, WriteKind
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tour import MAIN_WINDOW_SIZE

    outbox = calls.services.outbox
    assert outbox is not None
    outbox.add([CrmWrite(WriteKind.COMMENT, EntityType.DEAL, "999",
                         {"text": "Клиент подтвердил оплату."})])
    calls.controller.delivery.wake()
    _wait(lambda: outbox.counts()[1] == 1)
    window = MainWindow(calls.services, calls.signed_in)
    window.attach_calls(calls.controller)
    window.resize(*MAIN_WINDOW_SIZE)
    window.dial_number.setText("+7 915 700-80-90")
    window.outbox_view.refresh()
    return window


SCREENS: tuple[tuple[str, str, Callable[[_Calls], QWidget]], ...] = (
    ("callcard_client", "anna", _client_tab),
    ("callcard_script_picker", "anna", _picker),
    ("callcard_script", "anna", _script_step),
    ("callcard_result", "anna", _result_dialog),
    ("callcard_after_call", "pavel", _after_call),
    ("callcard_new_client", "anna", _new_client),
    ("callcard_recovery", "anna", _recovery),
    ("main_window_outbox", "anna", _main_window),
)
PASSWORDS = {"anna": "anna-demo", "pavel": "pavel-demo"}


def render_callcard_screens(out_dir: Path, language: str = "ru") -> list[Path]:
    """Render the call card's screens into ``out_dir``; returns the PNG files written."""
    from desktop.ui.tour import ensure_offscreen_app

    ensure_offscreen_app()
    previous = i18n.current_language()
    paths: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="operator-desk-card-") as scratch, \
            settings_file(Path(scratch) / "settings.ini"):
        i18n.install_language(language)
        try:
            with scratch_demo(Path(scratch), "calls.sqlite3") as services:
                for name, username, shoot in SCREENS:
                    calls = _Calls(services, username, PASSWORDS[username])
                    try:
                        widget = shoot(calls)
                        widget.show()
                        paths.append(grab_png(widget, Path(out_dir) / f"{name}.png"))
                        widget.hide()
                    finally:
                        calls.close()
                        settle()
        finally:
            i18n.install_language(previous)
            settle()
    return paths


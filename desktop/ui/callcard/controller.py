"""What happens on a call: events open and end cards, the journal is written as the
operator works, results are recorded and their CRM writes queued in the outbox.

The controller lives as long as the operator is signed in. It keeps one card built
and hidden, so a ringing call shows at once; the CRM is asked in the card's runner
and every database write goes through one ordered background thread (the journal),
so neither ever blocks the operator.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import ClassVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QSystemTrayIcon, QWidget

from desktop.crm import phones
from desktop.crm.errors import CrmRejected, InvalidPhoneError
from desktop.crm.gateway import CrmGateway, FieldMeta
from desktop.crm.outbox import Outbox, OutboxEntry
from desktop.domain.buttons import ActionButton
from desktop.domain.call import CallSession, CallState, Direction
from desktop.domain.crm_types import EntityType
from desktop.services import results
from desktop.services.accounts import SignedIn
from desktop.services.call_work import CallWork
from desktop.telephony.events import CallEvent, EventKind
from desktop.ui import icons
from desktop.ui.callcard.card import SCRIPT_TAB, CallCard
from desktop.ui.callcard.crm_runner import CrmRunner, load_catalog
from desktop.ui.callcard.result_dialog import ResultDialog
from desktop.ui.formatting import format_phone
from desktop.ui.outbox_worker import OutboxWorker
from desktop.ui.serial_worker import SerialWorker

JOURNAL_DELAY_MS = 300  # a change reaches the database at most this long after it is made
VOCABULARY_RETRY_MS = 10_000
Clock = Callable[[], datetime]


@dataclass
class OpenCall:
    """A call with its card, the client found for it and its pending journal write."""

    call: CallSession
    card: CallCard
    client: results.ClientContext = field(default_factory=results.ClientContext)
    timer: QTimer | None = None


class CallController(QObject):
    """``card_shown`` carries each card as it appears; ``calls_changed`` tells the main
    window its call history moved (a result recorded, a card closed)."""

    card_shown = Signal(object)
    calls_changed = Signal()
    # Running controllers are held here until shut down, whoever else lets go of them:
    # their threads must be stopped before Qt may delete them.
    _running: ClassVar[set[CallController]] = set()

    def __init__(self, work: CallWork, outbox: Outbox, gateway: CrmGateway,
                 signed_in: SignedIn, *, window: QWidget | None = None,
                 region: str = phones.DEFAULT_REGION, clock: Clock | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work, self.outbox, self.gateway = work, outbox, gateway
        self.signed_in = signed_in
        self.window = window
        self.region = region
        self.clock: Clock = clock or (lambda: datetime.now(UTC))
        self.runner = CrmRunner(gateway, self)
        self.journal = SerialWorker("journal", self)
        self.delivery = OutboxWorker(outbox, gateway, parent=self)
        self.delivery.delivered.connect(self._delivered)
        self.delivery.failed.connect(self._failed)
        self.delivery.postponed.connect(self._postponed)
        self.catalog: dict[tuple[EntityType, str], FieldMeta] = {}
        self.names: dict[str, str] = {}
        self.scripts = work.scripts_for(signed_in.role)
        self.buttons = work.buttons_for(signed_in.role)
        self.last_used = work.last_used_scripts(signed_in.user.id) if signed_in.user.id else []
        self.open_calls: dict[str, OpenCall] = {}
        self._spare: list[CallCard] = []
        self._waiting_saves: dict[int, str] = {}  # outbox entry -> call id
        self._waiting_leads: dict[int, str] = {}
        self._tray: QSystemTrayIcon | None = None
        self._stopped = False

    # ---- start and stop -------------------------------------------------------------
    def start(self) -> None:
        """Build the spare card, read the CRM's vocabulary, start delivering the outbox."""
        self._spare.append(self._build_card())
        self._load_vocabulary()
        self.delivery.start()
        CallController._running.add(self)

    @classmethod
    def shutdown_all(cls) -> None:
        """Stop every controller still running (the app quitting, a test ending)."""
        for controller in list(cls._running):
            controller.shutdown()

    def _load_vocabulary(self) -> None:
        """The CRM's fields, statuses and stages; asked again later while it is down (the
        card works meanwhile: fields show by code, statuses by ID)."""
        def later(_error: Exception) -> None:
            if not self._stopped:
                QTimer.singleShot(VOCABULARY_RETRY_MS, self, self._load_vocabulary)

        if not self.catalog:
            self.runner.submit(load_catalog, self._catalog_loaded, later)
        if not self.names:
            self.runner.submit(_vocabulary_names, self.names.update, later)

    def shutdown(self) -> None:
        """Write every open call down and stop the threads (signing out, quitting)."""
        if self._stopped:
            return
        self._stopped = True
        CallController._running.discard(self)
        for open_call in list(self.open_calls.values()):
            self._save_now(open_call)
        self.journal.shutdown()
        self.delivery.stop()
        self.runner.shutdown()
        for card in self._spare + [o.card for o in self.open_calls.values()]:
            card.hide()
            card.deleteLater()
        self.open_calls.clear()
        self._spare.clear()

    def _catalog_loaded(self, catalog: dict[tuple[EntityType, str], FieldMeta]) -> None:
        self.catalog = catalog
        for open_call in self.open_calls.values():
            open_call.card.script.set_catalog(catalog)

    # ---- events ---------------------------------------------------------------------
    def handle(self, event: CallEvent) -> CallCard | None:
        """A call rings, is placed or ends; returns the card it opened, if any."""
        number = self._normalized(event.number)
        if event.kind is EventKind.END:
            open_call = self._find_live(number)
            if open_call is not None:
                self.end_call(open_call.call.id)
            return None
        direction = (Direction.INCOMING if event.kind is EventKind.INCOMING
                     else Direction.OUTGOING)
        now = self.clock()
        call = CallSession(number=number, direction=direction, started_at=now,
                           operator_id=self.signed_in.user.id)
        call.answer(now)
        return self.open_card(call)

    def dial(self, number: str) -> CallCard:
        """Start an outgoing call card by hand (the dial box). Raises InvalidPhoneError."""
        phones.normalize(number, self.region)
        card = self.handle(CallEvent(EventKind.OUTGOING, number, source="dial"))
        assert card is not None
        return card

    def _normalized(self, number: str) -> str:
        try:
            return phones.normalize(number, self.region)
        except InvalidPhoneError:
            return number.strip()

    def _find_live(self, number: str) -> OpenCall | None:
        live = [o for o in self.open_calls.values()
                if o.call.number == number and o.call.state in (CallState.RINGING,
                                                                CallState.ACTIVE)]
        return live[-1] if live else None

    # ---- the card -------------------------------------------------------------------
    def open_card(self, call: CallSession) -> CallCard:
        """Show ``call`` in a card: a new call, or one recovered from the journal."""
        card = self._spare.pop() if self._spare else self._build_card()
        open_call = OpenCall(call, card)
        self.open_calls[call.id] = open_call
        card.show_call(call, format_phone(call.number))
        card.results.set_recorded(self._button(call.result_button_id))
        card.results.set_enabled_all(not call.has_result)
        card.set_result(self._result_title(call))
        card.script.set_catalog(self.catalog)
        card.script.set_scripts(self.scripts, self.last_used)
        card.client.set_role(self.signed_in.role, self.catalog)
        chosen = (call.crm_entity, call.crm_item_id) if call.crm_entity and call.crm_item_id \
            else None
        card.client.begin(call.number, chosen)
        card.script.start(call)
        card.tabs.setCurrentIndex(SCRIPT_TAB if self.scripts else 0)
        card.present()
        self._notify(call)
        self._changed(card)  # journaled within moments, after the card has painted
        self.card_shown.emit(card)
        return card

    def _build_card(self) -> CallCard:
        card = CallCard(self.runner)
        card.results.set_buttons(self.buttons)
        card.script.changed.connect(lambda: self._changed(card))
        card.client.client_changed.connect(lambda ctx: self._client_changed(card, ctx))
        card.client.save_requested.connect(
            lambda entity, item_id, values: self._save_fields(card, entity, item_id, values))
        card.client.create_lead_requested.connect(
            lambda name, number: self._create_lead(card, name, number))
        card.results.pressed.connect(lambda button: self.press_result(card, button))
        card.close_requested.connect(lambda: self.request_close(card))
        card.ensurePolished()
        card.layout().activate()
        return card

    def _open_of(self, card: CallCard) -> OpenCall | None:
        call = card.call
        return self.open_calls.get(call.id) if call is not None else None

    def _notify(self, call: CallSession) -> None:
        """A tray message when the app is not the window the operator looks at."""
        if QApplication.activeWindow() is not None or not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._tray is None:
            self._tray = QSystemTrayIcon(icons.icon(icons.APP), self)
            self._tray.show()
        title = (self.tr("Incoming call") if call.direction is Direction.INCOMING
                 else self.tr("Outgoing call"))
        self._tray.showMessage(title, format_phone(call.number))

    # ---- journal --------------------------------------------------------------------
    def _changed(self, card: CallCard) -> None:
        open_call = self._open_of(card)
        if open_call is None:
            return
        if open_call.call.script_id is not None and open_call.call.script_id not in \
                self.last_used[:1]:
            self.last_used = [open_call.call.script_id] + [
                s for s in self.last_used if s != open_call.call.script_id]
        if open_call.timer is None:
            open_call.timer = QTimer(self, singleShot=True, interval=JOURNAL_DELAY_MS)
            open_call.timer.timeout.connect(lambda: self._save_now(open_call))
        if not open_call.timer.isActive():
            open_call.timer.start()

    def _save_now(self, open_call: OpenCall, on_done: Callable[[object], None] | None = None
                  ) -> None:
        if open_call.timer is not None:
            open_call.timer.stop()
        snapshot = copy.deepcopy(open_call.call)
        self.journal.submit(lambda: self.work.save(snapshot), on_done, self._journal_failed)

    def _journal_failed(self, error: Exception) -> None:
        parent = self.window if self.window is not None else None
        QMessageBox.warning(parent, self.tr("Call journal"), self.tr(
            "The call could not be written to the database: %1\nThe card keeps what you "
            "typed; it is written again with your next change.").replace("%1", str(error)))

    def wait_journal(self) -> None:
        """Write pending changes now and wait until the journal has them (tests, quit)."""
        for open_call in self.open_calls.values():
            if open_call.timer is not None and open_call.timer.isActive():
                self._save_now(open_call)
        self.journal.wait_idle()

    # ---- client ---------------------------------------------------------------------
    def _client_changed(self, card: CallCard, client: results.ClientContext) -> None:
        open_call = self._open_of(card)
        if open_call is None:
            return
        open_call.client = client
        title = caller_name(client) or self.tr("New client")
        entity, item_id = client.chosen if client.chosen else (None, None)
        open_call.call.set_client(entity, item_id, title)
        card.set_client_title(title)
        card.script.set_client_values(
            results.template_values(open_call.call, client, self.signed_in.user))
        self._changed(card)

    def _save_fields(self, card: CallCard, entity: EntityType, item_id: str,
                     values: dict) -> None:
        open_call = self._open_of(card)
        call_id = open_call.call.id if open_call else None
        metas = {code: meta for (kind, code), meta in self.catalog.items() if kind is entity}

        def queued(entry_id: object) -> None:
            self._waiting_saves[int(entry_id)] = call_id or ""
            self.delivery.wake()

        def refused(error: Exception) -> None:
            field_errors = error.field_errors if isinstance(error, CrmRejected) else {}
            card.client.show_save_result(False, str(error), field_errors,
                                         item=(entity, item_id))

        self.journal.submit(
            lambda: self.work.save_fields(call_id, entity, item_id, values, metas),
            queued, refused)

    def _create_lead(self, card: CallCard, name: str, number: str) -> None:
        open_call = self._open_of(card)
        call_id = open_call.call.id if open_call else None

        def queued(created: object) -> None:
            entry_id, _key = created  # type: ignore[misc]
            self._waiting_leads[entry_id] = call_id or ""
            self.delivery.wake()

        self.journal.submit(lambda: self.work.create_lead(call_id, name, number), queued,
                            lambda error: card.client.show_save_result(False, str(error), {}))

    def _card_of_call(self, call_id: str) -> CallCard | None:
        open_call = self.open_calls.get(call_id)
        return open_call.card if open_call else None

    def _delivered(self, entry: OutboxEntry) -> None:
        item = (entry.write.entity, entry.item_id)
        if entry.id in self._waiting_saves:
            card = self._card_of_call(self._waiting_saves.pop(entry.id))
            if card is not None:
                card.client.show_save_result(True, self.tr("Saved in the CRM."), {},
                                             item=item)
        elif entry.id in self._waiting_leads:
            card = self._card_of_call(self._waiting_leads.pop(entry.id))
            if card is not None:
                card.client.reload()
        elif entry.write.call_id is not None:  # a result's comment or activity: show it
            card = self._card_of_call(entry.write.call_id)
            if card is not None:
                card.client.history.reload()

    def _failed(self, entry: OutboxEntry) -> None:
        call_id = self._waiting_saves.pop(entry.id, None) or self._waiting_leads.pop(
            entry.id, None)
        card = self._card_of_call(call_id) if call_id else None
        if card is not None:
            card.client.show_save_result(False, entry.last_error, entry.field_errors,
                                         item=(entry.write.entity, entry.item_id))

    def _postponed(self, entry: OutboxEntry) -> None:
        """A field save the CRM did not answer: it is kept and goes when the CRM is back."""
        call_id = self._waiting_saves.get(entry.id) or self._waiting_leads.get(entry.id)
        card = self._card_of_call(call_id) if call_id else None
        if card is not None:
            card.client.show_save_waiting(entry.last_error)

    # ---- result ---------------------------------------------------------------------
    def press_result(self, card: CallCard, button: ActionButton) -> bool:
        """Ask for what the button's actions need, then record the result: True when done."""
        open_call = self._open_of(card)
        if open_call is None or open_call.call.has_result:
            return False
        call, client, now = open_call.call, open_call.client, self.clock()
        user = self.signed_in.user
        prompts = results.prompts(button, call, client, user, now)
        planned: list = []

        def plan(answers: dict) -> None:  # a refusal shows next to its action
            planned[:] = results.plan_result(button, call, client, user, answers, now)

        dialog = ResultDialog(button, prompts, results.warnings(button, client), self.names,
                              card, validate=plan)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        finally:
            dialog.deleteLater()
        self.record(open_call, button, planned, now)
        return True

    def record(self, open_call: OpenCall, button: ActionButton, writes: list, at: datetime
               ) -> None:
        """Record the result with its planned CRM writes (the journal thread does the
        writing); the card shows it, and closes if the call has ended and the role says so."""
        call, card = open_call.call, open_call.card
        call.record_result(button.id or 0, at)
        card.results.set_recorded(button)
        card.results.set_enabled_all(False)
        snapshot = copy.deepcopy(call)

        def recorded(_ids: object) -> None:
            card.set_result(button.title)
            self.delivery.wake()
            self.calls_changed.emit()
            if call.state is CallState.ENDED and not self.signed_in.role.keep_card_open:
                self.close_card(call.id)

        def refused(error: Exception) -> None:
            call.result_button_id, call.result_at = None, None
            card.results.set_recorded(None)
            card.results.set_enabled_all(True)
            QMessageBox.warning(card, self.tr("Call result"), self.tr(
                "The result was not recorded: %1\nNothing was sent to the CRM; press the "
                "button again.").replace("%1", str(error)))

        if open_call.timer is not None:
            open_call.timer.stop()
        self.journal.submit(lambda: self.work.record_result(snapshot, button, writes, at),
                            recorded, refused)

    def _button(self, button_id: int | None) -> ActionButton | None:
        return next((b for b in self.buttons if b.id == button_id), None)

    def _result_title(self, call: CallSession) -> str | None:
        button = self._button(call.result_button_id)
        return button.title if button else None

    # ---- ending and closing ---------------------------------------------------------
    def end_call(self, call_id: str) -> None:
        """The call ended: the card closes by itself once the result is in, unless the
        role keeps it open for after-call work."""
        open_call = self.open_calls.get(call_id)
        if open_call is None or open_call.call.state not in (CallState.RINGING,
                                                             CallState.ACTIVE):
            return
        open_call.call.end(self.clock())
        open_call.card.update_state()
        if open_call.call.has_result and not self.signed_in.role.keep_card_open:
            self.close_card(call_id)
        else:
            self._save_now(open_call)

    def request_close(self, card: CallCard) -> bool:
        """The operator closes the card: confirm ending a live call, and (once) closing
        without a result when the role requires one. True when the card closed."""
        open_call = self._open_of(card)
        if open_call is None:
            card.dismiss()
            return True
        call = open_call.call
        if call.state in (CallState.RINGING, CallState.ACTIVE):
            answer = QMessageBox.question(card, self.tr("Close the call card"), self.tr(
                "The call is still in progress. End it and close the card?"))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            call.end(self.clock())
        if not call.has_result and self.signed_in.role.result_required:
            answer = QMessageBox.question(card, self.tr("Close the call card"), self.tr(
                "No result is recorded for this call. Close the card without a result?"))
            if answer != QMessageBox.StandardButton.Yes:
                card.update_state()
                self._save_now(open_call)
                return False
        self.close_card(call.id)
        return True

    def close_card(self, call_id: str) -> None:
        open_call = self.open_calls.pop(call_id, None)
        if open_call is None:
            return
        call = open_call.call
        if call.state is not CallState.CLOSED:
            call.close(self.clock())
        self._save_now(open_call, lambda _: self.calls_changed.emit())
        open_call.card.dismiss()
        self._spare.append(open_call.card)

    # ---- recovery -------------------------------------------------------------------
    def unfinished(self) -> list[CallSession]:
        user_id = self.signed_in.user.id
        return self.work.unfinished(user_id) if user_id is not None else []

    def reopen(self, calls: list[CallSession]) -> list[CallCard]:
        return [self.open_card(call) for call in calls]

    def close_unfinished(self, calls: list[CallSession]) -> None:
        now = self.clock()
        for call in calls:
            call.close(now)
            snapshot = copy.deepcopy(call)
            self.journal.submit(lambda snapshot=snapshot: self.work.save(snapshot))
        self.journal.submit(lambda: None, lambda _: self.calls_changed.emit())


def _vocabulary_names(gateway: CrmGateway) -> dict[str, str]:
    """Lead status and deal stage names by ID, for the result confirmation.

    The embedded CRM of a new database gets Bitrix24's default statuses and the general
    pipeline first, so leads and deals can be created from the first call."""
    install_defaults = getattr(gateway, "install_defaults", None)
    if install_defaults is not None:
        install_defaults()
    names = {status.id: status.name for status in gateway.lead_statuses()}
    for pipeline in gateway.deal_pipelines():
        names.update({stage.id: stage.name for stage in pipeline.stages})
    return names


def caller_name(client: results.ClientContext) -> str:
    """Who is calling, as the card's header names them: the contact (or company) found,
    else the name on the lead or deal, else its title; "" when nothing was found."""
    for entity in (EntityType.CONTACT, EntityType.COMPANY):
        item = client.first(entity)
        if item is not None and item.title:
            return item.title
    item = client.chosen_item() or (client.items[0] if client.items else None)
    if item is None:
        return ""
    person = " ".join(str(item.get(code, "")).strip() for code in ("NAME", "LAST_NAME"))
    return person.strip() or item.title

"""The outbox in the window: the list of writes the CRM has not got yet, Retry and Discard
(which asks), and the worker that delivers in its own thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.crm.demo_data import DEMO_PHONES
from desktop.crm.outbox import CrmWrite, OutboxState, WriteKind
from desktop.domain.crm_types import EntityType
from desktop.ui.outbox_view import ATTEMPTS, ERROR, ITEM, STATE, WHAT, OutboxView
from desktop.ui.outbox_worker import OutboxWorker
from tests.integration.outbox_fakes import DOWN, Desk, FlakyCrm, desk_fixture

LEAD = EntityType.LEAD


@pytest.fixture
def desk(sqlite_url: str) -> Iterator[Desk]:
    yield from desk_fixture(sqlite_url)


@pytest.fixture
def lead_id(desk: Desk) -> str:
    (lead,) = desk.crm.find_by_phone(DEMO_PHONES["lead"])
    return lead.id


def show(qtbot: QtBot, view: OutboxView) -> OutboxView:
    qtbot.addWidget(view)
    view.resize(960, 320)
    view.show()
    qtbot.waitExposed(view)
    return view


def cells(view: OutboxView, row: int) -> list[str]:
    return [view.model.index(row, column).data() for column in range(view.model.columnCount())]


def click_row(qtbot: QtBot, view: OutboxView, row: int) -> None:
    rect = view.table.visualRect(view.model.index(row, WHAT))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def answer_question(qtbot: QtBot, button: QMessageBox.StandardButton, asked: list[str]) -> None:
    """Answer the next question box by clicking one of its buttons, as a user would."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        asked.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def failed_and_waiting(desk: Desk, lead_id: str) -> tuple[int, int]:
    bad = CrmWrite(WriteKind.UPDATE_FIELDS, LEAD, lead_id, {"values": {"EMAIL": ["не почта"]}})
    later = CrmWrite(WriteKind.COMMENT, LEAD, lead_id, {"text": "Перезвонить после обеда"})
    ids = desk.outbox.add([bad, later])
    desk.outbox.deliver_due(desk.crm)
    return ids[0], ids[1]


# ---- the list ----------------------------------------------------------------------------
def test_with_nothing_waiting_the_view_says_everything_is_in_the_crm(qtbot: QtBot, desk: Desk):
    view = show(qtbot, OutboxView(desk.outbox))
    assert view.stack.currentWidget() is view.empty and view.empty_title.isVisible()
    assert view.empty_title.text() == "Everything is in the CRM"
    assert view.summary.text() == "Nothing waits for the CRM."
    assert not view.retry_button.isEnabled() and not view.discard_button.isEnabled()


def test_waiting_and_failed_writes_are_listed_with_what_the_crm_said(qtbot: QtBot, desk: Desk,
                                                                     lead_id: str):
    failed_and_waiting(desk, lead_id)
    view = show(qtbot, OutboxView(desk.outbox))
    assert view.table.isVisible()
    assert view.summary.text() == "Waiting: 1 · failed: 1"
    failed, waiting = cells(view, 0), cells(view, 1)
    assert failed[WHAT] == "Saved fields: EMAIL"
    assert (failed[ITEM], failed[STATE], failed[ATTEMPTS]) == (f"Lead #{lead_id}", "Failed", "1")
    assert failed[ERROR].startswith("The CRM did not accept some values.")
    assert "EMAIL: " in view.model.index(0, ERROR).data(Qt.ItemDataRole.ToolTipRole)
    assert (waiting[WHAT], waiting[STATE], waiting[ERROR]) == (
        "Comment: Перезвонить после обеда", "Waiting", "")


def test_retry_sends_a_failed_write_again(qtbot: QtBot, desk: Desk, lead_id: str):
    bad_id, _ = failed_and_waiting(desk, lead_id)
    view = show(qtbot, OutboxView(desk.outbox))
    click_row(qtbot, view, 0)
    assert view.selected().id == bad_id and view.retry_button.isEnabled()
    qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    assert desk.outbox.get(bad_id).state is OutboxState.PENDING
    assert cells(view, 0)[STATE] == "Waiting"
    assert view.selected().id == bad_id  # the selection stays on the write


def test_discard_asks_first_and_keeps_the_write_on_no(qtbot: QtBot, desk: Desk, lead_id: str):
    bad_id, later_id = failed_and_waiting(desk, lead_id)
    view = show(qtbot, OutboxView(desk.outbox))
    click_row(qtbot, view, 0)
    asked: list[str] = []

    answer_question(qtbot, QMessageBox.StandardButton.No, asked)
    qtbot.mouseClick(view.discard_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "«Saved fields: EMAIL»" in asked[0]
    assert desk.outbox.get(bad_id).state is OutboxState.FAILED
    assert view.model.rowCount() == 2

    answer_question(qtbot, QMessageBox.StandardButton.Yes, asked)
    qtbot.mouseClick(view.discard_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert desk.outbox.get(bad_id).state is OutboxState.DISCARDED
    assert [e.id for e in view.model.rows] == [later_id]
    assert view.summary.text() == "Waiting: 1 · failed: 0"


# ---- the worker --------------------------------------------------------------------------
@pytest.fixture
def worker_for(desk: Desk) -> Iterator:
    started: list[OutboxWorker] = []

    def make(gateway) -> OutboxWorker:
        worker = OutboxWorker(desk.outbox, gateway, interval_ms=50)
        started.append(worker)
        return worker

    yield make
    for worker in started:
        worker.stop()


def test_the_worker_delivers_off_the_gui_thread_and_the_view_follows(
        qtbot: QtBot, desk: Desk, lead_id: str, worker_for):
    threads: list[int] = []
    gateway = FlakyCrm(desk.crm, before=lambda _name: threads.append(threading.get_ident()))
    worker = worker_for(gateway)
    view = show(qtbot, OutboxView(desk.outbox, worker))
    delivered = []
    worker.delivered.connect(delivered.append)
    (entry_id,) = desk.outbox.add([CrmWrite(WriteKind.COMMENT, LEAD, lead_id, {"text": "Да"})])
    view.refresh()
    assert view.model.rowCount() == 1

    worker.start()
    worker.wake()
    qtbot.waitUntil(lambda: [e.id for e in delivered] == [entry_id])
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.empty)
    assert threads and threading.get_ident() not in threads
    assert delivered[0].state is OutboxState.DONE


def test_the_worker_reports_refusals_and_keeps_retrying_an_absent_crm(
        qtbot: QtBot, desk: Desk, lead_id: str, worker_for):
    desk.outbox.backoff = lambda _attempts: timedelta(0)  # retry at the next tick
    gateway = FlakyCrm(desk.crm, [DOWN, DOWN])
    worker = worker_for(gateway)
    failed, delivered = [], []
    worker.failed.connect(failed.append)
    worker.delivered.connect(delivered.append)
    desk.outbox.add([
        CrmWrite(WriteKind.COMMENT, LEAD, lead_id, {"text": "Дошло"}),
        CrmWrite(WriteKind.LEAD_STATUS, EntityType.LEAD, lead_id, {"status_id": "NO_SUCH"})])
    worker.start()
    qtbot.waitUntil(lambda: len(failed) == 1)
    assert [e.write.payload.get("text") for e in delivered] == ["Дошло"]
    assert failed[0].state is OutboxState.FAILED and "STATUS_ID" in failed[0].field_errors
    assert len(gateway.calls) == 4  # two misses, then each write once


def test_stop_joins_the_thread_and_a_stopped_worker_delivers_nothing(
        qtbot: QtBot, desk: Desk, lead_id: str, worker_for):
    gateway = FlakyCrm(desk.crm)
    worker = worker_for(gateway)
    worker.start()
    qtbot.waitUntil(lambda: worker.running)
    worker.stop()
    assert not worker.running
    desk.outbox.add([CrmWrite(WriteKind.COMMENT, LEAD, lead_id, {"text": "Позже"})])
    worker.wake()
    QApplication.processEvents()
    assert gateway.calls == [] and desk.outbox.counts() == (1, 0)

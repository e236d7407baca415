"""CrmRunner: CRM calls run in its own threads and answer on the GUI thread, errors included."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

import desktop.crm.models  # noqa: F401  (registers the crm_* tables on Base)
from desktop.crm.embedded import EmbeddedCrm
from desktop.crm.errors import CrmRejected, CrmUnavailable
from desktop.crm.gateway import FieldType
from desktop.domain.crm_types import EntityType
from desktop.storage.base import Base
from desktop.storage.engine import make_engine
from desktop.ui.callcard.crm_runner import MAX_THREADS, MIN_THREADS, CrmRunner, load_catalog

WAIT_MS = 5000


class Gate:
    """A gateway stand-in whose calls block until the test opens the gate."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.entered = threading.Event()
        self.threads: list[int] = []

    def wait(self, answer: Any = "answer") -> Any:
        self.threads.append(threading.get_ident())
        self.entered.set()
        if not self.open.wait(WAIT_MS / 1000):
            raise TimeoutError("the test never opened the gate")
        return answer


@pytest.fixture
def gate() -> Iterator[Gate]:
    gate = Gate()
    yield gate
    gate.open.set()  # never leave a worker blocked behind a failed test


@pytest.fixture
def runner(gate: Gate) -> Iterator[CrmRunner]:
    runner = CrmRunner(gate)  # type: ignore[arg-type]
    yield runner
    gate.open.set()
    runner.shutdown()


def test_a_call_runs_off_the_gui_thread_and_answers_on_it(qtbot: QtBot, runner: CrmRunner,
                                                         gate: Gate) -> None:
    answers: list[tuple[Any, int]] = []
    gate.open.set()
    runner.submit(lambda g: g.wait(42), lambda value: answers.append(
        (value, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(answers), timeout=WAIT_MS)
    assert answers == [(42, threading.get_ident())]
    assert gate.threads and gate.threads[0] != threading.get_ident()


def test_the_gui_keeps_running_while_the_crm_is_slow(qtbot: QtBot, runner: CrmRunner,
                                                     gate: Gate) -> None:
    answers: list[str] = []
    runner.submit(lambda g: g.wait("slow"), answers.append)
    assert gate.entered.wait(WAIT_MS / 1000)
    quick: list[str] = []
    runner.submit(lambda _g: "quick", quick.append)  # another thread of the pool takes it
    qtbot.waitUntil(lambda: quick == ["quick"], timeout=WAIT_MS)
    assert answers == [] and runner.busy()
    assert not runner.wait_idle(10)
    gate.open.set()
    assert runner.wait_idle(WAIT_MS)
    assert answers == ["slow"]
    assert not runner.busy()


def test_the_runner_has_a_small_pool_of_its_own(runner: CrmRunner) -> None:
    assert MIN_THREADS <= runner.thread_count <= MAX_THREADS


def test_a_cancelled_ticket_never_calls_back(qtbot: QtBot, runner: CrmRunner,
                                             gate: Gate) -> None:
    called: list[object] = []
    ticket = runner.submit(lambda g: g.wait(), called.append, called.append)
    assert gate.entered.wait(WAIT_MS / 1000)
    ticket.cancel()
    gate.open.set()
    assert runner.wait_idle(WAIT_MS)
    later: list[str] = []
    runner.submit(lambda _g: "after", later.append)
    qtbot.waitUntil(lambda: later == ["after"], timeout=WAIT_MS)
    assert called == []


@pytest.mark.parametrize("error", [
    CrmUnavailable("The CRM does not answer."),
    CrmRejected("Refused.", {"PHONE": "Not a phone."}),
    KeyError("a bug in the gateway"),
])
def test_every_error_reaches_on_error_on_the_gui_thread(qtbot: QtBot, runner: CrmRunner,
                                                        error: Exception) -> None:
    def fail(_gateway: object) -> None:
        raise error

    done: list[object] = []
    errors: list[tuple[Exception, int]] = []
    runner.submit(fail, done.append, lambda exc: errors.append((exc, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)
    assert errors == [(error, threading.get_ident())]
    assert done == []


def test_an_error_without_on_error_is_raised_not_swallowed(qtbot: QtBot,
                                                           runner: CrmRunner) -> None:
    def fail(_gateway: object) -> None:
        raise CrmUnavailable("down")

    with qtbot.captureExceptions() as raised:
        runner.submit(fail, lambda _value: None)
        qtbot.waitUntil(lambda: bool(raised), timeout=WAIT_MS)
    assert isinstance(raised[0][1], CrmUnavailable)


def test_shutdown_drops_pending_callbacks_and_refuses_new_calls(runner: CrmRunner,
                                                                gate: Gate) -> None:
    called: list[object] = []
    runner.submit(lambda g: g.wait(), called.append)
    assert gate.entered.wait(WAIT_MS / 1000)
    gate.open.set()
    runner.shutdown()
    assert runner.wait_idle(WAIT_MS)
    assert called == []
    with pytest.raises(RuntimeError):
        runner.submit(lambda _g: None, called.append)


@pytest.fixture
def engine(tmp_path) -> Iterator[Engine]:
    engine = make_engine("sqlite:///" + str(tmp_path / "crm.db"))
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


def test_load_catalog_reads_the_fields_of_all_four_entities(qtbot: QtBot, engine: Engine) -> None:
    crm = EmbeddedCrm(engine)
    crm.install_defaults()
    runner = CrmRunner(crm)
    catalogs: list[dict] = []
    runner.submit(load_catalog, catalogs.append)
    qtbot.waitUntil(lambda: bool(catalogs), timeout=WAIT_MS)
    runner.shutdown()
    catalog = catalogs[0]
    assert {entity for entity, _code in catalog} == set(EntityType)
    status = catalog[(EntityType.LEAD, "STATUS_ID")]
    assert status.type is FieldType.STATUS and status.items  # statuses filled in
    assert catalog[(EntityType.DEAL, "ID")].editable is False
    assert catalog[(EntityType.CONTACT, "NAME")].title("en") == "First name"

"""The PBX source against a stand-in Asterisk on loopback that replays recorded traces."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from desktop.telephony.ami import AmiSource, AmiStatus, CheckResult, check_connection
from desktop.telephony.ami_config import AmiConfig
from desktop.telephony.events import SOURCE_AMI, CallEvent, EventKind
from tests.unit.telephony.fake_ami import FakeAmi

FAST = (0.05, 0.1)  # reconnect pauses short enough for a test


def config_for(server: FakeAmi, extension: str = "101") -> AmiConfig:
    return AmiConfig(enabled=True, host="127.0.0.1", port=server.port, username="desk",
                     extension=extension)


class Recorder:
    def __init__(self, source: AmiSource) -> None:
        self.events: list[CallEvent] = []
        self.statuses: list[str] = []
        self.threads: set[threading.Thread] = set()
        source.event_received.connect(self._event)
        source.status_changed.connect(self.statuses.append)

    def _event(self, event: CallEvent) -> None:
        self.threads.add(threading.current_thread())
        self.events.append(event)

    def calls(self) -> list[tuple[EventKind, str]]:
        return [(event.kind, event.number) for event in self.events]


@pytest.fixture
def running(qtbot) -> Iterator[list[AmiSource]]:
    """Sources started by a test; stopped (their threads joined) whatever happens."""
    sources: list[AmiSource] = []
    yield sources
    for source in sources:
        source.stop()


def test_a_traced_call_opens_and_ends_on_the_gui_thread(qtbot, running):
    with FakeAmi(["incoming_answered"]) as server:
        source = AmiSource(config_for(server), "s3cret", backoff=FAST)
        running.append(source)
        seen = Recorder(source)
        source.start()
        qtbot.waitUntil(lambda: len(seen.events) == 2, timeout=10_000)
        source.stop()
    assert seen.calls() == [(EventKind.INCOMING, "+79991234567"),
                            (EventKind.END, "+79991234567")]
    assert {event.source for event in seen.events} == {SOURCE_AMI}
    assert seen.threads == {threading.main_thread()}
    assert seen.statuses[:2] == [AmiStatus.CONNECTING, AmiStatus.CONNECTED]
    assert seen.statuses[-1] == AmiStatus.OFF
    assert server.logins[0]["Username"] == "desk" and server.logins[0]["Secret"] == "s3cret"
    assert server.logins[0]["Events"] == "call"


def test_after_a_dropped_connection_it_comes_back_and_keeps_reporting(qtbot, running):
    with FakeAmi(["incoming_answered", "outgoing_answered"]) as server:
        source = AmiSource(config_for(server), "s3cret", backoff=FAST)
        running.append(source)
        seen = Recorder(source)
        source.start()
        qtbot.waitUntil(lambda: len(seen.events) == 4, timeout=10_000)
        assert server.connections == 2
    assert seen.calls() == [(EventKind.INCOMING, "+79991234567"),
                            (EventKind.END, "+79991234567"),
                            (EventKind.OUTGOING, "+79997654321"),
                            (EventKind.END, "+79997654321")]
    assert AmiStatus.RETRYING in seen.statuses
    assert seen.statuses.count(AmiStatus.CONNECTED) == 2


def test_an_unreachable_pbx_is_retried_until_it_answers(qtbot, running):
    port = free_port()
    source = AmiSource(AmiConfig(True, "127.0.0.1", port, "desk", "101"), "s3cret",
                       backoff=FAST)
    running.append(source)
    seen = Recorder(source)
    source.start()
    qtbot.waitUntil(lambda: AmiStatus.RETRYING in seen.statuses, timeout=10_000)
    assert AmiStatus.CONNECTED not in seen.statuses
    source.stop()
    assert source.status is AmiStatus.OFF


def test_a_refused_login_says_so_and_reports_no_calls(qtbot, running):
    with FakeAmi(["incoming_answered"]) as server:
        source = AmiSource(config_for(server), "wrong", backoff=FAST)
        running.append(source)
        seen = Recorder(source)
        source.start()
        qtbot.waitUntil(lambda: source.status is AmiStatus.REFUSED, timeout=10_000)
        source.stop()
    assert seen.events == []
    assert AmiStatus.CONNECTED not in seen.statuses


def test_other_extensions_calls_do_not_reach_the_operator(qtbot, running):
    with FakeAmi(["incoming_answered", "ring_group"]) as server:
        source = AmiSource(config_for(server, extension="102"), "s3cret", backoff=FAST)
        running.append(source)
        seen = Recorder(source)
        source.start()
        qtbot.waitUntil(lambda: len(seen.events) == 2, timeout=10_000)
    assert seen.calls() == [(EventKind.INCOMING, "+74951112233"),
                            (EventKind.END, "+74951112233")]  # only Pavel's ring group call


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_check_connection_answers_in_plain_results():
    with FakeAmi([]) as server:
        good = check_connection(config_for(server), "s3cret", timeout_s=5)
        bad = check_connection(config_for(server), "nope", timeout_s=5)
    assert good.result is CheckResult.OK and "Asterisk Call Manager/7.0.3" in good.detail
    assert bad.result is CheckResult.REFUSED and bad.detail == "Authentication failed"
    closed = check_connection(AmiConfig(True, "127.0.0.1", free_port(), "desk", "101"), "x")
    assert closed.result is CheckResult.UNREACHABLE and closed.detail


def test_check_connection_tells_a_port_that_is_not_asterisk():
    """Something that answers and hangs up without the manager's greeting."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        def answer_like_a_web_server() -> None:
            connection, _ = listener.accept()
            with connection:
                connection.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")

        thread = threading.Thread(target=answer_like_a_web_server)
        thread.start()
        result = check_connection(AmiConfig(True, "127.0.0.1", port, "desk", "101"), "x",
                                  timeout_s=10)
        thread.join()
    assert result.result is CheckResult.NOT_AMI

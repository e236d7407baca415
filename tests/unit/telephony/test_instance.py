"""The socket protocol: one JSON line per event, answered ok/error line by line."""

from __future__ import annotations

import uuid

from PySide6.QtNetwork import QLocalSocket

from desktop.telephony.events import CallEvent, EventKind
from desktop.telephony.instance import InstanceServer, send_activate, send_event


def test_each_line_is_answered_and_only_valid_events_come_out(qtbot):
    server = InstanceServer(f"od-unit-{uuid.uuid4().hex[:12]}")
    received: list[CallEvent] = []
    server.event_received.connect(received.append)
    assert server.listen()
    good = CallEvent(EventKind.INCOMING, "+79991234567", ref="x")
    client = QLocalSocket()
    try:
        client.connectToServer(server.name)
        assert client.waitForConnected(5000)
        line = good.to_json().encode()
        # Junk, then a good event split across two writes, then a truncated line.
        client.write(b"not json\n" + line[:10])
        client.flush()
        qtbot.waitUntil(lambda: client.bytesAvailable() >= len(b"error\n"), timeout=5000)
        client.write(line[10:] + b"\n" + b'{"kind": "end"')
        client.flush()
        qtbot.waitUntil(lambda: len(received) == 1, timeout=5000)
        qtbot.waitUntil(lambda: client.bytesAvailable() >= len(b"error\nok\n"), timeout=5000)
        assert bytes(client.readAll().data()) == b"error\nok\n"
        assert received == [good]
    finally:
        client.abort()
        server.close()


def test_nobody_listening_means_not_delivered():
    event = CallEvent(EventKind.INCOMING, "+79991234567")
    assert send_event(event, f"od-unit-{uuid.uuid4().hex[:12]}", timeout_ms=200) is False


def test_closing_frees_the_name_for_the_next_start(qtbot):
    name = f"od-unit-{uuid.uuid4().hex[:12]}"
    first = InstanceServer(name)
    assert first.listen()
    first.close()
    second = InstanceServer(name)
    try:
        assert second.listen()
    finally:
        second.close()


def test_a_start_with_nothing_to_hand_over_asks_the_running_app_to_come_forward(qtbot):
    server = InstanceServer(f"od-unit-{uuid.uuid4().hex[:12]}")
    asked: list[bool] = []
    received: list[CallEvent] = []
    server.activate_requested.connect(lambda: asked.append(True))
    server.event_received.connect(received.append)
    assert server.listen()
    client = QLocalSocket()  # what send_activate writes, without blocking this thread
    try:
        client.connectToServer(server.name)
        assert client.waitForConnected(5000)
        client.write(b"activate\n")
        client.flush()
        qtbot.waitUntil(lambda: asked == [True], timeout=5000)
        qtbot.waitUntil(lambda: client.bytesAvailable() >= len(b"ok\n"), timeout=5000)
        assert bytes(client.readAll().data()) == b"ok\n"
        assert received == []  # not a call
    finally:
        client.abort()
        server.close()
    assert send_activate(server.name, timeout_ms=200) is False  # nobody listens any more

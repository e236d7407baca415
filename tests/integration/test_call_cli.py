"""`operator-desk call` / `open` hand calls to the running app over its local socket.

The app's side is a real ``InstanceServer`` in this process (pytest-qt runs its event
loop while the real command runs in a child process). Every test has its own instance
name (``OPERATOR_DESK_INSTANCE``), so runs never meet each other or a user's app.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from desktop.cli import build_parser, main
from desktop.telephony import launch
from desktop.telephony.commands import is_call_command
from desktop.telephony.events import SOURCE_CLI, SOURCE_URI, CallEvent, EventKind
from desktop.telephony.instance import INSTANCE_ENV, InstanceServer, instance_name, send_event

WAIT_MS = 30_000  # a cold Python start on a busy CI machine; never a timing assertion


@pytest.fixture
def name(monkeypatch: pytest.MonkeyPatch) -> str:
    value = f"od-test-{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv(INSTANCE_ENV, value)
    return value


@pytest.fixture
def server(qtbot, name: str):
    instance = InstanceServer(name)
    assert instance.listen()
    received: list[CallEvent] = []
    instance.event_received.connect(received.append)
    instance.received = received  # type: ignore[attr-defined]
    yield instance
    instance.close()


def command(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "desktop", *args], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finish(qtbot, process: subprocess.Popen[str], received: list[CallEvent],
           count: int = 1) -> tuple[int, str]:
    qtbot.waitUntil(lambda: process.poll() is not None and len(received) >= count,
                    timeout=WAIT_MS)
    _out, err = process.communicate()
    return process.returncode, err


@pytest.mark.parametrize(("flags", "kind"), [
    ((), EventKind.INCOMING),
    (("--end",), EventKind.END),
    (("--outgoing",), EventKind.OUTGOING),
])
def test_call_hands_the_event_to_the_running_app(qtbot, server, flags, kind):
    code, err = finish(qtbot, command("call", "8 (999) 123-45-67", *flags), server.received)
    assert (code, err) == (0, "")
    [event] = server.received
    assert (event.kind, event.number, event.source) == (kind, "+79991234567", SOURCE_CLI)


def test_a_softphone_appending_the_number_after_the_options_works(qtbot, server):
    """MicroSIP runs `cmdCallEnd` with the number appended: `call --end NUMBER`."""
    code, err = finish(qtbot, command("call", "--end", "sip:89991234567@pbx"), server.received)
    assert (code, err) == (0, "")
    assert [(e.kind, e.number) for e in server.received] == [(EventKind.END, "+79991234567")]


def test_open_without_a_link_is_the_app_itself():
    """The desktop entry runs `open %u`; from the menu there is no link."""
    assert not is_call_command(build_parser().parse_args(["open"]))
    assert is_call_command(build_parser().parse_args(["open", "tel:+79991234567"]))


def test_open_a_tel_link_places_an_outgoing_call(qtbot, server):
    code, err = finish(qtbot, command("open", "tel:+7-999-123-45-67;ext=12"), server.received)
    assert (code, err) == (0, "")
    [event] = server.received
    assert (event.kind, event.number, event.source) == (EventKind.OUTGOING, "+79991234567",
                                                        SOURCE_URI)


def test_a_freshly_started_app_forwards_its_events_to_the_one_already_running(qtbot, server):
    """Two rings at once: both may start the app; the second hands over and exits."""
    event = CallEvent(EventKind.INCOMING, "+79991234567", ref="a")
    code, err = finish(qtbot, command("--event", event.to_json()), server.received)
    assert (code, err) == (0, "")
    assert server.received == [event]


def test_starting_the_app_again_brings_the_running_one_forward(qtbot, server):
    """From the menu or a desktop icon while it runs: no second app, the first shows."""
    asked: list[bool] = []
    server.activate_requested.connect(lambda: asked.append(True))
    process = command()
    qtbot.waitUntil(lambda: process.poll() is not None and asked == [True], timeout=WAIT_MS)
    _out, err = process.communicate()
    assert (process.returncode, err) == (0, "")
    assert server.received == []


@pytest.mark.parametrize(("args", "says"), [
    (("call", "not a number"), "«not a number» is not a phone number."),
    (("call", "12"), "«12» is not a phone number."),
    (("open", "mailto:anna@example.com"), "is not a tel:, callto: or sip: link."),
    (("open", "tel:call-me"), "holds no phone number."),
])
def test_a_bad_number_is_one_sentence_and_exit_status_2(name, args, says):
    result = subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and says in result.stderr


def test_call_imports_no_database_and_no_widgets(name):
    """It runs on every ring: no SQLAlchemy, no database, no QtWidgets/QtGui."""
    probe = ("import sys\nfrom desktop.cli import main\n"
             "code = main(['call', '+79991234567', '--end'])\n"
             "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
             "('sqlalchemy', 'alembic', 'psycopg', 'httpx', 'keyring', 'networkx') "
             "or m in ('PySide6.QtWidgets', 'PySide6.QtGui'))\n"
             "print(code, heavy)\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=120)
    assert result.stdout.strip() == "0 []", result.stderr


def test_a_second_instance_on_the_same_name_does_not_listen(qtbot, server, name):
    second = InstanceServer(name)
    assert second.listen() is False
    assert not second.is_listening()
    assert server.is_listening()


def test_a_socket_left_by_a_crashed_app_is_taken_over(qtbot, name):
    crash = ("import os, signal\n"
             "from PySide6.QtCore import QCoreApplication\n"
             "from desktop.telephony.instance import InstanceServer\n"
             "app = QCoreApplication([])\n"
             "server = InstanceServer()\n"
             "assert server.listen()\n"
             "os.kill(os.getpid(), signal.SIGKILL)\n")
    crashed = subprocess.run([sys.executable, "-c", crash], capture_output=True, text=True,
                             timeout=120)
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr
    stale = Path(QDir.tempPath(), name)
    assert stale.is_socket()  # the dead app's socket is still there...
    assert not send_event(CallEvent(EventKind.END, "+79991234567"), name)  # ...mute
    revived = InstanceServer(name)
    received: list[CallEvent] = []
    revived.event_received.connect(received.append)
    try:
        assert revived.listen()
        code, err = finish(qtbot, command("call", "+79991234567"), received)
        assert (code, err) == (0, "")
        assert [e.number for e in received] == ["+79991234567"]
    finally:
        revived.close()


def test_the_instance_name_is_per_user_unless_overridden(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(INSTANCE_ENV, raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/nonexistent-runtime-dir")
    monkeypatch.setenv("USER", "анна")
    monkeypatch.setenv("LOGNAME", "анна")
    cyrillic = instance_name()
    monkeypatch.setenv("USER", "pavel")
    monkeypatch.setenv("LOGNAME", "pavel")
    assert instance_name() == "operator-desk-pavel"
    assert cyrillic != instance_name() and cyrillic.isascii()
    monkeypatch.setenv(INSTANCE_ENV, "my test")
    assert instance_name().startswith("my_test-")


# ---- nothing running: the command starts the app ---------------------------------------
@pytest.fixture
def spawned(monkeypatch: pytest.MonkeyPatch, name: str) -> list[list[str]]:
    """Commands the CLI would start detached (recorded, not run)."""
    calls: list[list[str]] = []
    monkeypatch.setattr(launch, "spawn_detached", calls.append)
    return calls


def test_with_no_app_running_call_starts_it_with_the_event(spawned, sqlite_url):
    assert main(["--db", sqlite_url, "call", "89991234567"]) == 0
    [argv] = spawned
    assert argv[:6] == [sys.executable, "-m", "desktop", "--db", sqlite_url, "--event"]
    assert len(argv) == 7
    event = CallEvent.from_json(argv[6])
    assert (event.kind, event.number) == (EventKind.INCOMING, "+79991234567")


def test_the_started_app_reads_the_events_back_from_its_command_line(spawned):
    assert main(["open", "callto:+79991234567"]) == 0
    [argv] = spawned
    assert "--db" not in argv  # the app finds the database the usual way
    args = build_parser().parse_args(argv[3:])
    assert args.command is None  # it opens the app
    [event] = [CallEvent.from_json(text) for text in args.event]
    assert (event.kind, event.source) == (EventKind.OUTGOING, SOURCE_URI)


def test_a_packaged_build_starts_itself(spawned, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/operator-desk/operator-desk")
    assert main(["call", "+79991234567", "--outgoing"]) == 0
    assert spawned[0][:2] == ["/opt/operator-desk/operator-desk", "--event"]
    assert json.loads(spawned[0][2])["kind"] == "outgoing"


def test_a_hang_up_with_no_app_running_starts_nothing(spawned):
    assert main(["call", "+79991234567", "--end"]) == 0
    assert spawned == []


@pytest.mark.skipif(os.name == "nt", reason="sessions are a POSIX notion")
def test_the_app_is_started_in_its_own_session(qtbot, tmp_path: Path):
    marker = tmp_path / "sid"
    launch.spawn_detached([sys.executable, "-c",
                           f"import os; open({str(marker)!r}, 'w').write(str(os.getsid(0)))"])
    qtbot.waitUntil(lambda: marker.exists() and marker.read_text() != "", timeout=WAIT_MS)
    assert int(marker.read_text()) != os.getsid(0)

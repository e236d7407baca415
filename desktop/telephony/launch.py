"""Start the app for a call when it is not running yet.

The softphone's command must return at once, so the app is started detached (its own
session, no inherited console or pipes) with the events on its command line
(``--event JSON``, one per event); it opens the card once the operator is signed in.
A packaged build is its own executable; from a Python install the app is
``python -m desktop`` (``pythonw`` on Windows, so no console window flashes up).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.telephony.events import CallEvent

__all__ = ["Spawner", "app_command", "spawn_detached", "start_app"]

Spawner = Callable[[list[str]], None]


def app_command(db_url: str | None, events: Sequence[CallEvent]) -> list[str]:
    """The command line that opens the app with ``events`` waiting for it."""
    frozen = getattr(sys, "frozen", False)
    argv = [sys.executable] if frozen else [_gui_python(), "-m", "desktop"]
    if db_url:
        argv += ["--db", db_url]
    for event in events:
        argv += ["--event", event.to_json()]
    return argv


def _gui_python() -> str:
    if sys.platform == "win32":
        windowed = Path(sys.executable).with_name("pythonw.exe")
        if windowed.is_file():
            return str(windowed)
    return sys.executable


def spawn_detached(argv: list[str]) -> None:
    """Run ``argv`` on its own: it outlives this process and shares none of its streams."""
    options: dict[str, object] = {}
    if os.name == "nt":
        options["creationflags"] = (subprocess.DETACHED_PROCESS
                                    | subprocess.CREATE_NEW_PROCESS_GROUP)
    else:
        options["start_new_session"] = True
    subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL, close_fds=True, **options)


def start_app(db_url: str | None, events: list[CallEvent], *,
              spawn: Spawner | None = None) -> None:
    """Open the app for ``events``; ``spawn`` replaces the real start (tests)."""
    (spawn or spawn_detached)(app_command(db_url, events))

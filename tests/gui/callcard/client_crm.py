"""A demo CRM for the Client tab's tests, and a wrapper that makes it slow or down at will."""

from __future__ import annotations

import atexit
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

import desktop.crm.models  # noqa: F401  (registers the crm_* tables on Base)
from desktop.crm.demo import seed_demo_crm
from desktop.crm.embedded import EmbeddedCrm
from desktop.crm.errors import CrmUnavailable
from desktop.demo.settings import SALES_FIELDS
from desktop.domain.roles import Role
from desktop.storage.base import Base
from desktop.storage.engine import make_engine
from desktop.ui.callcard.client_panel import FOUND, ClientPanel
from desktop.ui.callcard.crm_runner import CrmRunner, load_catalog

WAIT_MS = 5000


_template: list[Path] = []  # the demo CRM, seeded once per test run and copied per test


def demo_engine(path: Path) -> Engine:
    """A demo CRM of its own in the SQLite file ``path``."""
    if not _template:
        folder = Path(tempfile.mkdtemp(prefix="client-crm-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        seeded = make_engine(f"sqlite:///{folder / 'demo.db'}")
        Base.metadata.create_all(seeded)
        seed_demo_crm(EmbeddedCrm(seeded))
        seeded.dispose()  # checkpoints the WAL into the file
        _template.append(folder / "demo.db")
    shutil.copyfile(_template[0], path)
    return make_engine(f"sqlite:///{path}")


def sales_role() -> Role:
    """The demo sales role: contact name and e-mail editable, its phone locked, and so on."""
    return Role("Sales", client_fields=list(SALES_FIELDS))


class ControlledCrm:
    """The embedded CRM behind a gate (closed: calls wait) and a switch (down: calls fail).

    ``down_for`` names the methods that fail while ``down`` is on (all when empty).
    """

    def __init__(self, inner: EmbeddedCrm) -> None:
        self.inner = inner
        self.gate = threading.Event()
        self.gate.set()
        self.entered = threading.Event()  # some call reached the CRM and waits at the gate
        self.down = False
        self.down_for: set[str] = set()
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self.inner, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls.append(name)
            self.entered.set()
            if not self.gate.wait(WAIT_MS / 1000):
                raise TimeoutError("the test never opened the gate")
            if self.down and (not self.down_for or name in self.down_for):
                raise CrmUnavailable("The CRM did not answer within 10 seconds.")
            return method(*args, **kwargs)

        return call


def controlled_demo_crm(tmp_path: Path) -> Iterator[ControlledCrm]:
    """A fresh demo CRM for one test (for a ``crm`` fixture)."""
    engine = demo_engine(tmp_path / "crm.db")
    yield ControlledCrm(EmbeddedCrm(engine))
    engine.dispose()


def panel_factory(qtbot: QtBot, crm: ControlledCrm
                  ) -> Iterator[Callable[[Role | None], ClientPanel]]:
    """Makes shown Client tabs on ``crm`` (the sales role unless given); for a fixture,
    which shuts their runners down after the test."""
    runners: list[CrmRunner] = []

    def make(role: Role | None = None) -> ClientPanel:
        runner = CrmRunner(crm)  # type: ignore[arg-type]
        runners.append(runner)
        panel = ClientPanel(runner)
        qtbot.addWidget(panel)
        panel.set_role(role or sales_role(), load_catalog(crm.inner))
        panel.resize(460, 800)
        panel.show()
        panel.activateWindow()  # keys reach shortcuts and focus only in the active window
        qtbot.waitUntil(panel.isActiveWindow, timeout=WAIT_MS)
        return panel

    yield make
    crm.gate.set()
    for runner in runners:
        runner.shutdown()


def wait_found(qtbot: QtBot, panel: ClientPanel) -> None:
    """Until the client and the chosen item's history are on screen."""
    qtbot.waitUntil(lambda: panel.pages.currentIndex() == FOUND, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not panel.runner.busy(), timeout=WAIT_MS)

"""How fast the call card appears on a ring, and how fast the caller's name fills in.

Builds a demo database with N extra contacts (1,000,000 by default) in a temporary
folder, signs in as the demo sales operator and rings random existing numbers through
the real controller, offscreen. For each ring it times:

- ring -> card shown: from the event to the card's first paint (target <= 16 ms);
- ring -> client name: from the event to the caller's name in the card's header,
  found by the embedded CRM in a worker thread (target p95 <= 50 ms).

The pre-built card (reused from call to call) is compared with one built cold. Prints
the figures, then the same as one JSON line.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/callcard_open.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/callcard_open.py --contacts 100000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from desktop.app import create_qapp
from desktop.cli import open_database
from desktop.demo import install_demo
from desktop.services.context import Services
from desktop.telephony.events import CallEvent, EventKind
from desktop.ui.callcard.controller import CallController
from desktop.ui.settings import settings_file

sys.path.insert(0, str(Path(__file__).parent))
from phone_lookup import build, percentile

TARGET_SHOWN_MS = 16.0
TARGET_NAME_P95_MS = 50.0
FIRST_ID = 1_000  # after the demo's own contacts
TIMEOUT_S = 10.0


class PaintWatch(QObject):
    """Notes the moment a widget is first painted after ``arm``."""

    def __init__(self) -> None:
        super().__init__()
        self.painted_at: float | None = None

    def arm(self) -> None:
        self.painted_at = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.perf_counter()
        return False


def spin_until(condition) -> None:
    deadline = time.perf_counter() + TIMEOUT_S
    while not condition():
        if time.perf_counter() > deadline:
            raise SystemExit("the card did not fill in time")
        QApplication.processEvents()


def ring_once(controller: CallController, number: str, cold: bool) -> tuple[float, float]:
    if cold:
        controller._spare.clear()
    watch = PaintWatch()
    started = time.perf_counter()
    card = controller.handle(CallEvent(EventKind.INCOMING, number))
    assert card is not None
    card.installEventFilter(watch)
    spin_until(lambda: watch.painted_at is not None)
    shown = (watch.painted_at or 0) - started
    spin_until(lambda: not card.client_title.property("searching"))
    named = time.perf_counter() - started
    if "Searching" in card.client_title.text() or not card.client_title.text():
        raise SystemExit(f"no client found for {number}")
    card.removeEventFilter(watch)
    controller.close_card(card.call.id)  # type: ignore[union-attr]
    QApplication.processEvents()
    return shown * 1000, named * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--rings", type=int, default=60)
    parser.add_argument("--cold", type=int, default=10)
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="callcard-open-") as tmp, \
            settings_file(Path(tmp) / "settings.ini"):
        create_qapp(["callcard-bench"])
        db = open_database(f"sqlite:///{Path(tmp) / 'calls.sqlite3'}")
        install_demo(db)
        built = time.perf_counter()
        suffixes = build(db.engine, args.contacts, rng, first_id=FIRST_ID)
        build_seconds = time.perf_counter() - built
        services = Services.for_database(db)
        signed_in = services.accounts.login("anna", "anna-demo")
        controller = CallController(services.call_work, services.outbox,  # type: ignore[arg-type]
                                    services.crm, signed_in)  # type: ignore[arg-type]
        controller.start()
        spin_until(lambda: bool(controller.catalog) and bool(controller.names))
        numbers = [f"+7999{rng.choice(suffixes)}" for _ in range(args.rings + args.cold)]
        del suffixes
        ring_once(controller, numbers[0], cold=False)  # warm caches and the spare card
        warm = [ring_once(controller, n, cold=False) for n in numbers[1:args.rings]]
        cold = [ring_once(controller, n, cold=True) for n in numbers[args.rings:]]
        controller.shutdown()
        services.close()

    shown = [s for s, _ in warm]
    named = [n for _, n in warm]
    result = {
        "contacts": args.contacts,
        "build_seconds": round(build_seconds, 1),
        "rings": len(warm),
        "shown_p50_ms": round(percentile(shown, 0.50), 2),
        "shown_p95_ms": round(percentile(shown, 0.95), 2),
        "shown_max_ms": round(max(shown), 2),
        "name_p50_ms": round(percentile(named, 0.50), 2),
        "name_p95_ms": round(percentile(named, 0.95), 2),
        "cold_shown_p50_ms": round(percentile([s for s, _ in cold], 0.50), 2) if cold else None,
        "target_shown_ms": TARGET_SHOWN_MS,
        "target_name_p95_ms": TARGET_NAME_P95_MS,
    }
    print(f"{args.contacts:,} contacts (built in {build_seconds:.1f} s), {len(warm)} rings")
    print(f"ring -> card shown:  p50 {result['shown_p50_ms']} ms, p95 {result['shown_p95_ms']} "
          f"ms, max {result['shown_max_ms']} ms (target <= {TARGET_SHOWN_MS} ms; a card built "
          f"cold: p50 {result['cold_shown_p50_ms']} ms)")
    print(f"ring -> client name: p50 {result['name_p50_ms']} ms, p95 {result['name_p95_ms']} "
          f"ms (target p95 <= {TARGET_NAME_P95_MS} ms)")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

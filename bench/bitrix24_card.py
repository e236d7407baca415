"""What filling a call card costs against Bitrix24: HTTP requests, round trips and time.

Serves the fake Bitrix24 portal (tests/fake_bitrix24) on loopback with a simulated
network latency (100 ms per request by default) and fills the card the way the call
card does: ``find_by_phone`` for the caller, then the history of the item it shows.
Each caller is timed twice: on a cold session (the field metadata is read first) and
warm (metadata already read, as for every call after the first one).

Target: a warm card in at most 2 round trips. Prints the figures, then one JSON line.

    .venv/bin/python bench/bitrix24_card.py
    .venv/bin/python bench/bitrix24_card.py --latency 0.25
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.crm.bitrix24.client import Bitrix24Client
from desktop.crm.bitrix24.gateway import Bitrix24Crm
from desktop.crm.bitrix24.webhook import parse_webhook
from tests.fake_bitrix24 import FakeBitrix24

TARGET_ROUND_TRIPS = 2
CALLERS = {
    "contact with deals": "+7 999 123-45-67",
    "company with deals": "+7 495 123-45-67",
    "lead": "+7 916 111-22-33",
}


def fill_card(crm: Bitrix24Crm, number: str) -> int:
    """The call card's reads for one ring; returns how many items were found."""
    items = crm.find_by_phone(number)
    if items:
        crm.timeline(items[0].entity, items[0].id)
    return len(items)


def measure(fake: FakeBitrix24, url: str, number: str, *, warm: bool) -> dict[str, float]:
    client = Bitrix24Client(parse_webhook(url), rate=50.0, burst=50)
    crm = Bitrix24Crm(client)
    if warm:
        crm.lead_statuses()  # the metadata a session reads once
    before = len(fake.requests)
    started = time.perf_counter()
    found = fill_card(crm, number)
    elapsed = time.perf_counter() - started
    client.close()
    return {"requests": len(fake.requests) - before, "seconds": round(elapsed, 3),
            "items": found}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.1,
                        help="seconds each HTTP request takes (default 0.1)")
    args = parser.parse_args()
    fake = FakeBitrix24()
    fake.seed_demo()
    fake.latency = args.latency
    results: dict[str, dict[str, dict[str, float]]] = {}
    with fake.serve() as url:
        for name, number in CALLERS.items():
            results[name] = {"cold": measure(fake, url, number, warm=False),
                             "warm": measure(fake, url, number, warm=True)}
    print(f"Bitrix24 call card, {args.latency * 1000:.0f} ms per request "
          f"(target: warm card in <= {TARGET_ROUND_TRIPS} round trips)")
    worst = 0
    for name, runs in results.items():
        warm, cold = runs["warm"], runs["cold"]
        worst = max(worst, int(warm["requests"]))
        print(f"  {name:<20} warm: {warm['requests']:.0f} requests, "
              f"{warm['seconds'] * 1000:6.0f} ms   cold: {cold['requests']:.0f} requests, "
              f"{cold['seconds'] * 1000:6.0f} ms   ({warm['items']:.0f} items)")
    verdict = "met" if worst <= TARGET_ROUND_TRIPS else "NOT met"
    print(f"  worst warm card: {worst} round trips — target {verdict}")
    print(json.dumps({"benchmark": "bitrix24_card", "latency_s": args.latency,
                      "target_round_trips": TARGET_ROUND_TRIPS, "worst_warm_requests": worst,
                      "callers": results}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

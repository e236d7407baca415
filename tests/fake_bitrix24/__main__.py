"""``python -m tests.fake_bitrix24 --port 8024``: the demo portal on loopback until Ctrl+C."""

from __future__ import annotations

import argparse
import threading
from contextlib import suppress

from tests.fake_bitrix24.portal import FakeBitrix24


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fake_bitrix24",
                                     description="A fake Bitrix24 portal with demo data.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8024, help="0: any free port")
    parser.add_argument("--latency", type=float, default=0.0,
                        help="seconds each request takes (default 0)")
    parser.add_argument("--rate", type=float, default=2.0, help="requests a second")
    parser.add_argument("--burst", type=int, default=50, help="requests in a burst")
    parser.add_argument("--empty", action="store_true", help="start without demo data")
    args = parser.parse_args(argv)
    fake = FakeBitrix24(rate=args.rate, burst=args.burst)
    fake.latency = args.latency
    ids = {} if args.empty else fake.seed_demo()
    with fake.serve(args.host, args.port) as url:
        print(f"Fake Bitrix24 webhook: {url}", flush=True)
        if ids:
            print(f"Demo data: {ids}", flush=True)
        print("Ctrl+C stops it.", flush=True)
        with suppress(KeyboardInterrupt):
            threading.Event().wait()
    print(f"Served {len(fake.requests)} requests "
          f"({fake.limit_violations} over the rate limit).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

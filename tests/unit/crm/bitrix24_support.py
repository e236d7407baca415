"""A Bitrix24 gateway wired to the fake portal, on a clock that only sleeps pretend."""

from __future__ import annotations

from desktop.crm.bitrix24.client import Bitrix24Client
from desktop.crm.bitrix24.gateway import Bitrix24Crm
from desktop.crm.bitrix24.webhook import parse_webhook
from tests.fake_bitrix24 import FakeBitrix24


class PretendClock:
    """Monotonic seconds that advance when the client sleeps (rate limit, backoff)."""

    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += max(0.0, seconds)


def bitrix24_gateway(fake: FakeBitrix24 | None = None, **client_options
                     ) -> tuple[Bitrix24Crm, FakeBitrix24]:
    clock = PretendClock()
    fake = fake or FakeBitrix24(clock=clock)
    client = Bitrix24Client(parse_webhook(fake.webhook_url), transport=fake.transport(),
                            clock=clock, sleep=clock.sleep, **client_options)
    return Bitrix24Crm(client, clock=clock), fake

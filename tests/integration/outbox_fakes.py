"""What the outbox and call-work tests share: a demo database with its embedded CRM, a
clock the test moves, and a CRM that fails on cue."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop.crm.embedded import EmbeddedCrm
from desktop.crm.errors import CrmRejected, CrmUnavailable
from desktop.crm.outbox import Outbox
from desktop.crm.writes import OutboxEntry
from desktop.domain.roles import User
from desktop.services.call_work import CallWork
from desktop.storage.database import Database
from desktop.storage.repositories import UserRepository
from tests.unit.test_permissions_support import demo_database

WRITE_METHODS = frozenset({"create_item", "update_fields", "add_comment", "add_activity",
                           "add_task", "set_lead_status", "set_deal_stage"})
DOWN, LOST, REFUSED = "down", "lost", "refused"


class Clock:
    """Now, as the test says: starts at a fixed moment and moves only when told."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime.now(UTC).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class FlakyCrm:
    """The embedded CRM behind a bad line: each write takes the next outcome from
    ``outcomes`` — DOWN (nothing reaches the CRM), LOST (the CRM applies it, then the
    answer is lost: a timeout), REFUSED (the CRM refuses it) — and succeeds once they
    run out. ``calls`` records every write tried, with its arguments."""

    def __init__(self, crm: EmbeddedCrm, outcomes: list[str] | None = None,
                 before: Callable[[str], None] | None = None) -> None:
        self.crm, self.outcomes, self.before = crm, list(outcomes or ()), before
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def __getattr__(self, name: str) -> Any:
        target = getattr(self.crm, name)
        if name not in WRITE_METHODS:
            return target

        def write(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args))
            if self.before is not None:
                self.before(name)
            outcome = self.outcomes.pop(0) if self.outcomes else None
            if outcome == DOWN:
                raise CrmUnavailable("The CRM is not answering.")
            if outcome == REFUSED:
                raise CrmRejected("The CRM refused the change.", {"STATUS_ID": "Not now."})
            result = target(*args, **kwargs)
            if outcome == LOST:
                raise CrmUnavailable("The CRM did not answer in time.")
            return result

        return write


@dataclass
class Desk:
    """One workstation on a demo database."""

    db: Database
    crm: EmbeddedCrm
    clock: Clock
    outbox: Outbox
    work: CallWork
    anna: User
    extra: dict[str, Any] = field(default_factory=dict)

    def drain(self, gateway: Any, rounds: int = 30) -> list[OutboxEntry]:
        """Deliver until nothing is pending, waiting out every pause; returns what was
        delivered. Stops at a FAILED entry's wall (failed ones wait for a person)."""
        delivered: list[OutboxEntry] = []
        for _ in range(rounds):
            report = self.outbox.deliver_due(gateway)
            delivered += report.delivered
            if self.outbox.counts()[0] == 0:
                break
            self.clock.advance(301)
        return delivered


def open_desk(url: str) -> Desk:
    db = demo_database(url)
    clock = Clock()
    outbox = Outbox(db, clock=clock)
    with db.read() as session:
        anna = UserRepository(session).by_username("anna")
    assert anna is not None
    return Desk(db, EmbeddedCrm(db.engine), clock, outbox, CallWork(db, outbox), anna)


def desk_fixture(url: str) -> Iterator[Desk]:
    desk = open_desk(url)
    yield desk
    desk.db.dispose()

"""The outbox: every CRM write is stored first, then delivered, so none is ever lost.

Writes are enqueued in the same transaction as what caused them (a call's result), and
delivered later by a worker with retries:

- in order per CRM item: a write waits while an earlier write of the same item is
  pending or failed (a status change never overtakes the comment before it);
- a write for a lead not created yet (``after_key``) waits for that CREATE_LEAD write
  and then goes to the lead it created;
- an unreachable CRM (:class:`CrmUnavailable`) leaves the write pending, due again after
  a growing pause; a refusal (:class:`CrmRejected`, :class:`CrmAuthError`) makes it
  FAILED with the CRM's message and per-field errors, until a person retries or
  discards it. Nothing leaves the table: delivered and discarded writes stay on record;
- an entry being sent is leased, so two workstations never send it at the same time;
  if one dies mid-send, the lease runs out and the write is sent again, and its
  idempotency key keeps the CRM from applying it twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from desktop.crm.errors import CrmAuthError, CrmRejected, CrmUnavailable
from desktop.crm.gateway import CrmGateway
from desktop.crm.writes import CrmWrite, OutboxEntry, OutboxState, WriteKind
from desktop.storage.database import Database
from desktop.storage.repositories.outbox import OutboxRepository

__all__ = [
    "CrmWrite",
    "DeliveryReport",
    "Outbox",
    "OutboxEntry",
    "OutboxState",
    "WriteKind",
    "exponential_backoff",
]

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Backoff = Callable[[int], timedelta]
_ItemRef = tuple[str, str]
MAX_PAUSE_S = 300
DEFAULT_LEASE = timedelta(minutes=2)  # longer than any one CRM request may take
LEAD_GONE = ("The lead this write belongs to was never created: its own write was "
             "discarded. Discard this one too.")


def exponential_backoff(attempts: int) -> timedelta:
    """The pause after ``attempts`` failed tries: 2, 4, 8 ... seconds, at most 5 minutes."""
    return timedelta(seconds=min(MAX_PAUSE_S, 2 ** max(1, attempts)))


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class DeliveryReport:
    delivered: list[OutboxEntry] = field(default_factory=list)
    failed: list[OutboxEntry] = field(default_factory=list)
    retry_later: list[OutboxEntry] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.delivered or self.failed or self.retry_later)

    def __len__(self) -> int:
        return len(self.delivered) + len(self.failed) + len(self.retry_later)


class Outbox:
    """``Outbox(db)``; every method is its own short transaction except :meth:`enqueue`."""

    def __init__(self, db: Database, *, clock: Clock = _utc_now,
                 backoff: Backoff = exponential_backoff,
                 lease: timedelta = DEFAULT_LEASE) -> None:
        self.db, self.clock, self.backoff, self.lease = db, clock, backoff, lease

    def now(self) -> datetime:
        return self.clock().astimezone(UTC)

    # ---- adding ----------------------------------------------------------------------
    def enqueue(self, session: Session, writes: Sequence[CrmWrite]) -> list[int]:
        """Store the writes inside the caller's transaction; returns their entry ids."""
        return OutboxRepository(session).add(writes, self.now())

    def add(self, writes: Sequence[CrmWrite]) -> list[int]:
        with self.db.transaction() as session:
            return self.enqueue(session, writes)

    # ---- reading and people's decisions ----------------------------------------------
    def open_entries(self) -> list[OutboxEntry]:
        """Pending and failed writes, oldest first."""
        with self.db.read() as session:
            return OutboxRepository(session).open_entries()

    def counts(self) -> tuple[int, int]:
        """(pending, failed)."""
        with self.db.read() as session:
            return OutboxRepository(session).counts()

    def get(self, entry_id: int) -> OutboxEntry:
        with self.db.read() as session:
            return OutboxRepository(session).get(entry_id)

    def retry(self, entry_id: int) -> None:
        """Send a failed (or waiting) write again, now. Delivered or discarded: no change."""
        with self.db.transaction() as session:
            OutboxRepository(session).set_state(
                entry_id, OutboxState.PENDING, next_attempt_at=self.now(),
                only_from=(OutboxState.FAILED, OutboxState.PENDING))

    def discard(self, entry_id: int) -> None:
        """Give a write up: it is never sent, and stays on record as discarded."""
        with self.db.transaction() as session:
            OutboxRepository(session).set_state(
                entry_id, OutboxState.DISCARDED,
                only_from=(OutboxState.FAILED, OutboxState.PENDING))

    # ---- delivering ------------------------------------------------------------------
    def deliver_due(self, gateway: CrmGateway, *, limit: int = 50) -> DeliveryReport:
        """Send what is due, at most ``limit`` entries; stops early when the CRM is away."""
        report = DeliveryReport()
        while len(report) < limit:
            batch = self._claim(limit - len(report), report)
            if not batch:
                break
            delivered_before = len(report.delivered)
            if not self._send(batch, gateway, report):
                break
            if len(report.delivered) == delivered_before:
                break  # nothing new can have become due
        return report

    def _claim(self, room: int, report: DeliveryReport) -> list[OutboxEntry]:
        """Lease the entries due now whose earlier writes of the same item are done
        (or leased in this same batch, ahead of them)."""
        now = self.now()
        chosen: list[OutboxEntry] = []
        with self.db.transaction() as session:
            repo = OutboxRepository(session)
            waiting: set[_ItemRef] = set()
            for entry in self._resolved(repo, repo.open_entries(), report):
                ref = _item_ref(entry)
                if ref in waiting or len(chosen) >= room:
                    waiting.add(ref)
                    continue
                due = entry.next_attempt_at is None or entry.next_attempt_at <= now
                ready = entry.state is OutboxState.PENDING and due and (
                    entry.item_id or entry.write.kind is WriteKind.CREATE_LEAD)
                if ready and repo.claim(entry.id, now, now + self.lease):
                    chosen.append(entry)
                else:
                    waiting.add(ref)
        return chosen

    def _resolved(self, repo: OutboxRepository, entries: list[OutboxEntry],
                  report: DeliveryReport) -> list[OutboxEntry]:
        """Point writes waiting for a lead at it once created; fail them if it never will be."""
        by_key = {e.write.key: e for e in entries}
        result = []
        for entry in entries:
            after = entry.write.after_key
            if after and not entry.item_id:
                creator = by_key.get(after) or repo.by_key(after)
                if creator is not None and creator.state is OutboxState.DONE and creator.item_id:
                    repo.resolve(entry.id, creator.item_id)
                    entry = replace(entry, item_id=creator.item_id)
                elif (creator is None or creator.state is OutboxState.DISCARDED) \
                        and entry.state is OutboxState.PENDING:
                    repo.fail(entry.id, LEAD_GONE, {}, attempted=False)
                    entry = repo.get(entry.id)
                    report.failed.append(entry)
            result.append(entry)
        return result

    def _send(self, batch: list[OutboxEntry], gateway: CrmGateway,
              report: DeliveryReport) -> bool:
        """Send the leased entries in order; False when the CRM could not be reached."""
        stopped: set[_ItemRef] = set()
        for index, entry in enumerate(batch):
            ref = _item_ref(entry)
            if ref in stopped:
                self._release(entry)
                continue
            try:
                item_id = entry.write.apply(gateway, entry.item_id)
            except CrmUnavailable as exc:
                pause = self.backoff(entry.attempts + 1)
                report.retry_later.append(self._record(
                    lambda repo, e=entry, x=exc, p=pause: repo.postpone(
                        e.id, str(x), self.now() + p), entry))
                for later in batch[index + 1:]:
                    self._release(later)
                return False
            except (CrmRejected, CrmAuthError) as exc:
                errors = getattr(exc, "field_errors", {})
                report.failed.append(self._record(
                    lambda repo, e=entry, x=exc, f=errors: repo.fail(e.id, str(x), f), entry))
                stopped.add(ref)
            except Exception as exc:  # a fault of ours or an unwrapped one: visible, not lost
                log.exception("Sending CRM write %s failed", entry.write.key)
                message = f"Unexpected error: {exc}"
                report.failed.append(self._record(
                    lambda repo, e=entry, m=message: repo.fail(e.id, m, {}), entry))
                stopped.add(ref)
            else:
                report.delivered.append(self._record(
                    lambda repo, e=entry, i=item_id: repo.delivered(e.id, i, self.now()), entry))
        return True

    def _record(self, change: Callable[[OutboxRepository], None], entry: OutboxEntry
                ) -> OutboxEntry:
        with self.db.transaction() as session:
            repo = OutboxRepository(session)
            change(repo)
            return repo.get(entry.id)

    def _release(self, entry: OutboxEntry) -> None:
        with self.db.transaction() as session:
            OutboxRepository(session).release(entry.id)


def _item_ref(entry: OutboxEntry) -> _ItemRef:
    """The CRM item an entry writes to: a lead not created yet is named by its write's key."""
    if entry.item_id:
        return entry.write.entity.value, entry.item_id
    return "new", entry.write.after_key or entry.write.key

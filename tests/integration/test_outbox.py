"""The outbox on SQLite and PostgreSQL with the embedded CRM: a result's writes are kept
with the result, then land in the CRM once each, in order per item, whatever the line
to the CRM does; refusals stay visible until a person retries or discards them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from desktop.crm import phones
from desktop.crm.demo_data import DEMO_PHONES, DEMO_UNKNOWN_PHONE
from desktop.crm.gateway import ActivityKind, TimelineKind
from desktop.crm.outbox import LEAD_GONE, CrmWrite, Outbox, OutboxState, WriteKind
from desktop.domain.buttons import ActionButton, CallbackAction, CommentAction, LeadStatusAction
from desktop.domain.call import CallSession, Direction
from desktop.domain.crm_types import EntityType
from desktop.services import results
from desktop.services.results import Answer, ClientContext
from desktop.storage.repositories import ButtonRepository, CallRepository
from tests.integration.outbox_fakes import DOWN, LOST, REFUSED, Desk, FlakyCrm, desk_fixture

LEAD, CONTACT = EntityType.LEAD, EntityType.CONTACT
COMMENT_TEXT = "Просит перезвонить после обеда"


@pytest.fixture
def desk(db_url: str) -> Iterator[Desk]:
    yield from desk_fixture(db_url)


def callback_button(desk: Desk) -> ActionButton:
    """Callback + lead status + a comment the operator types, stored like any button."""
    button = ActionButton("Перезвонить с комментарием", "#ef6c00", [
        CallbackAction("+1 day at 10:00", "Перезвонить: {{lead.NAME}}"),
        LeadStatusAction(status_id="PROCESSED"), CommentAction("")])
    with desk.db.transaction() as session:
        return ButtonRepository(session).save(button)


def answered_call(desk: Desk, number: str) -> CallSession:
    call = CallSession(phones.normalize(number), Direction.INCOMING, desk.clock(),
                       operator_id=desk.anna.id)
    call.answer(desk.clock())
    desk.work.save(call)
    return call


def record(desk: Desk, number: str, client: ClientContext) -> tuple[CallSession, list[int]]:
    button = callback_button(desk)
    call = answered_call(desk, number)
    writes = results.plan_result(button, call, client, desk.anna,
                                 {2: Answer(text=COMMENT_TEXT)}, desk.clock())
    return call, desk.work.record_result(call, button, writes, desk.clock())


def found(desk: Desk, number: str) -> ClientContext:
    items = tuple(desk.crm.find_by_phone(number))
    return ClientContext(items, (items[0].entity, items[0].id) if items else None)


def comments(desk: Desk, entity: EntityType, item_id: str) -> list[str]:
    return [e.text for e in desk.crm.timeline(entity, item_id) if e.kind is TimelineKind.COMMENT]


def comment_to(item: tuple[EntityType, str], text: str, **extra) -> CrmWrite:
    return CrmWrite(WriteKind.COMMENT, item[0], item[1], {"text": text}, **extra)


# ---- a result, kept with the call, then delivered -------------------------------------------
def test_a_result_is_queued_with_the_call_then_lands_in_the_crm(desk: Desk):
    client = found(desk, DEMO_PHONES["lead"])
    lead = client.chosen_item()
    assert lead is not None and lead.entity is LEAD and lead.get("STATUS_ID") == "IN_PROCESS"
    call, entry_ids = record(desk, DEMO_PHONES["lead"], client)

    assert desk.outbox.counts() == (3, 0)
    assert [e.id for e in desk.outbox.open_entries()] == entry_ids
    assert {e.write.call_id for e in desk.outbox.open_entries()} == {call.id}
    with desk.db.read() as session:
        assert CallRepository(session).get(call.id).result_button_id == call.result_button_id

    report = desk.outbox.deliver_due(desk.crm)
    assert [e.id for e in report.delivered] == entry_ids and not report.failed
    assert desk.outbox.counts() == (0, 0)
    assert {e.state for e in report.delivered} == {OutboxState.DONE}
    assert desk.crm.get_item(LEAD, lead.id).get("STATUS_ID") == "PROCESSED"
    timeline = desk.crm.timeline(LEAD, lead.id)
    assert comments(desk, LEAD, lead.id)[0] == COMMENT_TEXT
    callback = next(e for e in timeline if e.activity is ActivityKind.CALLBACK
                    and e.title == "Перезвонить: Виктор")
    planned = results.prompts(callback_button(desk), call, client, desk.anna, desk.clock())[0]
    assert callback.deadline == planned.deadline
    assert callback.responsible == desk.anna.display_name


def test_a_result_that_cannot_be_kept_queues_nothing(desk: Desk):
    button = callback_button(desk)
    call = answered_call(desk, DEMO_PHONES["lead"])
    write = comment_to((LEAD, "1"), "x")
    with pytest.raises(IntegrityError):
        desk.work.record_result(call, button, [write, write], desk.clock())  # one key twice
    assert desk.outbox.counts() == (0, 0)
    assert call.result_button_id is None and call.result_at is None
    with desk.db.read() as session:
        assert CallRepository(session).get(call.id).result_button_id is None


# ---- exactly once through a bad line ----------------------------------------------------
def test_a_crm_failing_for_a_while_gets_every_write_exactly_once(desk: Desk):
    number = "+7 999 555-44-33"  # nobody: the result creates the lead first
    gateway = FlakyCrm(desk.crm, [DOWN, LOST, LOST, DOWN, LOST, DOWN, LOST])
    _call, entry_ids = record(desk, number, found(desk, number))
    assert len(entry_ids) == 4

    first = desk.outbox.deliver_due(gateway)
    assert not first.delivered and [e.id for e in first.retry_later] == [entry_ids[0]]
    assert first.retry_later[0].next_attempt_at == desk.clock() + timedelta(seconds=2)
    assert not desk.outbox.deliver_due(gateway)  # nothing due before the pause is over

    delivered = desk.drain(gateway)
    assert sorted(e.id for e in delivered) == entry_ids
    # Every failure was retried, nothing more: once the lost creation had landed, its
    # retry found the caller's lead instead of creating it again.
    assert [name for name, _args in gateway.calls].count("create_item") == 2
    assert len(gateway.calls) == 4 + 7 - 1
    (lead,) = desk.crm.find_by_phone(number)  # one lead, though creating it timed out
    assert lead.get("STATUS_ID") == "PROCESSED"
    timeline = desk.crm.timeline(LEAD, lead.id)
    assert [(e.kind, e.activity) for e in timeline].count(
        (TimelineKind.ACTIVITY, ActivityKind.CALLBACK)) == 1
    assert comments(desk, LEAD, lead.id) == [COMMENT_TEXT]
    assert {e.item_id for e in delivered} == {lead.id}
    assert max(e.attempts for e in delivered) > 1


# ---- order, refusals, people's decisions -------------------------------------------------
def test_writes_of_one_item_keep_their_order_while_other_items_go_on(desk: Desk):
    lead = found(desk, DEMO_PHONES["lead"]).chosen_item()
    contact = next(i for i in desk.crm.find_by_phone(DEMO_PHONES["contact"])
                   if i.entity is CONTACT)
    first, second = (CrmWrite(WriteKind.LEAD_STATUS, LEAD, lead.id, {"status_id": s})
                     for s in ("PROCESSED", "JUNK"))
    ids = desk.outbox.add([first, second, comment_to((CONTACT, contact.id), "Другой клиент")])
    gateway = FlakyCrm(desk.crm, [REFUSED])

    report = desk.outbox.deliver_due(gateway)
    assert [e.id for e in report.failed] == [ids[0]]
    assert [e.id for e in report.delivered] == [ids[2]]  # another item is not held up
    assert [name for name, _ in gateway.calls] == ["set_lead_status", "add_comment"]
    assert desk.crm.get_item(LEAD, lead.id).get("STATUS_ID") == "IN_PROCESS"  # no overtaking
    assert not desk.outbox.deliver_due(gateway)  # still waiting for a person

    desk.outbox.retry(ids[0])
    report = desk.outbox.deliver_due(gateway)
    assert [e.id for e in report.delivered] == ids[:2]
    assert [args[1] for name, args in gateway.calls[2:]] == ["PROCESSED", "JUNK"]
    assert desk.crm.get_item(LEAD, lead.id).get("STATUS_ID") == "JUNK"


def test_a_refused_write_fails_with_its_field_errors_until_retried_or_discarded(desk: Desk):
    lead = found(desk, DEMO_PHONES["lead"]).chosen_item()
    bad = CrmWrite(WriteKind.UPDATE_FIELDS, LEAD, lead.id, {"values": {"EMAIL": ["не почта"]}})
    bad_id, later_id = desk.outbox.add([bad, comment_to((LEAD, lead.id), "После правки")])

    (failed,) = desk.outbox.deliver_due(desk.crm).failed
    assert (failed.id, failed.state, failed.attempts) == (bad_id, OutboxState.FAILED, 1)
    assert set(failed.field_errors) == {"EMAIL"} and "did not accept" in failed.last_error
    assert desk.outbox.counts() == (1, 1)
    assert [(e.id, e.state) for e in desk.outbox.open_entries()] == [
        (bad_id, OutboxState.FAILED), (later_id, OutboxState.PENDING)]

    desk.outbox.retry(bad_id)
    assert desk.outbox.get(bad_id).state is OutboxState.PENDING
    assert desk.outbox.deliver_due(desk.crm).failed[0].attempts == 2  # refused again

    desk.outbox.discard(bad_id)
    assert [e.id for e in desk.outbox.open_entries()] == [later_id]
    kept = desk.outbox.get(bad_id)  # on record, never deleted
    assert (kept.state, set(kept.field_errors)) == (OutboxState.DISCARDED, {"EMAIL"})
    desk.outbox.retry(bad_id)  # too late: a discarded write stays discarded
    assert desk.outbox.get(bad_id).state is OutboxState.DISCARDED

    assert [e.id for e in desk.outbox.deliver_due(desk.crm).delivered] == [later_id]
    assert comments(desk, LEAD, lead.id)[0] == "После правки"
    assert desk.outbox.counts() == (0, 0)


# ---- a lead created first, the rest after it ---------------------------------------------
def test_a_comment_for_a_lead_not_created_yet_goes_to_it_once_it_exists(desk: Desk):
    entry_id, key = desk.work.create_lead(None, "Мария Иванова", "+7 999 555-44-33")
    (comment_id,) = desk.outbox.add([comment_to((LEAD, ""), "Новый клиент", after_key=key)])
    gateway = FlakyCrm(desk.crm, [DOWN])

    assert desk.outbox.deliver_due(gateway).retry_later[0].id == entry_id
    assert [name for name, _ in gateway.calls] == ["create_item"]  # the comment waited

    desk.clock.advance(2)
    report = desk.outbox.deliver_due(gateway)
    assert [e.id for e in report.delivered] == [entry_id, comment_id]
    (lead,) = desk.crm.find_by_phone("+79995554433")
    assert (lead.title, lead.get("NAME")) == ("Мария Иванова", "Мария Иванова")
    assert [e.item_id for e in report.delivered] == [lead.id, lead.id]
    assert comments(desk, LEAD, lead.id) == ["Новый клиент"]


def test_writes_for_a_lead_whose_creation_was_discarded_fail_visibly(desk: Desk):
    entry_id, key = desk.work.create_lead(None, "", "+7 999 555-44-33")
    (comment_id,) = desk.outbox.add([comment_to((LEAD, ""), "Сиротa", after_key=key)])
    desk.outbox.discard(entry_id)
    report = desk.outbox.deliver_due(desk.crm)
    assert [(e.id, e.state, e.last_error) for e in report.failed] == [
        (comment_id, OutboxState.FAILED, LEAD_GONE)]
    assert desk.crm.find_by_phone("+79995554433") == []
    assert desk.outbox.counts() == (0, 1)


# ---- two workstations ------------------------------------------------------------------
def test_an_entry_being_sent_is_not_sent_by_another_workstation(desk: Desk):
    lead = found(desk, DEMO_PHONES["lead"]).chosen_item()
    other = Outbox(desk.db, clock=desk.clock)
    seen_by_other = []
    gateway = FlakyCrm(desk.crm, before=lambda _name: seen_by_other.append(
        other.deliver_due(desk.crm)))
    desk.outbox.add([comment_to((LEAD, lead.id), "Один раз")])

    assert len(desk.outbox.deliver_due(gateway).delivered) == 1
    assert len(seen_by_other) == 1 and not seen_by_other[0]
    assert comments(desk, LEAD, lead.id).count("Один раз") == 1


class Crash(BaseException):
    """The workstation dies in the middle of sending."""


def test_a_write_left_half_sent_by_a_dead_workstation_is_sent_after_its_lease(desk: Desk):
    lead = found(desk, DEMO_PHONES["lead"]).chosen_item()
    (entry_id,) = desk.outbox.add([comment_to((LEAD, lead.id), "Пережил сбой")])

    def die(_name: str) -> None:
        raise Crash

    with pytest.raises(Crash):
        desk.outbox.deliver_due(FlakyCrm(desk.crm, before=die))
    other = Outbox(desk.db, clock=desk.clock)
    assert not other.deliver_due(desk.crm)  # still leased by the dead one
    desk.clock.advance(other.lease.total_seconds())
    assert [e.id for e in other.deliver_due(desk.crm).delivered] == [entry_id]
    assert comments(desk, LEAD, lead.id).count("Пережил сбой") == 1


def test_one_delivery_sends_at_most_its_limit(desk: Desk):
    lead = found(desk, DEMO_PHONES["lead"]).chosen_item()
    desk.outbox.add([comment_to((LEAD, lead.id), f"№{n}") for n in range(5)])
    assert len(desk.outbox.deliver_due(desk.crm, limit=2).delivered) == 2
    assert desk.outbox.counts() == (3, 0)
    assert len(desk.outbox.deliver_due(desk.crm).delivered) == 3
    assert comments(desk, LEAD, lead.id)[:5] == [f"№{n}" for n in reversed(range(5))]


def test_a_result_pressed_before_the_search_answered_goes_to_the_callers_lead(desk: Desk):
    """A slow or unreachable CRM: the card knew no client when the result was pressed."""
    lead = found(desk, DEMO_PHONES["lead"]).chosen_item()
    assert lead is not None
    leads_before = len(desk.crm.find_by_phone(DEMO_PHONES["lead"]))
    record(desk, DEMO_PHONES["lead"], ClientContext())  # nothing known yet
    assert desk.outbox.open_entries()[0].write.kind is WriteKind.CREATE_LEAD

    desk.drain(desk.crm)
    assert desk.outbox.counts() == (0, 0)
    assert len(desk.crm.find_by_phone(DEMO_PHONES["lead"])) == leads_before  # no new lead
    assert comments(desk, LEAD, lead.id)[0] == COMMENT_TEXT
    assert desk.crm.get_item(LEAD, lead.id).get("STATUS_ID") == "PROCESSED"


def test_a_result_for_a_number_nobody_has_creates_one_lead(desk: Desk):
    number = DEMO_UNKNOWN_PHONE
    record(desk, number, ClientContext())
    desk.drain(desk.crm)
    created = desk.crm.find_by_phone(number)
    assert [item.entity for item in created] == [LEAD]
    assert comments(desk, LEAD, created[0].id) == [COMMENT_TEXT]

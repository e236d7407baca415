"""The operator's work on a call, on SQLite and PostgreSQL: the journal a crashed card is
recovered from, what the role offers, and field saves and new leads through the outbox."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from desktop.crm.demo_data import DEMO_PHONES
from desktop.crm.errors import CrmRejected
from desktop.crm.outbox import OutboxState, WriteKind
from desktop.demo.scripts import SALES, SURVEY
from desktop.demo.settings import SALES_BUTTONS, SALES_ROLE
from desktop.domain.call import CallSession, Direction
from desktop.domain.crm_types import EntityType
from desktop.domain.script import Script
from desktop.storage.repositories import RoleRepository, ScriptRepository
from tests.integration.outbox_fakes import Desk, desk_fixture
from tests.unit.test_permissions_support import services_of

LEAD, CONTACT = EntityType.LEAD, EntityType.CONTACT


@pytest.fixture
def desk(db_url: str) -> Iterator[Desk]:
    yield from desk_fixture(db_url)


def script_id(desk: Desk, name: str) -> int:
    with desk.db.read() as session:
        found = ScriptRepository(session).find_id(name)
    assert found is not None
    return found


def sales_role(desk: Desk):
    with desk.db.read() as session:
        roles = RoleRepository(session)
        return roles.get(roles.find_id(SALES_ROLE))


def new_call(desk: Desk, minutes_from_now: int = 0) -> CallSession:
    started = desk.clock() + timedelta(minutes=minutes_from_now)
    return CallSession("+79641112233", Direction.INCOMING, started, operator_id=desk.anna.id)


def victor(desk: Desk) -> str:
    """The id of the demo lead called from DEMO_PHONES["lead"]."""
    (lead,) = desk.crm.find_by_phone(DEMO_PHONES["lead"])
    return lead.id


def lead_metas(desk: Desk):
    return {meta.code: meta for meta in desk.crm.fields(LEAD)}


# ---- the journal -------------------------------------------------------------------
def test_an_unfinished_call_comes_back_exactly_as_it_was_journaled(desk: Desk):
    sales = script_id(desk, SALES)
    call = new_call(desk)
    call.answer(desk.clock() + timedelta(seconds=4))
    call.choose_script(sales, 1, "greet")
    call.go_to("needs")
    call.set_field("contact.NAME", "Виктор")
    call.set_field("deal.OPPORTUNITY", "150 000")
    call.set_client(LEAD, "2", "Звонок: вопрос о доставке")
    desk.work.save(call)
    call.set_field("contact.NAME", "Виктор Степанович")  # journaled again, debounced
    desk.work.save(call)

    assert desk.work.unfinished(desk.anna.id) == [call]
    assert desk.work.unfinished(desk.anna.id + 100) == []

    call.end(desk.clock() + timedelta(minutes=2))
    call.close(desk.clock() + timedelta(minutes=3))
    desk.work.save(call)
    assert desk.work.unfinished(desk.anna.id) == []


def test_a_call_without_a_client_comes_back_without_one(desk: Desk):
    call = new_call(desk)
    desk.work.save(call)
    (back,) = desk.work.unfinished(desk.anna.id)
    assert (back.crm_entity, back.crm_item_id, back.client_title) == (None, None, "")


def test_last_used_scripts_are_the_most_recent_first_each_once(desk: Desk):
    sales, survey = script_id(desk, SALES), script_id(desk, SURVEY)
    assert desk.work.last_used_scripts(desk.anna.id) == [sales]  # the demo's past calls
    for minutes, script in ((1, survey), (2, sales), (3, survey)):
        call = new_call(desk, minutes)
        call.choose_script(script, 1, None)
        desk.work.save(call)
    assert desk.work.last_used_scripts(desk.anna.id) == [survey, sales]
    assert desk.work.last_used_scripts(desk.anna.id + 100) == []


# ---- what the role offers ----------------------------------------------------------
def test_a_role_gets_its_published_scripts_and_buttons_in_its_order(desk: Desk):
    role = sales_role(desk)
    assert [v.name for v in desk.work.scripts_for(role)] == [SALES, SURVEY]
    assert all(v.number == 1 for v in desk.work.scripts_for(role))
    assert [b.title for b in desk.work.buttons_for(role)] == SALES_BUTTONS

    with desk.db.transaction() as session:
        draft = ScriptRepository(session).add(Script("Черновик"))
    role.script_ids = [draft.id, *reversed(role.script_ids)]  # never published: left out
    role.button_ids = [role.button_ids[1], 999_999, role.button_ids[0]]
    assert [v.name for v in desk.work.scripts_for(role)] == [SURVEY, SALES]
    assert [b.title for b in desk.work.buttons_for(role)] == SALES_BUTTONS[1::-1]


def test_whether_a_result_is_required_is_saved_with_the_role(desk: Desk):
    admin = services_of(desk.db, "admin")
    role = admin.roles.get(sales_role(desk).id)
    assert role.result_required  # the default
    role.result_required = False
    admin.roles.save(role)
    assert not admin.roles.get(role.id).result_required
    assert not sales_role(desk).result_required


# ---- field saves and new leads ------------------------------------------------------
def test_bad_values_are_refused_per_field_and_nothing_is_queued(desk: Desk):
    with pytest.raises(CrmRejected) as refused:
        desk.work.save_fields(None, LEAD, victor(desk), {
            "EMAIL": ["не почта"], "OPPORTUNITY": "много", "ID": "7", "NAME": "Виктор"},
            lead_metas(desk))
    assert set(refused.value.field_errors) == {"EMAIL", "OPPORTUNITY", "ID"}
    with pytest.raises(CrmRejected):
        desk.work.save_fields(None, LEAD, victor(desk), {}, lead_metas(desk))
    assert desk.outbox.counts() == (0, 0)


def test_good_values_are_queued_as_one_save_and_land_in_the_crm(desk: Desk):
    call = new_call(desk)
    desk.work.save(call)
    entry_id = desk.work.save_fields(call.id, LEAD, victor(desk), {
        "NAME": " Виктор ", "OPPORTUNITY": "1 500,50", "UF_CRM_BIRTHDAY": date(1980, 1, 2)},
        lead_metas(desk))
    (entry,) = desk.outbox.open_entries()
    assert (entry.id, entry.write.kind, entry.write.call_id) == (
        entry_id, WriteKind.UPDATE_FIELDS, call.id)
    assert entry.write.payload == {"values": {
        "NAME": "Виктор", "OPPORTUNITY": 1500.5, "UF_CRM_BIRTHDAY": "1980-01-02"}}

    assert [e.id for e in desk.outbox.deliver_due(desk.crm).delivered] == [entry_id]
    lead = desk.crm.get_item(LEAD, victor(desk))
    assert (lead.get("NAME"), lead.get("OPPORTUNITY"), lead.get("UF_CRM_BIRTHDAY")) == (
        "Виктор", 1500.5, date(1980, 1, 2))


def test_a_save_before_the_call_is_journaled_is_queued_all_the_same(desk: Desk):
    entry_id = desk.work.save_fields("not-journaled-yet", LEAD, victor(desk), {"NAME": "Виктор"},
                                     lead_metas(desk))
    entry = desk.outbox.get(entry_id)
    assert entry.write.call_id is None and entry.state is OutboxState.PENDING


def test_a_new_lead_is_refused_for_a_number_that_is_not_one(desk: Desk):
    with pytest.raises(CrmRejected) as refused:
        desk.work.create_lead(None, "Мария", "позвоните мне")
    assert set(refused.value.field_errors) == {"PHONE"}
    assert desk.outbox.counts() == (0, 0)


def test_a_new_lead_without_a_name_is_named_after_the_call(desk: Desk):
    number = DEMO_PHONES["lead"].replace("33", "34")
    entry_id, key = desk.work.create_lead(None, "  ", number)
    entry = desk.outbox.get(entry_id)
    assert (entry.write.kind, entry.write.key) == (WriteKind.CREATE_LEAD, key)
    desk.outbox.deliver_due(desk.crm)
    (lead,) = desk.crm.find_by_phone(number)
    assert (lead.title, lead.get("NAME"), lead.get("SOURCE_ID")) == (
        "Звонок 8 (964) 111-22-34", None, "CALL")

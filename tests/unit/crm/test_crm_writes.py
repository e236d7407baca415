"""CRM writes as the outbox keeps them: each kind lands in the CRM, once per key."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.crm.embedded import EmbeddedCrm
from desktop.crm.errors import CrmRejected
from desktop.crm.gateway import ActivityKind, TimelineKind
from desktop.crm.outbox import CrmWrite, WriteKind, exponential_backoff
from desktop.crm.writes import json_values
from desktop.domain.crm_types import EntityType

LEAD = EntityType.LEAD
TOMORROW_10 = (datetime.now(UTC) + timedelta(days=1)).replace(hour=10, minute=0, second=0,
                                                              microsecond=0)


@pytest.fixture
def lead_id(crm: EmbeddedCrm) -> str:
    return crm.create_item(LEAD, {"TITLE": "Заявка с сайта", "PHONE": ["+7 964 111-22-33"]}).id


def test_create_lead_returns_the_new_lead_and_a_replay_returns_the_same(crm: EmbeddedCrm):
    write = CrmWrite(WriteKind.CREATE_LEAD, LEAD, "", {"values": {
        "TITLE": "Звонок 8 (964) 111-22-44", "PHONE": ["+79641112244"]}})
    first = write.apply(crm, "")
    assert write.apply(crm, "") == first  # a retry after a timeout
    assert [i.id for i in crm.find_by_phone("+79641112244")] == [first]


def test_timeline_writes_land_on_the_item_once_per_key(crm: EmbeddedCrm, lead_id: str):
    writes = [
        CrmWrite(WriteKind.COMMENT, LEAD, lead_id, {"text": "Просит КП", "author": "Анна"}),
        CrmWrite(WriteKind.ACTIVITY, LEAD, lead_id, {
            "activity": "callback", "title": "Перезвонить", "deadline": TOMORROW_10.isoformat(),
            "responsible": "Анна"}),
        CrmWrite(WriteKind.ACTIVITY, LEAD, lead_id, {
            "activity": "meeting", "title": "Встреча", "deadline": TOMORROW_10.isoformat(),
            "duration_minutes": 90}),
        CrmWrite(WriteKind.TASK, LEAD, lead_id, {
            "title": "Отправить КП", "description": "Тариф «Бизнес»", "deadline": None,
            "responsible": "Анна"}),
    ]
    for write in writes:
        assert write.apply(crm, lead_id) == lead_id
        assert write.apply(crm, lead_id) == lead_id
    timeline = sorted(crm.timeline(LEAD, lead_id), key=lambda e: e.id)
    assert [(e.kind, e.activity) for e in timeline] == [
        (TimelineKind.COMMENT, None), (TimelineKind.ACTIVITY, ActivityKind.CALLBACK),
        (TimelineKind.ACTIVITY, ActivityKind.MEETING), (TimelineKind.TASK, None)]
    comment, callback, meeting, task = timeline
    assert (comment.text, comment.author) == ("Просит КП", "Анна")
    assert (callback.title, callback.deadline, callback.responsible) == (
        "Перезвонить", TOMORROW_10, "Анна")
    assert meeting.end == TOMORROW_10 + timedelta(minutes=90)
    assert (task.title, task.text, task.deadline) == ("Отправить КП", "Тариф «Бизнес»", None)


def test_fields_status_and_stage_change_the_item(crm: EmbeddedCrm, lead_id: str):
    values = json_values({"NAME": "Виктор", "UF_CRM_BIRTHDAY": date(1990, 3, 31)})
    json.dumps(values)  # what the outbox stores must be JSON
    CrmWrite(WriteKind.UPDATE_FIELDS, LEAD, lead_id, {"values": values}).apply(crm, lead_id)
    CrmWrite(WriteKind.LEAD_STATUS, LEAD, lead_id, {"status_id": "IN_PROCESS"}).apply(
        crm, lead_id)
    lead = crm.get_item(LEAD, lead_id)
    assert (lead.get("NAME"), lead.get("UF_CRM_BIRTHDAY"), lead.get("STATUS_ID")) == (
        "Виктор", date(1990, 3, 31), "IN_PROCESS")
    deal = crm.create_item(EntityType.DEAL, {"TITLE": "Поставка"})
    CrmWrite(WriteKind.DEAL_STAGE, EntityType.DEAL, deal.id, {"stage_id": "WON"}).apply(
        crm, deal.id)
    assert crm.get_item(EntityType.DEAL, deal.id).get("STAGE_ID") == "WON"


def test_a_refused_value_raises_with_its_field_and_writes_nothing(crm: EmbeddedCrm,
                                                                  lead_id: str):
    write = CrmWrite(WriteKind.UPDATE_FIELDS, LEAD, lead_id, {"values": {
        "NAME": "Виктор", "EMAIL": ["не почта"]}})
    with pytest.raises(CrmRejected) as refused:
        write.apply(crm, lead_id)
    assert set(refused.value.field_errors) == {"EMAIL"}
    assert crm.get_item(LEAD, lead_id).get("NAME") is None


@pytest.mark.parametrize("payload", [{}, {"activity": "lunch", "deadline": "2030-01-01"},
                                     {"activity": "callback", "deadline": "tomorrow"}])
def test_a_payload_that_cannot_be_read_is_refused_not_retried(crm: EmbeddedCrm, lead_id: str,
                                                              payload: dict):
    with pytest.raises(CrmRejected, match="cannot be read"):
        CrmWrite(WriteKind.ACTIVITY, LEAD, lead_id, payload).apply(crm, lead_id)
    assert crm.timeline(LEAD, lead_id) == []


def test_every_write_says_what_it_does_in_one_line():
    deadline = datetime(2030, 5, 6, 7, 0, tzinfo=UTC)
    local = deadline.astimezone().strftime("%d.%m.%Y %H:%M")
    comment = CrmWrite(WriteKind.COMMENT, LEAD, "1", {"text": "Клиент\nпросит " + "о" * 80})
    assert comment.describe().startswith("Comment: Клиент просит оо")
    assert comment.describe().endswith("…") and "\n" not in comment.describe()
    assert len(comment.detail()) == 60
    assert CrmWrite(WriteKind.ACTIVITY, LEAD, "1", {
        "activity": "callback", "title": "Перезвонить", "deadline": deadline.isoformat(),
    }).describe() == f"Activity: Перезвонить ({local})"
    assert CrmWrite(WriteKind.LEAD_STATUS, LEAD, "1", {"status_id": "JUNK"}).describe() == \
        "Lead status: JUNK"
    assert CrmWrite(WriteKind.UPDATE_FIELDS, LEAD, "1", {"values": {"NAME": "A", "EMAIL": []}}
                    ).describe() == "Save fields: NAME, EMAIL"
    assert CrmWrite(WriteKind.CREATE_LEAD, LEAD, "", {"values": {"TITLE": "Звонок"}}
                    ).describe() == "Create a lead: Звонок"


def test_writes_get_distinct_keys():
    keys = {CrmWrite(WriteKind.COMMENT, LEAD, "1", {"text": "x"}).key for _ in range(200)}
    assert len(keys) == 200


def test_backoff_doubles_up_to_five_minutes():
    assert [exponential_backoff(n).total_seconds() for n in range(1, 11)] == [
        2, 4, 8, 16, 32, 64, 128, 256, 300, 300]

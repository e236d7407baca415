"""The embedded CRM behaves the same on SQLite and on a shared PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from desktop.crm.demo import seed_demo_crm
from desktop.crm.demo_data import DEMO_PHONES
from desktop.crm.embedded import EmbeddedCrm
from desktop.crm.errors import CrmRejected
from desktop.crm.gateway import ActivityKind
from desktop.domain.crm_types import EntityType
from desktop.storage.base import Base
from desktop.storage.engine import make_engine


@pytest.fixture
def any_backend_crm(db_url: str) -> Iterator[EmbeddedCrm]:
    engine = make_engine(db_url)
    Base.metadata.create_all(engine)
    crm = EmbeddedCrm(engine)
    seed_demo_crm(crm)
    yield crm
    engine.dispose()


def test_demo_lookup_and_writes(any_backend_crm):
    crm = any_backend_crm
    assert not seed_demo_crm(crm).added
    found = crm.find_by_phone("8 (999) 123 45 67")
    assert [i.entity for i in found] == [EntityType.LEAD, EntityType.DEAL, EntityType.DEAL,
                                         EntityType.CONTACT]
    contact = found[-1]
    updated = crm.update_fields(EntityType.CONTACT, contact.id, {
        "UF_CRM_BIRTHDAY": "01.02.1990", "PHONE": ["+7 916 000 00 01"]})
    assert str(updated.get("UF_CRM_BIRTHDAY")) == "1990-02-01"
    assert [(i.entity, i.id) for i in crm.find_by_phone("89160000001")][-1] == (
        EntityType.CONTACT, contact.id)
    assert crm.find_by_phone(DEMO_PHONES["contact_and_lead"])[-1].entity is EntityType.LEAD
    with pytest.raises(CrmRejected):
        crm.update_fields(EntityType.CONTACT, contact.id, {"PHONE": "x", "NAME": "y"})
    assert crm.get_item(EntityType.CONTACT, contact.id) == updated

    deal = crm.find_by_phone(DEMO_PHONES["company"])[0]
    assert crm.set_deal_stage(deal.id, "WON", idempotency_key="won").get("STAGE_ID") == "WON"
    with pytest.raises(CrmRejected):
        crm.set_deal_stage(deal.id, "C1:WON")
    deadline = datetime(2030, 1, 1, 10, 0, tzinfo=UTC)
    meeting = crm.add_activity(EntityType.DEAL, deal.id, ActivityKind.MEETING, "Встреча",
                               deadline, duration_minutes=30, idempotency_key="m-1")
    again = crm.add_activity(EntityType.DEAL, deal.id, ActivityKind.MEETING, "Встреча",
                             deadline, idempotency_key="m-1")
    assert again == meeting and meeting.deadline == deadline
    assert [e.id for e in crm.timeline(EntityType.DEAL, deal.id)].count(meeting.id) == 1
    assert [p.name for p in crm.deal_pipelines()] == ["Продажи", "Сервисные договоры"]

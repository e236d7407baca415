"""Demo data: realistic clients, seeded once however often the command runs."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop.crm import demo_data
from desktop.crm.demo import seed_demo_crm
from desktop.crm.embedded import EmbeddedCrm
from desktop.crm.models import (
    CrmCompany,
    CrmContact,
    CrmDeal,
    CrmLead,
    CrmPhone,
    CrmStage,
    CrmTimelineEntry,
)
from desktop.domain.crm_types import EntityType

COUNTED = (CrmCompany, CrmContact, CrmLead, CrmDeal, CrmPhone, CrmStage, CrmTimelineEntry)


def row_counts(engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {m.__tablename__: conn.scalar(select(func.count()).select_from(m))
                for m in COUNTED}


def test_seeding_twice_adds_nothing(engine):
    first = seed_demo_crm(engine)
    counts = row_counts(engine)
    second = seed_demo_crm(EmbeddedCrm(engine))
    assert first.added and not second.added
    assert row_counts(engine) == counts
    assert (first.companies, first.contacts, first.leads, first.deals) == (
        len(demo_data.COMPANIES), len(demo_data.CONTACTS), len(demo_data.LEADS),
        len(demo_data.DEALS))
    assert counts["crm_contacts"] == first.contacts >= 10
    assert counts["crm_timeline"] == first.timeline


def test_demo_covers_every_status_and_both_pipelines(shared_demo_crm):
    leads = [shared_demo_crm.get_item(EntityType.LEAD, str(i))
             for i in range(1, len(demo_data.LEADS) + 1)]
    assert {lead.get("STATUS_ID") for lead in leads} == {
        s.id for s in shared_demo_crm.lead_statuses()}
    deals = [shared_demo_crm.get_item(EntityType.DEAL, str(i))
             for i in range(1, len(demo_data.DEALS) + 1)]
    assert {deal.get("CATEGORY_ID") for deal in deals} == {0, 1}


def test_demo_numbers_find_what_they_promise(shared_demo_crm):
    def kinds(key):
        return [i.entity for i in shared_demo_crm.find_by_phone(demo_data.DEMO_PHONES[key])]

    assert kinds("contact_and_lead") == [EntityType.LEAD, EntityType.DEAL, EntityType.DEAL,
                                         EntityType.CONTACT]
    assert kinds("contact_with_deal") == [EntityType.DEAL, EntityType.CONTACT]
    assert kinds("company") == [EntityType.DEAL, EntityType.COMPANY]
    assert kinds("lead") == [EntityType.LEAD]
    assert kinds("contact") == [EntityType.CONTACT]


def test_demo_clients_have_a_history(shared_demo_crm):
    roofing = next(i for i in shared_demo_crm.find_by_phone(demo_data.DEMO_PHONES["company"])
                   if i.entity is EntityType.DEAL)
    texts = [e.text for e in shared_demo_crm.timeline(EntityType.DEAL, roofing.id)]
    assert "Дмитрий Иванович просит скидку 5% за объём." in texts

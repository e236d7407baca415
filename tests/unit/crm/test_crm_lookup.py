"""Finding the caller: leads, deals, contacts and companies by any spelling of a number."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.crm import demo_data
from desktop.crm.demo_data import DEMO_PHONES, DEMO_UNKNOWN_PHONE
from desktop.crm.embedded import EmbeddedCrm
from desktop.crm.errors import CrmUnavailable, InvalidPhoneError
from desktop.crm.models import CrmPhone
from desktop.domain.crm_types import EntityType
from desktop.storage.engine import make_engine

LEAD, DEAL, CONTACT, COMPANY = EntityType.LEAD, EntityType.DEAL, EntityType.CONTACT, \
    EntityType.COMPANY

SHARED_SPELLINGS = [
    "+7 999 123-45-67", "8 (999) 123 45 67", "9991234567", "79991234567", "+79991234567",
    "tel:+79991234567", "tel:8-999-123-45-67",
]


def kinds_and_titles(items):
    return [(item.entity, item.title) for item in items]


@pytest.mark.parametrize("spelling", SHARED_SPELLINGS)
def test_every_spelling_finds_the_same_client(shared_demo_crm, spelling):
    assert kinds_and_titles(shared_demo_crm.find_by_phone(spelling)) == [
        (LEAD, "Заявка с сайта: тариф «Бизнес»"),
        (DEAL, "Тариф «Бизнес» на год"),
        (DEAL, "Подключение дополнительного номера"),
        (CONTACT, "Анна Смирнова"),
    ]


def test_open_deals_come_before_closed_ones(shared_demo_crm):
    deals = [i for i in shared_demo_crm.find_by_phone(DEMO_PHONES["contact_and_lead"])
             if i.entity is DEAL]
    assert [d.get("STAGE_ID") for d in deals] == ["NEW", "LOSE"]


def test_a_company_number_finds_the_company_and_its_deals(shared_demo_crm):
    assert kinds_and_titles(shared_demo_crm.find_by_phone("84951234567")) == [
        (DEAL, "Поставка кровельных материалов"),
        (COMPANY, "ООО «СтройМонтаж»"),
    ]


def test_a_contact_number_finds_the_contact_and_their_deals(shared_demo_crm):
    items = shared_demo_crm.find_by_phone("+7 916 234 56 78")
    assert kinds_and_titles(items) == [
        (DEAL, "Поставка кровельных материалов"),
        (CONTACT, "Дмитрий Петров"),
    ]
    contact = items[1]
    assert contact.get("POST") == "Директор по закупкам"
    assert contact.get("PHONE") == ["8 (916) 234-56-78"]
    assert contact.get("EMAIL") == ["petrov@stroymontazh.ru"]
    assert items[0].get("CONTACT_ID") == contact.id


def test_lead_only_and_contact_only_numbers(shared_demo_crm):
    assert kinds_and_titles(shared_demo_crm.find_by_phone(DEMO_PHONES["lead"])) == [
        (LEAD, "Звонок: вопрос о доставке")]
    assert kinds_and_titles(shared_demo_crm.find_by_phone(DEMO_PHONES["contact"])) == [
        (CONTACT, "Алексей Соколов")]


def test_an_unknown_number_finds_nothing(shared_demo_crm):
    assert shared_demo_crm.find_by_phone(DEMO_UNKNOWN_PHONE) == []


def test_a_text_that_is_not_a_number_is_refused(shared_demo_crm):
    with pytest.raises(InvalidPhoneError):
        shared_demo_crm.find_by_phone("позвоните мне")


def test_every_demo_phone_finds_its_owner(shared_demo_crm):
    for entity, rows in ((CONTACT, demo_data.CONTACTS), (COMPANY, demo_data.COMPANIES),
                         (LEAD, demo_data.LEADS)):
        for row in rows.values():
            for number in row["PHONE"]:
                found = [i for i in shared_demo_crm.find_by_phone(number) if i.entity is entity]
                assert number in found[0].get("PHONE"), (entity, number)


def test_phones_are_indexed_in_e164(shared_demo_crm):
    with shared_demo_crm.engine.connect() as conn:
        stored = set(conn.scalars(select(CrmPhone.e164)))
        not_e164 = conn.scalar(
            select(func.count()).where(CrmPhone.e164.not_like("+7%")))
    assert "+79991234567" in stored
    assert not_e164 == 0


def test_the_default_region_is_configurable(engine):
    crm = EmbeddedCrm(engine, region="US")
    crm.install_defaults()
    contact = crm.create_item(CONTACT, {"NAME": "John", "PHONE": ["(650) 253-0000"]})
    assert [i.id for i in crm.find_by_phone("650-253-0000")] == [contact.id]
    assert [i.id for i in crm.find_by_phone("+1 650 253 0000")] == [contact.id]


def test_several_contacts_with_one_number_are_all_found_newest_first(crm):
    first = crm.create_item(CONTACT, {"NAME": "Олег", "PHONE": "+7 999 555-00-11"})
    second = crm.create_item(CONTACT, {"NAME": "Ольга", "PHONE": "89995550011"})
    assert [i.id for i in crm.find_by_phone("9995550011")] == [second.id, first.id]


def test_an_unreachable_database_is_reported_as_unavailable(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'missing' / 'x.db'}", create_dir=False)
    with pytest.raises(CrmUnavailable):
        EmbeddedCrm(engine).find_by_phone("+79991234567")

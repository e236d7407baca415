"""Reading and changing CRM fields: all valid values are saved, or none are."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.crm.embedded_read import column_of
from desktop.crm.errors import CrmNotFound, CrmRejected
from desktop.crm.fields import CATALOG
from desktop.crm.gateway import CrmGateway, FieldType
from desktop.crm.models import ITEM_MODELS, CrmContact
from desktop.domain.crm_types import EntityType

LEAD, DEAL, CONTACT, COMPANY = EntityType.LEAD, EntityType.DEAL, EntityType.CONTACT, \
    EntityType.COMPANY


@pytest.fixture
def anna(crm):
    return crm.create_item(CONTACT, {
        "NAME": "Анна", "LAST_NAME": "Смирнова", "PHONE": ["+7 999 123-45-67"],
        "EMAIL": "anna@example.ru"})


def test_the_embedded_crm_speaks_the_gateway_protocol(crm):
    assert isinstance(crm, CrmGateway)


def test_a_created_item_reads_back(crm, anna):
    item = crm.get_item(CONTACT, anna.id)
    assert item == anna
    assert item.title == "Анна Смирнова"
    assert item.get("PHONE") == ["+7 999 123-45-67"]
    assert item.get("EMAIL") == ["anna@example.ru"]
    assert item.get("ID") == anna.id
    assert item.get("DATE_CREATE").tzinfo is not None


def test_update_round_trip_with_every_kind_of_value(crm):
    lead = crm.create_item(LEAD, {"TITLE": "Заявка"})
    updated = crm.update_fields(LEAD, lead.id, {
        "NAME": "Юлия", "OPPORTUNITY": "1 500,50", "CURRENCY_ID": "USD",
        "SOURCE_ID": "WEB", "COMMENTS": "Перезвонить\nпосле обеда",
        "UF_CRM_BIRTHDAY": "21.07.1992", "UF_CRM_PRODUCT": "2",
        "UF_CRM_SOURCE_DETAIL": "  Реклама  ", "EMAIL": ["a@b.ru", "c@d.ru"],
    })
    assert updated == crm.get_item(LEAD, lead.id)
    values = updated.fields
    assert values["NAME"] == "Юлия"
    assert values["OPPORTUNITY"] == 1500.5
    assert values["CURRENCY_ID"] == "USD"
    assert values["COMMENTS"] == "Перезвонить\nпосле обеда"
    assert values["UF_CRM_BIRTHDAY"] == date(1992, 7, 21)
    assert values["UF_CRM_PRODUCT"] == "2"
    assert values["UF_CRM_SOURCE_DETAIL"] == "Реклама"
    assert values["EMAIL"] == ["a@b.ru", "c@d.ru"]
    assert values["DATE_MODIFY"] >= values["DATE_CREATE"]


def test_clearing_a_user_field(crm):
    lead = crm.create_item(LEAD, {"TITLE": "Заявка", "UF_CRM_PRODUCT": "1"})
    assert crm.update_fields(LEAD, lead.id, {"UF_CRM_PRODUCT": None}).get("UF_CRM_PRODUCT") \
        is None


def test_a_refused_update_names_every_bad_field_and_writes_nothing(crm, anna):
    with pytest.raises(CrmRejected) as caught:
        crm.update_fields(CONTACT, anna.id, {
            "NAME": "Не сохранится", "PHONE": ["8 999 000", "+7 999 765-43-21"],
            "EMAIL": "not-an-email", "UF_CRM_BIRTHDAY": "31.02.2001", "COMPANY_ID": "77",
            "ID": "5", "DATE_CREATE": "2020-01-01", "NO_SUCH_FIELD": 1,
        })
    assert set(caught.value.field_errors) == {
        "PHONE", "EMAIL", "UF_CRM_BIRTHDAY", "COMPANY_ID", "ID", "DATE_CREATE", "NO_SUCH_FIELD"}
    assert "8 999 000" in caught.value.field_errors["PHONE"]
    assert crm.get_item(CONTACT, anna.id) == anna
    assert crm.find_by_phone("+7 999 765-43-21") == []


@pytest.mark.parametrize(("entity", "code", "value"), [
    (LEAD, "TITLE", ""),
    (LEAD, "OPPORTUNITY", "много"),
    (LEAD, "OPPORTUNITY", -5),
    (LEAD, "CURRENCY_ID", "XYZ"),
    (LEAD, "UF_CRM_PRODUCT", "99"),
    (LEAD, "NAME", 42),
    (LEAD, "NAME", ["a", "b"]),
    (LEAD, "STATUS_ID", None),
    (DEAL, "CATEGORY_ID", 0),
    (DEAL, "CLOSEDATE", "завтра"),
    (DEAL, "CONTACT_ID", "abc"),
    (COMPANY, "REVENUE", float("nan")),
    (COMPANY, "INDUSTRY", "SPACE"),
])
def test_bad_values_are_refused(crm, entity, code, value):
    item = crm.create_item(entity, {"TITLE": "Проверка"} if entity is not CONTACT else {})
    with pytest.raises(CrmRejected) as caught:
        crm.update_fields(entity, item.id, {code: value})
    assert list(caught.value.field_errors) == [code]
    assert crm.get_item(entity, item.id) == item


def test_changing_the_phone_reindexes_it(crm, anna):
    crm.update_fields(CONTACT, anna.id, {"PHONE": ["8 (916) 111-22-33", "+7 495 000 11 22"]})
    assert crm.find_by_phone("+7 999 123-45-67") == []
    assert [i.id for i in crm.find_by_phone("9161112233")] == [anna.id]
    assert [i.id for i in crm.find_by_phone("84950001122")] == [anna.id]
    assert crm.get_item(CONTACT, anna.id).get("PHONE") == ["8 (916) 111-22-33",
                                                           "+7 495 000 11 22"]


def test_the_same_number_twice_is_kept_once(crm):
    contact = crm.create_item(CONTACT, {"NAME": "Олег",
                                        "PHONE": ["+7 999 123-45-67", "+7 999 123-45-67"]})
    assert contact.get("PHONE") == ["+7 999 123-45-67"]


def test_links_between_items(crm, anna):
    company = crm.create_item(COMPANY, {"TITLE": "ООО «Ромашка»"})
    crm.update_fields(CONTACT, anna.id, {"COMPANY_ID": company.id})
    deal = crm.create_item(DEAL, {"TITLE": "Поставка", "CONTACT_ID": anna.id,
                                  "COMPANY_ID": int(company.id)})
    assert (deal.get("CONTACT_ID"), deal.get("COMPANY_ID")) == (anna.id, company.id)
    assert crm.get_item(CONTACT, anna.id).get("COMPANY_ID") == company.id


def test_a_new_deal_starts_in_its_pipeline_and_the_pipeline_cannot_change(crm):
    deal = crm.create_item(DEAL, {"TITLE": "Поставка", "OPPORTUNITY": 1000})
    assert (deal.get("CATEGORY_ID"), deal.get("STAGE_ID"), deal.get("CURRENCY_ID")) == (
        0, "NEW", "RUB")
    with pytest.raises(CrmRejected) as caught:
        crm.update_fields(DEAL, deal.id, {"CATEGORY_ID": 0})
    assert "cannot be changed" in caught.value.field_errors["CATEGORY_ID"]


def test_a_new_lead_gets_the_first_status_and_needs_a_title(crm):
    assert crm.create_item(LEAD, {"TITLE": "Заявка"}).get("STATUS_ID") == "NEW"
    with pytest.raises(CrmRejected) as caught:
        crm.create_item(LEAD, {"NAME": "Без названия"})
    assert list(caught.value.field_errors) == ["TITLE"]


def test_create_with_the_same_key_creates_once(crm, engine):
    first = crm.create_item(CONTACT, {"NAME": "Анна"}, idempotency_key="card-1:create")
    again = crm.create_item(CONTACT, {"NAME": "Анна"}, idempotency_key="card-1:create")
    assert again.id == first.id
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(CrmContact)) == 1


@pytest.mark.parametrize("item_id", ["999", "abc", "", "-1"])
def test_unknown_items_are_not_found(crm, item_id):
    with pytest.raises(CrmNotFound):
        crm.get_item(CONTACT, item_id)
    with pytest.raises(CrmNotFound):
        crm.update_fields(CONTACT, item_id, {"NAME": "Анна"})


def test_field_catalog_has_bitrix_codes_with_both_titles(crm):
    lead_fields = {m.code: m for m in crm.fields(LEAD)}
    for code in ("TITLE", "NAME", "LAST_NAME", "PHONE", "EMAIL", "STATUS_ID", "OPPORTUNITY",
                 "COMMENTS", "UF_CRM_SOURCE_DETAIL", "UF_CRM_PRODUCT", "UF_CRM_BIRTHDAY"):
        assert code in lead_fields
    assert lead_fields["NAME"].title_ru == "Имя" and lead_fields["NAME"].title_en == "First name"
    assert lead_fields["PHONE"].multiple and lead_fields["PHONE"].type is FieldType.PHONE
    assert lead_fields["UF_CRM_PRODUCT"].is_user_field
    assert lead_fields["UF_CRM_PRODUCT"].item_title("2") == "Тариф «Бизнес»"
    assert lead_fields["UF_CRM_BIRTHDAY"].type is FieldType.DATE
    assert not lead_fields["DATE_CREATE"].editable
    assert [i.id for i in lead_fields["STATUS_ID"].items] == [
        "NEW", "IN_PROCESS", "PROCESSED", "CONVERTED", "JUNK"]
    deal_fields = {m.code: m for m in crm.fields(DEAL)}
    assert deal_fields["STAGE_ID"].items[0].id == "NEW"
    assert deal_fields["CATEGORY_ID"].immutable and not deal_fields["CATEGORY_ID"].editable


def test_every_catalog_field_has_a_home_in_the_tables():
    for entity, metas in CATALOG.items():
        columns = set(ITEM_MODELS[entity].__table__.c.keys())
        for meta in metas:
            assert meta.title_ru and meta.title_en, meta
            column = column_of(meta.code)
            assert column is None or column in columns, (entity, meta.code)

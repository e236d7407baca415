"""One contract, two CRMs: the embedded CRM and Bitrix24 (the fake portal) behave alike.

Every test here runs against both gateways through the :class:`CrmGateway` protocol
only, so the call card, the result buttons and the outbox can rely on the same answers
whichever CRM a team uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

import desktop.crm.models  # noqa: F401  (registers the crm_* tables)
from desktop.crm.demo_data import SERVICE_PIPELINE
from desktop.crm.embedded import EmbeddedCrm
from desktop.crm.errors import CrmNotFound, CrmRejected, InvalidPhoneError
from desktop.crm.gateway import ActivityKind, CrmGateway, FieldType, TimelineKind
from desktop.domain.crm_types import EntityType
from desktop.storage.base import Base
from desktop.storage.engine import make_engine
from tests.unit.crm.bitrix24_support import bitrix24_gateway


@pytest.fixture(params=["embedded", "bitrix24"])
def crm(request, tmp_path) -> Iterator[CrmGateway]:
    if request.param == "embedded":
        engine = make_engine("sqlite:///" + str(tmp_path / "crm.db"))
        Base.metadata.create_all(engine)
        embedded = EmbeddedCrm(engine)
        embedded.install_defaults()
        embedded.install_vocabulary(pipelines=(SERVICE_PIPELINE,))
        yield embedded
        engine.dispose()
    else:
        gateway, _fake = bitrix24_gateway()
        yield gateway
        gateway.client.close()


def seed(crm: CrmGateway) -> dict[str, str]:
    company = crm.create_item(EntityType.COMPANY, {
        "TITLE": "ООО «Ромашка»", "PHONE": ["+7 495 765-43-21"]}, idempotency_key="co")
    contact = crm.create_item(EntityType.CONTACT, {
        "NAME": "Мария", "LAST_NAME": "Иванова", "PHONE": ["+7 999 123-45-67"],
        "EMAIL": ["maria@example.ru"], "COMPANY_ID": company.id}, idempotency_key="c")
    won = crm.create_item(EntityType.DEAL, {
        "TITLE": "Поставка 1", "CONTACT_ID": contact.id, "STAGE_ID": "WON"},
        idempotency_key="d1")
    open_deal = crm.create_item(EntityType.DEAL, {
        "TITLE": "Поставка 2", "CONTACT_ID": contact.id, "OPPORTUNITY": 1500.5},
        idempotency_key="d2")
    lead = crm.create_item(EntityType.LEAD, {
        "TITLE": "Заявка с сайта", "NAME": "Виктор", "PHONE": ["8 916 111-22-33"]},
        idempotency_key="l")
    return {"company": company.id, "contact": contact.id, "won": won.id,
            "open": open_deal.id, "lead": lead.id}


def test_a_caller_is_found_by_any_spelling_with_open_deals_first(crm):
    ids = seed(crm)
    for spelling in ("+79991234567", "8 (999) 123-45-67", "tel:+7-999-123-45-67"):
        found = crm.find_by_phone(spelling)
        assert [(i.entity, i.id) for i in found] == [
            (EntityType.DEAL, ids["open"]), (EntityType.DEAL, ids["won"]),
            (EntityType.CONTACT, ids["contact"])]
    contact = found[-1]
    assert contact.title == "Мария Иванова" and contact.get("EMAIL") == ["maria@example.ru"]
    assert crm.find_by_phone("+7 916 111 22 33")[0].entity is EntityType.LEAD
    assert crm.find_by_phone("+7 903 000-00-00") == []
    with pytest.raises(InvalidPhoneError):
        crm.find_by_phone("not a number")


def test_items_read_back_as_plain_values(crm):
    ids = seed(crm)
    deal = crm.get_item(EntityType.DEAL, ids["open"])
    assert deal.title == "Поставка 2" and deal.get("OPPORTUNITY") == pytest.approx(1500.5)
    assert deal.get("CONTACT_ID") == ids["contact"] and deal.get("STAGE_ID") == "NEW"
    assert isinstance(deal.get("CATEGORY_ID"), int)
    assert crm.get_item(EntityType.CONTACT, ids["contact"]).get("COMPANY_ID") == ids["company"]
    with pytest.raises(CrmNotFound):
        crm.get_item(EntityType.LEAD, "999999")
    with pytest.raises(CrmNotFound):
        crm.timeline(EntityType.LEAD, "999999")


def test_field_metadata_names_types_and_choices(crm):
    lead = {meta.code: meta for meta in crm.fields(EntityType.LEAD)}
    assert lead["PHONE"].type is FieldType.PHONE and lead["PHONE"].multiple
    assert lead["STATUS_ID"].type is FieldType.STATUS
    assert {"NEW", "CONVERTED"} <= {item.id for item in lead["STATUS_ID"].items}
    assert lead["TITLE"].required and not lead["ID"].editable
    deal = {meta.code: meta for meta in crm.fields(EntityType.DEAL)}
    assert deal["STAGE_ID"].type is FieldType.STAGE and deal["CATEGORY_ID"].immutable
    assert deal["CONTACT_ID"].type is FieldType.CONTACT
    assert crm.lead_statuses()[0].id == "NEW"
    pipelines = {p.id: p for p in crm.deal_pipelines()}
    assert pipelines[0].is_default and pipelines[0].stage("WON") is not None
    assert pipelines[1].stage("C1:WON") is not None


def test_a_bad_value_is_refused_per_field_and_nothing_changes(crm):
    ids = seed(crm)
    before = crm.get_item(EntityType.CONTACT, ids["contact"])
    with pytest.raises(CrmRejected) as caught:
        crm.update_fields(EntityType.CONTACT, ids["contact"], {
            "NAME": "Мария-Луиза", "PHONE": ["nonsense"], "NO_SUCH_FIELD": "x"})
    assert {"PHONE", "NO_SUCH_FIELD"} <= set(caught.value.field_errors)
    assert crm.get_item(EntityType.CONTACT, ids["contact"]) == before
    with pytest.raises(CrmRejected) as caught:
        crm.update_fields(EntityType.DEAL, ids["open"], {"CATEGORY_ID": 1})
    assert "CATEGORY_ID" in caught.value.field_errors


def test_saved_fields_and_phones_persist(crm):
    ids = seed(crm)
    saved = crm.update_fields(EntityType.CONTACT, ids["contact"], {
        "NAME": "Мария-Луиза", "PHONE": ["+7 999 123-45-67", "+7 926 555-44-33"]},
        idempotency_key="save-1")
    assert saved.get("NAME") == "Мария-Луиза"
    assert crm.get_item(EntityType.CONTACT, ids["contact"]).get("PHONE")[1:] \
        == saved.get("PHONE")[1:]
    assert crm.find_by_phone("+79265554433")[-1].id == ids["contact"]
    crm.update_fields(EntityType.CONTACT, ids["contact"], {"PHONE": ["+7 926 555-44-33"]})
    assert all(i.id != ids["contact"] for i in crm.find_by_phone("+79991234567"))
    assert len(crm.get_item(EntityType.CONTACT, ids["contact"]).get("PHONE")) == 1


def test_status_and_stage_changes(crm):
    ids = seed(crm)
    assert crm.set_lead_status(ids["lead"], "IN_PROCESS").get("STATUS_ID") == "IN_PROCESS"
    with pytest.raises(CrmRejected):
        crm.set_lead_status(ids["lead"], "NO_SUCH_STATUS")
    assert crm.set_deal_stage(ids["open"], "EXECUTING").get("STAGE_ID") == "EXECUTING"
    with pytest.raises(CrmRejected):
        crm.set_deal_stage(ids["open"], "C1:WON")
    assert crm.get_item(EntityType.DEAL, ids["open"]).get("STAGE_ID") == "EXECUTING"


def test_timeline_writes_apply_once_per_key_and_read_back_newest_first(crm):
    ids = seed(crm)
    deadline = (datetime.now(UTC) + timedelta(days=1)).replace(microsecond=0)
    for _ in range(2):  # the outbox may send the same write again
        crm.add_comment(EntityType.LEAD, ids["lead"], "Клиент просит перезвонить",
                        author="Анна", idempotency_key="k-comment")
        crm.add_activity(EntityType.LEAD, ids["lead"], ActivityKind.CALLBACK, "Перезвонить",
                         deadline, idempotency_key="k-callback")
        crm.add_task(EntityType.LEAD, ids["lead"], "Отправить КП", description="Тариф «Бизнес»",
                     deadline=deadline, idempotency_key="k-task")
    entries = crm.timeline(EntityType.LEAD, ids["lead"])
    kinds = sorted(e.kind for e in entries)
    assert kinds == sorted([TimelineKind.COMMENT, TimelineKind.ACTIVITY, TimelineKind.TASK])
    by_kind = {e.kind: e for e in entries}
    assert by_kind[TimelineKind.COMMENT].text == "Клиент просит перезвонить"
    assert by_kind[TimelineKind.ACTIVITY].activity is ActivityKind.CALLBACK
    assert by_kind[TimelineKind.ACTIVITY].deadline == deadline
    assert by_kind[TimelineKind.TASK].title == "Отправить КП"
    assert by_kind[TimelineKind.TASK].text == "Тариф «Бизнес»"
    moments = [e.created_at for e in entries]
    assert moments == sorted(moments, reverse=True)
    with pytest.raises(CrmRejected):
        crm.add_comment(EntityType.LEAD, ids["lead"], "   ")
    with pytest.raises(CrmNotFound):
        crm.add_comment(EntityType.LEAD, "999999", "Текст")


def test_creating_with_the_same_key_twice_creates_one_item(crm):
    first = crm.create_item(EntityType.LEAD, {"TITLE": "Звонок", "PHONE": ["+7 903 222-33-44"]},
                            idempotency_key="create-once")
    again = crm.create_item(EntityType.LEAD, {"TITLE": "Звонок", "PHONE": ["+7 903 222-33-44"]},
                            idempotency_key="create-once")
    assert again.id == first.id
    assert [i.id for i in crm.find_by_phone("+79032223344")] == [first.id]
    assert first.get("STATUS_ID") == "NEW"
    with pytest.raises(CrmRejected) as caught:
        crm.create_item(EntityType.LEAD, {"NAME": "Без названия"})
    assert "TITLE" in caught.value.field_errors

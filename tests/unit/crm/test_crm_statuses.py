"""Lead statuses, deal pipelines and moving items between them."""

from __future__ import annotations

import pytest

from desktop.crm.demo_data import SERVICE_PIPELINE
from desktop.crm.errors import CrmNotFound, CrmRejected
from desktop.crm.gateway import Semantics
from desktop.domain.crm_types import EntityType


def test_lead_statuses_are_bitrix_defaults(crm):
    assert [(s.id, s.name) for s in crm.lead_statuses()] == [
        ("NEW", "Не обработан"), ("IN_PROCESS", "В работе"), ("PROCESSED", "Обработан"),
        ("CONVERTED", "Качественный лид"), ("JUNK", "Некачественный лид")]
    semantics = {s.id: s.semantics for s in crm.lead_statuses()}
    assert semantics["CONVERTED"] is Semantics.SUCCESS
    assert semantics["JUNK"] is Semantics.FAILURE


def test_installing_defaults_twice_adds_nothing(crm):
    assert crm.install_defaults() == 0
    assert len(crm.lead_statuses()) == 5


def test_demo_pipelines_and_their_stages(demo_crm):
    general, service = demo_crm.deal_pipelines()
    assert (general.id, general.name, general.is_default) == (0, "Продажи", True)
    assert [s.id for s in general.stages] == [
        "NEW", "PREPARATION", "PREPAYMENT_INVOICE", "EXECUTING", "FINAL_INVOICE", "WON",
        "LOSE"]
    assert general.stage("WON").name == "Сделка успешна"
    assert general.stage("LOSE").semantics is Semantics.FAILURE
    assert (service.id, service.name, service.is_default) == (1, "Сервисные договоры", False)
    assert all(s.id.startswith("C1:") and s.pipeline_id == 1 for s in service.stages)


def test_set_lead_status(crm):
    lead = crm.create_item(EntityType.LEAD, {"TITLE": "Заявка"})
    assert crm.set_lead_status(lead.id, "IN_PROCESS").get("STATUS_ID") == "IN_PROCESS"
    assert crm.get_item(EntityType.LEAD, lead.id).get("STATUS_ID") == "IN_PROCESS"


def test_an_unknown_lead_status_is_refused(crm):
    lead = crm.create_item(EntityType.LEAD, {"TITLE": "Заявка"})
    with pytest.raises(CrmRejected) as caught:
        crm.set_lead_status(lead.id, "WON")
    assert list(caught.value.field_errors) == ["STATUS_ID"]
    assert crm.get_item(EntityType.LEAD, lead.id).get("STATUS_ID") == "NEW"


def test_set_deal_stage(crm):
    deal = crm.create_item(EntityType.DEAL, {"TITLE": "Поставка"})
    assert crm.set_deal_stage(deal.id, "WON").get("STAGE_ID") == "WON"


def test_an_unknown_stage_or_another_pipelines_stage_is_refused(crm):
    crm.install_vocabulary(pipelines=(SERVICE_PIPELINE,))
    deal = crm.create_item(EntityType.DEAL, {"TITLE": "Поставка"})
    for stage in ("C1:WON", "DONE"):
        with pytest.raises(CrmRejected) as caught:
            crm.set_deal_stage(deal.id, stage)
        assert list(caught.value.field_errors) == ["STAGE_ID"]
    assert crm.get_item(EntityType.DEAL, deal.id).get("STAGE_ID") == "NEW"


def test_a_deal_in_the_second_pipeline_uses_its_stages(crm):
    crm.install_vocabulary(pipelines=(SERVICE_PIPELINE,))
    deal = crm.create_item(EntityType.DEAL, {"TITLE": "Сервис", "CATEGORY_ID": 1})
    assert deal.get("STAGE_ID") == "C1:NEW"
    assert crm.set_deal_stage(deal.id, "C1:WON").get("STAGE_ID") == "C1:WON"
    with pytest.raises(CrmRejected):
        crm.set_deal_stage(deal.id, "WON")
    with pytest.raises(CrmRejected):
        crm.create_item(EntityType.DEAL, {"TITLE": "Сервис", "CATEGORY_ID": 1,
                                          "STAGE_ID": "PREPARATION"})


def test_a_replayed_stage_change_does_not_undo_a_later_one(crm):
    deal = crm.create_item(EntityType.DEAL, {"TITLE": "Поставка"})
    crm.set_deal_stage(deal.id, "PREPARATION", idempotency_key="press-1")
    crm.set_deal_stage(deal.id, "EXECUTING", idempotency_key="press-2")
    replayed = crm.set_deal_stage(deal.id, "PREPARATION", idempotency_key="press-1")
    assert replayed.get("STAGE_ID") == "EXECUTING"


def test_status_of_a_missing_lead(crm):
    with pytest.raises(CrmNotFound):
        crm.set_lead_status("12345", "NEW")

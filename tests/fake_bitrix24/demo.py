"""A small demo portal: three users, a client company with a contact and two deals, a lead,
and some history on them — enough to ring the call card with real-looking answers."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from tests.fake_bitrix24.fields import COMPANY, CONTACT, DEAL, LEAD
from tests.fake_bitrix24.methods_timeline import comment_add, task_add, todo_add
from tests.fake_bitrix24.rest import PORTAL_TZ

if TYPE_CHECKING:
    from tests.fake_bitrix24.portal import FakeBitrix24

__all__ = ["seed_demo"]


def seed_demo(fake: FakeBitrix24) -> dict[str, Any]:
    """Fills ``fake``; returns ``{"users", "company", "contact", "lead", "deals"}`` ids."""
    with fake.lock:
        oleg = fake.add_user("Олег", "Смирнов", "oleg@example.ru")
        anna = fake.add_user("Анна", "Соколова", "anna@example.ru")
        company = fake.add_item(COMPANY, {
            "TITLE": "ООО Ромашка", "COMPANY_TYPE": "CUSTOMER", "INDUSTRY": "IT",
            "ASSIGNED_BY_ID": oleg}, phones=["+74951234567"], emails=["info@romashka.ru"])
        contact = fake.add_item(CONTACT, {
            "NAME": "Мария", "LAST_NAME": "Иванова", "POST": "Менеджер по закупкам",
            "COMPANY_ID": company, "SOURCE_ID": "CALL", "ASSIGNED_BY_ID": oleg,
            "UF_CRM_BIRTHDAY": "1990-05-17"},
            phones=["+79991234567"], emails=["maria@example.ru"])
        open_deal = fake.add_item(DEAL, {
            "TITLE": "Поставка оборудования", "STAGE_ID": "EXECUTING", "OPPORTUNITY": 150000.0,
            "CONTACT_ID": contact, "COMPANY_ID": company, "UF_CRM_PRODUCT": 2,
            "CLOSEDATE": _days(30)[:10], "ASSIGNED_BY_ID": oleg})
        won_deal = fake.add_item(DEAL, {
            "TITLE": "Годовое обслуживание", "STAGE_ID": "WON", "OPPORTUNITY": 48000.0,
            "CONTACT_ID": contact, "COMPANY_ID": company, "UF_CRM_PRODUCT": 1,
            "ASSIGNED_BY_ID": anna})
        lead = fake.add_item(LEAD, {
            "TITLE": "Заявка с сайта", "NAME": "Виктор", "LAST_NAME": "Кузнецов",
            "SOURCE_ID": "WEB", "ASSIGNED_BY_ID": anna, "UF_CRM_PRODUCT": 1},
            phones=["+79161112233"], emails=["viktor@example.ru"])
        state = fake.state
        for entity, item_id, text in (
                ("contact", contact, "Просит звонить после 15:00."),
                ("deal", open_deal, "Отправлено коммерческое предложение."),
                ("deal", won_deal, "Договор подписан, оплата получена."),
                ("lead", lead, "Оставил заявку на сайте: интересует тариф «Старт».")):
            comment_add(state, {"fields": {"ENTITY_TYPE": entity, "ENTITY_ID": item_id,
                                           "COMMENT": text}})
        todo_add(state, {"ownerTypeId": DEAL, "ownerId": open_deal, "deadline": _days(1),
                         "title": "Перезвонить по КП", "responsibleId": oleg,
                         "description": "Уточнить сроки поставки."})
        todo_add(state, {"ownerTypeId": LEAD, "ownerId": lead, "deadline": _days(0),
                         "title": "Связаться с клиентом", "responsibleId": anna})
        task_add(state, {"fields": {"TITLE": "Подготовить договор поставки",
                                    "DEADLINE": _days(3), "RESPONSIBLE_ID": oleg,
                                    "UF_CRM_TASK": [f"D_{open_deal}", f"C_{contact}"]}})
        return {"users": {"irina": fake.user_id, "oleg": oleg, "anna": anna},
                "company": company, "contact": contact, "lead": lead,
                "deals": [open_deal, won_deal]}


def _days(days: int) -> str:
    """Noon, ``days`` from today, portal time."""
    noon = datetime.now(PORTAL_TZ).replace(hour=12, minute=0, second=0, microsecond=0)
    return (noon + timedelta(days=days)).isoformat()

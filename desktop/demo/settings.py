"""Demo buttons, roles and accounts (the passwords are public: this is demo data)."""

from __future__ import annotations

from desktop.domain.buttons import (
    ActionButton,
    CallbackAction,
    CommentAction,
    DealStageAction,
    LeadStatusAction,
    MeetingAction,
    TaskAction,
)
from desktop.domain.crm_types import EntityType
from desktop.domain.roles import SUPERVISOR_ROLE_NAME, ClientField, Role
from desktop.services.accounts import DemoAccount

SALES_ROLE = "Оператор продаж"
SUPPORT_ROLE = "Оператор поддержки"

DEMO_ACCOUNTS = [
    DemoAccount("admin", "admin-demo", "Ольга Супервайзерова", SUPERVISOR_ROLE_NAME),
    DemoAccount("anna", "anna-demo", "Анна Смирнова", SALES_ROLE),
    DemoAccount("pavel", "pavel-demo", "Павел Кузнецов", SUPPORT_ROLE),
]


def demo_buttons() -> list[ActionButton]:
    return [
        ActionButton("Продажа", "#2e7d32", [
            DealStageAction(stage_id="WON", category_id=0),
            CommentAction("Клиент согласился на покупку. Контакт: {{contact.NAME}} "
                          "{{contact.LAST_NAME}}, {{call.number}}."),
        ], shortcut="F1"),
        ActionButton("Перезвонить", "#ef6c00", [
            CallbackAction("+1 day at 10:00", "Перезвонить: {{contact.NAME}}"),
            LeadStatusAction(status_id="IN_PROCESS"),
            CommentAction("Клиент просит перезвонить. Звонок {{call.date}} {{call.time}}."),
        ], shortcut="F2"),
        ActionButton("Назначить встречу", "#1565c0", [
            MeetingAction("+2 days at 12:00", "Встреча с {{contact.NAME}} {{contact.LAST_NAME}}",
                          duration_minutes=60),
        ], shortcut="F3"),
        ActionButton("Отправить КП", "#6a1b9a", [
            TaskAction("Отправить КП: {{contact.NAME}} {{contact.LAST_NAME}}",
                       "Клиент просил КП. Телефон {{call.number}}. Оператор: {{operator.name}}.",
                       "+2 hours"),
            CommentAction(""),
        ], shortcut="F4"),
        ActionButton("Не целевой", "#546e7a", [
            LeadStatusAction(status_id="JUNK"),
            CommentAction("Нецелевой звонок."),
        ], shortcut="F5"),
        ActionButton("Комментарий", "#00838f", [CommentAction("")], shortcut="F6"),
        ActionButton("Решено", "#388e3c", [
            CommentAction("Вопрос решён на линии: {{operator.name}}."),
        ], shortcut="F7"),
        ActionButton("Передать специалисту", "#c62828", [
            TaskAction("Обращение: {{contact.NAME}} {{contact.LAST_NAME}}",
                       "Передано с линии поддержки. Телефон {{call.number}}.",
                       "+4 hours"),
            CommentAction(""),
        ], shortcut="F8"),
    ]


SALES_BUTTONS = ["Продажа", "Перезвонить", "Назначить встречу", "Отправить КП", "Не целевой",
                 "Комментарий"]
SUPPORT_BUTTONS = ["Решено", "Передать специалисту", "Перезвонить", "Комментарий"]

C, L, D, CO = EntityType.CONTACT, EntityType.LEAD, EntityType.DEAL, EntityType.COMPANY

SALES_FIELDS = [
    ClientField(C, "NAME"), ClientField(C, "LAST_NAME"), ClientField(C, "PHONE", False),
    ClientField(C, "EMAIL"), ClientField(L, "TITLE", False), ClientField(L, "STATUS_ID", False),
    ClientField(L, "UF_CRM_PRODUCT"), ClientField(D, "TITLE", False),
    ClientField(D, "STAGE_ID", False), ClientField(D, "OPPORTUNITY"),
    ClientField(CO, "TITLE", False),
]
SUPPORT_FIELDS = [
    ClientField(C, "NAME"), ClientField(C, "LAST_NAME"), ClientField(C, "PHONE", False),
    ClientField(C, "EMAIL"), ClientField(CO, "TITLE", False), ClientField(CO, "COMMENTS"),
    ClientField(D, "TITLE", False), ClientField(D, "STAGE_ID", False),
]


def demo_roles() -> list[tuple[Role, list[str], list[str]]]:
    """Each role with the titles of its buttons and the names of its scripts."""
    from desktop.demo.scripts import SALES, SUPPORT, SURVEY

    supervisor = Role.supervisor()
    supervisor.client_fields = list(dict.fromkeys(SALES_FIELDS + SUPPORT_FIELDS))
    return [
        (supervisor, [b.title for b in demo_buttons()], [SALES, SUPPORT, SURVEY]),
        (Role(SALES_ROLE, client_fields=SALES_FIELDS), SALES_BUTTONS, [SALES, SURVEY]),
        (Role(SUPPORT_ROLE, keep_card_open=True, client_fields=SUPPORT_FIELDS),
         SUPPORT_BUTTONS, [SUPPORT]),
    ]

"""The portal's field catalogue and vocabulary: fields per entity type, statuses, pipelines.

Fields are defined by their upper-case codes (``LAST_NAME``); ``crm.item.*`` names them
in lowerCamel (``lastName``, user fields ``UF_CRM_X`` as ``ufCrm_X``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = [
    "BINDING_PREFIXES", "CATEGORIES", "COMPANY", "CONTACT", "CURRENCIES", "DEAL", "ENTITY_CODES",
    "ENTITY_NAMES", "FIELDS", "FM_TYPES", "INTEGER_TYPES", "LEAD", "FieldDef", "camel_name",
    "default_statuses", "field_by_name", "stage_entity_id",
]

LEAD, DEAL, CONTACT, COMPANY = 1, 2, 3, 4
ENTITY_NAMES = {LEAD: "lead", DEAL: "deal", CONTACT: "contact", COMPANY: "company"}
ENTITY_CODES = {LEAD: "LEAD", DEAL: "DEAL", CONTACT: "CONTACT", COMPANY: "COMPANY"}
BINDING_PREFIXES = {"L": LEAD, "D": DEAL, "C": CONTACT, "CO": COMPANY}  # tasks' UF_CRM_TASK
CURRENCIES = ("RUB", "USD", "EUR", "KZT", "BYN")
FM_TYPES = ("PHONE", "EMAIL", "WEB", "IM")
INTEGER_TYPES = ("integer", "user", "crm_contact", "crm_company", "crm_category")


def camel_name(code: str) -> str:
    """``LAST_NAME`` -> ``lastName``; ``UF_CRM_PRODUCT`` -> ``ufCrm_PRODUCT``."""
    if code.startswith("UF_CRM_"):
        return "ufCrm_" + code[len("UF_CRM_"):]
    head, *rest = code.lower().split("_")
    return head + "".join(part.capitalize() for part in rest)


@dataclass(frozen=True)
class FieldDef:
    code: str
    type: str
    title: str
    required: bool = False
    read_only: bool = False
    immutable: bool = False
    multiple: bool = False
    items: tuple[tuple[int, str], ...] = ()
    status_type: str = ""

    @property
    def name(self) -> str:
        return camel_name(self.code)

    def describe(self) -> dict[str, Any]:
        """The field as ``crm.item.fields`` describes it."""
        spec: dict[str, Any] = {
            "type": self.type, "isRequired": self.required, "isReadOnly": self.read_only,
            "isImmutable": self.immutable, "isMultiple": self.multiple,
            "isDynamic": self.code.startswith("UF_"), "title": self.title,
            "upperName": self.code}
        if self.items:
            spec["items"] = [{"ID": item_id, "VALUE": label} for item_id, label in self.items]
        if self.status_type:
            spec["statusType"] = self.status_type
        return spec


def _f(code: str, kind: str, title: str, **options: Any) -> FieldDef:
    return FieldDef(code, kind, title, **options)


PRODUCTS = ((1, "Тариф «Старт»"), (2, "Тариф «Бизнес»"), (3, "Тариф «Корпоративный»"))
_ID = _f("ID", "integer", "ID", read_only=True)
_FM = _f("FM", "crm_multifield", "Средства связи", multiple=True)
_PRODUCT = _f("UF_CRM_PRODUCT", "enumeration", "Продукт", items=PRODUCTS)
_BIRTHDAY = _f("UF_CRM_BIRTHDAY", "date", "День рождения")
_PERSON = (_f("NAME", "string", "Имя"), _f("SECOND_NAME", "string", "Отчество"),
           _f("LAST_NAME", "string", "Фамилия"), _f("POST", "string", "Должность"))
_MONEY = (_f("OPPORTUNITY", "double", "Сумма"), _f("CURRENCY_ID", "crm_currency", "Валюта"))
_TAIL = (
    _f("COMMENTS", "text", "Комментарий"),
    _f("CREATED_TIME", "datetime", "Дата создания", read_only=True),
    _f("UPDATED_TIME", "datetime", "Дата изменения", read_only=True),
    _f("ASSIGNED_BY_ID", "user", "Ответственный"),
    _f("ORIGINATOR_ID", "string", "Внешний источник"),
    _f("ORIGIN_ID", "string", "Идентификатор во внешнем источнике"),
)

FIELDS: dict[int, tuple[FieldDef, ...]] = {
    LEAD: (
        _ID, _f("TITLE", "string", "Название лида", required=True), *_PERSON,
        _f("COMPANY_TITLE", "string", "Название компании"),
        _f("STATUS_ID", "crm_status", "Стадия", required=True, status_type="STATUS"),
        _f("SOURCE_ID", "crm_status", "Источник", status_type="SOURCE"),
        *_MONEY, *_TAIL, _FM, _PRODUCT, _BIRTHDAY,
    ),
    DEAL: (
        _ID, _f("TITLE", "string", "Название", required=True),
        _f("CATEGORY_ID", "crm_category", "Воронка", immutable=True),
        _f("STAGE_ID", "crm_status", "Стадия сделки", required=True, status_type="DEAL_STAGE"),
        _f("STAGE_SEMANTIC_ID", "string", "Группа стадии", read_only=True),
        *_MONEY, _f("CONTACT_ID", "crm_contact", "Контакт"),
        _f("COMPANY_ID", "crm_company", "Компания"),
        _f("CLOSEDATE", "date", "Предполагаемая дата закрытия"), *_TAIL, _PRODUCT,
    ),
    CONTACT: (
        _ID, *_PERSON, _f("COMPANY_ID", "crm_company", "Компания"),
        _f("SOURCE_ID", "crm_status", "Источник", status_type="SOURCE"), *_TAIL, _FM, _BIRTHDAY,
    ),
    COMPANY: (
        _ID, _f("TITLE", "string", "Название компании", required=True),
        _f("COMPANY_TYPE", "crm_status", "Тип компании", status_type="COMPANY_TYPE"),
        _f("INDUSTRY", "crm_status", "Сфера деятельности", status_type="INDUSTRY"),
        *_TAIL, _FM,
    ),
}
_BY_NAME = {etype: {**{d.code: d for d in defs}, **{d.name: d for d in defs}}
            for etype, defs in FIELDS.items()}


def field_by_name(entity_type_id: int, name: str) -> FieldDef | None:
    """A field by its crm.item name (``lastName``) or its upper code (``LAST_NAME``)."""
    return _BY_NAME[entity_type_id].get(name)


# ---- vocabulary --------------------------------------------------------------------------
CATEGORIES = ((0, "Общая", 100), (1, "Сервисные договоры", 200))  # deal pipelines


def stage_entity_id(category_id: int) -> str:
    return "DEAL_STAGE" if category_id == 0 else f"DEAL_STAGE_{category_id}"


_STATUSES: dict[str, tuple[tuple[str, str, str | None], ...]] = {
    "STATUS": (("NEW", "Не обработан", None), ("IN_PROCESS", "В работе", None),
               ("PROCESSED", "Обработан", None), ("CONVERTED", "Качественный лид", "S"),
               ("JUNK", "Некачественный лид", "F")),
    "SOURCE": (("CALL", "Звонок", None), ("EMAIL", "Электронная почта", None),
               ("WEB", "Веб-сайт", None), ("ADVERTISING", "Реклама", None),
               ("PARTNER", "Существующий клиент", None),
               ("RECOMMENDATION", "По рекомендации", None), ("OTHER", "Другое", None)),
    "DEAL_STAGE": (("NEW", "Новая", None), ("PREPARATION", "Подготовка документов", None),
                   ("EXECUTING", "В работе", None), ("WON", "Сделка успешна", "S"),
                   ("LOSE", "Сделка провалена", "F")),
    "DEAL_STAGE_1": (("C1:NEW", "Новая", None), ("C1:EXECUTING", "В работе", None),
                     ("C1:WON", "Сделка успешна", "S"), ("C1:LOSE", "Сделка провалена", "F")),
    "COMPANY_TYPE": (("CUSTOMER", "Клиент", None), ("SUPPLIER", "Поставщик", None),
                     ("PARTNER", "Партнёр", None), ("OTHER", "Другое", None)),
    "INDUSTRY": (("IT", "Информационные технологии", None), ("TELECOM", "Телекоммуникации", None),
                 ("MANUFACTURING", "Производство", None), ("OTHER", "Другое", None)),
}


def default_statuses() -> list[dict[str, Any]]:
    """``crm.status.list`` rows of a new portal, in the portal's own shape (text ids)."""
    rows: list[dict[str, Any]] = []
    for entity_id, statuses in _STATUSES.items():
        stages = entity_id.startswith("DEAL_STAGE")
        category = entity_id.rpartition("_")[2] if entity_id != "DEAL_STAGE" else "0"
        for index, (status_id, name, semantics) in enumerate(statuses, start=1):
            row: dict[str, Any] = {
                "ID": str(len(rows) + 1), "ENTITY_ID": entity_id, "STATUS_ID": status_id,
                "NAME": name, "SORT": str(index * 10), "SEMANTICS": semantics}
            if stages:
                row["CATEGORY_ID"] = category
            rows.append(row)
    return rows

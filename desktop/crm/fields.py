"""The embedded CRM's field catalog, shaped like Bitrix24's (codes, types, user fields).

Static on purpose: the embedded CRM's fields do not change at run time. Statuses,
stages and pipelines live in the database, so :class:`~desktop.crm.embedded.EmbeddedCrm`
fills the items of ``STATUS_ID``, ``STAGE_ID`` and ``CATEGORY_ID`` when asked.
"""

from __future__ import annotations

from desktop.crm.gateway import EnumItem, FieldMeta, FieldType
from desktop.domain.crm_types import EntityType

CURRENCIES = (
    EnumItem("RUB", "Российский рубль", "Russian rouble"),
    EnumItem("USD", "Доллар США", "US dollar"),
    EnumItem("EUR", "Евро", "Euro"),
)
DEFAULT_CURRENCY = "RUB"

SOURCES = (
    EnumItem("CALL", "Звонок", "Call"),
    EnumItem("EMAIL", "Электронная почта", "E-mail"),
    EnumItem("WEB", "Веб-сайт", "Website"),
    EnumItem("ADVERTISING", "Реклама", "Advertising"),
    EnumItem("RECOMMENDATION", "По рекомендации", "Recommendation"),
    EnumItem("TRADE_SHOW", "Выставка", "Trade show"),
    EnumItem("OTHER", "Другое", "Other"),
)

COMPANY_TYPES = (
    EnumItem("CUSTOMER", "Клиент", "Customer"),
    EnumItem("PARTNER", "Партнёр", "Partner"),
    EnumItem("SUPPLIER", "Поставщик", "Supplier"),
    EnumItem("COMPETITOR", "Конкурент", "Competitor"),
    EnumItem("OTHER", "Другое", "Other"),
)

INDUSTRIES = (
    EnumItem("IT", "Информационные технологии", "Information technology"),
    EnumItem("MANUFACTURING", "Производство", "Manufacturing"),
    EnumItem("CONSTRUCTION", "Строительство", "Construction"),
    EnumItem("DELIVERY", "Транспорт и логистика", "Transport and logistics"),
    EnumItem("HEALTHCARE", "Медицина", "Healthcare"),
    EnumItem("RETAIL", "Розничная торговля", "Retail"),
    EnumItem("OTHER", "Другое", "Other"),
)

PRODUCTS = (
    EnumItem("1", "Тариф «Старт»", "Start plan"),
    EnumItem("2", "Тариф «Бизнес»", "Business plan"),
    EnumItem("3", "Тариф «Корпоративный»", "Enterprise plan"),
    EnumItem("4", "Сервисное обслуживание", "Maintenance"),
    EnumItem("5", "Оборудование", "Equipment"),
)

_T = FieldType
# (code, type, Russian title, English title, options) — options: r read-only,
# i immutable, q required, m multiple.
_Spec = tuple[str, FieldType, str, str, str] | tuple[str, FieldType, str, str, str,
                                                      tuple[EnumItem, ...]]

_HEAD: tuple[_Spec, ...] = (("ID", _T.STRING, "ID", "ID", "r"),)
_PERSON: tuple[_Spec, ...] = (
    ("NAME", _T.STRING, "Имя", "First name", ""),
    ("SECOND_NAME", _T.STRING, "Отчество", "Middle name", ""),
    ("LAST_NAME", _T.STRING, "Фамилия", "Last name", ""),
    ("POST", _T.STRING, "Должность", "Position", ""),
)
_COMMUNICATIONS: tuple[_Spec, ...] = (
    ("PHONE", _T.PHONE, "Телефон", "Phone", "m"),
    ("EMAIL", _T.EMAIL, "E-mail", "E-mail", "m"),
)
_MONEY: tuple[_Spec, ...] = (
    ("OPPORTUNITY", _T.MONEY, "Сумма", "Amount", ""),
    ("CURRENCY_ID", _T.ENUM, "Валюта", "Currency", "", CURRENCIES),
)
_TAIL: tuple[_Spec, ...] = (
    ("COMMENTS", _T.TEXT, "Комментарий", "Comment", ""),
    ("DATE_CREATE", _T.DATETIME, "Дата создания", "Created on", "r"),
    ("DATE_MODIFY", _T.DATETIME, "Дата изменения", "Modified on", "r"),
)
_SOURCE: tuple[_Spec, ...] = (("SOURCE_ID", _T.ENUM, "Источник", "Source", "", SOURCES),)
_SOURCE_DETAIL: _Spec = (
    "UF_CRM_SOURCE_DETAIL", _T.STRING, "Подробнее об источнике", "Source details", "")
_PRODUCT: _Spec = ("UF_CRM_PRODUCT", _T.ENUM, "Продукт", "Product", "", PRODUCTS)
_BIRTHDAY: _Spec = ("UF_CRM_BIRTHDAY", _T.DATE, "День рождения", "Birthday", "")

_SPECS: dict[EntityType, tuple[_Spec, ...]] = {
    EntityType.LEAD: (
        *_HEAD,
        ("TITLE", _T.STRING, "Название лида", "Lead name", "q"),
        ("STATUS_ID", _T.STATUS, "Статус", "Status", "q"),
        *_PERSON,
        ("COMPANY_TITLE", _T.STRING, "Название компании", "Company name", ""),
        *_COMMUNICATIONS, *_SOURCE, *_MONEY, *_TAIL,
        _SOURCE_DETAIL, _PRODUCT, _BIRTHDAY,
    ),
    EntityType.DEAL: (
        *_HEAD,
        ("TITLE", _T.STRING, "Название сделки", "Deal name", "q"),
        ("CATEGORY_ID", _T.PIPELINE, "Воронка", "Pipeline", "iq"),
        ("STAGE_ID", _T.STAGE, "Стадия сделки", "Stage", "q"),
        *_MONEY,
        ("CONTACT_ID", _T.CONTACT, "Контакт", "Contact", ""),
        ("COMPANY_ID", _T.COMPANY, "Компания", "Company", ""),
        ("CLOSEDATE", _T.DATE, "Предполагаемая дата закрытия", "Expected close date", ""),
        *_SOURCE, *_TAIL,
        _SOURCE_DETAIL, _PRODUCT,
    ),
    EntityType.CONTACT: (
        *_HEAD, *_PERSON,
        ("COMPANY_ID", _T.COMPANY, "Компания", "Company", ""),
        *_COMMUNICATIONS, *_SOURCE, *_TAIL,
        _BIRTHDAY,
    ),
    EntityType.COMPANY: (
        *_HEAD,
        ("TITLE", _T.STRING, "Название компании", "Company name", "q"),
        ("COMPANY_TYPE", _T.ENUM, "Тип компании", "Company type", "", COMPANY_TYPES),
        ("INDUSTRY", _T.ENUM, "Сфера деятельности", "Industry", "", INDUSTRIES),
        *_COMMUNICATIONS,
        ("ADDRESS", _T.TEXT, "Адрес", "Address", ""),
        ("REVENUE", _T.MONEY, "Годовой оборот", "Annual revenue", ""),
        *_TAIL,
        ("UF_CRM_INN", _T.STRING, "ИНН", "Taxpayer number (INN)", ""),
    ),
}


def _meta(entity: EntityType, spec: _Spec) -> FieldMeta:
    code, type_, title_ru, title_en, options = spec[:5]
    items = spec[5] if len(spec) > 5 else ()
    return FieldMeta(
        entity, code, type_, title_ru, title_en,
        read_only="r" in options, immutable="i" in options,
        required="q" in options, multiple="m" in options, items=items,
    )


CATALOG: dict[EntityType, tuple[FieldMeta, ...]] = {
    entity: tuple(_meta(entity, spec) for spec in specs) for entity, specs in _SPECS.items()
}


# The same catalog by field code, for reading values (items of dynamic fields empty).
BY_CODE: dict[EntityType, dict[str, FieldMeta]] = {
    entity: {meta.code: meta for meta in metas} for entity, metas in CATALOG.items()
}

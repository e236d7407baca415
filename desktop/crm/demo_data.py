"""Demo clients of the embedded CRM: Russian companies, people, leads and deals.

Phones are written the many ways people type them; :data:`DEMO_PHONES` names the
numbers worth calling in a demonstration (and in tests).
"""

from __future__ import annotations

from typing import Any

from desktop.crm.gateway import Pipeline
from desktop.crm.vocabulary import pipeline

SERVICE_PIPELINE_ID = 1
SERVICE_PIPELINE: Pipeline = pipeline(SERVICE_PIPELINE_ID, "Сервисные договоры", 20, (
    ("NEW", "Новая заявка"),
    ("PREPARATION", "Согласование условий"),
    ("EXECUTING", "Обслуживание"),
    ("WON", "Договор продлён"),
    ("LOSE", "Отказ от продления"),
))

# What a call from each number finds; the values are spelled as they are stored.
DEMO_PHONES: dict[str, str] = {
    # Анна Смирнова: a contact with two deals, and her fresh lead from the website.
    "contact_and_lead": "+7 999 123-45-67",
    # Дмитрий Петров of ООО «СтройМонтаж»: a contact and his deal.
    "contact_with_deal": "8 (916) 234-56-78",
    # ООО «СтройМонтаж»'s office: the company and its deal.
    "company": "+7 495 123-45-67",
    # Виктор Григорьев: a lead only.
    "lead": "+7 964 111-22-33",
    # Алексей Соколов: a contact without deals.
    "contact": "+7 (915) 700-80-90",
}
# A valid number nobody in the demo has.
DEMO_UNKNOWN_PHONE = "+7 999 000-00-01"

Row = dict[str, Any]

COMPANIES: dict[str, Row] = {
    "stroymontazh": {
        "TITLE": "ООО «СтройМонтаж»", "COMPANY_TYPE": "CUSTOMER", "INDUSTRY": "CONSTRUCTION",
        "PHONE": [DEMO_PHONES["company"]], "EMAIL": ["info@stroymontazh.ru"],
        "ADDRESS": "Москва, ул. Профсоюзная, д. 56, офис 210", "REVENUE": 184_000_000,
        "UF_CRM_INN": "7728123456",
    },
    "north_logistics": {
        "TITLE": "АО «Северная логистика»", "COMPANY_TYPE": "CUSTOMER", "INDUSTRY": "DELIVERY",
        "PHONE": ["8 (812) 334-56-78"], "EMAIL": ["office@sevlog.ru"],
        "ADDRESS": "Санкт-Петербург, Московский пр., д. 212", "UF_CRM_INN": "7810654321",
    },
    "kuznetsov": {
        "TITLE": "ИП Кузнецов Игорь Владимирович", "COMPANY_TYPE": "CUSTOMER",
        "INDUSTRY": "RETAIL", "PHONE": ["+7 383 209-14-15"],
        "ADDRESS": "Новосибирск, Красный пр., д. 25", "UF_CRM_INN": "540412345678",
    },
    "vector_soft": {
        "TITLE": "ООО «Вектор-Софт»", "COMPANY_TYPE": "PARTNER", "INDUSTRY": "IT",
        "PHONE": ["8 343 227 10 20"], "EMAIL": ["hello@vector-soft.ru"],
        "ADDRESS": "Екатеринбург, ул. Малышева, д. 51", "UF_CRM_INN": "6670987654",
    },
    "technomed": {
        "TITLE": "ООО «ТехноМед»", "COMPANY_TYPE": "CUSTOMER", "INDUSTRY": "HEALTHCARE",
        "PHONE": ["+7 843 200-30-40"], "EMAIL": ["zakupki@technomed-kzn.ru"],
        "ADDRESS": "Казань, ул. Баумана, д. 19", "REVENUE": 96_500_000,
    },
}

CONTACTS: dict[str, Row] = {
    "smirnova": {
        "NAME": "Анна", "SECOND_NAME": "Сергеевна", "LAST_NAME": "Смирнова",
        "PHONE": [DEMO_PHONES["contact_and_lead"]], "EMAIL": ["a.smirnova@mail.ru"],
        "SOURCE_ID": "WEB", "UF_CRM_BIRTHDAY": "1988-04-12",
    },
    "petrov": {
        "NAME": "Дмитрий", "SECOND_NAME": "Иванович", "LAST_NAME": "Петров",
        "POST": "Директор по закупкам", "company": "stroymontazh",
        "PHONE": [DEMO_PHONES["contact_with_deal"]], "EMAIL": ["petrov@stroymontazh.ru"],
    },
    "kuznetsova": {
        "NAME": "Елена", "SECOND_NAME": "Викторовна", "LAST_NAME": "Кузнецова",
        "POST": "Главный бухгалтер", "company": "north_logistics", "PHONE": ["9261112233"],
    },
    "volkov": {
        "NAME": "Сергей", "SECOND_NAME": "Александрович", "LAST_NAME": "Волков",
        "POST": "Технический директор", "company": "vector_soft", "PHONE": ["+79035557788"],
        "EMAIL": ["s.volkov@vector-soft.ru"],
    },
    "morozova": {
        "NAME": "Ольга", "SECOND_NAME": "Николаевна", "LAST_NAME": "Морозова",
        "POST": "Офис-менеджер", "company": "technomed", "PHONE": ["8-903-444-22-11"],
    },
    "sokolov": {
        "NAME": "Алексей", "SECOND_NAME": "Павлович", "LAST_NAME": "Соколов",
        "PHONE": [DEMO_PHONES["contact"]], "SOURCE_ID": "RECOMMENDATION",
        "COMMENTS": "Звонить после 18:00, днём на объекте.",
    },
    "lebedeva": {
        "NAME": "Наталья", "SECOND_NAME": "Андреевна", "LAST_NAME": "Лебедева",
        "PHONE": ["89857776655", "+7 495 987-65-43"], "EMAIL": ["n.lebedeva@yandex.ru"],
        "UF_CRM_BIRTHDAY": "1979-11-03",
    },
    "novikov": {
        "NAME": "Михаил", "SECOND_NAME": "Юрьевич", "LAST_NAME": "Новиков",
        "POST": "Руководитель отдела сопровождения", "company": "vector_soft",
        "PHONE": ["+7 922 345-67-89"],
    },
    "fedorova": {
        "NAME": "Татьяна", "SECOND_NAME": "Игоревна", "LAST_NAME": "Фёдорова",
        "POST": "Менеджер по логистике", "company": "north_logistics",
        "PHONE": ["8 (921) 765-43-21"],
    },
    "kuznetsov": {
        "NAME": "Игорь", "SECOND_NAME": "Владимирович", "LAST_NAME": "Кузнецов",
        "POST": "Индивидуальный предприниматель", "company": "kuznetsov",
        "PHONE": ["+7 913 555-12-34"],
    },
    "popova": {
        "NAME": "Мария", "SECOND_NAME": "Дмитриевна", "LAST_NAME": "Попова",
        "POST": "Главный врач", "company": "technomed", "PHONE": ["+7 917 246-80-13"],
        "EMAIL": ["popova@technomed-kzn.ru"],
    },
    "vasiliev": {
        "NAME": "Павел", "SECOND_NAME": "Сергеевич", "LAST_NAME": "Васильев",
        "PHONE": ["8 926 135-79-24"], "SOURCE_ID": "ADVERTISING",
    },
}

LEADS: dict[str, Row] = {
    "site_business": {
        "TITLE": "Заявка с сайта: тариф «Бизнес»", "STATUS_ID": "NEW",
        "NAME": "Анна", "LAST_NAME": "Смирнова", "SOURCE_ID": "WEB",
        "PHONE": ["8 (999) 123 45 67"], "EMAIL": ["a.smirnova@mail.ru"],
        "UF_CRM_PRODUCT": "2", "UF_CRM_SOURCE_DETAIL": "Форма на странице «Тарифы»",
    },
    "delivery_question": {
        "TITLE": "Звонок: вопрос о доставке", "STATUS_ID": "IN_PROCESS",
        "NAME": "Виктор", "SECOND_NAME": "Степанович", "LAST_NAME": "Григорьев",
        "SOURCE_ID": "CALL", "PHONE": [DEMO_PHONES["lead"]],
    },
    "equipment_quote": {
        "TITLE": "Запрос КП на оборудование", "STATUS_ID": "IN_PROCESS",
        "NAME": "Ирина", "SECOND_NAME": "Олеговна", "LAST_NAME": "Белова",
        "COMPANY_TITLE": "ООО «Альфа-Трейд»", "POST": "Менеджер по закупкам",
        "SOURCE_ID": "EMAIL", "PHONE": ["+7 (495) 640-11-22"], "OPPORTUNITY": 450_000,
        "UF_CRM_PRODUCT": "5",
    },
    "repeat_request": {
        "TITLE": "Повторное обращение", "STATUS_ID": "PROCESSED",
        "NAME": "Константин", "LAST_NAME": "Романов", "SOURCE_ID": "CALL",
        "PHONE": ["9055553311"],
    },
    "tariff_consultation": {
        "TITLE": "Консультация по тарифам", "STATUS_ID": "NEW",
        "NAME": "Юлия", "LAST_NAME": "Захарова", "SOURCE_ID": "ADVERTISING",
        "PHONE": ["+7 951 222 33 44"], "UF_CRM_PRODUCT": "1",
        "UF_CRM_SOURCE_DETAIL": "Реклама в поиске, кампания «Тарифы весна»",
    },
    "trade_show": {
        "TITLE": "Заявка с выставки «Иннопром»", "STATUS_ID": "CONVERTED",
        "NAME": "Андрей", "LAST_NAME": "Никитин", "COMPANY_TITLE": "ООО «УралМаш-Сервис»",
        "SOURCE_ID": "TRADE_SHOW", "PHONE": ["+7 343 310-20-30"], "OPPORTUNITY": 1_200_000,
        "UF_CRM_PRODUCT": "3",
    },
    "wrong_number": {
        "TITLE": "Ошибочный звонок", "STATUS_ID": "JUNK", "SOURCE_ID": "CALL",
        "PHONE": ["+7 929 000-11-22"], "COMMENTS": "Ошиблись номером, искали такси.",
    },
    "newsletter": {
        "TITLE": "Подписка на рассылку", "STATUS_ID": "NEW",
        "NAME": "Светлана", "LAST_NAME": "Орлова", "SOURCE_ID": "WEB",
        "PHONE": ["+7 911 987 65 43"], "EMAIL": ["svetlana.orlova@gmail.com"],
        "UF_CRM_BIRTHDAY": "1992-07-21",
    },
}

_SERVICE = f"C{SERVICE_PIPELINE_ID}:"
DEALS: dict[str, Row] = {
    "roofing": {
        "TITLE": "Поставка кровельных материалов", "STAGE_ID": "PREPARATION",
        "contact": "petrov", "company": "stroymontazh", "OPPORTUNITY": 1_250_000,
        "CLOSEDATE": "2026-06-30", "UF_CRM_PRODUCT": "5",
    },
    "business_plan": {
        "TITLE": "Тариф «Бизнес» на год", "STAGE_ID": "NEW", "contact": "smirnova",
        "OPPORTUNITY": 36_000, "UF_CRM_PRODUCT": "2",
    },
    "extra_number": {
        "TITLE": "Подключение дополнительного номера", "STAGE_ID": "LOSE",
        "contact": "smirnova", "OPPORTUNITY": 4_500,
    },
    "spb_moscow": {
        "TITLE": "Перевозки Санкт-Петербург — Москва", "STAGE_ID": "PREPAYMENT_INVOICE",
        "contact": "kuznetsova", "company": "north_logistics", "OPPORTUNITY": 480_000,
    },
    "crm_rollout": {
        "TITLE": "Внедрение CRM", "STAGE_ID": "EXECUTING", "contact": "volkov",
        "company": "vector_soft", "OPPORTUNITY": 320_000, "UF_CRM_PRODUCT": "3",
    },
    "ultrasound": {
        "TITLE": "Медицинское оборудование: аппарат УЗИ", "STAGE_ID": "WON",
        "contact": "popova", "company": "technomed", "OPPORTUNITY": 2_100_000,
        "UF_CRM_PRODUCT": "5",
    },
    "equipment_service": {
        "TITLE": "Сервисное обслуживание оборудования", "CATEGORY_ID": SERVICE_PIPELINE_ID,
        "STAGE_ID": _SERVICE + "EXECUTING", "contact": "morozova", "company": "technomed",
        "OPPORTUNITY": 180_000, "UF_CRM_PRODUCT": "4",
    },
    "support_renewal": {
        "TITLE": "Продление договора техподдержки", "CATEGORY_ID": SERVICE_PIPELINE_ID,
        "STAGE_ID": _SERVICE + "NEW", "contact": "novikov", "company": "vector_soft",
        "OPPORTUNITY": 95_000, "UF_CRM_PRODUCT": "4",
    },
    "annual_service": {
        "TITLE": "Годовой сервисный контракт", "CATEGORY_ID": SERVICE_PIPELINE_ID,
        "STAGE_ID": _SERVICE + "PREPARATION", "contact": "kuznetsov", "company": "kuznetsov",
        "OPPORTUNITY": 60_000,
    },
}

# (entity kind, demo key, author, text)
COMMENTS: tuple[tuple[str, str, str, str], ...] = (
    ("contact", "smirnova", "Ирина Оператор",
     "Клиентка довольна связью, спрашивала про второй номер для мужа."),
    ("deal", "roofing", "Олег Менеджер",
     "Отправили КП, ждём подписанную спецификацию до пятницы."),
    ("deal", "roofing", "Ирина Оператор", "Дмитрий Иванович просит скидку 5% за объём."),
    ("lead", "equipment_quote", "Ирина Оператор",
     "Нужны 3 аппарата, бюджет согласован, решение принимает директор."),
    ("deal", "spb_moscow", "Олег Менеджер", "Счёт на предоплату выставлен 12.05."),
    ("company", "technomed", "Олег Менеджер", "Работаем по договору поставки № 45-МТ."),
)

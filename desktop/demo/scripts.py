"""The three demo scripts: inbound sales (with objections and a loop back), support, survey."""

from __future__ import annotations

from desktop.domain.crm_types import EntityType
from desktop.domain.layout import layered_positions
from desktop.domain.script import Script, StepField

C, L, D, CO = EntityType.CONTACT, EntityType.LEAD, EntityType.DEAL, EntityType.COMPANY

SALES = "Входящий звонок: продажа"
SUPPORT = "Техническая поддержка"
SURVEY = "Опрос удовлетворённости"


def _build(name: str, description: str, steps: list[tuple], links: list[tuple[str, str]],
           finals: set[str]) -> Script:
    """``steps``: (key, title, text, fields); keys are readable ids used by ``links``."""
    script = Script(name, description)
    for key, title, text, fields in steps:
        script.add_step(title, text, step_id=key, fields=fields, final=key in finals)
    for source, target in links:
        script.link(source, target)
    for step_id, (x, y) in layered_positions(script).items():
        script.move(step_id, x, y)
    return script


def sales_script() -> Script:
    steps = [
        ("s-hello", "Приветствие",
         "Здравствуйте! Компания «Альфа-Сервис», меня зовут {{operator.name}}. "
         "Чем могу помочь?", []),
        ("s-name", "Знакомство", "Подскажите, пожалуйста, как я могу к вам обращаться?",
         [StepField(C, "NAME"), StepField(C, "LAST_NAME"), StepField(C, "PHONE", False)]),
        ("s-needs", "Потребность",
         "{{contact.NAME}}, расскажите, для каких задач вы ищете решение? "
         "Сколько сотрудников будет им пользоваться?",
         [StepField(L, "UF_CRM_PRODUCT"), StepField(L, "COMMENTS")]),
        ("s-budget", "Бюджет и сроки",
         "Уточните бюджет и когда планируете начать. Не называйте цену первым.",
         [StepField(D, "OPPORTUNITY")]),
        ("s-offer", "Предложение",
         "Для ваших задач подойдёт тариф «Бизнес»: до 50 пользователей, поддержка 24/7 "
         "и внедрение за неделю. Как вам такой вариант?", []),
        ("s-price", "Дорого",
         "Понимаю. Давайте посчитаем, сколько времени сотрудников сэкономит решение: "
         "обычно оно окупается за 3 месяца. Есть и тариф «Старт» дешевле.", []),
        ("s-think", "Нужно подумать",
         "Конечно. Что именно хотите обдумать? Возможно, я сразу отвечу на вопрос.", []),
        ("s-vendor", "Уже есть поставщик",
         "Отлично, что задача уже решается. Что вам нравится в текущем решении, "
         "а чего не хватает?", []),
        ("s-agree", "Согласен",
         "Отлично! Оформим заказ. Уточните e-mail для договора и счёта.",
         [StepField(C, "EMAIL"), StepField(D, "STAGE_ID", False)]),
        ("s-proposal", "Отправить КП",
         "Предложите отправить коммерческое предложение на почту и договоритесь о "
         "повторном звонке.", [StepField(C, "EMAIL")]),
        ("s-callback", "Перезвонить позже",
         "Договоритесь о дне и времени звонка; нажмите «Перезвонить».", []),
        ("s-notarget", "Не целевой",
         "Вежливо объясните, что мы не сможем помочь, и предложите полезный контакт.",
         [StepField(L, "STATUS_ID", False)]),
        ("s-order", "Оформление заказа",
         "Продиктуйте состав заказа и срок выставления счёта: в течение часа.",
         [StepField(D, "TITLE", False), StepField(D, "OPPORTUNITY")]),
        ("s-close", "Завершение",
         "Спасибо за звонок, {{contact.NAME}}! Хорошего дня.", []),
        ("s-bye", "Прощание", "Спасибо за звонок! Всего доброго.", []),
    ]
    links = [
        ("s-hello", "s-name"), ("s-name", "s-needs"), ("s-needs", "s-budget"),
        ("s-needs", "s-notarget"), ("s-budget", "s-offer"), ("s-offer", "s-agree"),
        ("s-offer", "s-price"), ("s-offer", "s-think"), ("s-offer", "s-vendor"),
        ("s-price", "s-offer"), ("s-vendor", "s-offer"), ("s-think", "s-proposal"),
        ("s-think", "s-callback"), ("s-agree", "s-order"), ("s-order", "s-close"),
        ("s-proposal", "s-close"), ("s-callback", "s-close"), ("s-notarget", "s-bye"),
    ]
    return _build(SALES, "Входящий звонок от нового клиента: знакомство, потребность, "
                  "предложение, работа с возражениями, закрытие.", steps, links,
                  {"s-close", "s-bye"})


def support_script() -> Script:
    steps = [
        ("t-hello", "Приветствие",
         "Служба поддержки «Альфа-Сервис», {{operator.name}}. Слушаю вас.", []),
        ("t-ident", "Кто звонит",
         "Назовите, пожалуйста, вашу компанию и ФИО.",
         [StepField(C, "NAME"), StepField(C, "LAST_NAME"), StepField(CO, "TITLE", False)]),
        ("t-issue", "Суть обращения", "Что случилось? Когда проблема появилась впервые?",
         [StepField(L, "COMMENTS")]),
        ("t-login", "Не входит в систему",
         "Предложите сбросить пароль по ссылке «Забыли пароль?». Проверьте раскладку и "
         "Caps Lock.", []),
        ("t-invoice", "Вопрос по счёту",
         "Уточните номер счёта и дату. Данные о платежах — в карточке компании.",
         [StepField(D, "OPPORTUNITY", False)]),
        ("t-other", "Другое", "Запишите вопрос подробно: его передадут специалисту.", []),
        ("t-solved", "Решено", "Убедитесь, что всё работает, и спросите, остались ли вопросы.",
         []),
        ("t-escalate", "Передать специалисту",
         "Сообщите, что специалист свяжется в течение 4 рабочих часов.", []),
    ]
    links = [
        ("t-hello", "t-ident"), ("t-ident", "t-issue"), ("t-issue", "t-login"),
        ("t-issue", "t-invoice"), ("t-issue", "t-other"), ("t-login", "t-solved"),
        ("t-login", "t-escalate"), ("t-invoice", "t-solved"), ("t-invoice", "t-escalate"),
        ("t-other", "t-escalate"),
    ]
    return _build(SUPPORT, "Обращение клиента в поддержку: идентификация, суть, решение "
                  "или передача специалисту.", steps, links, {"t-solved", "t-escalate"})


def survey_script() -> Script:
    steps = [
        ("q-hello", "Приветствие",
         "Здравствуйте, {{contact.NAME}}! Это «Альфа-Сервис». Уделите 2 минуты короткому "
         "опросу?", []),
        ("q-score", "Оценка", "Оцените, пожалуйста, нашу работу от 1 до 10.", []),
        ("q-why", "Что улучшить", "Что нам стоит улучшить в первую очередь?",
         [StepField(C, "COMMENTS")]),
        ("q-thanks", "Спасибо", "Спасибо за ответы! Всего доброго.", []),
        ("q-later", "Неудобно", "Извините за беспокойство. Когда удобно перезвонить?", []),
    ]
    links = [("q-hello", "q-score"), ("q-hello", "q-later"), ("q-score", "q-why"),
             ("q-why", "q-thanks")]
    return _build(SURVEY, "Короткий опрос клиентов после покупки.", steps, links,
                  {"q-thanks", "q-later"})


def demo_scripts() -> list[Script]:
    return [sales_script(), support_script(), survey_script()]

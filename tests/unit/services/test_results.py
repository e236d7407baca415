"""Planning a result: what the operator is asked, then which CRM writes go to which item."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.crm.gateway import CrmItem
from desktop.crm.outbox import WriteKind
from desktop.domain.buttons import (
    ActionButton,
    CallbackAction,
    CommentAction,
    DealStageAction,
    LeadStatusAction,
    MeetingAction,
    TaskAction,
)
from desktop.domain.call import CallSession, Direction
from desktop.domain.crm_types import EntityType
from desktop.domain.deadlines import due
from desktop.domain.roles import User
from desktop.services import results
from desktop.services.results import Answer, ClientContext, ResultError

NOW = datetime(2030, 3, 4, 9, 30, tzinfo=UTC)  # a Monday
LEAD, DEAL, CONTACT, COMPANY = (EntityType.LEAD, EntityType.DEAL, EntityType.CONTACT,
                                EntityType.COMPANY)
ANNA = User("anna", "Анна Смирнова", 2, id=2)

VICTOR_LEAD = CrmItem(LEAD, "11", "Заявка", {"TITLE": "Заявка", "NAME": "Виктор"})
OTHER_LEAD = CrmItem(LEAD, "12", "Ещё заявка", {"TITLE": "Ещё заявка", "NAME": "Витя"})
SALES_DEAL = CrmItem(DEAL, "21", "Поставка", {"TITLE": "Поставка", "CATEGORY_ID": 0})
SERVICE_DEAL = CrmItem(DEAL, "22", "Договор", {"TITLE": "Договор", "CATEGORY_ID": 1})
DMITRY = CrmItem(CONTACT, "31", "Дмитрий Петров", {"NAME": "Дмитрий", "LAST_NAME": "Петров"})

CALLBACK = ActionButton("Перезвонить", actions=[
    CallbackAction("+1 day at 10:00", "Перезвонить: {{contact.NAME}}"),
    LeadStatusAction(status_id="IN_PROCESS"),
    CommentAction(""),
], id=7)


@pytest.fixture
def call() -> CallSession:
    return CallSession("+79641112233", Direction.INCOMING, NOW - timedelta(minutes=3),
                       operator_id=ANNA.id)


def client(*items: CrmItem, chosen: CrmItem | None = None) -> ClientContext:
    return ClientContext(items, (chosen.entity, chosen.id) if chosen else None)


# ---- the client's values -------------------------------------------------------------
def test_values_prefer_the_chosen_item_and_name_every_entity():
    context = client(VICTOR_LEAD, OTHER_LEAD, SALES_DEAL, chosen=OTHER_LEAD)
    assert context.chosen_item() is OTHER_LEAD
    values = context.values()
    assert set(values) == {"lead", "deal", "contact", "company"}
    assert values["lead"]["NAME"] == "Витя"  # chosen, not the first found
    assert values["deal"]["TITLE"] == "Поставка"  # nothing chosen of it: the first found
    assert values["contact"] == values["company"] == {}
    assert client(VICTOR_LEAD).values()["lead"]["NAME"] == "Виктор"


def test_a_choice_no_longer_among_the_items_is_no_choice():
    assert ClientContext((VICTOR_LEAD,), (LEAD, "999")).chosen_item() is None


# ---- prompts -------------------------------------------------------------------------
def test_prompts_render_templates_compute_deadlines_and_say_what_is_asked(call):
    button = ActionButton("Всё сразу", actions=[
        CommentAction("{{contact.NAME}} {{contact.LAST_NAME}}, {{call.number}}, "
                      "{{operator.name}}"),
        CallbackAction("+1 day at 10:00", ""),
        TaskAction("КП для {{contact.NAME}}", "Звонок {{call.direction}} {{call.date}}",
                   "+2 hours"),
        MeetingAction("next working day at 12:00", "Встреча с {{contact.LAST_NAME}}"),
        LeadStatusAction(status_id="JUNK"),
        DealStageAction(stage_id="WON"),
        CommentAction("   "),
    ])
    shown = results.prompts(button, call, client(DMITRY), ANNA, NOW)
    local = NOW.astimezone()
    assert [p.index for p in shown] == list(range(7))
    assert [p.kind for p in shown] == [a.kind for a in button.actions]
    assert [p.editable for p in shown] == [False, True, False, True, False, False, True]
    comment, callback, task, meeting, status, stage, typed = shown
    assert comment.text == "Дмитрий Петров, 8 (964) 111-22-33, Анна Смирнова"
    assert (callback.title, callback.deadline) == ("Перезвонить клиенту",
                                                   due("+1 day at 10:00", local))
    assert callback.deadline.hour == 10  # the operator's ten o'clock
    date = call.started_at.astimezone().strftime("%d.%m.%Y")
    assert (task.title, task.text) == ("КП для Дмитрий", f"Звонок входящий {date}")
    assert task.deadline == NOW + timedelta(hours=2)
    assert (meeting.title, meeting.deadline) == ("Встреча с Петров",
                                                 due("next working day at 12:00", local))
    assert (status.fixed, stage.fixed) == ("JUNK", "WON")
    assert typed.text == ""


def test_what_the_operator_typed_in_the_script_fills_the_templates(call):
    call.set_field("contact.NAME", "Дима")
    call.set_field("lead.TITLE", "  ")  # blank typing does not hide the CRM's value
    button = ActionButton("Б", actions=[CommentAction("{{contact.NAME}} / {{lead.TITLE}}")])
    shown = results.prompts(button, call, client(DMITRY, VICTOR_LEAD), ANNA, NOW)
    assert shown[0].text == "Дима / Заявка"


def test_a_template_the_editor_should_have_refused_is_shown_as_written(call):
    button = ActionButton("Б", actions=[CommentAction("Привет, {{product.NAME}}")])
    assert results.prompts(button, call, client(DMITRY), ANNA, NOW)[0].text == \
        "Привет, {{product.NAME}}"


# ---- planning the writes -----------------------------------------------------------
def test_callback_status_and_typed_comment_go_to_the_chosen_lead_in_order(call):
    moved = datetime(2030, 3, 6, 15, 45)  # naive: what the operator picked, local time
    writes = results.plan_result(CALLBACK, call, client(DMITRY, VICTOR_LEAD,
                                                        chosen=VICTOR_LEAD),
                                 ANNA, {0: Answer(deadline=moved), 2: Answer(text=" Дорого ")},
                                 NOW)
    assert [(w.kind, w.entity, w.item_id) for w in writes] == [
        (WriteKind.ACTIVITY, LEAD, "11"), (WriteKind.LEAD_STATUS, LEAD, "11"),
        (WriteKind.COMMENT, LEAD, "11")]
    callback, status, comment = writes
    assert callback.payload == {
        "activity": "callback", "title": "Перезвонить: Дмитрий",
        "deadline": moved.astimezone(UTC).isoformat(), "description": "",
        "responsible": "Анна Смирнова"}
    assert status.payload == {"status_id": "IN_PROCESS"}
    assert comment.payload == {"text": "Дорого", "author": "Анна Смирнова"}
    assert {w.call_id for w in writes} == {call.id}
    assert len({w.key for w in writes}) == 3 and not any(w.after_key for w in writes)


def test_without_an_answer_the_computed_deadline_is_used(call):
    writes = results.plan_result(CALLBACK, call, client(VICTOR_LEAD), ANNA,
                                 {2: Answer(text="ok")}, NOW)
    expected = due("+1 day at 10:00", NOW.astimezone()).astimezone(UTC)
    assert writes[0].payload["deadline"] == expected.isoformat()


@pytest.mark.parametrize(("answers", "index", "message"), [
    ({}, 2, results.TYPE_COMMENT),
    ({2: Answer(text="  \n ")}, 2, results.TYPE_COMMENT),
    ({0: Answer(deadline=NOW - timedelta(hours=1)), 2: Answer(text="x")}, 0,
     results.MOMENT_PASSED),
])
def test_missing_or_impossible_answers_are_refused_naming_the_action(call, answers, index,
                                                                     message):
    with pytest.raises(ResultError) as refused:
        results.plan_result(CALLBACK, call, client(VICTOR_LEAD), ANNA, answers, NOW)
    assert (refused.value.index, str(refused.value)) == (index, message)


def test_nobody_found_creates_a_lead_first_and_the_rest_waits_for_it(call):
    button = ActionButton("Продажа", actions=[
        DealStageAction(stage_id="WON"), CommentAction("Продано"),
        LeadStatusAction(status_id="CONVERTED")])
    assert results.warnings(button, client()) == [results.NEW_LEAD, results.NO_DEAL]
    create, comment, status = results.plan_result(button, call, client(), ANNA, {}, NOW)
    assert (create.kind, create.entity, create.item_id, create.after_key) == (
        WriteKind.CREATE_LEAD, LEAD, "", None)
    assert create.payload == {"values": {"TITLE": "Звонок 8 (964) 111-22-33",
                                         "PHONE": ["+79641112233"], "SOURCE_ID": "CALL"},
                              "unless_found": "+79641112233"}
    assert [(w.kind, w.entity, w.item_id, w.after_key) for w in (comment, status)] == [
        (WriteKind.COMMENT, LEAD, "", create.key), (WriteKind.LEAD_STATUS, LEAD, "", create.key)]


def test_nobody_found_and_only_a_stage_to_change_writes_nothing(call):
    button = ActionButton("Выиграно", actions=[DealStageAction(stage_id="WON")])
    assert results.plan_result(button, call, client(), ANNA, {}, NOW) == []
    assert results.warnings(button, client()) == [results.NO_DEAL]


def test_no_lead_found_leaves_the_status_and_comments_on_the_chosen_item(call):
    context = client(DMITRY, SALES_DEAL, chosen=DMITRY)
    assert results.warnings(CALLBACK, context) == [results.NO_LEAD]
    writes = results.plan_result(CALLBACK, call, context, ANNA, {2: Answer(text="x")}, NOW)
    assert [(w.kind, w.entity, w.item_id) for w in writes] == [
        (WriteKind.ACTIVITY, CONTACT, "31"), (WriteKind.COMMENT, CONTACT, "31")]


def test_nothing_chosen_the_timeline_writes_go_to_the_first_item_found(call):
    writes = results.plan_result(CALLBACK, call, client(VICTOR_LEAD, DMITRY), ANNA,
                                 {2: Answer(text="x")}, NOW)
    assert {(w.entity, w.item_id) for w in writes} == {(LEAD, "11")}


def test_the_stage_goes_to_the_chosen_deal_or_the_first_in_the_actions_pipeline(call):
    service = ActionButton("Продлён", actions=[DealStageAction(stage_id="C1:WON", category_id=1)])
    sales = ActionButton("Продажа", actions=[DealStageAction(stage_id="WON")])
    both = client(SALES_DEAL, SERVICE_DEAL, DMITRY)
    assert [(w.item_id, w.payload) for w in results.plan_result(
        service, call, both, ANNA, {}, NOW)] == [("22", {"stage_id": "C1:WON"})]
    assert [w.item_id for w in results.plan_result(sales, call, both, ANNA, {}, NOW)] == ["21"]
    assert results.warnings(sales, both) == []
    chosen_other = client(SALES_DEAL, SERVICE_DEAL, chosen=SERVICE_DEAL)
    assert results.plan_result(sales, call, chosen_other, ANNA, {}, NOW) == []
    assert results.warnings(sales, chosen_other) == [results.OTHER_PIPELINE]


def test_a_task_goes_to_its_responsible_with_the_computed_deadline(call):
    button = ActionButton("КП", actions=[
        TaskAction("КП", "", "+2 hours"), TaskAction("", "", "+1 day", responsible="Олег")])
    mine, olegs = results.plan_result(button, call, client(DMITRY), ANNA, {}, NOW)
    assert mine.kind is WriteKind.TASK and mine.payload == {
        "title": "КП", "description": "", "responsible": "Анна Смирнова",
        "deadline": (NOW + timedelta(hours=2)).isoformat()}
    assert (olegs.payload["title"], olegs.payload["responsible"]) == (
        "Задача по звонку 8 (964) 111-22-33", "Олег")


def test_a_meeting_keeps_its_duration(call):
    button = ActionButton("Встреча", actions=[MeetingAction("+2 days at 12:00", "", 45)])
    (meeting,) = results.plan_result(button, call, client(DMITRY), ANNA, {}, NOW)
    assert (meeting.payload["activity"], meeting.payload["title"],
            meeting.payload["duration_minutes"]) == ("meeting", "Встреча с клиентом", 45)

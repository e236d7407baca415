"""Result buttons: which buttons can work, how actions are stored, when the operator is asked."""

from __future__ import annotations

import json

import pytest

from desktop.domain.buttons import (
    ACTION_TYPES,
    DEFAULT_COLOR,
    ActionButton,
    ActionKind,
    CallbackAction,
    CommentAction,
    DealStageAction,
    LeadStatusAction,
    MeetingAction,
    TaskAction,
    action_from_dict,
    action_to_dict,
)
from desktop.domain.errors import ButtonError, DomainError

ONE_OF_EACH = [
    CommentAction("Клиент {{contact.NAME}} просит перезвонить"),
    CallbackAction(deadline_template="+2 days at 11:00", title_template="Перезвонить"),
    TaskAction("Отправить КП", "Для {{company.TITLE}}", "+3 days", responsible="ivanov"),
    MeetingAction("+1 day at 15:00", "Встреча с {{contact.NAME}}", duration_minutes=30),
    LeadStatusAction("IN_PROCESS"),
    DealStageAction("C1:PREPARATION", category_id=1),
]


def button(*actions, title: str = "Перезвонить") -> ActionButton:
    return ActionButton(title, actions=list(actions))


# ---- validation -----------------------------------------------------------------------
def test_a_button_with_one_of_each_action_is_valid() -> None:
    button(*ONE_OF_EACH).validate()


def test_defaults() -> None:
    b = ActionButton("Успех")
    assert (b.color, b.actions, b.id, b.version) == (DEFAULT_COLOR, [], None, 0)


@pytest.mark.parametrize("title", ["", "   "])
def test_button_without_title_is_refused(title: str) -> None:
    with pytest.raises(ButtonError, match="title"):
        button(CommentAction(), title=title).validate()


def test_button_without_action_is_refused() -> None:
    with pytest.raises(ButtonError, match="no action"):
        button().validate()


@pytest.mark.parametrize("status", ["", "  "])
def test_lead_status_without_status_is_refused(status: str) -> None:
    with pytest.raises(ButtonError, match="lead status"):
        button(LeadStatusAction(status)).validate()


@pytest.mark.parametrize("stage", ["", "  "])
def test_deal_stage_without_stage_is_refused(stage: str) -> None:
    with pytest.raises(ButtonError, match="deal stage"):
        button(DealStageAction(stage)).validate()


def test_two_lead_status_actions_are_refused() -> None:
    with pytest.raises(ButtonError, match="lead status twice"):
        button(LeadStatusAction("NEW"), CommentAction(), LeadStatusAction("JUNK")).validate()


def test_two_deal_stage_actions_are_refused() -> None:
    with pytest.raises(ButtonError, match="deal stage twice"):
        button(DealStageAction("WON"), DealStageAction("LOSE")).validate()


def test_repeated_comment_task_and_callback_actions_are_allowed() -> None:
    button(CommentAction("a"), CommentAction("b"), TaskAction("t1"), TaskAction("t2"),
           CallbackAction(), CallbackAction()).validate()


def test_button_errors_are_domain_errors() -> None:
    assert issubclass(ButtonError, DomainError)


# ---- storage form -----------------------------------------------------------------------
def test_every_kind_has_an_action_type() -> None:
    assert set(ACTION_TYPES) == set(ActionKind)
    assert {type(a).kind for a in ONE_OF_EACH} == set(ActionKind)


@pytest.mark.parametrize("action", ONE_OF_EACH, ids=lambda a: a.kind.value)
def test_action_dict_round_trip(action) -> None:
    data = action_to_dict(action)
    assert data["kind"] == action.kind.value
    assert "asks_operator" not in data  # a property of the kind, not stored data
    assert json.loads(json.dumps(data)) == data
    assert action_from_dict(data) == action


@pytest.mark.parametrize("kind", list(ActionKind))
def test_default_action_of_each_kind_round_trips(kind: ActionKind) -> None:
    action = ACTION_TYPES[kind]()
    assert action_from_dict(action_to_dict(action)) == action


def test_action_dict_keeps_every_template_field() -> None:
    assert action_to_dict(ONE_OF_EACH[2]) == {
        "kind": "task",
        "title_template": "Отправить КП",
        "description_template": "Для {{company.TITLE}}",
        "deadline_template": "+3 days",
        "responsible": "ivanov",
    }
    assert action_to_dict(ONE_OF_EACH[5]) == {
        "kind": "deal_stage", "stage_id": "C1:PREPARATION", "category_id": 1,
    }


def test_unknown_stored_keys_are_ignored() -> None:
    data = {"kind": "lead_status", "status_id": "NEW", "from_a_newer_version": 1}
    assert action_from_dict(data) == LeadStatusAction("NEW")
    assert data["kind"] == "lead_status"  # the caller's dict is left alone


@pytest.mark.parametrize("data", [{"kind": "fax"}, {"status_id": "NEW"}])
def test_unknown_or_missing_kind_is_a_button_error(data: dict) -> None:
    with pytest.raises(ButtonError):
        action_from_dict(data)


# ---- what the operator is asked -------------------------------------------------------------
@pytest.mark.parametrize(("actions", "asks"), [
    ([CommentAction("Готово")], False),
    ([CommentAction("")], True),
    ([CommentAction("   ")], True),
    ([CallbackAction()], True),
    ([MeetingAction()], True),
    ([TaskAction("t")], False),
    ([LeadStatusAction("NEW")], False),
    ([DealStageAction("WON")], False),
    ([LeadStatusAction("NEW"), DealStageAction("WON"), TaskAction("t")], False),
    ([LeadStatusAction("NEW"), CallbackAction()], True),
])
def test_needs_operator_input(actions: list, asks: bool) -> None:
    assert button(*actions).needs_operator_input is asks


def test_templates_lists_non_empty_templates_in_order() -> None:
    assert button(*ONE_OF_EACH).templates() == [
        "Клиент {{contact.NAME}} просит перезвонить",
        "Перезвонить",
        "Отправить КП",
        "Для {{company.TITLE}}",
        "Встреча с {{contact.NAME}}",
    ]

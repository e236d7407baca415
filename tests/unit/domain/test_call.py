"""A call session from ringing to closed: states, the script walk and what gets recorded."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop.domain.call import CallSession, CallState, Direction, PathEntry
from desktop.domain.crm_types import EntityType
from desktop.domain.errors import CallStateError, DomainError

T0 = datetime(2024, 5, 6, 10, 0, 0)
SALES, SUPPORT = 5, 6


def at(seconds: int) -> datetime:
    return T0 + timedelta(seconds=seconds)


@pytest.fixture
def call() -> CallSession:
    return CallSession("+79161234567", Direction.INCOMING, started_at=T0, operator_id=3)


@pytest.fixture
def walking(call: CallSession) -> CallSession:
    """An answered call on script SALES v2 that went greet -> needs -> offer."""
    call.answer(at(5))
    call.choose_script(SALES, 2, "greet")
    call.go_to("needs")
    call.go_to("offer")
    return call


# ---- states ------------------------------------------------------------------------
def test_new_call_is_ringing(call: CallSession) -> None:
    assert call.state is CallState.RINGING and call.is_open
    assert (call.number, call.direction, call.started_at) == ("+79161234567",
                                                               Direction.INCOMING, T0)
    assert call.answered_at is call.ended_at is call.closed_at is None
    assert call.handling_seconds is None and not call.has_result


def test_ringing_active_ended_closed_with_timestamps(call: CallSession) -> None:
    call.answer(at(4))
    assert call.state is CallState.ACTIVE and call.answered_at == at(4)
    call.end(at(94))
    assert call.state is CallState.ENDED and call.ended_at == at(94)
    assert call.is_open  # after-call work happens with the card still open
    call.close(at(150))
    assert call.state is CallState.CLOSED and call.closed_at == at(150)
    assert not call.is_open
    assert call.handling_seconds == 90


def test_unanswered_call_goes_from_ringing_to_ended(call: CallSession) -> None:
    call.end(at(20))
    assert call.state is CallState.ENDED and call.answered_at is None
    assert call.handling_seconds is None


@pytest.mark.parametrize("state_before", [CallState.RINGING, CallState.ACTIVE])
def test_close_ends_a_call_still_going(call: CallSession, state_before: CallState) -> None:
    if state_before is CallState.ACTIVE:
        call.answer(at(1))
    call.close(at(30))
    assert call.state is CallState.CLOSED
    assert call.ended_at == call.closed_at == at(30)


@pytest.mark.parametrize(("steps", "action"), [
    (["answer"], "answer"),
    (["end"], "answer"),
    (["answer", "end"], "end"),
    (["close"], "answer"),
    (["close"], "end"),
    (["close"], "close"),
])
def test_invalid_transitions_raise_call_state_error(call: CallSession, steps: list[str],
                                                    action: str) -> None:
    for step in steps:
        getattr(call, step)(at(1))
    state = call.state
    with pytest.raises(CallStateError) as err:
        getattr(call, action)(at(2))
    assert err.value.state == state.value
    assert call.state is state
    assert isinstance(err.value, DomainError)


def test_failed_transition_leaves_timestamps_alone(call: CallSession) -> None:
    call.answer(at(1))
    with pytest.raises(CallStateError):
        call.answer(at(2))
    assert call.answered_at == at(1)


# ---- walking the script --------------------------------------------------------------------
def test_choose_script_starts_at_the_start_step_and_records_version(call: CallSession) -> None:
    call.choose_script(SALES, 4, "greet")
    assert (call.script_id, call.script_version) == (SALES, 4)
    assert call.current_step_id == "greet"
    assert call.current_path() == ["greet"]


def test_path_and_breadcrumb(walking: CallSession) -> None:
    assert walking.current_step_id == "offer"
    assert walking.current_path() == ["greet", "needs", "offer"]
    assert walking.path == [PathEntry(SALES, "greet"), PathEntry(SALES, "needs"),
                            PathEntry(SALES, "offer")]


def test_back_one_step_and_not_past_the_start(walking: CallSession) -> None:
    assert walking.back() == "needs"
    assert walking.current_path() == ["greet", "needs"]
    assert walking.back() == "greet"
    assert walking.back() is None
    assert walking.current_step_id == "greet"
    walking.go_to("objection")
    assert walking.current_path() == ["greet", "objection"]


def test_walking_back_and_forth_through_a_loop(walking: CallSession) -> None:
    walking.go_to("needs")  # a link back to an earlier step
    assert walking.current_path() == ["greet", "needs", "offer", "needs"]
    assert walking.back() == "offer"


def test_go_to_before_choosing_a_script_is_refused(call: CallSession) -> None:
    with pytest.raises(CallStateError):
        call.go_to("greet")
    assert call.path == []


def test_empty_script_has_no_current_step(call: CallSession) -> None:
    call.choose_script(SALES, 1, None)
    assert call.current_step_id is None and call.current_path() == []
    assert call.back() is None


def test_switching_script_keeps_field_values_and_starts_a_new_breadcrumb(
        walking: CallSession) -> None:
    walking.set_field("contact.NAME", "Анна")
    walking.choose_script(SUPPORT, 1, "hello")
    assert walking.field_values == {"contact.NAME": "Анна"}
    assert (walking.script_id, walking.script_version) == (SUPPORT, 1)
    assert walking.current_path() == ["hello"]
    assert walking.back() is None  # the other script's steps are not "back"
    assert [e.script_id for e in walking.path] == [SALES] * 3 + [SUPPORT]  # history kept


def test_choosing_the_running_script_again_changes_nothing(walking: CallSession) -> None:
    """A picker opened by mistake must not throw the walk away."""
    walking.set_field("contact.NAME", "Анна")
    walking.choose_script(SALES, 3, "greet")  # even if a newer version was published since
    assert (walking.script_id, walking.script_version) == (SALES, 2)
    assert walking.current_path() == ["greet", "needs", "offer"]
    assert walking.field_values == {"contact.NAME": "Анна"}


def test_switching_back_shows_only_the_latest_run(walking: CallSession) -> None:
    walking.choose_script(SUPPORT, 1, "hello")
    walking.choose_script(SALES, 2, "greet")
    assert walking.current_path() == ["greet"]
    assert walking.current_step_id == "greet"


# ---- data and result ----------------------------------------------------------------------
def test_a_new_call_has_no_client_until_one_is_set(call: CallSession) -> None:
    assert (call.crm_entity, call.crm_item_id, call.client_title) == (None, None, "")
    call.set_client(EntityType.LEAD, "17", "Виктор Григорьев")
    assert (call.crm_entity, call.crm_item_id, call.client_title) == (
        EntityType.LEAD, "17", "Виктор Григорьев")
    call.set_client(None, None, "Новый клиент")  # nobody found: a title, no item
    assert (call.crm_entity, call.crm_item_id, call.client_title) == (None, None,
                                                                      "Новый клиент")


def test_a_client_needs_both_entity_and_item(call: CallSession) -> None:
    with pytest.raises(ValueError, match="both"):
        call.set_client(EntityType.DEAL, None, "Сделка")
    assert call.crm_entity is None and call.client_title == ""


def test_field_values_are_kept_by_key(walking: CallSession) -> None:
    walking.set_field("contact.NAME", "Анна")
    walking.set_field("deal.OPPORTUNITY", "1000")
    walking.set_field("contact.NAME", "Анна Петровна")
    assert walking.field_values == {"contact.NAME": "Анна Петровна",
                                    "deal.OPPORTUNITY": "1000"}


def test_result_is_recorded_with_its_time(walking: CallSession) -> None:
    walking.record_result(12, at(60))
    assert walking.has_result
    assert (walking.result_button_id, walking.result_at) == (12, at(60))


def test_after_call_work_is_allowed_once_ended(walking: CallSession) -> None:
    walking.end(at(60))
    walking.set_field("contact.COMMENTS", "перезвонить")
    walking.record_result(3, at(70))
    walking.go_to("closing")
    assert walking.back() == "offer"
    assert walking.result_button_id == 3


@pytest.mark.parametrize("edit", [
    lambda c: c.set_field("contact.NAME", "x"),
    lambda c: c.record_result(1, at(99)),
    lambda c: c.go_to("closing"),
    lambda c: c.back(),
    lambda c: c.choose_script(SUPPORT, 1, "hello"),
    lambda c: c.set_client(EntityType.CONTACT, "5", "Анна"),
])
def test_closed_session_refuses_edits(walking: CallSession, edit) -> None:
    walking.record_result(7, at(50))
    walking.close(at(60))
    before = (list(walking.path), dict(walking.field_values), walking.result_button_id,
              walking.script_id, walking.script_version)
    with pytest.raises(CallStateError, match="closed"):
        edit(walking)
    after = (walking.path, walking.field_values, walking.result_button_id,
             walking.script_id, walking.script_version)
    assert after == before


def test_sessions_get_distinct_ids() -> None:
    ids = {CallSession("1", Direction.OUTGOING, T0).id for _ in range(100)}
    assert len(ids) == 100

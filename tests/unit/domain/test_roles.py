"""Roles, users and seat plans: the rules that keep a team able to work."""

from __future__ import annotations

import random

import pytest

from desktop.domain.crm_types import EntityType
from desktop.domain.errors import (
    LastSupervisorError,
    RosterError,
    SeatLimitError,
    SystemRoleError,
)
from desktop.domain.roles import (
    SUPERVISOR_ROLE_NAME,
    ClientField,
    PlanState,
    Role,
    Roster,
    SeatPlan,
    User,
)

SUPERVISOR, OPERATOR, SENIOR = 1, 2, 3


def roles() -> list[Role]:
    return [
        Role.supervisor(),
        Role("Оператор", id=OPERATOR, button_ids=[1, 2], script_ids=[5]),
        Role("Старший оператор", id=SENIOR, keep_card_open=True),
    ]


def make_roster(operators: int, plan: SeatPlan = SeatPlan.UNLIMITED) -> Roster:
    """The administrator (user 1, Supervisor) plus ``operators`` operators (users 2..)."""
    role_list = roles()
    role_list[0].id = SUPERVISOR
    users = [User("admin", "Администратор", SUPERVISOR, administrator=True, id=1)]
    users += [User(f"op{n}", f"Оператор {n}", OPERATOR, id=n) for n in range(2, operators + 2)]
    return Roster(role_list, users, PlanState(plan=plan))


def new_user(user_id: int, role_id: int = OPERATOR) -> User:
    return User(f"user{user_id}", f"User {user_id}", role_id, id=user_id)


def snapshot(roster: Roster) -> dict:
    return {
        "users": {i: (u.username, u.role_id) for i, u in roster.users.items()},
        "roles": sorted(roster.roles),
    }


# ---- roles and users ---------------------------------------------------------------------
def test_supervisor_role_is_the_system_role_and_manages_settings() -> None:
    role = Role.supervisor()
    assert role.name == SUPERVISOR_ROLE_NAME == "Супервайзер"
    assert role.is_system and role.may_manage_settings and role.keep_card_open
    assert not Role("Оператор").is_system


def test_a_call_result_is_required_unless_the_role_says_otherwise() -> None:
    """The safe default: a finished call's card asks before closing without a result."""
    assert Role("Оператор").result_required and Role.supervisor().result_required
    assert not Role("Опрос", result_required=False).result_required


def test_client_fields_are_chosen_per_entity_type() -> None:
    role = Role("Оператор", client_fields=[
        ClientField(EntityType.CONTACT, "NAME"),
        ClientField(EntityType.DEAL, "OPPORTUNITY", editable=False),
        ClientField(EntityType.CONTACT, "PHONE"),
    ])
    assert [f.code for f in role.fields_of(EntityType.CONTACT)] == ["NAME", "PHONE"]
    assert role.fields_of(EntityType.DEAL) == [
        ClientField(EntityType.DEAL, "OPPORTUNITY", editable=False)]
    assert role.fields_of(EntityType.LEAD) == role.fields_of(EntityType.COMPANY) == []


def test_user_is_active_unless_blocked_by_anyone() -> None:
    assert User("a", "A", OPERATOR).active
    assert not User("a", "A", OPERATOR, blocked=True).active
    assert not User("a", "A", OPERATOR, blocked_by_plan=True).active


def test_add_user_needs_a_known_role_and_a_free_name() -> None:
    roster = make_roster(1)
    with pytest.raises(RosterError, match="role"):
        roster.add_user(new_user(10, role_id=99))
    with pytest.raises(RosterError, match="taken"):
        roster.add_user(User("OP2", "Другой", OPERATOR, id=11))
    assert set(roster.users) == {1, 2}


def test_add_user_with_an_id_already_listed_is_refused() -> None:
    roster = make_roster(1)
    with pytest.raises(RosterError, match="already"):
        roster.add_user(User("intruder", "X", OPERATOR, id=1))
    assert roster.user(1).username == "admin"


def test_unknown_user_and_role_are_roster_errors() -> None:
    roster = make_roster(1)
    with pytest.raises(RosterError):
        roster.user(42)
    with pytest.raises(RosterError):
        roster.set_role(2, 99)
    with pytest.raises(RosterError):
        roster.remove_role(99)


# ---- seat limits ---------------------------------------------------------------------------
@pytest.mark.parametrize(("plan", "limit"), [
    (SeatPlan.FREE, 2), (SeatPlan.TEAM, 7), (SeatPlan.UNLIMITED, None),
])
def test_seat_limit_of_each_plan(plan: SeatPlan, limit: int | None) -> None:
    assert plan.seat_limit == limit
    assert PlanState(plan=plan).seat_limit == limit
    assert PlanState(plan=plan, lapsed=True).seat_limit == 2


@pytest.mark.parametrize(("plan", "limit"), [(SeatPlan.FREE, 2), (SeatPlan.TEAM, 7)])
def test_active_users_cannot_exceed_the_plan(plan: SeatPlan, limit: int) -> None:
    roster = make_roster(0, plan)
    for user_id in range(2, limit + 1):
        roster.add_user(new_user(user_id))
    assert roster.seats_in_use() == limit
    with pytest.raises(SeatLimitError) as err:
        roster.add_user(new_user(100))
    assert err.value.limit == limit
    assert 100 not in roster.users


def test_unlimited_plan_takes_many_users() -> None:
    roster = make_roster(0, SeatPlan.UNLIMITED)
    for user_id in range(2, 60):
        roster.add_user(new_user(user_id))
    assert roster.seats_in_use() == 59


def test_blocked_users_take_no_seat() -> None:
    roster = make_roster(1, SeatPlan.FREE)
    blocked = User("late", "Late", OPERATOR, blocked=True, id=3)
    roster.add_user(blocked)  # a blocked user may be listed beyond the limit
    with pytest.raises(SeatLimitError):
        roster.unblock(3)
    assert roster.user(3).blocked
    roster.block(2)
    roster.unblock(3)
    assert roster.user(3).active and roster.seats_in_use() == 2


# ---- the Supervisor invariant ------------------------------------------------------------------
def test_last_supervisor_cannot_be_blocked_removed_or_moved() -> None:
    roster = make_roster(2)
    for change in (lambda: roster.block(1), lambda: roster.remove_user(1),
                   lambda: roster.set_role(1, OPERATOR)):
        with pytest.raises(LastSupervisorError):
            change()
    admin = roster.user(1)
    assert admin.active and admin.role_id == SUPERVISOR and 1 in roster.users


def test_a_blocked_supervisor_does_not_count_as_the_remaining_one() -> None:
    roster = make_roster(1)
    roster.set_role(2, SUPERVISOR)
    roster.block(2)
    with pytest.raises(LastSupervisorError):
        roster.block(1)


def test_with_a_second_supervisor_the_first_may_go() -> None:
    roster = make_roster(2)
    roster.set_role(2, SUPERVISOR)
    roster.set_role(1, OPERATOR)
    assert roster.is_supervisor(roster.user(2)) and not roster.is_supervisor(roster.user(1))
    with pytest.raises(LastSupervisorError):
        roster.remove_user(2)
    roster.set_role(3, SUPERVISOR)
    assert roster.remove_user(2).username == "op2"


def test_keeping_the_supervisor_role_is_always_allowed() -> None:
    roster = make_roster(0)
    roster.set_role(1, SUPERVISOR)
    assert roster.user(1).role_id == SUPERVISOR


def test_operators_can_be_blocked_and_removed_freely() -> None:
    roster = make_roster(2)
    roster.block(2)
    assert not roster.user(2).active
    roster.remove_user(3)
    assert set(roster.users) == {1, 2}


# ---- removing roles ------------------------------------------------------------------------------
def test_system_role_cannot_be_removed() -> None:
    roster = make_roster(0)
    with pytest.raises(SystemRoleError):
        roster.remove_role(SUPERVISOR)
    assert roster.system_role.id == SUPERVISOR


def test_role_held_by_users_cannot_be_removed_even_if_they_are_blocked() -> None:
    roster = make_roster(2)
    roster.block(2)
    roster.block(3)
    with pytest.raises(RosterError, match="op2, op3"):
        roster.remove_role(OPERATOR)
    assert OPERATOR in roster.roles


def test_unused_role_can_be_removed() -> None:
    roster = make_roster(2)
    assert roster.remove_role(SENIOR).name == "Старший оператор"
    assert SENIOR not in roster.roles


# ---- lapse and renewal ---------------------------------------------------------------------------
def test_lapse_keeps_the_administrator_and_one_other_user() -> None:
    roster = make_roster(7, SeatPlan.TEAM)
    roster.block(8)  # blocked by a supervisor before the lapse
    before = snapshot(roster)
    kept = roster.lapse(random.Random(1))
    assert kept is not None and kept.id not in (1, 8)
    active = {u.id for u in roster.active_users()}
    assert active == {1, kept.id}
    assert roster.plan.lapsed and roster.plan.kept_user_id == kept.id
    plan_blocked = {u.id for u in roster.users.values() if u.blocked_by_plan}
    assert plan_blocked == set(range(2, 8)) - {kept.id}
    assert not roster.user(8).blocked_by_plan  # already out; not the plan's doing
    assert snapshot(roster) == before  # nothing deleted, nobody's role changed


def test_lapse_keeps_the_administrating_supervisor_not_just_any_supervisor() -> None:
    for seed in range(20):
        roster = make_roster(3)
        roster.user(1).administrator = False  # an older supervisor, not the administrator
        roster.add_user(User("boss", "Boss", SUPERVISOR, administrator=True, id=50))
        kept = roster.lapse(random.Random(seed))
        assert roster.user(50).active
        assert {u.id for u in roster.active_users()} == {50, kept.id}


def test_lapse_is_deterministic_for_a_seed_and_random_across_seeds() -> None:
    chosen = []
    for seed in range(30):
        first = make_roster(6, SeatPlan.TEAM).lapse(random.Random(seed))
        again = make_roster(6, SeatPlan.TEAM).lapse(random.Random(seed))
        assert first.id == again.id
        chosen.append(first.id)
    assert len(set(chosen)) > 1


def test_lapse_does_not_depend_on_the_order_users_were_loaded() -> None:
    forward = make_roster(6)
    backward = Roster(list(forward.roles.values()), list(reversed(make_roster(6).users.values())))
    assert forward.lapse(random.Random(7)).id == backward.lapse(random.Random(7)).id


def test_lapse_with_only_the_administrator_keeps_just_them() -> None:
    roster = make_roster(0)
    assert roster.lapse(random.Random(0)) is None
    assert roster.plan.kept_user_id is None
    assert [u.id for u in roster.active_users()] == [1]


def test_while_lapsed_plan_blocked_users_stay_blocked_and_no_one_joins() -> None:
    roster = make_roster(4)
    kept = roster.lapse(random.Random(3))
    other = next(u for u in roster.users.values() if u.blocked_by_plan)
    roster.unblock(other.id)
    assert not other.active
    with pytest.raises(SeatLimitError):
        roster.add_user(new_user(99))
    assert roster.seats_in_use() == 2 and kept.active


def test_renew_restores_everyone_the_lapse_blocked() -> None:
    roster = make_roster(7, SeatPlan.TEAM)
    roster.block(8)
    roster.lapse(random.Random(5))
    roster.renew()
    assert not roster.plan.lapsed and roster.plan.kept_user_id is None
    assert not any(u.blocked_by_plan for u in roster.users.values())
    assert {u.id for u in roster.active_users()} == set(range(1, 8))
    assert roster.user(8).blocked  # a supervisor's own block outlives the plan


def test_renew_to_a_smaller_plan_restores_up_to_its_limit_then_by_hand() -> None:
    roster = make_roster(9, SeatPlan.UNLIMITED)
    roster.lapse(random.Random(2))
    roster.renew(SeatPlan.TEAM)
    assert roster.plan.plan is SeatPlan.TEAM and roster.seats_in_use() == 7
    waiting = sorted(u.id for u in roster.users.values() if u.blocked_by_plan)
    assert len(waiting) == 3
    with pytest.raises(SeatLimitError):
        roster.unblock(waiting[0])
    roster.block(next(u.id for u in roster.active_users() if u.id != 1))
    roster.unblock(waiting[0])
    assert roster.user(waiting[0]).active and roster.seats_in_use() == 7


def test_supervisor_invariant_holds_through_lapse_and_renew() -> None:
    roster = make_roster(5)
    roster.lapse(random.Random(9))
    assert any(roster.is_supervisor(u) for u in roster.active_users())
    roster.renew()
    assert any(roster.is_supervisor(u) for u in roster.active_users())

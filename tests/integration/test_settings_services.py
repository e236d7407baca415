"""The Buttons, Roles and users services on SQLite and PostgreSQL, as the supervisor.

What the Buttons and Roles tabs rely on: the call-card order, what deleting takes from
roles, refusals that name what is wrong, the team's rules (last supervisor, seats,
lapse and renewal), and invited users' one-time passwords.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from desktop.demo.settings import SALES_ROLE, SUPPORT_ROLE
from desktop.domain.audit import UserState
from desktop.domain.buttons import ActionButton, CommentAction, LeadStatusAction, TaskAction
from desktop.domain.errors import (
    ButtonError,
    LastSupervisorError,
    RosterError,
    SeatLimitError,
    SystemRoleError,
)
from desktop.domain.permissions import PermissionDenied
from desktop.domain.roles import SUPERVISOR_ROLE_NAME, Role, SeatPlan
from desktop.services.accounts import AccountService, WrongPassword
from desktop.services.context import BoundServices
from desktop.services.users import CrmLink, CrmLinkError, PlanTooSmallError
from desktop.storage.database import Database
from desktop.storage.errors import ConflictError
from tests.unit.test_permissions_support import demo_database, role_id, services_of, user_id


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = demo_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def admin(db: Database) -> BoundServices:
    return services_of(db, "admin")


def titles(admin: BoundServices) -> list[str]:
    return [info.button.title for info in admin.buttons.list()]


def button(admin: BoundServices, title: str) -> ActionButton:
    return next(i.button for i in admin.buttons.list() if i.button.title == title)


# ---- buttons ------------------------------------------------------------------------------
def test_buttons_list_in_call_card_order_with_their_roles(admin: BoundServices):
    listed = {info.button.title: info.roles for info in admin.buttons.list()}
    assert list(listed)[:3] == ["Продажа", "Перезвонить", "Назначить встречу"]
    assert listed["Перезвонить"] == sorted([SALES_ROLE, SUPPORT_ROLE, SUPERVISOR_ROLE_NAME])
    new = admin.buttons.save(ActionButton("  Отказ ", "#b71c1c", [CommentAction("Отказ")]))
    assert (new.title, new.version) == ("Отказ", 1)
    assert titles(admin)[-1] == "Отказ"
    assert admin.buttons.list()[-1].roles == []


def test_moving_a_button_changes_the_order_but_not_its_version(admin: BoundServices):
    callback = button(admin, "Перезвонить")
    admin.buttons.move(callback.id, 0)
    assert titles(admin)[:3] == ["Перезвонить", "Продажа", "Назначить встречу"]
    admin.buttons.move(callback.id, 99)  # clamped to the end
    assert titles(admin)[-1] == "Перезвонить"
    assert admin.buttons.get(callback.id).version == callback.version  # no editor conflict


def test_templates_with_unknown_variables_are_flagged_and_refused(admin: BoundServices):
    known = admin.buttons.known_variables()
    assert {"contact.NAME", "deal.TITLE", "company.TITLE", "lead.STATUS_ID",
            "operator.name", "call.number"} <= set(known)
    bad = ActionButton("Задача", actions=[TaskAction(
        "Позвонить {{contact.NAME}} {{contact.NICKNAME}}", "{{deal.SIZE}} {{contact.NICKNAME}}")])
    assert admin.buttons.validate_templates(bad) == ["contact.NICKNAME", "deal.SIZE"]
    with pytest.raises(ButtonError, match=r"unknown variables: \{\{contact.NICKNAME\}\}, "
                                          r"\{\{deal.SIZE\}\}"):
        admin.buttons.save(bad)
    assert "Задача" not in titles(admin)
    with pytest.raises(ButtonError, match="written wrong"):
        admin.buttons.save(ActionButton("Сломано", actions=[CommentAction("{{contact.NAME}")]))


@pytest.mark.parametrize(("actions", "message"), [
    ([], "has no action"),
    ([LeadStatusAction("")], "choose the lead status"),
    ([LeadStatusAction("NEW"), LeadStatusAction("JUNK")], "changes the lead status twice"),
])
def test_a_button_that_cannot_work_is_refused(admin: BoundServices, actions, message):
    with pytest.raises(ButtonError, match=message):
        admin.buttons.save(ActionButton("Плохая", actions=actions))
    assert "Плохая" not in titles(admin)


def test_a_shortcut_belongs_to_one_button(admin: BoundServices):
    with pytest.raises(ButtonError, match="F1 is already used by the button «Продажа»"):
        admin.buttons.save(ActionButton("Ещё", actions=[CommentAction("")], shortcut="F1"))


def test_a_stale_button_save_is_a_conflict(admin: BoundServices):
    mine, theirs = button(admin, "Продажа"), button(admin, "Продажа")
    theirs.color = "#000000"
    admin.buttons.save(theirs)
    mine.title = "Продано"
    with pytest.raises(ConflictError):
        admin.buttons.save(mine)
    assert button(admin, "Продажа").color == "#000000"


def test_duplicating_a_button_copies_it_without_its_shortcut(admin: BoundServices):
    sale = button(admin, "Продажа")
    first, second = admin.buttons.duplicate(sale.id), admin.buttons.duplicate(sale.id)
    assert (first.title, second.title) == ("Продажа (копия)", "Продажа (копия 2)")
    assert first.actions == sale.actions and first.shortcut == "" and first.color == sale.color
    assert admin.buttons.list()[-1].roles == []


def test_deleting_a_button_takes_it_from_its_roles_and_says_which(admin: BoundServices,
                                                                   db: Database):
    callback = button(admin, "Перезвонить")
    sales_before = admin.roles.get(role_id(db, SALES_ROLE))
    lost = admin.buttons.delete(callback.id)
    assert lost == sorted([SALES_ROLE, SUPPORT_ROLE, SUPERVISOR_ROLE_NAME])
    sales_after = admin.roles.get(role_id(db, SALES_ROLE))
    assert callback.id not in sales_after.button_ids
    assert sales_after.version == sales_before.version + 1  # an open role editor conflicts
    assert "Перезвонить" not in titles(admin)
    spare = admin.buttons.save(ActionButton("Лишняя", actions=[CommentAction("")]))
    assert admin.buttons.delete(spare.id) == []


# ---- roles --------------------------------------------------------------------------------
def test_roles_list_the_system_role_first_with_user_counts(admin: BoundServices):
    listed = [(info.role.name, info.user_count) for info in admin.roles.list()]
    assert listed[0] == (SUPERVISOR_ROLE_NAME, 1)
    assert dict(listed)[SALES_ROLE] == 1


def test_role_names_are_required_and_unique(admin: BoundServices, db: Database):
    with pytest.raises(ValueError, match="Enter the role's name"):
        admin.roles.save(Role("   "))
    with pytest.raises(RosterError, match="already exists"):
        admin.roles.save(Role(f"  {SALES_ROLE.upper()} "))
    support = admin.roles.get(role_id(db, SUPPORT_ROLE))
    support.name = SALES_ROLE
    with pytest.raises(RosterError, match="already exists"):
        admin.roles.save(support)


def test_a_new_role_with_fields_buttons_and_scripts_and_a_stale_save(admin: BoundServices):
    sales = next(i.role for i in admin.roles.list() if i.role.name == SALES_ROLE)
    role = Role("Старший оператор", keep_card_open=True, client_fields=sales.client_fields,
                button_ids=list(reversed(sales.button_ids)), script_ids=sales.script_ids)
    saved = admin.roles.save(role)
    stored = admin.roles.get(saved.id)
    assert stored.button_ids == list(reversed(sales.button_ids))
    assert stored.client_fields == sales.client_fields and not stored.is_system
    stale = admin.roles.get(saved.id)
    stored.keep_card_open = False
    admin.roles.save(stored)
    with pytest.raises(ConflictError):
        admin.roles.save(stale)


def test_the_system_role_stays_the_system_role_and_manages_settings(admin: BoundServices,
                                                                    db: Database):
    system = next(i.role for i in admin.roles.list() if i.role.is_system)
    system.name, system.may_manage_settings, system.is_system = "Руководитель", False, False
    admin.roles.save(system)
    stored = admin.roles.get(system.id)
    assert (stored.name, stored.is_system, stored.may_manage_settings) == (
        "Руководитель", True, True)
    pretender = admin.roles.save(Role("Самозванец", is_system=True))
    assert not admin.roles.get(pretender.id).is_system


def test_duplicating_the_system_role_gives_an_ordinary_role(admin: BoundServices):
    system = next(i.role for i in admin.roles.list() if i.role.is_system)
    copy = admin.roles.duplicate(system.id)
    assert copy.name == f"{SUPERVISOR_ROLE_NAME} (копия)" and not copy.is_system
    assert copy.button_ids == system.button_ids and copy.script_ids == system.script_ids
    admin.roles.delete(copy.id)
    assert copy.name not in {i.role.name for i in admin.roles.list()}


def test_deleting_the_system_role_or_a_held_role_is_refused(admin: BoundServices,
                                                            db: Database):
    system = next(i.role for i in admin.roles.list() if i.role.is_system)
    with pytest.raises(SystemRoleError):
        admin.roles.delete(system.id)
    with pytest.raises(RosterError, match=f"«{SUPPORT_ROLE}» is held by pavel"):
        admin.roles.delete(role_id(db, SUPPORT_ROLE))
    admin.users.set_role(user_id(db, "pavel"), role_id(db, SALES_ROLE))
    admin.roles.delete(role_id(db, SUPPORT_ROLE))
    assert SUPPORT_ROLE not in {i.role.name for i in admin.roles.list()}


# ---- users --------------------------------------------------------------------------------
def test_the_users_list_shows_role_and_state_and_never_a_hash(admin: BoundServices,
                                                              db: Database):
    admin.users.block(user_id(db, "pavel"))
    listed = {i.user.username: i for i in admin.users.list()}
    assert (listed["anna"].role_name, listed["anna"].state) == (SALES_ROLE, UserState.ACTIVE)
    assert listed["pavel"].state == "blocked"
    assert all(i.user.password_hash == "" for i in listed.values())


def test_a_first_login_password_works_until_the_user_chooses_one(admin: BoundServices,
                                                                 db: Database):
    added = admin.users.add(" ivan ", "Иван Орлов", role_id(db, SALES_ROLE))
    one_time = added.first_login_password
    assert one_time and len(one_time) >= 12 and added.user.password_hash == ""
    assert next(i for i in admin.users.list() if i.user.username == "ivan").must_change_password
    accounts = AccountService(db)
    first = accounts.login("ivan", one_time)
    assert first.must_change_password
    with pytest.raises(ValueError, match="at least 8"):
        accounts.change_password("ivan", one_time, "short")
    accounts.change_password("ivan", one_time, "ivan-own-secret")
    with pytest.raises(WrongPassword):
        accounts.login("ivan", one_time)
    assert not accounts.login("ivan", "ivan-own-secret").must_change_password
    with pytest.raises(WrongPassword):
        accounts.change_password("ivan", one_time, "another-secret")


def test_a_user_added_with_a_password_signs_in_at_once(admin: BoundServices, db: Database):
    added = admin.users.add("ivan", "", role_id(db, SALES_ROLE), password="ivan-secret")
    assert added.first_login_password is None and added.user.display_name == "ivan"
    assert not AccountService(db).login("ivan", "ivan-secret").must_change_password
    with pytest.raises(RosterError, match="taken"):
        admin.users.add("IVAN", "Другой Иван", role_id(db, SALES_ROLE), password="x" * 8)


def test_users_are_linked_to_crm_users_all_at_once_and_on_the_record(admin: BoundServices,
                                                                     db: Database):
    from desktop.crm.session import app_person

    anna, pavel = user_id(db, "anna"), user_id(db, "pavel")
    assert admin.users.set_crm_links({
        anna: CrmLink(" anna@example.ru ", "12", "Анна Соколова (ID 12)"),
        pavel: CrmLink("pavel@example.ru")}) == 2
    listed = {i.user.username: i.user for i in admin.users.list()}
    assert (listed["anna"].email, listed["anna"].crm_user_id) == ("anna@example.ru", "12")
    assert (listed["pavel"].email, listed["pavel"].crm_user_id) == ("pavel@example.ru", "")
    # The call card writes under the display name; the login finds them as well.
    assert app_person(db, listed["anna"].display_name) == ("12", "anna@example.ru")
    assert app_person(db, "PAVEL") == ("", "pavel@example.ru")
    assert app_person(db, "nobody") is None
    entry = next(e for e in admin.audit.list() if e.entity_name == "anna")
    assert entry.after["crm_user"] == "Анна Соколова (ID 12)"
    assert entry.after["email"] == "anna@example.ru" and "email" not in entry.before

    assert admin.users.set_crm_links({anna: CrmLink("anna@example.ru", "12")}) == 0
    with pytest.raises(CrmLinkError, match="not an e-mail"):  # one bad value: nothing saved
        admin.users.set_crm_links({pavel: CrmLink("", "15"), anna: CrmLink("анна", "")})
    listed = {i.user.username: i.user for i in admin.users.list()}
    assert listed["pavel"].crm_user_id == "" and listed["anna"].email == "anna@example.ru"
    with pytest.raises(CrmLinkError, match="Bitrix24 user ID"):
        admin.users.set_crm_links({pavel: CrmLink("", "ID 15")})
    operator = services_of(db, "anna")
    with pytest.raises(PermissionDenied):
        operator.users.set_crm_links({anna: CrmLink("", "99")})


def test_seat_limit_on_adding_and_unblocking(admin: BoundServices, db: Database):
    admin.users.block(user_id(db, "pavel"))
    admin.users.set_plan(SeatPlan.FREE)  # admin and anna: 2 of 2
    with pytest.raises(SeatLimitError, match="allows 2 active users"):
        admin.users.add("ivan", "Иван", role_id(db, SALES_ROLE), password="ivan-secret")
    with pytest.raises(SeatLimitError):
        admin.users.unblock(user_id(db, "pavel"))
    assert admin.users.plan().seats_in_use == 2
    admin.users.set_plan(SeatPlan.TEAM)
    admin.users.unblock(user_id(db, "pavel"))
    assert admin.users.plan().seats_in_use == 3
    with pytest.raises(PlanTooSmallError, match="allows 2 active users and 3 are active; "
                                                "block 1 of them first"):
        admin.users.set_plan(SeatPlan.FREE)


def test_the_last_supervisor_cannot_be_removed_blocked_or_moved(admin: BoundServices,
                                                                db: Database):
    me = user_id(db, "admin")
    for attempt in (lambda: admin.users.remove(me), lambda: admin.users.block(me),
                    lambda: admin.users.set_role(me, role_id(db, SALES_ROLE))):
        with pytest.raises(LastSupervisorError):
            attempt()
    system = next(i.role for i in admin.roles.list() if i.role.is_system)
    admin.users.add("boris", "Борис", system.id, password="boris-secret")
    admin.users.set_role(me, role_id(db, SALES_ROLE))  # Борис keeps the settings going
    boris = BoundServices.open(db, AccountService(db).login("boris", "boris-secret"))
    assert {i.user.username: i.role_name for i in boris.users.list()}["admin"] == SALES_ROLE


def test_a_lapse_keeps_the_administrator_and_one_random_user_and_renewal_restores(
        admin: BoundServices, db: Database):
    for name in ("ivan", "oleg", "vera"):
        admin.users.add(name, name.title(), role_id(db, SALES_ROLE), password=f"{name}-secret")
    active = sorted(i.user.username for i in admin.users.list())
    expected = random.Random(7).choice(sorted(
        (i.user for i in admin.users.list() if i.user.username != "admin"),
        key=lambda u: u.id)).username
    kept = admin.users.lapse(random.Random(7))
    assert kept is not None and kept.username == expected and kept.password_hash == ""
    states = {i.user.username: i.state for i in admin.users.list()}
    assert {n for n, s in states.items() if s == UserState.ACTIVE} == {"admin", expected}
    assert {n for n, s in states.items() if s == UserState.BLOCKED_BY_PLAN} == (
        set(active) - {"admin", expected})
    plan = admin.users.plan()
    assert (plan.lapsed, plan.seats_in_use, plan.seat_limit) == (True, 2, 2)
    assert plan.kept_user_name == kept.display_name
    with pytest.raises(RosterError, match="already lapsed"):
        admin.users.lapse()
    with pytest.raises(RosterError, match="renew"):
        admin.users.set_plan(SeatPlan.UNLIMITED)

    admin.users.renew()
    assert all(i.state == UserState.ACTIVE for i in admin.users.list())
    assert sorted(i.user.username for i in admin.users.list()) == active  # nothing deleted
    renewed = admin.users.plan()
    assert (renewed.lapsed, renewed.kept_user_name, renewed.seats_in_use) == (False, None, 6)


def test_the_free_plan_does_not_lapse(admin: BoundServices, db: Database):
    admin.users.block(user_id(db, "pavel"))
    admin.users.set_plan(SeatPlan.FREE)
    with pytest.raises(RosterError, match="free plan does not lapse"):
        admin.users.lapse()

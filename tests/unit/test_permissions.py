"""Who may change the settings: the rule itself, then every service refusing everyone else.

The services are bound to the user who signed in; each change rechecks that user's role
as stored at that moment, so a refusal is the same from the settings window, a keyboard
shortcut or the command line. A refused change writes nothing, not even an audit entry.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.demo.scripts import SALES, SURVEY
from desktop.demo.settings import SALES_ROLE
from desktop.domain.buttons import ActionButton, CommentAction
from desktop.domain.permissions import DenialReason, PermissionDenied, check_may_manage
from desktop.domain.roles import Role, SeatPlan, User
from desktop.domain.script import Script
from desktop.services.context import BoundServices, Services
from desktop.storage.database import Database
from tests.unit.test_permissions_support import (
    copy_of,
    demo_database,
    role_id,
    services_of,
    signed_in,
    snapshot,
    user_id,
)

TRAINEE = "Стажёр"
MANAGER = Role("Руководитель", may_manage_settings=True, id=7)
OPERATOR_ROLE = Role("Оператор", id=8)


def person(**flags: bool) -> User:
    return User("olga", "Ольга", 7, id=1, **flags)


# ---- the rule -----------------------------------------------------------------------------
@pytest.mark.parametrize(("user", "role", "must_change", "reason"), [
    (None, MANAGER, False, DenialReason.ACCOUNT_GONE),
    (person(blocked=True), MANAGER, False, DenialReason.ACCOUNT_BLOCKED),
    (person(blocked_by_plan=True), MANAGER, False, DenialReason.ACCOUNT_BLOCKED),
    (person(), MANAGER, True, DenialReason.PASSWORD_CHANGE_REQUIRED),
    (person(), OPERATOR_ROLE, False, DenialReason.ROLE_MAY_NOT_MANAGE),
    (person(), None, False, DenialReason.ROLE_MAY_NOT_MANAGE),
])
def test_the_rule_refuses_with_a_reason_and_one_sentence(user, role, must_change, reason):
    with pytest.raises(PermissionDenied) as refused:
        check_may_manage(user, role, must_change_password=must_change)
    assert refused.value.reason is reason
    assert isinstance(refused.value, PermissionError)
    text = str(refused.value)
    assert text.endswith(".") and "\n" not in text and text[0].isupper()


def test_an_active_user_of_a_managing_role_passes() -> None:
    check_may_manage(person(), MANAGER)


# ---- every service, every change ----------------------------------------------------------
@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, made once and copied for each test, plus a role nobody holds
    («Стажёр») and a blocked user («ivan»)."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    db = demo_database(f"sqlite:///{path}")
    admin = services_of(db, "admin")
    admin.roles.save(Role(TRAINEE))
    admin.users.add("ivan", "Иван", role_id(db, SALES_ROLE), password="ivan-secret")
    admin.users.block(user_id(db, "ivan"))
    db.dispose()
    return path


@pytest.fixture
def db(template: Path, tmp_path: Path):
    database = Database.open(copy_of(template, tmp_path))
    yield database
    database.dispose()


def _ids(db: Database) -> dict[str, int]:
    admin = services_of(db, "admin")
    buttons = {info.button.title: info.button.id for info in admin.buttons.list()}
    return {"sales": admin.scripts.find(SALES), "survey": admin.scripts.find(SURVEY),
            "button": buttons["Продажа"], "sales_role": role_id(db, SALES_ROLE),
            "trainee": role_id(db, TRAINEE), "pavel": user_id(db, "pavel"),
            "ivan": user_id(db, "ivan")}


Call = Callable[[BoundServices, dict[str, int]], object]


def _new_script() -> Script:
    script = Script("Новый")
    script.add_step("Приветствие")
    return script


def _stored_script(s: BoundServices, ids: dict[str, int]) -> Script:
    return s.scripts.get(ids["sales"])


CHANGES: dict[str, Call] = {
    "scripts.create": lambda s, ids: s.scripts.create("Новый"),
    "scripts.add": lambda s, ids: s.scripts.add(_new_script()),
    "scripts.save": lambda s, ids: s.scripts.save(_stored_script(s, ids)),
    "scripts.save_as_copy": lambda s, ids: s.scripts.save_as_copy(_stored_script(s, ids),
                                                                   "Копия"),
    "scripts.duplicate": lambda s, ids: s.scripts.duplicate(ids["sales"]),
    "scripts.replace_draft": lambda s, ids: s.scripts.replace_draft(ids["sales"],
                                                                     _new_script()),
    "scripts.import_script": lambda s, ids: s.scripts.import_script(_new_script()),
    "scripts.delete": lambda s, ids: s.scripts.delete(ids["survey"], remove_from_roles=True),
    "scripts.publish": lambda s, ids: s.scripts.publish(ids["sales"]),
    "scripts.restore": lambda s, ids: s.scripts.restore(
        ids["sales"], 1, _stored_script(s, ids).version),
    "buttons.save new": lambda s, ids: s.buttons.save(
        ActionButton("Новая", actions=[CommentAction("")])),
    "buttons.save": lambda s, ids: s.buttons.save(s.buttons.get(ids["button"])),
    "buttons.duplicate": lambda s, ids: s.buttons.duplicate(ids["button"]),
    "buttons.delete": lambda s, ids: s.buttons.delete(ids["button"]),
    "buttons.move": lambda s, ids: s.buttons.move(ids["button"], 3),
    "roles.save new": lambda s, ids: s.roles.save(Role("Новая роль")),
    "roles.save": lambda s, ids: s.roles.save(s.roles.get(ids["sales_role"])),
    "roles.duplicate": lambda s, ids: s.roles.duplicate(ids["sales_role"]),
    "roles.delete": lambda s, ids: s.roles.delete(ids["trainee"]),
    "users.add": lambda s, ids: s.users.add("oleg", "Олег", ids["sales_role"]),
    "users.set_role": lambda s, ids: s.users.set_role(ids["pavel"], ids["sales_role"]),
    "users.block": lambda s, ids: s.users.block(ids["pavel"]),
    "users.unblock": lambda s, ids: s.users.unblock(ids["ivan"]),
    "users.remove": lambda s, ids: s.users.remove(ids["pavel"]),
    "users.set_plan": lambda s, ids: s.users.set_plan(SeatPlan.UNLIMITED),
    "users.lapse": lambda s, ids: s.users.lapse(random.Random(1)),
    "users.renew": lambda s, ids: s.users.renew(SeatPlan.UNLIMITED),
}
MANAGER_READS: dict[str, Call] = {
    "users.list": lambda s, ids: s.users.list(),
    "users.plan": lambda s, ids: s.users.plan(),
    "audit.list": lambda s, ids: s.audit.list(),
}


@pytest.mark.parametrize("name", [*CHANGES, *MANAGER_READS])
def test_an_operator_is_refused_every_change_and_nothing_changes(db: Database, name: str):
    ids = _ids(db)
    anna = services_of(db, "anna")
    before = snapshot(db)
    with pytest.raises(PermissionDenied) as refused:
        {**CHANGES, **MANAGER_READS}[name](anna, ids)
    assert refused.value.reason is DenialReason.ROLE_MAY_NOT_MANAGE
    assert str(refused.value) == "Your role may not manage the app's settings."
    assert snapshot(db) == before


@pytest.mark.parametrize("name", list(CHANGES))
def test_nobody_signed_in_is_refused_every_change(db: Database, name: str):
    ids = _ids(db)
    nobody = Services.for_database(db)
    unbound = BoundServices(None, nobody.scripts, nobody.buttons, nobody.roles,  # type: ignore[arg-type]
                            nobody.users, nobody.audit)
    before = snapshot(db)
    with pytest.raises(PermissionDenied) as refused:
        CHANGES[name](unbound, ids)
    assert refused.value.reason is DenialReason.NOT_SIGNED_IN
    assert snapshot(db) == before


@pytest.mark.parametrize("name", list(CHANGES))
def test_the_administering_supervisor_may_make_every_change(db: Database, name: str):
    ids = _ids(db)
    before = snapshot(db)
    CHANGES[name](services_of(db, "admin"), ids)
    assert snapshot(db)["audit_log"] != before["audit_log"]


def test_what_the_call_card_needs_is_readable_by_an_operator(db: Database):
    anna = services_of(db, "anna")
    assert SALES in {info.name for info in anna.scripts.list()}
    assert "Продажа" in {info.button.title for info in anna.buttons.list()}
    assert SALES_ROLE in {info.role.name for info in anna.roles.list()}


def _demote(db: Database, username: str, to_role: str) -> None:
    services_of(db, "admin").users.set_role(user_id(db, username), role_id(db, to_role))


def test_a_supervisor_demoted_after_signing_in_is_refused(db: Database):
    admin = services_of(db, "admin")
    supervisor_role = next(i.role for i in admin.roles.list() if i.role.is_system)
    admin.users.add("boris", "Борис", supervisor_role.id, password="boris-secret")
    boris = BoundServices.open(db, signed_in(db, "boris", "boris-secret"))
    assert boris.actor.role.may_manage_settings  # what he signed in with
    button = _ids(db)["button"]
    boris.buttons.move(button, 2)  # allowed while he is a supervisor
    _demote(db, "boris", SALES_ROLE)
    before = snapshot(db)
    with pytest.raises(PermissionDenied, match="may not manage"):
        boris.buttons.move(button, 0)
    with pytest.raises(PermissionDenied):
        boris.users.list()
    assert snapshot(db) == before


def test_a_role_losing_the_right_takes_it_from_its_holders_at_once(db: Database):
    admin = services_of(db, "admin")
    heads = admin.roles.save(Role("Руководитель продаж", may_manage_settings=True))
    admin.users.add("vera", "Вера", heads.id, password="vera-secret")
    vera = BoundServices.open(db, signed_in(db, "vera", "vera-secret"))
    vera.scripts.create("Черновик Веры")
    heads = admin.roles.get(heads.id)
    heads.may_manage_settings = False
    admin.roles.save(heads)
    with pytest.raises(PermissionDenied, match="may not manage"):
        vera.scripts.create("Ещё один")
    assert admin.scripts.find("Ещё один") is None


def test_a_blocked_or_removed_supervisor_is_refused(db: Database):
    admin = services_of(db, "admin")
    system = next(i.role for i in admin.roles.list() if i.role.is_system)
    admin.users.add("boris", "Борис", system.id, password="boris-secret")
    boris = BoundServices.open(db, signed_in(db, "boris", "boris-secret"))
    admin.users.block(user_id(db, "boris"))
    with pytest.raises(PermissionDenied) as blocked:
        boris.roles.duplicate(role_id(db, SALES_ROLE))
    assert blocked.value.reason is DenialReason.ACCOUNT_BLOCKED
    boris_id = user_id(db, "boris")
    admin.users.remove(boris_id)
    with pytest.raises(PermissionDenied) as gone:
        boris.roles.duplicate(role_id(db, SALES_ROLE))
    assert gone.value.reason is DenialReason.ACCOUNT_GONE


def test_an_invited_supervisor_must_choose_a_password_first(db: Database):
    admin = services_of(db, "admin")
    system = next(i.role for i in admin.roles.list() if i.role.is_system)
    added = admin.users.add("boris", "Борис", system.id)
    boris = BoundServices.open(db, signed_in(db, "boris", added.first_login_password))
    with pytest.raises(PermissionDenied) as refused:
        boris.scripts.create("Черновик")
    assert refused.value.reason is DenialReason.PASSWORD_CHANGE_REQUIRED

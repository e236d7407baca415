"""The audit log: every change to scripts, buttons, roles, users and the plan is recorded
with who, when, what and a before/after summary, in the change's own transaction, and
no password or hash ever reaches it."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from sqlalchemy import select, text

from desktop.demo.scripts import SALES, SURVEY
from desktop.demo.settings import SALES_ROLE
from desktop.domain.audit import AuditAction, AuditEntity
from desktop.domain.buttons import ActionButton, CommentAction
from desktop.domain.roles import Role, SeatPlan
from desktop.services.accounts import AccountService
from desktop.services.context import BoundServices
from desktop.storage.database import Database
from desktop.storage.errors import ConflictError
from desktop.storage.models import AuditRow, UserRow
from tests.unit.test_permissions_support import (
    PASSWORDS,
    demo_database,
    role_id,
    services_of,
    user_id,
)

ADMIN_NAME = "Ольга Супервайзерова"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = demo_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def admin(db: Database) -> BoundServices:
    return services_of(db, "admin")


def latest(admin: BoundServices, entity: AuditEntity | None = None):
    return admin.audit.list(1, entity)[0]


def test_button_changes_are_recorded_with_before_and_after(admin: BoundServices):
    new = admin.buttons.save(ActionButton("Отказ", "#b71c1c", [CommentAction("")], "F9"))
    entry = latest(admin)
    assert (entry.action, entry.entity_type, entry.entity_id, entry.entity_name) == (
        AuditAction.CREATED, AuditEntity.BUTTON, new.id, "Отказ")
    assert entry.before is None
    assert entry.after == {"title": "Отказ", "color": "#b71c1c", "shortcut": "F9",
                           "actions": ["comment"]}
    assert entry.actor_name == ADMIN_NAME and entry.at.tzinfo is not None

    new.color = "#000000"
    admin.buttons.save(new)
    entry = latest(admin)
    assert entry.action == AuditAction.UPDATED
    assert (entry.before["color"], entry.after["color"]) == ("#b71c1c", "#000000")

    admin.buttons.move(new.id, 0)
    entry = latest(admin)
    assert (entry.action, entry.before, entry.after) == (
        AuditAction.REORDERED, {"position": 9}, {"position": 1})

    copy = admin.buttons.duplicate(new.id)
    assert (latest(admin).action, latest(admin).entity_name) == (
        AuditAction.DUPLICATED, copy.title)

    sale = next(i.button for i in admin.buttons.list() if i.button.title == "Продажа")
    lost = admin.buttons.delete(sale.id)
    entry = latest(admin, AuditEntity.BUTTON)
    assert (entry.action, entry.after, entry.before["roles"]) == (AuditAction.DELETED, None,
                                                                  lost)
    role_entries = admin.audit.list(len(lost), AuditEntity.ROLE)
    assert {e.entity_name for e in role_entries} == set(lost)
    assert all("Продажа" in e.before["buttons"] and "Продажа" not in e.after["buttons"]
               for e in role_entries)


def test_role_changes_are_recorded(admin: BoundServices, db: Database):
    role = admin.roles.save(Role("Стажёр", script_ids=[admin.scripts.find(SALES)]))
    entry = latest(admin)
    assert (entry.action, entry.entity_type, entry.entity_name) == (
        AuditAction.CREATED, AuditEntity.ROLE, "Стажёр")
    assert entry.after == {"name": "Стажёр", "keep_card_open": False, "result_required": True,
                           "may_manage_settings": False, "system": False, "fields": 0,
                           "buttons": [], "scripts": [SALES]}
    role.may_manage_settings = True
    admin.roles.save(role)
    entry = latest(admin)
    assert (entry.before["may_manage_settings"], entry.after["may_manage_settings"]) == (
        False, True)
    copy = admin.roles.duplicate(role.id)
    assert latest(admin).action == AuditAction.DUPLICATED
    admin.roles.delete(copy.id)
    entry = latest(admin)
    assert (entry.action, entry.entity_name, entry.after) == (AuditAction.DELETED, copy.name,
                                                              None)


def test_user_and_plan_changes_are_recorded(admin: BoundServices, db: Database):
    added = admin.users.add("ivan", "Иван Орлов", role_id(db, SALES_ROLE))
    entry = latest(admin)
    assert (entry.action, entry.entity_type, entry.entity_name) == (
        AuditAction.CREATED, AuditEntity.USER, "ivan")
    assert entry.after == {"username": "ivan", "display_name": "Иван Орлов",
                           "role": SALES_ROLE, "state": "active", "invited": True}
    ivan = added.user.id
    system = next(i.role for i in admin.roles.list() if i.role.is_system)
    admin.users.set_role(ivan, system.id)
    entry = latest(admin)
    assert (entry.action, entry.before["role"], entry.after["role"]) == (
        AuditAction.ROLE_CHANGED, SALES_ROLE, system.name)
    admin.users.block(ivan)
    assert (latest(admin).action, latest(admin).after["state"]) == (AuditAction.BLOCKED,
                                                                    "blocked")
    admin.users.unblock(ivan)
    assert latest(admin).action == AuditAction.UNBLOCKED
    admin.users.remove(ivan)
    assert (latest(admin).action, latest(admin).before["username"]) == (AuditAction.DELETED,
                                                                        "ivan")

    admin.users.set_plan(SeatPlan.UNLIMITED)
    entry = latest(admin)
    assert (entry.action, entry.entity_type, entry.before["plan"], entry.after["plan"]) == (
        AuditAction.PLAN_CHANGED, AuditEntity.PLAN, "team", "unlimited")
    kept = admin.users.lapse(random.Random(3))
    entry = latest(admin)
    assert entry.action == AuditAction.PLAN_LAPSED
    assert entry.after["kept_user"] == kept.display_name and entry.after["lapsed"]
    others = {"anna", "pavel"} - {kept.username}
    assert entry.after["blocked"] == sorted(others)
    admin.users.renew(SeatPlan.TEAM)
    entry = latest(admin)
    assert (entry.action, entry.after["restored"], entry.after["plan"]) == (
        AuditAction.PLAN_RENEWED, sorted(others), "team")


def test_script_changes_are_recorded(admin: BoundServices):
    sales = admin.scripts.find(SALES)
    draft = admin.scripts.get(sales)
    draft.rename("s-hello", "Добрый день")
    admin.scripts.save(draft)
    assert (latest(admin).action, latest(admin).before, latest(admin).after) == (
        AuditAction.UPDATED, {"name": SALES, "steps": 15, "links": len(draft.links)},
        {"name": SALES, "steps": 15, "links": len(draft.links)})
    admin.scripts.publish(sales, note="Приветствие короче")
    entry = latest(admin)
    assert (entry.action, entry.after["version"], entry.after["note"]) == (
        AuditAction.PUBLISHED, 2, "Приветствие короче")
    admin.scripts.restore(sales, 1, draft.version)
    assert (latest(admin).action, latest(admin).after["from_version"]) == (
        AuditAction.RESTORED, 1)
    copy = admin.scripts.duplicate(admin.scripts.find(SURVEY))
    assert (latest(admin).action, latest(admin).before) == (AuditAction.DUPLICATED,
                                                            {"name": SURVEY})
    admin.scripts.delete(copy.id)
    assert (latest(admin).action, latest(admin).entity_id) == (AuditAction.DELETED, copy.id)
    _stored, replaced = admin.scripts.import_script(admin.scripts.get(sales), replace=True)
    assert replaced and latest(admin).action == AuditAction.IMPORTED


def test_passwords_and_hashes_never_reach_the_audit(admin: BoundServices, db: Database):
    added = admin.users.add("ivan", "Иван", role_id(db, SALES_ROLE))
    admin.users.add("vera", "Вера", role_id(db, SALES_ROLE), password="vera-plain-secret")
    accounts = AccountService(db)
    accounts.change_password("ivan", added.first_login_password, "ivan-chosen-secret")
    assert latest(admin).action == AuditAction.PASSWORD_CHANGED
    accounts.change_password("anna", PASSWORDS["anna"], "anna-new-secret")
    secrets = [added.first_login_password, "vera-plain-secret", "ivan-chosen-secret",
               "anna-new-secret", *PASSWORDS.values()]
    with db.read() as session:
        secrets += list(session.scalars(select(UserRow.password_hash)))
        rows = session.execute(select(AuditRow.__table__)).all()
    dumped = "\n".join(repr(tuple(row)) for row in rows)
    assert len(rows) == 4  # two users added, two passwords changed
    for secret in secrets:
        assert secret not in dumped
        salt = secret.split("$")[-2] if secret.startswith("scrypt$") else secret
        assert salt not in dumped
    assert "password_hash" not in dumped and "scrypt" not in dumped


def test_the_actor_name_stays_when_the_user_is_removed(admin: BoundServices, db: Database):
    system = next(i.role for i in admin.roles.list() if i.role.is_system)
    admin.users.add("boris", "Борис Петров", system.id, password="boris-secret")
    boris = BoundServices.open(db, AccountService(db).login("boris", "boris-secret"))
    boris.roles.save(Role("Роль Бориса"))
    admin.users.remove(user_id(db, "boris"))
    entry = admin.audit.list(10, AuditEntity.ROLE)[0]
    assert (entry.entity_name, entry.actor_name, entry.actor_id) == (
        "Роль Бориса", "Борис Петров", None)


def test_a_change_that_fails_leaves_no_entry(admin: BoundServices, db: Database):
    sale = next(i.button for i in admin.buttons.list() if i.button.title == "Продажа")
    stale = admin.buttons.get(sale.id)
    admin.buttons.save(sale)
    before = admin.audit.list()
    stale.title = "Продано"
    with pytest.raises(ConflictError):
        admin.buttons.save(stale)
    assert admin.audit.list() == before


def test_the_log_is_read_newest_first_by_kind_and_limited(admin: BoundServices,
                                                           db: Database):
    for title in ("Первая", "Вторая", "Третья"):
        admin.buttons.save(ActionButton(title, actions=[CommentAction("")]))
    admin.roles.save(Role("Стажёр"))
    assert [e.entity_name for e in admin.audit.list(2)] == ["Стажёр", "Третья"]
    assert [e.entity_name for e in admin.audit.list(3, "button")] == [
        "Третья", "Вторая", "Первая"]
    with db.read() as session:
        count = session.scalar(text("SELECT COUNT(*) FROM audit_log"))
    assert len(admin.audit.list()) == min(count, 200)

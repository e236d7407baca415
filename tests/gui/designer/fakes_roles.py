"""In-memory role and user services with the real ones' shape, for the Roles tab tests.

Both share one domain ``Roster``, so the team's rules (the last supervisor, seat limits,
the lapse and renewal) are the domain's own, not re-implemented here. Every call is
recorded in ``calls``; ``fail_with`` makes the next call fail once.
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop.domain.audit import state_of
from desktop.domain.crm_types import EntityType
from desktop.domain.errors import RosterError
from desktop.domain.roles import (
    ClientField,
    PlanState,
    Role,
    Roster,
    SeatPlan,
    User,
)
from desktop.services.roles import RoleInfo
from desktop.services.users import AddedUser, PlanInfo, PlanTooSmallError, UserInfo
from desktop.storage.errors import ConflictError, NotFoundError

MOMENT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
GENERATED_PASSWORD = "Kx7-mQ2p-Wz9r"

BUTTONS = [(1, "Продажа", "#2e7d32"), (2, "Перезвонить", "#ef6c00"),
           (3, "Назначить встречу", "#1565c0"), (4, "Не целевой", "#546e7a")]
SCRIPTS = [(1, "Входящий звонок: продажа"), (2, "Техническая поддержка"), (3, "Опрос")]


@dataclass
class Team:
    """The shared state and call log of both fakes."""

    roster: Roster
    calls: list[tuple] = field(default_factory=list)
    fail_with: Exception | None = None
    next_id: int = 100

    def check(self, *call: object) -> None:
        self.calls.append(call)
        if self.fail_with is not None:
            error, self.fail_with = self.fail_with, None
            raise error

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id


class FakeRoles:
    def __init__(self, team: Team) -> None:
        self.team = team

    def list(self) -> list[RoleInfo]:
        self.team.check("roles.list")
        roster = self.team.roster
        counts = {r: sum(1 for u in roster.users.values() if u.role_id == r)
                  for r in roster.roles}
        roles = sorted(roster.roles.values(), key=lambda r: (not r.is_system, r.name))
        return [RoleInfo(copy.deepcopy(r), counts[r.id]) for r in roles]

    def get(self, role_id: int) -> Role:
        self.team.check("roles.get", role_id)
        if role_id not in self.team.roster.roles:
            raise NotFoundError("role", role_id)
        return copy.deepcopy(self.team.roster.roles[role_id])

    def save(self, role: Role) -> Role:
        self.team.check("roles.save", role.name)
        return self._store(role)

    def _store(self, role: Role) -> Role:
        roles = self.team.roster.roles
        name = " ".join(role.name.split())
        if not name:
            raise ValueError("Enter the role's name.")
        if any(r.name.casefold() == name.casefold() for r in roles.values() if r.id != role.id):
            raise RosterError(f"A role named «{name}» already exists.")
        if role.id is not None:
            stored = roles.get(role.id)
            if stored is None:
                raise NotFoundError("role", role.id)
            if stored.version != role.version:
                raise ConflictError("role", stored.name)
            if stored.is_system:
                role.is_system, role.may_manage_settings = True, True
        else:
            role.id = self.team.new_id()
        saved = copy.deepcopy(role)
        saved.name, saved.version = name, role.version + 1
        roles[saved.id] = saved
        return copy.deepcopy(saved)

    def duplicate(self, role_id: int) -> Role:
        self.team.check("roles.duplicate", role_id)
        source = copy.deepcopy(self.team.roster.roles[role_id])
        source.id, source.version, source.is_system = None, 0, False
        source.name = f"{source.name} (копия)"
        return self._store(source)

    def delete(self, role_id: int) -> None:
        self.team.check("roles.delete", role_id)
        self.team.roster.remove_role(role_id)


class FakeUsers:
    def __init__(self, team: Team) -> None:
        self.team = team
        self.invited: set[int] = set()  # added with a first-login password

    @property
    def roster(self) -> Roster:
        return self.team.roster

    def list(self) -> list[UserInfo]:
        self.team.check("users.list")
        result = []
        for user in sorted(self.roster.users.values(), key=lambda u: u.display_name):
            role = self.roster.roles.get(user.role_id)
            result.append(UserInfo(copy.deepcopy(user), role.name if role else "",
                                   state_of(user), user.id in self.invited))
        return result

    def add(self, username: str, display_name: str, role_id: int,
            password: str | None = None) -> AddedUser:
        self.team.check("users.add", username, display_name, role_id, password)
        first = GENERATED_PASSWORD if password is None else None
        user = User(username=username.strip(), display_name=display_name.strip() or username,
                    role_id=role_id, password_hash=f"hash:{password or first}",
                    id=self.team.new_id())
        self.roster.add_user(user)
        if first:
            self.invited.add(user.id)
        return AddedUser(copy.deepcopy(user), first)

    def set_role(self, user_id: int, role_id: int) -> None:
        self.team.check("users.set_role", user_id, role_id)
        self.roster.set_role(user_id, role_id)

    def block(self, user_id: int) -> None:
        self.team.check("users.block", user_id)
        self.roster.block(user_id)

    def unblock(self, user_id: int) -> None:
        self.team.check("users.unblock", user_id)
        self.roster.unblock(user_id)

    def remove(self, user_id: int) -> None:
        self.team.check("users.remove", user_id)
        self.roster.remove_user(user_id)

    def plan(self) -> PlanInfo:
        self.team.check("users.plan")
        state = self.roster.plan
        kept = self.roster.users.get(state.kept_user_id) if state.kept_user_id else None
        return PlanInfo(state.plan, state.lapsed, self.roster.seats_in_use(), state.seat_limit,
                        state.paid_until, kept.display_name if kept else None)

    def set_plan(self, plan: SeatPlan, paid_until: datetime | None = None) -> None:
        self.team.check("users.set_plan", plan, paid_until)
        limit, active = plan.seat_limit, self.roster.seats_in_use()
        if self.roster.plan.lapsed:
            raise RosterError("The paid plan has lapsed; renew it instead.")
        if limit is not None and active > limit:
            raise PlanTooSmallError(plan, limit, active)
        self.roster.plan.plan, self.roster.plan.paid_until = plan, paid_until

    def lapse(self, rng: random.Random | None = None) -> User | None:
        self.team.check("users.lapse")
        kept = self.roster.lapse(rng)
        return copy.deepcopy(kept) if kept else None

    def renew(self, plan: SeatPlan | None = None, paid_until: datetime | None = None) -> None:
        self.team.check("users.renew", plan, paid_until)
        self.roster.renew(plan, paid_until)


SUPERVISOR_ID, SALES_ID, SUPPORT_ID = 1, 2, 3
OLGA, ANNA, PAVEL, IVAN = 11, 12, 13, 14


def demo_team(plan: SeatPlan = SeatPlan.TEAM, lapsed: bool = False) -> tuple[FakeRoles, FakeUsers]:
    """Three roles and four users: Ольга (administering supervisor), Анна and Иван in
    sales, Павел in support."""
    supervisor = Role.supervisor()
    supervisor.id, supervisor.version = SUPERVISOR_ID, 1
    sales = Role("Оператор продаж", client_fields=[
        ClientField(EntityType.CONTACT, "NAME"), ClientField(EntityType.CONTACT, "PHONE", False),
        ClientField(EntityType.DEAL, "TITLE", False)], button_ids=[1, 2], script_ids=[1],
        id=SALES_ID, version=1)
    support = Role("Оператор поддержки", keep_card_open=True, button_ids=[2], script_ids=[2],
                   id=SUPPORT_ID, version=1)

    def user(uid: int, login: str, name: str, role: int, **flags: object) -> User:
        return User(login, name, role, password_hash="hash", id=uid,
                    last_activity=MOMENT, **flags)  # type: ignore[arg-type]

    users = [user(OLGA, "admin", "Ольга Супервайзерова", SUPERVISOR_ID, administrator=True),
             user(ANNA, "anna", "Анна Смирнова", SALES_ID),
             user(PAVEL, "pavel", "Павел Кузнецов", SUPPORT_ID),
             user(IVAN, "ivan", "Иван Орлов", SALES_ID)]
    users[3].last_activity = None
    state = PlanState(plan, paid_until=datetime(2026, 4, 30, tzinfo=UTC))
    team = Team(Roster([supervisor, sales, support], users, state))
    if lapsed:
        team.roster.lapse(random.Random(1))
    return FakeRoles(team), FakeUsers(team)

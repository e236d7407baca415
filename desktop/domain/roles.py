"""Roles, users and seat plans, with the rules that keep a team able to work.

Rules kept here, below any UI: at least one active user holds the system
Supervisor role; the number of active users never exceeds the plan; when a paid plan
lapses only the administering supervisor and one other user chosen at random keep
working, and renewing restores everyone. Nothing is ever deleted by the plan.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from desktop.domain.crm_types import EntityType
from desktop.domain.errors import (
    LastSupervisorError,
    RosterError,
    SeatLimitError,
    SystemRoleError,
)

SUPERVISOR_ROLE_NAME = "Супервайзер"


@dataclass(frozen=True, slots=True)
class ClientField:
    """A CRM field on the Client tab of the call card."""

    entity: EntityType
    code: str
    editable: bool = True


@dataclass(slots=True)
class Role:
    name: str
    keep_card_open: bool = False  # do not close the call card when the call ends
    may_manage_settings: bool = False
    # False: the operator may close a finished call's card without a result, unasked.
    result_required: bool = True
    client_fields: list[ClientField] = field(default_factory=list)
    button_ids: list[int] = field(default_factory=list)  # in call-card order
    script_ids: list[int] = field(default_factory=list)
    is_system: bool = False
    id: int | None = None
    version: int = 0

    @classmethod
    def supervisor(cls, name: str = SUPERVISOR_ROLE_NAME) -> Role:
        return cls(name=name, may_manage_settings=True, keep_card_open=True, is_system=True)

    def fields_of(self, entity: EntityType) -> list[ClientField]:
        return [f for f in self.client_fields if f.entity is entity]


@dataclass(slots=True)
class User:
    username: str
    display_name: str
    role_id: int | None
    password_hash: str = ""
    blocked: bool = False  # blocked by a supervisor
    blocked_by_plan: bool = False  # blocked because the paid plan lapsed
    administrator: bool = False  # the supervisor who administers the app (installed it)
    email: str = ""
    crm_user_id: str = ""  # the CRM's own user (Bitrix24 ID); "" = found by e-mail
    last_activity: datetime | None = None
    id: int | None = None

    @property
    def active(self) -> bool:
        return not self.blocked and not self.blocked_by_plan


class SeatPlan(StrEnum):
    FREE = "free"
    TEAM = "team"  # up to 7 users
    UNLIMITED = "unlimited"

    @property
    def seat_limit(self) -> int | None:
        return {SeatPlan.FREE: 2, SeatPlan.TEAM: 7, SeatPlan.UNLIMITED: None}[self]


@dataclass(slots=True)
class PlanState:
    plan: SeatPlan = SeatPlan.FREE
    lapsed: bool = False
    paid_until: datetime | None = None
    kept_user_id: int | None = None  # the user chosen at random at the last lapse

    @property
    def seat_limit(self) -> int | None:
        return SeatPlan.FREE.seat_limit if self.lapsed else self.plan.seat_limit


class Roster:
    """Users, roles and the plan together, so every change can be checked against all rules."""

    def __init__(self, roles: list[Role], users: list[User], plan: PlanState | None = None):
        self.roles = {r.id: r for r in roles}
        self.users = {u.id: u for u in users}
        self.plan = plan or PlanState()

    # ---- reading -----------------------------------------------------------------
    @property
    def system_role(self) -> Role:
        for role in self.roles.values():
            if role.is_system:
                return role
        raise RosterError("There is no Supervisor role.")

    def active_users(self) -> list[User]:
        return [u for u in self.users.values() if u.active]

    def seats_in_use(self) -> int:
        return len(self.active_users())

    def is_supervisor(self, user: User) -> bool:
        return user.role_id == self.system_role.id

    def user(self, user_id: int) -> User:
        try:
            return self.users[user_id]
        except KeyError:
            raise RosterError(f"There is no user #{user_id}.") from None

    # ---- checks ------------------------------------------------------------------
    def check_seat_available(self) -> None:
        limit = self.plan.seat_limit
        if limit is not None and self.seats_in_use() >= limit:
            raise SeatLimitError(limit)

    def _check_supervisor_remains(self, without: User, role_after: int | None = None) -> None:
        """Raise if ``without`` is the last active supervisor and would stop being one."""
        if not (without.active and self.is_supervisor(without)):
            return
        if role_after == self.system_role.id:
            return
        others = [u for u in self.active_users()
                  if u.id != without.id and self.is_supervisor(u)]
        if not others:
            raise LastSupervisorError()

    # ---- changes -----------------------------------------------------------------
    def add_user(self, user: User) -> User:
        if user.role_id not in self.roles:
            raise RosterError("Choose a role for the new user.")
        if user.id in self.users:  # would silently replace someone, maybe the last supervisor
            raise RosterError(f"User #{user.id} is already on the list.")
        if any(u.username.casefold() == user.username.casefold() for u in self.users.values()):
            raise RosterError(f"The user name «{user.username}» is taken.")
        if user.active:
            self.check_seat_available()
        self.users[user.id] = user
        return user

    def set_role(self, user_id: int, role_id: int) -> None:
        user = self.user(user_id)
        if role_id not in self.roles:
            raise RosterError(f"There is no role #{role_id}.")
        self._check_supervisor_remains(user, role_after=role_id)
        user.role_id = role_id

    def block(self, user_id: int) -> None:
        user = self.user(user_id)
        self._check_supervisor_remains(user)
        user.blocked = True

    def unblock(self, user_id: int) -> None:
        """Let a user work again, seat permitting.

        A plan block left over after renewing to a smaller plan is lifted here too;
        while the plan is lapsed only the supervisor's own block is lifted.
        """
        user = self.user(user_id)
        lift_plan_block = user.blocked_by_plan and not self.plan.lapsed
        if not (user.blocked or lift_plan_block):
            return
        if lift_plan_block or not user.blocked_by_plan:
            self.check_seat_available()
        user.blocked = False
        if lift_plan_block:
            user.blocked_by_plan = False

    def remove_user(self, user_id: int) -> User:
        user = self.user(user_id)
        self._check_supervisor_remains(user)
        return self.users.pop(user_id)

    def remove_role(self, role_id: int) -> Role:
        role = self.roles.get(role_id)
        if role is None:
            raise RosterError(f"There is no role #{role_id}.")
        if role.is_system:
            raise SystemRoleError()
        holders = [u.username for u in self.users.values() if u.role_id == role_id]
        if holders:
            raise RosterError(
                f"The role «{role.name}» is held by {', '.join(sorted(holders))}; "
                "move them to another role first."
            )
        return self.roles.pop(role_id)

    def lapse(self, rng: random.Random | None = None) -> User | None:
        """The paid plan ended: keep the administrator and one random other user working.

        Returns the user chosen at random (None when there was nobody to choose).
        """
        rng = rng or random.Random()
        admin = self._administrator()
        others = sorted((u for u in self.active_users() if u is not admin),
                        key=lambda u: u.id or 0)
        kept = rng.choice(others) if others else None
        for user in others:
            if user is not kept:
                user.blocked_by_plan = True
        self.plan.lapsed = True
        self.plan.kept_user_id = kept.id if kept else None
        return kept

    def renew(self, plan: SeatPlan | None = None, paid_until: datetime | None = None) -> None:
        """The plan is paid again: everyone the lapse blocked gets their role back."""
        if plan is not None:
            self.plan.plan = plan
        self.plan.paid_until = paid_until
        self.plan.lapsed = False
        self.plan.kept_user_id = None
        limit = self.plan.seat_limit
        restored = self.seats_in_use()
        for user in sorted(self.users.values(), key=lambda u: u.id or 0):
            if user.blocked_by_plan and (limit is None or restored < limit or user.blocked):
                user.blocked_by_plan = False
                restored += 0 if user.blocked else 1

    def _administrator(self) -> User | None:
        supervisors = [u for u in self.active_users() if self.is_supervisor(u)]
        for user in supervisors:
            if user.administrator:
                return user
        return min(supervisors, key=lambda u: u.id or 0, default=None)

"""Users and the seat plan, for the Roles tab and the command line.

Everything here is for managers only, reading included (the list names every account).
Each change goes through :class:`~desktop.domain.roles.Roster`, so the team's rules
hold whoever asks: the last active supervisor stays, the plan's seats are never
exceeded, a lapse keeps the administrator and one user chosen at random. Passwords are
hashed before the transaction starts and never leave it; an invited user gets a
one-time password, returned once and never stored in clear.
"""

from __future__ import annotations

import random
import re
import secrets
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime

from desktop.domain.audit import (
    AuditAction,
    AuditEntity,
    Summary,
    UserState,
    plan_summary,
    state_of,
    user_summary,
)
from desktop.domain.errors import RosterError
from desktop.domain.passwords import hash_password
from desktop.domain.roles import Roster, SeatPlan, User
from desktop.services.accounts import check_new_credentials
from desktop.services.permissions import Change, GuardedService
from desktop.storage.models import UserRow
from desktop.storage.repositories import PlanRepository, UserRepository

__all__ = ["AddedUser", "CrmLink", "CrmLinkError", "PlanInfo", "PlanTooSmallError",
           "UserInfo", "UserService", "check_crm_link", "one_time_password"]

USER, PLAN = AuditEntity.USER, AuditEntity.PLAN
_LIMITS = {"user name": UserRow.__table__.c.username.type.length,
           "display name": UserRow.__table__.c.display_name.type.length,
           "e-mail": UserRow.__table__.c.email.type.length,
           "CRM user": UserRow.__table__.c.crm_user_id.type.length}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Letters and digits nobody misreads when it is read out or copied from a screen.
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


class PlanTooSmallError(RosterError):
    def __init__(self, plan: SeatPlan, limit: int, active: int) -> None:
        super().__init__(f"The new plan allows {limit} active users and {active} are active; "
                         f"block {active - limit} of them first.")
        self.plan, self.limit, self.active = plan, limit, active


class CrmLinkError(ValueError):
    """A user's e-mail or CRM user is not one; ``what`` is "email" or "crm_user"."""

    def __init__(self, what: str, value: str, user: str = "") -> None:
        text = ("is not an e-mail address" if what == "email" else "is not a Bitrix24 user ID")
        super().__init__(f"«{value}» {text}" + (f" ({user})." if user else "."))
        self.what, self.value, self.user = what, value, user


@dataclass(frozen=True, slots=True)
class CrmLink:
    """Whom a user is in the CRM: their e-mail, and the CRM user chosen for them
    (a Bitrix24 user ID; "" finds them by the e-mail). ``crm_user_name`` is only for
    the change log."""

    email: str = ""
    crm_user_id: str = ""
    crm_user_name: str = ""


def check_crm_link(link: CrmLink, user: str = "") -> CrmLink:
    """``link`` with its texts trimmed; raises :class:`CrmLinkError` for what is not an
    e-mail address or a user ID."""
    email, crm_user_id = link.email.strip(), link.crm_user_id.strip()
    if email and (len(email) > _LIMITS["e-mail"] or not _EMAIL.match(email)):
        raise CrmLinkError("email", email, user)
    if crm_user_id and (len(crm_user_id) > _LIMITS["CRM user"] or not crm_user_id.isdigit()):
        raise CrmLinkError("crm_user", crm_user_id, user)
    return CrmLink(email, crm_user_id, link.crm_user_name.strip())


@dataclass(frozen=True, slots=True)
class UserInfo:
    """A row of the users list (the password hash is never handed out)."""

    user: User
    role_name: str
    state: UserState
    must_change_password: bool = False  # invited: has not chosen a password yet


@dataclass(frozen=True, slots=True)
class AddedUser:
    user: User
    first_login_password: str | None  # shown once to the supervisor; None: they chose one


@dataclass(frozen=True, slots=True)
class PlanInfo:
    plan: SeatPlan
    lapsed: bool
    seats_in_use: int
    seat_limit: int | None  # None: unlimited
    paid_until: datetime | None
    kept_user_name: str | None  # the user chosen at random at the last lapse


def one_time_password() -> str:
    """Like «k7pd-m3xq-9tfa»: easy to read out, about 59 bits of chance."""
    groups = ("".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(3))
    return "-".join(groups)


class UserService(GuardedService):
    """``UserService(db, actor)``."""

    # ---- reading -----------------------------------------------------------------------
    def list(self) -> list[UserInfo]:
        """Every user by display name, with role and state."""
        with self.manager_read() as session:
            roster = PlanRepository(session).roster()
            pending = UserRepository(session).password_change_pending()
            users = sorted(roster.users.values(), key=lambda u: (u.display_name.casefold(),
                                                                 u.id or 0))
            return [UserInfo(_public(u), _role_name(roster, u), state_of(u), u.id in pending)
                    for u in users]

    def plan(self) -> PlanInfo:
        with self.manager_read() as session:
            roster = PlanRepository(session).roster()
            state = roster.plan
            return PlanInfo(state.plan, state.lapsed, roster.seats_in_use(), state.seat_limit,
                            state.paid_until, _kept_name(roster))

    # ---- users ---------------------------------------------------------------------------
    def add(self, username: str, display_name: str, role_id: int,
            password: str | None = None) -> AddedUser:
        """A new active user (seat permitting). Without ``password`` a one-time password
        is made, returned here once, and the user must change it at first sign-in."""
        username = username.strip()
        display_name = " ".join(display_name.split()) or username
        first_login = one_time_password() if password is None else None
        check_new_credentials(username, password if password is not None else first_login)
        for what, value in (("user name", username), ("display name", display_name)):
            if len(value) > _LIMITS[what]:
                raise ValueError(f"A {what} holds at most {_LIMITS[what]} characters.")
        password_hash = hash_password(password if password is not None else first_login)
        with self._roster() as (change, roster):
            user = roster.add_user(User(username, display_name, role_id, password_hash))
            users = UserRepository(change.session)
            users.save(user)
            if first_login is not None:
                users.set_password(user.id, password_hash, must_change=True)
            after = {**user_summary(user, _role_name(roster, user)),
                     "invited": first_login is not None}
            change.audit(AuditAction.CREATED, USER, user.id, user.username, None, after)
            return AddedUser(_public(user), first_login)

    def set_role(self, user_id: int, role_id: int) -> None:
        with self._roster() as (change, roster):
            before = self._user_summary(roster, user_id)
            roster.set_role(user_id, role_id)
            self._store_user(change, roster, user_id, AuditAction.ROLE_CHANGED, before)

    def block(self, user_id: int) -> None:
        """Block a user (never the last active supervisor)."""
        with self._roster() as (change, roster):
            before = self._user_summary(roster, user_id)
            roster.block(user_id)
            self._store_user(change, roster, user_id, AuditAction.BLOCKED, before)

    def unblock(self, user_id: int) -> None:
        """Let a blocked user work again, seat permitting."""
        with self._roster() as (change, roster):
            before = self._user_summary(roster, user_id)
            roster.unblock(user_id)
            self._store_user(change, roster, user_id, AuditAction.UNBLOCKED, before)

    def remove(self, user_id: int) -> None:
        """Remove a user (never the last active supervisor). Their calls stay, and the
        audit entries they made keep their name."""
        with self._roster() as (change, roster):
            user = roster.remove_user(user_id)
            change.audit(AuditAction.DELETED, USER, user.id, user.username,
                         user_summary(user, _role_name(roster, user)), None)
            UserRepository(change.session).delete(user_id)

    def set_crm_links(self, links: Mapping[int, CrmLink]) -> int:
        """Each user's e-mail and CRM user, in one change (all or nothing); every user
        whose link changed gets an entry in the change log. Returns how many changed."""
        with self._roster() as (change, roster):
            changed = 0
            for user_id, link in links.items():
                user = roster.user(user_id)
                link = check_crm_link(link, user.display_name)
                if (user.email, user.crm_user_id) == (link.email, link.crm_user_id):
                    continue
                before = self._user_summary(roster, user_id)
                user.email, user.crm_user_id = link.email, link.crm_user_id
                UserRepository(change.session).save(user)
                change.audit(AuditAction.UPDATED, USER, user.id, user.username, before,
                             user_summary(user, _role_name(roster, user), link.crm_user_name))
                changed += 1
            return changed

    # ---- the seat plan -------------------------------------------------------------------
    def set_plan(self, plan: SeatPlan, paid_until: datetime | None = None) -> None:
        """Change the plan in force; refused when more users are active than it allows,
        and while the plan is lapsed (renewing is what ends a lapse)."""
        with self._roster() as (change, roster):
            if roster.plan.lapsed:
                raise RosterError("The paid plan has lapsed; renew it (with the new plan) "
                                  "instead.")
            self._change_plan(change, roster, plan, paid_until, AuditAction.PLAN_CHANGED)

    def lapse(self, rng: random.Random | None = None) -> User | None:
        """The paid plan ended: the administrator and one user chosen by ``rng`` keep
        working, everyone else is blocked by the plan. The choice is stored in the plan
        and the audit log. Returns the user chosen (None when there was nobody)."""
        with self._roster() as (change, roster):
            if roster.plan.lapsed:
                raise RosterError("The paid plan has already lapsed.")
            if roster.plan.plan is SeatPlan.FREE:
                raise RosterError("The free plan does not lapse.")
            before, states = plan_summary(roster.plan), _states(roster)
            kept = roster.lapse(rng or random.Random())
            PlanRepository(change.session).save_roster(roster)
            after = {**plan_summary(roster.plan, _kept_name(roster)),
                     "blocked": _changed(roster, states, UserState.BLOCKED_BY_PLAN)}
            change.audit(AuditAction.PLAN_LAPSED, PLAN, None, roster.plan.plan.value,
                         before, after)
            return _public(kept) if kept else None

    def renew(self, plan: SeatPlan | None = None, paid_until: datetime | None = None) -> None:
        """The plan is paid again (optionally a different one): everyone the lapse
        blocked works again, as far as the plan's seats go."""
        with self._roster() as (change, roster):
            if not roster.plan.lapsed:
                self._change_plan(change, roster, plan or roster.plan.plan, paid_until,
                                  AuditAction.PLAN_RENEWED)
                return
            before, states = plan_summary(roster.plan, _kept_name(roster)), _states(roster)
            roster.renew(plan, paid_until)
            PlanRepository(change.session).save_roster(roster)
            after = {**plan_summary(roster.plan),
                     "restored": _changed(roster, states, UserState.ACTIVE)}
            change.audit(AuditAction.PLAN_RENEWED, PLAN, None, roster.plan.plan.value,
                         before, after)

    # ---- helpers -------------------------------------------------------------------------
    @contextmanager
    def _roster(self) -> Iterator[tuple[Change, Roster]]:
        with self.change() as change:
            yield change, PlanRepository(change.session).roster(lock=True)

    @staticmethod
    def _user_summary(roster: Roster, user_id: int) -> Summary:
        user = roster.user(user_id)
        return user_summary(user, _role_name(roster, user))

    @staticmethod
    def _store_user(change: Change, roster: Roster, user_id: int, action: AuditAction,
                    before: Summary) -> None:
        """Store the changed user and audit it; nothing at all when nothing changed."""
        user = roster.user(user_id)
        after = user_summary(user, _role_name(roster, user))
        if after == before:
            return
        UserRepository(change.session).save(user)
        change.audit(action, USER, user.id, user.username, before, after)

    @staticmethod
    def _change_plan(change: Change, roster: Roster, plan: SeatPlan,
                     paid_until: datetime | None, action: AuditAction) -> None:
        limit, active = plan.seat_limit, roster.seats_in_use()
        if limit is not None and active > limit:
            raise PlanTooSmallError(plan, limit, active)
        before = plan_summary(roster.plan)
        roster.plan.plan, roster.plan.paid_until = plan, paid_until
        PlanRepository(change.session).save(roster.plan)
        change.audit(action, PLAN, None, plan.value, before, plan_summary(roster.plan))


def _public(user: User) -> User:
    return replace(user, password_hash="")


def _role_name(roster: Roster, user: User) -> str:
    role = roster.roles.get(user.role_id)
    return role.name if role else ""


def _kept_name(roster: Roster) -> str | None:
    kept = roster.users.get(roster.plan.kept_user_id) if roster.plan.kept_user_id else None
    return kept.display_name if kept else None


def _states(roster: Roster) -> dict[int, UserState]:
    return {uid: state_of(u) for uid, u in roster.users.items()}


def _changed(roster: Roster, before: dict[int, UserState], now: UserState) -> list[str]:
    """User names of those whose state became ``now``, in id order."""
    return [u.username for uid, u in sorted(roster.users.items())
            if state_of(u) is now and before[uid] is not now]

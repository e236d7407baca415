"""Users and the seat plan."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.roles import PlanState, Roster, SeatPlan, User
from desktop.storage.models import PlanRow, UserRow
from desktop.storage.repositories.common import as_utc, delete_row, require_row, utcnow
from desktop.storage.repositories.settings import RoleRepository

_USER_FIELDS = ("username", "display_name", "email", "crm_user_id", "role_id",
                "password_hash", "blocked", "blocked_by_plan", "administrator",
                "last_activity")


class UserRepository:
    WHAT = "user"

    def __init__(self, session: Session) -> None:
        self.session = session

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(UserRow)) or 0

    def list(self) -> list[User]:
        return [_user(r) for r in self.session.scalars(select(UserRow).order_by(UserRow.id))]

    def get(self, user_id: int) -> User:
        row = require_row(self.session, UserRow, user_id, self.WHAT)
        return _user(row)

    def by_username(self, username: str) -> User | None:
        row = self.session.scalars(
            select(UserRow).where(func.lower(UserRow.username) == username.strip().lower())
        ).first()
        return _user(row) if row else None

    def save(self, user: User) -> User:
        if user.id is None:
            row = UserRow(created_at=utcnow())
            self.session.add(row)
        else:
            row = require_row(self.session, UserRow, user.id, self.WHAT)
        for name in _USER_FIELDS:
            setattr(row, name, getattr(user, name))
        self.session.flush()
        user.id = row.id
        return user

    def delete(self, user_id: int) -> None:
        delete_row(self.session, UserRow, user_id, self.WHAT)

    def must_change_password(self, user_id: int) -> bool:
        return bool(self.session.scalar(
            select(UserRow.must_change_password).where(UserRow.id == user_id)))

    def password_change_pending(self) -> set[int]:
        """Ids of the users still on a first-login password."""
        return set(self.session.scalars(
            select(UserRow.id).where(UserRow.must_change_password.is_(True))))

    def set_password(self, user_id: int, password_hash: str, *, must_change: bool) -> None:
        row = require_row(self.session, UserRow, user_id, self.WHAT)
        row.password_hash, row.must_change_password = password_hash, must_change
        self.session.flush()

    def touch(self, user_id: int) -> None:
        row = self.session.get(UserRow, user_id)
        if row is not None:
            row.last_activity = utcnow()


class PlanRepository:
    PLAN_ROW_ID = 1

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self) -> PlanState:
        row = self.session.get(PlanRow, self.PLAN_ROW_ID)
        if row is None:
            return PlanState()
        return PlanState(plan=SeatPlan(row.plan), lapsed=row.lapsed,
                         paid_until=as_utc(row.paid_until), kept_user_id=row.kept_user_id)

    def save(self, plan: PlanState) -> None:
        row = self.session.get(PlanRow, self.PLAN_ROW_ID)
        if row is None:
            row = PlanRow(id=self.PLAN_ROW_ID)
            self.session.add(row)
        row.plan, row.lapsed = plan.plan.value, plan.lapsed
        row.paid_until, row.kept_user_id = plan.paid_until, plan.kept_user_id
        self.session.flush()

    def roster(self, *, lock: bool = False) -> Roster:
        """Users, roles and plan together, for changes that must keep the team's rules.

        With ``lock`` the plan row is locked first (SELECT ... FOR UPDATE), so roster
        changes run one at a time on PostgreSQL too: two supervisors blocking each other
        at once cannot both pass the last-supervisor check. (SQLite writers are serial
        already.)"""
        if lock:
            self._lock()
        return Roster(RoleRepository(self.session).list(), UserRepository(self.session).list(),
                      self.get())

    def _lock(self) -> None:
        locked = self.session.scalars(select(PlanRow).where(PlanRow.id == self.PLAN_ROW_ID)
                                      .with_for_update()).first()
        if locked is None:  # never saved yet: store the default plan, which locks its row
            self.save(PlanState())

    def save_roster(self, roster: Roster) -> None:
        users = UserRepository(self.session)
        for user in roster.users.values():
            users.save(user)
        self.save(roster.plan)


def _user(row: UserRow) -> User:
    user = User(**{name: getattr(row, name) for name in _USER_FIELDS}, id=row.id)
    user.last_activity = as_utc(user.last_activity)
    return user

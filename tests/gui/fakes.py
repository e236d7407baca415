"""Small stand-ins for the services the windows use, with the same shape as the real ones.

They keep GUI tests about what the user sees: each test states exactly which users,
passwords and calls exist. The real exception and data classes are used, so a
window that handles the fakes handles the services.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import count

from desktop.domain.roles import Role, User
from desktop.services.accounts import DemoAccount, SignedIn, UserBlocked, WrongPassword
from desktop.services.calls import CallRow
from desktop.services.context import Services

SUPERVISOR = Role.supervisor()
SUPERVISOR.id = 1
SALES = Role(name="Оператор продаж", id=2)
_ids = count(100)


@dataclass
class FakeUser:
    password: str
    signed_in: SignedIn
    blocked: bool = False
    blocked_by_plan: bool = False


def signed_in(username: str, display_name: str, role: Role = SALES,
              user_id: int | None = None) -> SignedIn:
    user = User(username=username, display_name=display_name, role_id=role.id,
                id=user_id if user_id is not None else next(_ids))
    return SignedIn(user=user, role=role)


@dataclass
class FakeAccounts:
    """Accounts by user name; ``demo`` lists the public demo accounts, if any."""

    users: dict[str, FakeUser] = field(default_factory=dict)
    demo: list[DemoAccount] = field(default_factory=list)
    login_attempts: list[tuple[str, str]] = field(default_factory=list)
    created: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, username: str, password: str, display_name: str, role: Role = SALES,
            **flags: bool) -> SignedIn:
        result = signed_in(username, display_name, role)
        self.users[username] = FakeUser(password, result, **flags)
        return result

    def needs_first_user(self) -> bool:
        return not self.users

    def create_first_supervisor(self, username: str, display_name: str,
                                password: str) -> SignedIn:
        if not username:
            raise ValueError("Enter a user name.")
        if len(password) < 8:
            raise ValueError("The password must be at least 8 characters long.")
        self.created.append((username, display_name, password))
        return self.add(username, password, display_name, SUPERVISOR)

    def login(self, username: str, password: str) -> SignedIn:
        self.login_attempts.append((username, password))
        user = self.users.get(username)
        if user is None or user.password != password:
            raise WrongPassword()
        if user.blocked or user.blocked_by_plan:
            raise UserBlocked(by_plan=user.blocked_by_plan and not user.blocked)
        return user.signed_in

    def demo_accounts(self) -> list[DemoAccount]:
        return list(self.demo)


@dataclass
class FakeCalls:
    """Calls per user id; ``recent(None)`` is everyone's, newest first."""

    by_user: dict[int, list[CallRow]] = field(default_factory=dict)
    asked_for: list[int | None] = field(default_factory=list)

    def recent(self, user_id: int | None, limit: int = 50) -> list[CallRow]:
        self.asked_for.append(user_id)
        rows = ([r for rows in self.by_user.values() for r in rows] if user_id is None
                else self.by_user.get(user_id, []))
        return sorted(rows, key=lambda r: r.started_at, reverse=True)[:limit]


def make_services(accounts: FakeAccounts | None = None, calls: FakeCalls | None = None,
                  crm_kind: str = "embedded") -> Services:
    return Services(db_url="sqlite:///tmp/desk.sqlite3", db_label="SQLite: /tmp/desk.sqlite3",
                    accounts=accounts or FakeAccounts(), calls=calls or FakeCalls(),  # type: ignore[arg-type]
                    crm_kind=crm_kind)


DEMO_ACCOUNTS = [
    DemoAccount("admin", "admin-demo", "Ольга Супервайзерова", SUPERVISOR.name),
    DemoAccount("anna", "anna-demo", "Анна Смирнова", SALES.name),
]


def sample_calls(operator: str, count_: int = 8,
                 start: datetime | None = None) -> list[CallRow]:
    """A believable afternoon of calls for one operator, newest last."""
    start = start or datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    results = ["Продажа", "Перезвонить", None, "Не целевой", "Назначить встречу", "Решено"]
    rows = []
    for i in range(count_):
        rows.append(CallRow(
            started_at=start + timedelta(minutes=17 * i),
            number=f"+7999{1234500 + 37 * i:07d}",
            direction="incoming" if i % 3 else "outgoing",
            duration_s=None if i % 7 == 6 else 35.0 + 41 * i,
            result=results[i % len(results)],
            operator=operator,
        ))
    return rows


def demo_services(with_calls: bool = True) -> Services:
    """What a demo database looks like to the windows: demo accounts and some calls."""
    accounts = FakeAccounts(demo=list(DEMO_ACCOUNTS))
    admin = accounts.add("admin", "admin-demo", "Ольга Супервайзерова", SUPERVISOR)
    anna = accounts.add("anna", "anna-demo", "Анна Смирнова", SALES)
    calls = FakeCalls()
    if with_calls:
        calls.by_user[anna.user.id] = sample_calls("Анна Смирнова")
        calls.by_user[admin.user.id] = sample_calls(
            "Ольга Супервайзерова", 3, start=datetime(2026, 3, 2, 10, 6, tzinfo=UTC))
    return make_services(accounts, calls)

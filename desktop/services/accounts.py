"""Signing in, and creating the first supervisor on a new database."""

from __future__ import annotations

from desktop.domain.audit import AuditAction, AuditEntity, user_summary
from desktop.domain.passwords import MIN_LENGTH, hash_password, verify_password
from desktop.domain.roles import Role, User
from desktop.services.sign_in import (
    DemoAccount,
    LoginError,
    SignedIn,
    UserBlocked,
    WrongPassword,
)
from desktop.storage.database import Database
from desktop.storage.repositories import (
    AuditRepository,
    PlanRepository,
    RoleRepository,
    UserRepository,
)

__all__ = ["DEMO_META_KEY", "AccountService", "DemoAccount", "LoginError", "SignedIn",
           "UserBlocked", "WrongPassword", "check_new_credentials"]

DEMO_META_KEY = "demo"


class AccountService:
    def __init__(self, db: Database, demo_accounts: list[DemoAccount] | None = None) -> None:
        self.db = db
        self._demo = demo_accounts

    def needs_first_user(self) -> bool:
        with self.db.read() as session:
            return UserRepository(session).count() == 0

    def create_first_supervisor(self, username: str, display_name: str,
                                password: str) -> SignedIn:
        """The installing user: gets the system Supervisor role and administers the app."""
        username, display_name = username.strip(), display_name.strip() or username.strip()
        check_new_credentials(username, password)
        password_hash = hash_password(password)
        with self.db.transaction() as session:
            users = UserRepository(session)
            if users.count():
                raise ValueError("The supervisor account already exists; sign in instead.")
            roles = RoleRepository(session)
            role = roles.system_role() or roles.save(Role.supervisor())
            user = users.save(User(username=username, display_name=display_name,
                                   role_id=role.id, password_hash=password_hash,
                                   administrator=True))
            AuditRepository(session).record(user, AuditAction.CREATED, AuditEntity.USER,
                                            user.id, user.username,
                                            after=user_summary(user, role.name))
            return SignedIn(user, role)

    def login(self, username: str, password: str) -> SignedIn:
        """Check the password and note the user's activity."""
        signed_in = self.authenticate(username, password)
        with self.db.transaction() as session:
            UserRepository(session).touch(signed_in.user.id)
        return signed_in

    def authenticate(self, username: str, password: str) -> SignedIn:
        """Check the password; writes nothing (the command line signs in this way)."""
        with self.db.read() as session:
            user = UserRepository(session).by_username(username)
        # Verify outside the transaction: hashing takes ~0.1 s and must not hold a lock.
        if user is None or not verify_password(password, user.password_hash):
            raise WrongPassword()
        if not user.active:
            raise UserBlocked(by_plan=user.blocked_by_plan and not user.blocked)
        with self.db.read() as session:
            role = RoleRepository(session).get(user.role_id)
            must_change = UserRepository(session).must_change_password(user.id)
        return SignedIn(user, role, must_change_password=must_change)

    def change_password(self, username: str, old: str, new: str) -> None:
        """A user sets their own password (after a first-login one, or any time)."""
        signed_in = self.authenticate(username, old)
        check_new_credentials(signed_in.user.username, new)
        if new == old:
            raise ValueError("Choose a password different from the current one.")
        password_hash = hash_password(new)
        user = signed_in.user
        with self.db.transaction() as session:
            users = UserRepository(session)
            stored = users.get(user.id)
            if stored.password_hash != user.password_hash:  # changed meanwhile elsewhere
                raise WrongPassword()
            users.set_password(user.id, password_hash, must_change=False)
            AuditRepository(session).record(user, AuditAction.PASSWORD_CHANGED,
                                            AuditEntity.USER, user.id, user.username)

    def demo_accounts(self) -> list[DemoAccount]:
        """The demo accounts still present, on a database filled by `operator-desk demo`."""
        if self.db.get_meta(DEMO_META_KEY) != "1":
            return []
        from desktop.demo.settings import DEMO_ACCOUNTS

        accounts = self._demo if self._demo is not None else DEMO_ACCOUNTS
        with self.db.read() as session:
            users = UserRepository(session)
            return [a for a in accounts if users.by_username(a.username) is not None]

    def plan(self):
        with self.db.read() as session:
            return PlanRepository(session).get()


def check_new_credentials(username: str, password: str) -> None:
    if not username:
        raise ValueError("Enter a user name.")
    if len(password) < MIN_LENGTH:
        raise ValueError(f"The password must be at least {MIN_LENGTH} characters long.")

"""Who signs in and how signing in fails: what the login window knows of accounts.

Kept apart from :mod:`desktop.services.accounts` (which reads them from the database)
so the login window can be built and shown before the database stack has loaded.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.roles import Role, User


class LoginError(Exception):
    """Signing in failed; the message is one sentence for the user."""


class WrongPassword(LoginError):
    def __init__(self) -> None:
        super().__init__("Wrong user name or password.")


class UserBlocked(LoginError):
    def __init__(self, by_plan: bool) -> None:
        super().__init__(
            "Your account is blocked until the team's plan is renewed." if by_plan
            else "Your account is blocked; ask your supervisor."
        )
        self.by_plan = by_plan


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    display_name: str
    role_name: str


@dataclass(frozen=True)
class SignedIn:
    """Who is signed in, with their role as it was at sign-in (the services recheck it).

    ``must_change_password``: signed in with a first-login password; the app asks for a
    new one (:meth:`AccountService.change_password`) before anything else.
    """

    user: User
    role: Role
    must_change_password: bool = False

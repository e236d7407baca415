"""Who may change the app's settings: the one rule every change is checked against.

The rule is applied to the user and role as stored at the moment of the change (the
services load them inside the change's own transaction), never to what was true at
sign-in: a supervisor demoted, blocked or removed meanwhile is refused at once.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.roles import Role, User


class DenialReason(StrEnum):
    NOT_SIGNED_IN = "not_signed_in"
    ACCOUNT_GONE = "account_gone"  # removed since signing in
    ACCOUNT_BLOCKED = "account_blocked"
    PASSWORD_CHANGE_REQUIRED = "password_change_required"  # still on a first-login password
    ROLE_MAY_NOT_MANAGE = "role_may_not_manage"


MESSAGES: dict[DenialReason, str] = {
    DenialReason.NOT_SIGNED_IN: "Sign in to change the app's settings.",
    DenialReason.ACCOUNT_GONE: "Your account no longer exists; ask your supervisor.",
    DenialReason.ACCOUNT_BLOCKED: "Your account is blocked; ask your supervisor.",
    DenialReason.PASSWORD_CHANGE_REQUIRED:
        "Change your first-login password before changing the app's settings.",
    DenialReason.ROLE_MAY_NOT_MANAGE: "Your role may not manage the app's settings.",
}


class PermissionDenied(PermissionError):
    """A change (or a manager-only view) refused; ``reason`` tells the UI which sentence
    to show in its own language, ``str()`` is the English one."""

    def __init__(self, reason: DenialReason) -> None:
        super().__init__(MESSAGES[reason])
        self.reason = reason


def check_may_manage(user: User | None, role: Role | None, *,
                     must_change_password: bool = False) -> None:
    """Raise :class:`PermissionDenied` unless ``user`` (as stored now, None when gone)
    is active, past its first-login password, and holds a role that manages settings."""
    if user is None:
        raise PermissionDenied(DenialReason.ACCOUNT_GONE)
    if not user.active:
        raise PermissionDenied(DenialReason.ACCOUNT_BLOCKED)
    if must_change_password:
        raise PermissionDenied(DenialReason.PASSWORD_CHANGE_REQUIRED)
    if role is None or not role.may_manage_settings:
        raise PermissionDenied(DenialReason.ROLE_MAY_NOT_MANAGE)

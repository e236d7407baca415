"""What the Roles tab tells a supervisor when the role or user services refuse a change.

The services raise typed errors (the domain's roster rules, storage conflicts, the
permission check); their own messages are English sentences for logs and the command
line. Here each becomes one sentence in the interface language, naming the people and
roles involved where the tab knows them. ``general_text`` covers what any settings
service may refuse (the database gone, the permission check); the Buttons tab uses it too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.errors import LastSupervisorError, SeatLimitError, SystemRoleError
from desktop.domain.permissions import DenialReason, PermissionDenied
from desktop.services.users import PlanTooSmallError
from desktop.storage.errors import ConflictError, DatabaseUnavailableError, NotFoundError

translate = QCoreApplication.translate  # lupdate reads translate("RosterErrors", "...")


def last_supervisor_text(user_name: str, role_name: str) -> str:
    return translate("RosterErrors",
                     "%1 is the last active user with the role «%2». The app always needs "
                     "one: give this role to another user first.").replace(
        "%1", user_name).replace("%2", role_name)


def seat_limit_text(limit: int) -> str:
    return translate("RosterErrors",
                     "The plan allows %1 active users, and all seats are taken. Block a user "
                     "or change the plan first.").replace("%1", str(limit))


def system_role_text(role_name: str) -> str:
    return translate("RosterErrors",
                     "«%1» is the system role: it can be renamed but not deleted.").replace(
        "%1", role_name)


def role_held_text(role_name: str, holders: list[str]) -> str:
    return translate("RosterErrors",
                     "The role «%1» is held by: %2. Move them to another role first, then "
                     "delete the role.").replace("%1", role_name).replace(
        "%2", ", ".join(holders))


def describe(exc: Exception, *, user_name: str = "", role_name: str = "",
             system_role_name: str = "") -> str:
    """One sentence for what the service refused; the names fill in who and what."""
    if isinstance(exc, LastSupervisorError):
        if user_name and system_role_name:
            return last_supervisor_text(user_name, system_role_name)
        return translate("RosterErrors", "At least one active user must keep the system "
                                         "role; give it to another user first.")
    if isinstance(exc, SeatLimitError):
        return seat_limit_text(exc.limit)
    if isinstance(exc, PlanTooSmallError):
        return translate("RosterErrors",
                         "The chosen plan allows %1 active users, and %2 are active now. "
                         "Block %3 of them first.").replace("%1", str(exc.limit)).replace(
            "%2", str(exc.active)).replace("%3", str(exc.active - exc.limit))
    if isinstance(exc, SystemRoleError):
        return system_role_text(system_role_name or role_name)
    if isinstance(exc, ConflictError):
        return translate("RosterErrors",
                         "«%1» was changed by someone else meanwhile. The list now shows "
                         "their version; try again.").replace("%1", exc.name)
    if isinstance(exc, NotFoundError):
        return translate("RosterErrors",
                         "It no longer exists; someone may have deleted it. The list is "
                         "reloaded.")
    return general_text(exc)


def general_text(exc: Exception) -> str:
    """What any settings service may refuse, whatever the item (the database gone, the
    permission check); otherwise the service's own message, so nothing is hidden."""
    if isinstance(exc, DatabaseUnavailableError):
        return translate("RosterErrors",
                         "The database is unavailable, nothing was changed. %1").replace(
            "%1", str(exc))
    if isinstance(exc, PermissionDenied):
        return denial_text(exc.reason)
    if isinstance(exc, PermissionError):
        return denial_text(DenialReason.ROLE_MAY_NOT_MANAGE)
    return str(exc)


def denial_text(reason: DenialReason) -> str:
    """Why the signed-in supervisor may not make the change (as stored now)."""
    texts = {
        DenialReason.NOT_SIGNED_IN: translate(
            "RosterErrors", "Sign in to change the app's settings."),
        DenialReason.ACCOUNT_GONE: translate(
            "RosterErrors", "Your account no longer exists; ask your supervisor."),
        DenialReason.ACCOUNT_BLOCKED: translate(
            "RosterErrors", "Your account is blocked; ask your supervisor."),
        DenialReason.PASSWORD_CHANGE_REQUIRED: translate(
            "RosterErrors",
            "Change your first-login password before changing the app's settings."),
        DenialReason.ROLE_MAY_NOT_MANAGE: translate(
            "RosterErrors", "Your role may not manage the app's settings."),
    }
    return texts[reason]

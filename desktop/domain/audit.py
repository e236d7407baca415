"""The audit log: who changed what in the settings, when, and what it looked like before
and after.

Entries carry short summaries, not whole objects: enough for a supervisor to see what
changed at a glance, small enough to keep for years. Summaries are built only by the
functions below, which never look at passwords or their hashes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from desktop.domain.buttons import ActionButton
from desktop.domain.roles import PlanState, Role, User
from desktop.domain.script import Script

Summary = dict[str, Any]


class AuditAction(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
    DUPLICATED = "duplicated"
    PUBLISHED = "published"
    RESTORED = "restored"
    IMPORTED = "imported"
    REORDERED = "reordered"
    BLOCKED = "blocked"
    UNBLOCKED = "unblocked"
    ROLE_CHANGED = "role_changed"
    PASSWORD_CHANGED = "password_changed"
    PLAN_CHANGED = "plan_changed"
    PLAN_LAPSED = "plan_lapsed"
    PLAN_RENEWED = "plan_renewed"


class AuditEntity(StrEnum):
    SCRIPT = "script"
    BUTTON = "button"
    ROLE = "role"
    USER = "user"
    PLAN = "plan"


class UserState(StrEnum):
    ACTIVE = "active"
    BLOCKED = "blocked"  # by a supervisor (wins over a plan block: unblocking needs them)
    BLOCKED_BY_PLAN = "blocked_by_plan"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: datetime
    actor_name: str  # kept when the user is removed
    action: AuditAction
    entity_type: AuditEntity
    entity_id: int | None
    entity_name: str
    before: Summary | None = None  # None: the thing did not exist before (or no summary)
    after: Summary | None = None  # None: it is gone afterwards
    actor_id: int | None = None  # None once the user is removed
    id: int | None = None


def state_of(user: User) -> UserState:
    if user.blocked:
        return UserState.BLOCKED
    if user.blocked_by_plan:
        return UserState.BLOCKED_BY_PLAN
    return UserState.ACTIVE


def script_summary(script: Script) -> Summary:
    return stored_script_summary(script.name, len(script), len(script.links))


def stored_script_summary(name: str, steps: int, links: int) -> Summary:
    """The same summary from counts, without loading a (possibly large) script."""
    return {"name": name, "steps": steps, "links": links}


def button_summary(button: ActionButton) -> Summary:
    return {"title": button.title, "color": button.color, "shortcut": button.shortcut,
            "actions": [a.kind.value for a in button.actions]}


def role_summary(role: Role, button_titles: list[str], script_names: list[str]) -> Summary:
    return {"name": role.name, "keep_card_open": role.keep_card_open,
            "result_required": role.result_required,
            "may_manage_settings": role.may_manage_settings, "system": role.is_system,
            "fields": len(role.client_fields), "buttons": button_titles,
            "scripts": script_names}


def user_summary(user: User, role_name: str, crm_user: str = "") -> Summary:
    """``crm_user`` names the CRM user the user works as, for the record (ID when empty);
    the e-mail and the CRM user appear only once they are set."""
    summary: Summary = {"username": user.username, "display_name": user.display_name,
                        "role": role_name, "state": state_of(user).value}
    if user.email:
        summary["email"] = user.email
    if user.crm_user_id:
        summary["crm_user"] = crm_user or user.crm_user_id
    return summary


def plan_summary(plan: PlanState, kept_user_name: str | None = None) -> Summary:
    return {"plan": plan.plan.value, "lapsed": plan.lapsed,
            "paid_until": plan.paid_until.isoformat() if plan.paid_until else None,
            "kept_user": kept_user_name}

"""The audit log's entries in words: what was done, to what, and what changed.

An entry carries short before/after summaries (``desktop.domain.audit``); here a
change becomes «Клавиша: F1 → F2; Цвет: #2e7d32 → #1565c0», a creation lists what the
new thing holds, a deletion what the deleted thing held.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from designer.action_kinds import kind_title
from desktop.domain.audit import AuditAction, AuditEntity, AuditEntry
from desktop.domain.buttons import ActionKind
from desktop.ui.formatting import NO_VALUE

translate = QCoreApplication.translate
ARROW = " → "
SEPARATOR = "; "


def action_text(action: str) -> str:
    texts = {
        AuditAction.CREATED: translate("AuditView", "Created"),
        AuditAction.UPDATED: translate("AuditView", "Changed"),
        AuditAction.DELETED: translate("AuditView", "Deleted"),
        AuditAction.DUPLICATED: translate("AuditView", "Duplicated"),
        AuditAction.PUBLISHED: translate("AuditView", "Published"),
        AuditAction.RESTORED: translate("AuditView", "Version restored"),
        AuditAction.IMPORTED: translate("AuditView", "Imported"),
        AuditAction.REORDERED: translate("AuditView", "Moved"),
        AuditAction.BLOCKED: translate("AuditView", "Blocked"),
        AuditAction.UNBLOCKED: translate("AuditView", "Unblocked"),
        AuditAction.ROLE_CHANGED: translate("AuditView", "Role changed"),
        AuditAction.PASSWORD_CHANGED: translate("AuditView", "Password changed"),
        AuditAction.PLAN_CHANGED: translate("AuditView", "Plan changed"),
        AuditAction.PLAN_LAPSED: translate("AuditView", "Plan lapsed"),
        AuditAction.PLAN_RENEWED: translate("AuditView", "Plan renewed"),
    }
    return texts.get(action, str(action))  # type: ignore[call-overload]


def entity_text(entity: str) -> str:
    texts = {
        AuditEntity.BUTTON: translate("AuditView", "Button"),
        AuditEntity.SCRIPT: translate("AuditView", "Script"),
        AuditEntity.ROLE: translate("AuditView", "Role"),
        AuditEntity.USER: translate("AuditView", "User"),
        AuditEntity.PLAN: translate("AuditView", "Seat plan"),
    }
    return texts.get(entity, str(entity))  # type: ignore[call-overload]


def plural_entity_text(entity: str) -> str:
    """The filter's names: «Кнопки», «Скрипты»…"""
    texts = {
        AuditEntity.BUTTON: translate("AuditView", "Buttons"),
        AuditEntity.SCRIPT: translate("AuditView", "Scripts"),
        AuditEntity.ROLE: translate("AuditView", "Roles"),
        AuditEntity.USER: translate("AuditView", "Users"),
        AuditEntity.PLAN: translate("AuditView", "Seat plan"),
    }
    return texts.get(entity, str(entity))  # type: ignore[call-overload]


def _key_text(key: str) -> str:
    texts = {
        "title": translate("AuditView", "Title"),
        "color": translate("AuditView", "Colour"),
        "shortcut": translate("AuditView", "Shortcut"),
        "actions": translate("AuditView", "Actions"),
        "roles": translate("AuditView", "Roles"),
        "position": translate("AuditView", "Place"),
        "name": translate("AuditView", "Name"),
        "steps": translate("AuditView", "Steps"),
        "links": translate("AuditView", "Links"),
        "version": translate("AuditView", "Version"),
        "from_version": translate("AuditView", "From version"),
        "note": translate("AuditView", "Note"),
        "keep_card_open": translate("AuditView", "Keeps the call card open"),
        "result_required": translate("AuditView", "A call result is required"),
        "may_manage_settings": translate("AuditView", "Manages settings"),
        "system": translate("AuditView", "System role"),
        "fields": translate("AuditView", "Fields"),
        "buttons": translate("AuditView", "Buttons"),
        "scripts": translate("AuditView", "Scripts"),
        "username": translate("AuditView", "User name"),
        "display_name": translate("AuditView", "Display name"),
        "role": translate("AuditView", "Role"),
        "state": translate("AuditView", "State"),
        "email": translate("AuditView", "E-mail"),
        "crm_user": translate("AuditView", "Bitrix24 user"),
        "plan": translate("AuditView", "Plan"),
        "lapsed": translate("AuditView", "Lapsed"),
        "paid_until": translate("AuditView", "Paid until"),
        "kept_user": translate("AuditView", "Kept working"),
        "blocked": translate("AuditView", "Users blocked"),
        "restored": translate("AuditView", "Users restored"),
    }
    return texts.get(key, key)


def _word_text(value: str) -> str:
    """Values that are codes: user states and plans."""
    texts = {
        "active": translate("AuditView", "active"),
        "blocked": translate("AuditView", "blocked"),
        "blocked_by_plan": translate("AuditView", "blocked by the plan"),
        "free": translate("AuditView", "free"),
        "team": translate("AuditView", "up to 7 users"),
        "unlimited": translate("AuditView", "unlimited"),
    }
    return texts.get(value, value)


def value_text(key: str, value: Any) -> str:
    if value is None or value == "" or value == []:
        return NO_VALUE
    if isinstance(value, bool):
        return translate("AuditView", "yes") if value else translate("AuditView", "no")
    if key == "actions" and isinstance(value, list):
        kinds = {k.value: k for k in ActionKind}
        return ", ".join(kind_title(kinds[v]) if v in kinds else str(v) for v in value)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if key in ("state", "plan"):
        return _word_text(str(value))
    if key == "paid_until" and isinstance(value, str):
        return value[:10]
    return str(value)


def _listing(summary: Mapping[str, Any]) -> list[str]:
    return [f"{_key_text(k)}: {value_text(k, v)}" for k, v in summary.items()]


def change_lines(entry: AuditEntry) -> list[str]:
    """What changed, one «field: before → after» line each; a created or deleted thing
    lists what it holds."""
    before, after = entry.before, entry.after
    if before is None and after is None:
        return []
    if before is None:
        return _listing(after or {})
    if after is None:
        return _listing(before)
    lines = []
    for key in dict.fromkeys([*before, *after]):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if key not in before:
            lines.append(f"{_key_text(key)}: {value_text(key, new)}")
        else:
            lines.append(f"{_key_text(key)}: {value_text(key, old)}{ARROW}"
                         f"{value_text(key, new)}")
    return lines


def change_text(entry: AuditEntry) -> str:
    return SEPARATOR.join(change_lines(entry)) or NO_VALUE

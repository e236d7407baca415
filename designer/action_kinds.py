"""The six action kinds as supervisors read them: a name and a tint each.

The same names and tints appear in the Buttons tab's list, in the editor's «Add
action» menu, on each action's card and in the preview, so a kind looks the same
everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.domain.buttons import ActionKind

# The order of the «Add action» menu: what is written first, then what is changed.
KIND_ORDER = (ActionKind.COMMENT, ActionKind.CALLBACK, ActionKind.TASK, ActionKind.MEETING,
              ActionKind.LEAD_STATUS, ActionKind.DEAL_STAGE)

# (text, fill, border) of a kind's chip.
KIND_TINTS: dict[ActionKind, tuple[str, str, str]] = {
    ActionKind.COMMENT: ("#334155", "#f1f5f9", "#cbd5e1"),
    ActionKind.CALLBACK: ("#9a3412", "#fff7ed", "#fdba74"),
    ActionKind.TASK: ("#6b21a8", "#faf5ff", "#d8b4fe"),
    ActionKind.MEETING: ("#1e40af", "#eff6ff", "#93c5fd"),
    ActionKind.LEAD_STATUS: ("#166534", "#f0fdf4", "#86efac"),
    ActionKind.DEAL_STAGE: ("#115e59", "#f0fdfa", "#5eead4"),
}


def kind_title(kind: ActionKind) -> str:
    """«Комментарий», «Перезвон»…: the kind's name in the interface language."""
    translate = QCoreApplication.translate
    return {
        ActionKind.COMMENT: translate("ActionKinds", "Comment"),
        ActionKind.CALLBACK: translate("ActionKinds", "Callback"),
        ActionKind.TASK: translate("ActionKinds", "Task"),
        ActionKind.MEETING: translate("ActionKinds", "Meeting"),
        ActionKind.LEAD_STATUS: translate("ActionKinds", "Change lead status"),
        ActionKind.DEAL_STAGE: translate("ActionKinds", "Change deal stage"),
    }[kind]


def kind_hint(kind: ActionKind) -> str:
    """One line on what the kind does, for the «Add action» menu."""
    translate = QCoreApplication.translate
    return {
        ActionKind.COMMENT: translate("ActionKinds", "A comment in the client's timeline"),
        ActionKind.CALLBACK: translate("ActionKinds",
                                       "A callback at a time the operator may change"),
        ActionKind.TASK: translate("ActionKinds", "A task with a deadline and a responsible"),
        ActionKind.MEETING: translate("ActionKinds", "A meeting in the client's timeline"),
        ActionKind.LEAD_STATUS: translate("ActionKinds", "Sets a fixed lead status"),
        ActionKind.DEAL_STAGE: translate("ActionKinds", "Moves the deal to a fixed stage"),
    }[kind]


def kind_colors(kind: ActionKind) -> tuple[QColor, QColor, QColor]:
    text, fill, border = KIND_TINTS[kind]
    return QColor(text), QColor(fill), QColor(border)

"""The Buttons tab's screens for ``operator-desk tour``, rendered offscreen, writing nothing.

Shown: the tab with the demo buttons, the button editor on a button with all six
actions (its top, and its actions further down), the editor refusing a button, the
delete question naming the roles that lose a button, and the change log. The edited
buttons live in memory only: the editor's Save is never pressed. When the database has
no changes logged yet, the change log shows a few sample entries made in memory.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from designer.audit_view import AuditView
from designer.button_editor import ButtonEditor
from designer.buttons_tab import ButtonsTab
from desktop.crm.embedded import EmbeddedCrm
from desktop.domain.audit import AuditAction, AuditEntity, AuditEntry
from desktop.domain.buttons import (
    ActionButton,
    CallbackAction,
    CommentAction,
    DealStageAction,
    LeadStatusAction,
    MeetingAction,
    TaskAction,
)
from desktop.domain.roles import SUPERVISOR_ROLE_NAME
from desktop.services.accounts import AccountService, SignedIn
from desktop.services.audit import AuditService
from desktop.services.buttons import ButtonService
from desktop.storage.database import Database
from desktop.ui import i18n
from desktop.ui.settings import settings_file
from desktop.ui.tour import grab_png, settle

TAB_SIZE = (1100, 680)
EDITOR_SIZE = (1080, 760)


def _database(services_or_db) -> Database:
    db = services_or_db if isinstance(services_or_db, Database) else services_or_db.db
    if db is None:
        raise ValueError("The Buttons tab screens need a database.")
    return db


def _supervisor(db: Database) -> SignedIn | None:
    """The demo supervisor, signed in without writing anything."""
    accounts = AccountService(db)
    for account in accounts.demo_accounts():
        if account.role_name == SUPERVISOR_ROLE_NAME:
            return accounts.authenticate(account.username, account.password)
    return None


def all_six() -> ActionButton:
    """A button with every kind of action, as a sales team would set it up."""
    return ActionButton("Встреча назначена", "#1565c0", [
        CommentAction("Договорились о встрече: {{contact.NAME}} {{contact.LAST_NAME}}, "
                      "{{company.TITLE}}."),
        CallbackAction("next working day at 10:00", "Напомнить о встрече: {{contact.NAME}}"),
        TaskAction("Подготовить КП для {{company.TITLE}}",
                   "Клиент: {{contact.NAME}} {{contact.LAST_NAME}}, {{call.number}}. "
                   "Интерес: {{lead.UF_CRM_PRODUCT}}.", "+1 day at 10:00"),
        MeetingAction("+2 days at 12:00", "Встреча с {{contact.NAME}} {{contact.LAST_NAME}}",
                      90),
        LeadStatusAction("IN_PROCESS"),
        DealStageAction("PREPARATION", 0),
    ], shortcut="F9")


def refused() -> ActionButton:
    """A button the editor refuses: a status not chosen, a variable the CRM lacks."""
    return ActionButton("Отказ", "#c62828", [
        CommentAction("Клиент отказался, причина: {{contact.REFUSAL_REASON}}."),
        LeadStatusAction(""),
    ])


def sample_entries(now: datetime) -> list[AuditEntry]:
    """What the change log looks like after a morning of edits (shown in memory only)."""
    who = "Ольга Супервайзерова"

    def entry(minutes: int, action: AuditAction, kind: AuditEntity, name: str,
              before: dict | None, after: dict | None) -> AuditEntry:
        return AuditEntry(now - timedelta(minutes=minutes), who, action, kind, None, name,
                          before, after)

    button = {"title": "Перезвонить", "color": "#ef6c00", "shortcut": "F2",
              "actions": ["callback", "lead_status"]}
    return [
        entry(5, AuditAction.UPDATED, AuditEntity.BUTTON, "Перезвонить", button,
              {**button, "shortcut": "F10", "actions": ["callback", "lead_status", "comment"]}),
        entry(12, AuditAction.REORDERED, AuditEntity.BUTTON, "Не целевой", {"position": 5},
              {"position": 2}),
        entry(20, AuditAction.CREATED, AuditEntity.BUTTON, "Встреча назначена", None,
              {"title": "Встреча назначена", "color": "#1565c0", "shortcut": "F9",
               "actions": ["comment", "meeting"]}),
        entry(31, AuditAction.PUBLISHED, AuditEntity.SCRIPT, "Входящий звонок: продажа", None,
              {"name": "Входящий звонок: продажа", "steps": 14, "links": 17, "version": 4}),
        entry(45, AuditAction.DELETED, AuditEntity.BUTTON, "Старый отказ",
              {"title": "Старый отказ", "color": "#546e7a", "shortcut": "",
               "actions": ["comment"], "roles": ["Оператор продаж"]}, None),
        entry(60, AuditAction.ROLE_CHANGED, AuditEntity.USER, "pavel",
              {"role": "Оператор продаж"}, {"role": "Оператор поддержки"}),
    ]


class _Entries:
    """The log read from a list (the tour's sample entries)."""

    def __init__(self, entries: list[AuditEntry]) -> None:
        self.entries = entries

    def list(self, limit: int = 200, entity_type: str | None = None) -> list[AuditEntry]:
        return [e for e in self.entries if entity_type in (None, e.entity_type)][:limit]


def render_buttons_screens(services_or_db, out_dir: Path, language: str = "ru") -> list[Path]:
    """Render the Buttons tab screens into ``out_dir``; returns the PNG files written.

    ``services_or_db`` is the app's ``Services`` or a ``Database`` holding the demo
    data; nothing is written to it. Without a demo supervisor nothing is rendered.
    """
    from desktop.ui.tour import ensure_offscreen_app

    ensure_offscreen_app()
    db = _database(services_or_db)
    actor = _supervisor(db)
    if actor is None:
        return []
    buttons, crm = ButtonService(db, actor), EmbeddedCrm(db.engine)
    audit = AuditService(db, actor)
    out = Path(out_dir)
    previous = i18n.current_language()
    with tempfile.TemporaryDirectory(prefix="operator-desk-buttons-") as scratch, \
            settings_file(Path(scratch) / "settings.ini"):
        i18n.install_language(language)
        try:
            paths = [grab_png(shoot(buttons, crm, audit), out / f"{name}.png")
                     for name, shoot in _SHOTS]
        finally:
            for widget in QApplication.topLevelWidgets():
                if widget.objectName() in ("buttonsTab", "auditView"):
                    widget.close()
                    widget.deleteLater()
            i18n.install_language(previous)
            settle()
    return paths


Shot = Callable[[ButtonService, EmbeddedCrm, AuditService], QWidget]


def _tab(buttons: ButtonService, crm: EmbeddedCrm, _audit: AuditService) -> ButtonsTab:
    tab = ButtonsTab(buttons, crm)
    tab.resize(*TAB_SIZE)
    tab.show()
    return tab


def _editor(buttons: ButtonService, crm: EmbeddedCrm, button: ActionButton) -> ButtonEditor:
    tab = _tab(buttons, crm, None)  # type: ignore[arg-type]
    editor = ButtonEditor(tab, button, tab.editor_context(),
                          others=[r.button for r in tab.model.rows],
                          validate_templates=buttons.validate_templates,
                          save=_never_saved)
    editor.destroyed.connect(tab.deleteLater)
    editor.resize(*EDITOR_SIZE)
    editor.show()
    settle()
    return editor


def _never_saved(button: ActionButton) -> ActionButton:
    raise RuntimeError("The tour never saves a button.")


def _editor_top(buttons: ButtonService, crm: EmbeddedCrm, _audit: AuditService) -> QWidget:
    return _editor(buttons, crm, all_six())


def _editor_actions(buttons: ButtonService, crm: EmbeddedCrm, _audit: AuditService) -> QWidget:
    editor = _editor(buttons, crm, all_six())
    editor.scroll.ensureWidgetVisible(editor.actions.cards[-1])
    editor.preview.scroll.verticalScrollBar().setValue(
        editor.preview.scroll.verticalScrollBar().maximum())
    return editor


def _editor_refused(buttons: ButtonService, crm: EmbeddedCrm, _audit: AuditService) -> QWidget:
    editor = _editor(buttons, crm, refused())
    editor.accept()  # refused before anything is saved: the problem is shown
    settle()
    editor.scroll.ensureWidgetVisible(editor.actions.cards[-1])
    return editor


def _delete(buttons: ButtonService, crm: EmbeddedCrm, _audit: AuditService) -> QWidget:
    tab = _tab(buttons, crm, _audit)
    used = [r for r in tab.model.rows if r.roles]
    if used:
        tab.select_button(used[0].button.id)
    tab.delete_button()
    dialog = tab.dialog
    if dialog is None:
        raise RuntimeError("The Buttons tab opened no dialog.")
    dialog.destroyed.connect(tab.deleteLater)
    return dialog


def _audit_view(_buttons: ButtonService, _crm: EmbeddedCrm, audit: AuditService) -> QWidget:
    source = audit if audit.list(1) else _Entries(sample_entries(datetime.now(UTC)))
    view = AuditView(source)  # type: ignore[arg-type]
    view.resize(*TAB_SIZE)
    view.show()
    return view


_SHOTS: list[tuple[str, Shot]] = [
    ("settings_buttons", _tab),
    ("button_editor", _editor_top),
    ("button_editor_actions", _editor_actions),
    ("button_editor_refused", _editor_refused),
    ("button_delete", _delete),
    ("audit_log", _audit_view),
]

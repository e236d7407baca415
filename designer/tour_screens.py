"""The designer's screens for ``operator-desk tour``, rendered offscreen, writing nothing.

The demo sales script is shown at fit-all and at 100 %, with the CRM fields dialog,
the preview, the versions list, the publish dialog and the stale-save dialog. The
lint panel is shown on the same script with a few flaws added in memory (never
saved): a stray step, a blank title, twin buttons.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from designer.conflict import CloseChoice, ConflictDialog, Questions
from designer.editor import ScriptEditor
from designer.fields_dialog import FieldsDialog
from designer.versions_dialog import PublishDialog, VersionsDialog
from desktop.crm.embedded import EmbeddedCrm
from desktop.demo.scripts import SALES
from desktop.domain.lint import lint
from desktop.services.scripts import ScriptService
from desktop.storage.database import Database
from desktop.ui import i18n
from desktop.ui.settings import settings_file
from desktop.ui.tour import grab_png, settle

EDITOR_SIZE = (1280, 800)


class _DiscardQuestions(Questions):
    """The tour edits only in memory: closing never asks, and never saves."""

    def unsaved_changes(self, parent: QWidget, name: str) -> CloseChoice:
        return CloseChoice.DISCARD


def _database(services_or_db) -> Database:
    db = services_or_db if isinstance(services_or_db, Database) else services_or_db.db
    if db is None:
        raise ValueError("The designer screens need a database.")
    return db


def _script_id(scripts: ScriptService) -> int | None:
    found = scripts.find(SALES)
    if found is not None:
        return found
    listed = scripts.list()
    return listed[0].id if listed else None


def render_designer_screens(services_or_db, out_dir: Path, language: str = "ru") -> list[Path]:
    """Render the designer screens into ``out_dir``; returns the PNG files written.

    ``services_or_db`` is the app's ``Services`` or a ``Database`` holding the demo
    data; nothing is written to it. The interface language is set for the duration.
    """
    from desktop.ui.tour import ensure_offscreen_app

    ensure_offscreen_app()
    db = _database(services_or_db)
    scripts = ScriptService(db, None)  # reading only: the tour changes nothing
    script_id = _script_id(scripts)
    if script_id is None:
        return []
    crm = EmbeddedCrm(db.engine)
    out = Path(out_dir)
    previous = i18n.current_language()
    with tempfile.TemporaryDirectory(prefix="operator-desk-designer-") as scratch, \
            settings_file(Path(scratch) / "settings.ini"):  # the user's layout stays theirs
        i18n.install_language(language)
        try:
            paths = _shoot_all(scripts, script_id, crm, out, language)
        finally:
            i18n.install_language(previous)
            settle()
    return paths


def _shoot_all(scripts: ScriptService, script_id: int, crm: EmbeddedCrm, out: Path,
               language: str) -> list[Path]:
    """Each shot on a fresh designer window, closed without saving afterwards."""
    paths = []
    for name, shoot in _SHOTS:
        window = ScriptEditor(scripts, script_id, crm.fields, None, language)
        window.questions = _DiscardQuestions()
        window.resize(*EDITOR_SIZE)
        window.show()
        settle()
        try:
            paths.append(grab_png(shoot(window), out / f"{name}.png"))
        finally:
            if window.dialog is not None:
                window.dialog.close()
            window.close()
            settle()
    return paths


# ---- the shots: each gets a fresh editor and returns the widget to photograph -------------
def _fit_all(window: ScriptEditor) -> QWidget:
    window.canvas.fit_all()
    return window


def _actual_size(window: ScriptEditor) -> QWidget:
    """100 %: the start step selected, near the top-left with its children below."""
    canvas = window.canvas
    canvas.zoom_reset()
    start = window.document.script.start_step_id
    if start:
        canvas.select_steps([start], center=False)
        step = window.document.script.step(start)
        view = canvas.viewport().rect()
        canvas.centerOn(step.x + view.width() / 2 - 120, step.y + view.height() / 2 - 60)
    return window


def _with_flaws(window: ScriptEditor) -> QWidget:
    """A stray step, a blank title and twin buttons, added in memory only."""
    document = window.document
    script = document.script
    start = script.start_step_id
    if start is None:
        return window
    top = script.step(start)
    stray = document.add_step(top.x + 1000, top.y, "Забытый шаг")
    document.set_text(stray, "Сюда не ведёт ни одна кнопка.")
    hub = max(script.steps, key=lambda s: len(script.next_steps(s.id)))
    nexts = script.next_steps(hub.id)
    if nexts:
        blank = document.add_child(nexts[0].id, "")
        document.link(blank, hub.id)
        twin = document.add_child(hub.id, nexts[-1].title)
        document.set_final(twin, True)
    window.canvas.fit_all()
    window.lint_panel.refresh()
    return window


def _fields(window: ScriptEditor) -> QWidget:
    script = window.document.script
    with_fields = [s for s in script.steps if s.fields] or script.steps
    step = max(with_fields, key=lambda s: len(s.fields))
    window.canvas.select_steps([step.id], center=True)
    window.edit_fields(step.id)
    return _dialog(window)


def _preview(window: ScriptEditor) -> QWidget:
    window.canvas.fit_all()
    window.preview_action.trigger()
    window.preview.choose(0)
    window.preview.choose(0)
    return window


def _versions(window: ScriptEditor) -> QWidget:
    window.show_versions()
    return _dialog(window)


def _publish(window: ScriptEditor) -> QWidget:
    _with_flaws(window)
    script = window.document.script
    dialog = PublishDialog(script, lint(script), saves_first=True, parent=window)
    dialog.note.setText("Новое возражение: «дорого»")
    window.open_dialog(dialog)
    return _dialog(window)


def _conflict(window: ScriptEditor) -> QWidget:
    window.open_dialog(ConflictDialog(window.document.script.name, window))
    return _dialog(window)


def _dialog(window: ScriptEditor) -> QWidget:
    dialog = window.dialog
    if not isinstance(dialog, FieldsDialog | VersionsDialog | PublishDialog | ConflictDialog):
        raise RuntimeError("The tour expected a dialog over the designer.")
    settle()
    return dialog


_SHOTS: list[tuple[str, Callable[[ScriptEditor], QWidget]]] = [
    ("designer_fit_all", _fit_all),
    ("designer_100_percent", _actual_size),
    ("designer_fields_dialog", _fields),
    ("designer_lint", _with_flaws),
    ("designer_preview", _preview),
    ("designer_versions", _versions),
    ("designer_publish", _publish),
    ("designer_conflict", _conflict),
]

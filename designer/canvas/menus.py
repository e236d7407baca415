"""The canvas's context menus: a step's (also behind its "⋯"), a link's, the canvas's.

Menus are built when opened and shown with ``popup()`` (not a blocking ``exec()``),
so the canvas stays responsive and tests can reach the menu that is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from designer.canvas import actions

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

if TYPE_CHECKING:
    from designer.canvas.view import ScriptCanvas



def _add(menu: QMenu, name: str, text: str, slot, enabled: bool = True) -> QAction:
    action = menu.addAction(text)
    action.setObjectName(name)
    action.setEnabled(enabled)
    action.triggered.connect(slot)
    return action


def step_menu(canvas: ScriptCanvas, step_id: str) -> QMenu:
    """Add CRM fields…, Set as start step, Mark as final, Duplicate, Delete.

    Duplicate and Delete act on the whole selection when the step is part of it.
    """
    document = canvas.document
    step = document.script.step(step_id)
    chosen = canvas.selected_steps()
    targets = chosen if step_id in chosen else [step_id]
    menu = QMenu(canvas)
    _add(menu, "fields", translate("ScriptCanvas", "Add CRM fields…"),
         lambda: canvas.fields_requested.emit(step_id))
    menu.addSeparator()
    _add(menu, "start", translate("ScriptCanvas", "Set as start step"),
         lambda: document.set_start(step_id), document.script.start_step_id != step_id)
    final = _add(menu, "final", translate("ScriptCanvas", "Mark as final"),
                 lambda checked: document.set_final(step_id, checked))
    final.setCheckable(True)
    final.setChecked(step.final)
    _add(menu, "rename", translate("ScriptCanvas", "Rename step"),
         lambda: canvas.rename_step(step_id))
    menu.addSeparator()
    duplicate = _add(menu, "duplicate", translate("ScriptCanvas", "Duplicate"),
                     lambda: actions.duplicate(canvas, targets))
    duplicate.setShortcut(canvas.duplicate_action.shortcut())
    delete = _add(menu, "delete", translate("ScriptCanvas", "Delete"),
                  lambda: actions.delete(canvas, targets, []))
    delete.setShortcut(canvas.delete_action.shortcut())
    return menu


def link_menu(canvas: ScriptCanvas, link: tuple[str, str]) -> QMenu:
    menu = QMenu(canvas)
    delete = _add(menu, "delete", translate("ScriptCanvas", "Delete link"),
                  lambda: canvas.document.unlink(*link))
    delete.setShortcut(canvas.delete_action.shortcut())
    return menu


def canvas_menu(canvas: ScriptCanvas, scene_pos: QPointF) -> QMenu:
    """Right-click on empty canvas: a step here, paste here, and view commands."""
    menu = QMenu(canvas)
    _add(menu, "add_step", translate("ScriptCanvas", "Add step here"),
         lambda: canvas.add_step_at(scene_pos))
    paste = _add(menu, "paste", translate("ScriptCanvas", "Paste"),
                 lambda: actions.paste(canvas, scene_pos))
    paste.setShortcut(canvas.paste_action.shortcut())
    menu.addSeparator()
    for action in (canvas.select_all_action, canvas.auto_layout_action, canvas.fit_action,
                   canvas.zoom_reset_action):
        menu.addAction(action)
    return menu

"""The canvas's actions: shortcuts, texts (live in both languages) and what they do.

Each is a ``QAction`` attribute of the canvas so the designer's menus and toolbars
reuse them; editing ones work while the canvas has the focus, view ones in the
whole window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QAction, QCursor, QKeySequence
from shiboken6 import isValid

from designer.clipboard import copy_steps, put_on_clipboard, read_clipboard
from desktop.domain.errors import ScriptError

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

if TYPE_CHECKING:
    from designer.canvas.view import ScriptCanvas

Key = QKeySequence.StandardKey
LOCAL = Qt.ShortcutContext.WidgetWithChildrenShortcut
PASTE_STEP = 30.0  # each further paste at the same place lands this much lower-right



# attribute, shortcuts, local to the canvas, object name
_SPECS: list[tuple[str, list, bool]] = [
    ("delete_action", [Key.Delete], True),
    ("copy_action", [Key.Copy], True),
    ("paste_action", [Key.Paste], True),
    ("duplicate_action", ["Ctrl+D"], True),
    ("select_all_action", [Key.SelectAll], True),
    ("rename_action", ["F2"], True),
    ("zoom_in_action", [Key.ZoomIn, "Ctrl+="], False),
    ("zoom_out_action", [Key.ZoomOut], False),
    ("zoom_reset_action", ["Ctrl+0"], False),
    ("fit_action", ["Ctrl+1", "F"], True),
    ("auto_layout_action", [], False),
]


def texts() -> dict[str, str]:
    return {
        "delete_action": translate("ScriptCanvas", "Delete"),
        "copy_action": translate("ScriptCanvas", "Copy"),
        "paste_action": translate("ScriptCanvas", "Paste"),
        "duplicate_action": translate("ScriptCanvas", "Duplicate"),
        "select_all_action": translate("ScriptCanvas", "Select all"),
        "rename_action": translate("ScriptCanvas", "Rename step"),
        "zoom_in_action": translate("ScriptCanvas", "Zoom in"),
        "zoom_out_action": translate("ScriptCanvas", "Zoom out"),
        "zoom_reset_action": translate("ScriptCanvas", "Actual size (100%)"),
        "fit_action": translate("ScriptCanvas", "Fit all steps"),
        "auto_layout_action": translate("ScriptCanvas", "Arrange steps automatically"),
    }


def install(canvas: ScriptCanvas) -> None:
    """Create the canvas's actions, add them to it and connect them."""
    for name, keys, local in _SPECS:
        action = QAction(canvas)
        action.setObjectName(name.removesuffix("_action"))
        action.setShortcuts([QKeySequence(k) for k in keys])
        if local:
            action.setShortcutContext(LOCAL)
        setattr(canvas, name, action)
        canvas.addAction(action)
    stack = canvas.document.undo_stack
    canvas.undo_action = QAction(canvas)
    canvas.undo_action.setObjectName("undo")
    canvas.undo_action.setShortcuts([QKeySequence(Key.Undo)])
    canvas.undo_action.triggered.connect(stack.undo)
    canvas.redo_action = QAction(canvas)
    canvas.redo_action.setObjectName("redo")
    canvas.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    canvas.redo_action.triggered.connect(stack.redo)
    for action in (canvas.undo_action, canvas.redo_action):
        canvas.addAction(action)
    stack.indexChanged.connect(canvas.update_history)
    retranslate(canvas)
    canvas.delete_action.triggered.connect(lambda: delete_selection(canvas))
    canvas.copy_action.triggered.connect(lambda: copy_selection(canvas))
    canvas.paste_action.triggered.connect(lambda: paste(canvas))
    canvas.duplicate_action.triggered.connect(lambda: duplicate(canvas, canvas.selected_steps()))
    canvas.select_all_action.triggered.connect(canvas.select_all)
    canvas.rename_action.triggered.connect(canvas.rename_selected)
    canvas.zoom_in_action.triggered.connect(canvas.zoom_in)
    canvas.zoom_out_action.triggered.connect(canvas.zoom_out)
    canvas.zoom_reset_action.triggered.connect(canvas.zoom_reset)
    canvas.fit_action.triggered.connect(canvas.fit_all)
    canvas.auto_layout_action.triggered.connect(canvas.document.auto_layout)
    canvas.selection_changed.connect(canvas.update_enabled)
    update_enabled(canvas)


def retranslate(canvas: ScriptCanvas) -> None:
    for name, text in texts().items():
        getattr(canvas, name).setText(text)
    update_history(canvas)


def update_history(canvas: ScriptCanvas) -> None:
    """Undo/redo name the edit they would undo ("Undo Rename step"), in the current language."""
    stack = canvas.document.undo_stack
    if not isValid(stack):
        return  # the document is going away
    rows = ((canvas.undo_action, stack.canUndo(), stack.undoText(),
             translate("ScriptCanvas", "Undo"), translate("ScriptCanvas", "Undo %1")),
            (canvas.redo_action, stack.canRedo(), stack.redoText(),
             translate("ScriptCanvas", "Redo"), translate("ScriptCanvas", "Redo %1")))
    for action, able, what, plain, named in rows:
        action.setEnabled(able)
        action.setText(named.replace("%1", what) if able and what else plain)


def update_enabled(canvas: ScriptCanvas) -> None:
    has_steps = bool(canvas.selected_steps())
    canvas.delete_action.setEnabled(has_steps or bool(canvas.selected_links()))
    canvas.copy_action.setEnabled(has_steps)
    canvas.duplicate_action.setEnabled(has_steps)
    canvas.rename_action.setEnabled(len(canvas.selected_steps()) == 1)


def delete_selection(canvas: ScriptCanvas) -> None:
    delete(canvas, canvas.selected_steps(), canvas.selected_links())


def delete(canvas: ScriptCanvas, step_ids: list[str], links: list[tuple[str, str]]) -> None:
    """Remove steps and links; asks first when a step carries CRM fields."""
    script = canvas.document.script
    if any(script.step(s).fields for s in step_ids):
        if len(step_ids) == 1:
            title = (script.step(step_ids[0]).title
                     or translate("ScriptCanvas", "Untitled step"))
            question = translate("ScriptCanvas", "Delete the step «%1» and its CRM fields?")
            question = question.replace("%1", title)
        else:
            question = translate("ScriptCanvas", "Delete %1 steps? Some of them have CRM "
                                 "fields.").replace("%1", str(len(step_ids)))
        if not canvas.confirm(question):
            return
    canvas.document.remove(step_ids, links)


def copy_selection(canvas: ScriptCanvas) -> None:
    steps = canvas.selected_steps()
    if steps:
        put_on_clipboard(copy_steps(canvas.document.script, steps))


def paste(canvas: ScriptCanvas, at: QPointF | None = None) -> list[str]:
    """Paste copied steps under the mouse (or in the middle of the view)."""
    data = read_clipboard()
    if data is None:
        return []
    if at is None:
        cursor = canvas.viewport().mapFromGlobal(QCursor.pos())
        inside = canvas.viewport().rect().contains(cursor)
        where = cursor if inside else canvas.viewport().rect().center()
        asked: tuple = ("view", where.x(), where.y())  # the view may scroll after a paste
        at = canvas.mapToScene(where)
    else:
        asked = ("scene", at.x(), at.y())
    stack = canvas.document.undo_stack
    spot = (float(round(at.x())), float(round(at.y())))
    last = canvas.last_paste  # pasting again at once, at the same place: step aside
    if last is not None and last[0] == asked and last[2] == stack.index():
        spot = (last[1][0] + PASTE_STEP, last[1][1] + PASTE_STEP)
    try:
        new = canvas.document.paste(data, spot)
    except ScriptError as exc:
        canvas.notice.emit(str(exc))
        return []
    canvas.last_paste = (asked, spot, stack.index())
    canvas.select_steps(new, center=False)
    return new


def duplicate(canvas: ScriptCanvas, step_ids: list[str]) -> list[str]:
    new = canvas.document.duplicate(step_ids)
    if new:
        canvas.select_steps(new, center=False)
    return new

"""The designer window: the canvas of one script with everything around it.

Toolbar and menus (save, undo/redo, zoom, auto-layout, search, preview, publish,
versions), the canvas with its minimap and search bar, the lint panel and the
preview in docks on the right. The window holds behaviour; the canvas, panels and
dialogs only show and ask. Saving, publishing and versions go to the script service;
the questions the window asks (unsaved changes, confirmations, errors) go through
``questions`` so tests can answer them.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from designer.canvas.items.inline_editor import InlineEditor
from designer.canvas.minimap import Minimap
from designer.canvas.view import ScriptCanvas
from designer.conflict import CloseChoice, ConflictChoice, ConflictDialog, Questions
from designer.document import ScriptDocument
from designer.fields_dialog import FieldCatalog, FieldCatalogCache, FieldsDialog
from designer.lint_panel import LintPanel
from designer.preview import PreviewPanel
from designer.search_bar import CanvasFrame, SearchBar
from designer.tab_widgets import SERVICE_ERRORS
from designer.toolbar import build_toolbar, painted_icon
from designer.versions_dialog import PublishDialog, VersionsDialog
from desktop.domain.lint import lint
from desktop.domain.script import Script
from desktop.storage.errors import ConflictError, StorageError
from desktop.ui import i18n, icons, settings

GEOMETRY_KEY = "designer/geometry"
STATE_KEY = "designer/state"
DEFAULT_SIZE = (1280, 800)
PREVIEW_SHARE = 0.8  # of the dock column's height, while the preview is open
DOCK_STYLE = ("QDockWidget { color: #0f172a; }"
              "QDockWidget::title { background: #ffffff; padding: 7px 10px; text-align: left;"
              " border-bottom: 1px solid #e2e8f0; border-left: 1px solid #e2e8f0; }")


class ScriptEditor(i18n.Retranslatable, QMainWindow):
    """The designer of script ``script_id``.

    Signals: ``script_saved(id)`` after a save, a restore or a reload (lists refresh);
    ``script_created(id)`` when the edits were saved as a new script (after a conflict);
    ``published(id, number)`` after publishing.
    """

    script_saved = Signal(int)
    script_created = Signal(int)
    published = Signal(int, int)

    def __init__(self, scripts, script_id: int, field_catalog: FieldCatalog,
                 user_id: int | None = None, language: str = "ru",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowIcon(icons.icon(icons.APP))
        self.scripts = scripts
        self.script_id = script_id
        self.user_id = user_id
        self.language = language
        self.questions = Questions()
        self.catalog = FieldCatalogCache(field_catalog)
        self.document = ScriptDocument(scripts.get(script_id), self)
        self.dialog: QWidget | None = None  # the dialog open over the editor, if any

        self.canvas = ScriptCanvas(self.document)
        self.canvas.scene.set_field_titles(self._field_title)
        self.frame = CanvasFrame(self.canvas)
        self.minimap = Minimap(self.canvas)
        self.frame.add_overlay(self.minimap, Qt.AlignmentFlag.AlignRight
                               | Qt.AlignmentFlag.AlignBottom)
        self.search_bar = SearchBar(self.document, self.canvas)
        self.frame.add_overlay(self.search_bar, Qt.AlignmentFlag.AlignRight
                               | Qt.AlignmentFlag.AlignTop)
        self.setCentralWidget(self.frame)
        self.lint_panel = LintPanel()
        self.lint_panel.header.hide()  # the dock's title says it
        self.preview = PreviewPanel(self.catalog, language)
        self.preview.heading.hide()
        self.preview.set_document(self.document)
        self.lint_dock = self._dock("lintDock", self.lint_panel)
        self.preview_dock = self._dock("previewDock", self.preview)
        self.splitDockWidget(self.preview_dock, self.lint_dock, Qt.Orientation.Vertical)
        self.preview_dock.hide()
        self.lint_panel.title_changed.connect(self.lint_dock.setWindowTitle)
        self.lint_panel.set_document(self.document)
        self.zoom_label = QLabel(objectName="zoomLevel")
        self.steps_label = QLabel()
        self.statusBar().addPermanentWidget(self.steps_label)

        self._make_actions()
        self.toolbar = build_toolbar(self, self.zoom_label)
        self._make_menus()
        self._connect()
        self.retranslate()
        self._restore_layout()
        self._script_changed()
        self._zoom_changed(self.canvas.zoom())

    # ---- building ---------------------------------------------------------------------
    def _dock(self, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(self, objectName=name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        dock.setStyleSheet(DOCK_STYLE)
        dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.RightDockWidgetArea)
        dock.setMinimumWidth(300)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def _action(self, icon: str | None, shortcut, slot, checkable: bool = False) -> QAction:
        action = QAction(self)
        if icon:
            action.setIcon(painted_icon(icon))
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every binding of the platform
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.save_action = self._action("save", keys.Save, self.save)
        self.publish_action = self._action("publish", None, self.publish)
        self.versions_action = self._action("versions", None, self.show_versions)
        self.search_action = self._action("search", keys.Find, self.search_bar.open_bar)
        self.find_next_action = self._action(None, keys.FindNext, self.search_bar.find_next)
        self.find_previous_action = self._action(None, keys.FindPrevious,
                                                 self.search_bar.find_previous)
        self.preview_action = self._action("preview", "F5", self.toggle_preview, True)
        self.close_action = self._action(None, keys.Close, self.close)
        canvas = self.canvas
        for action, icon in ((canvas.undo_action, "undo"), (canvas.redo_action, "redo"),
                             (canvas.zoom_in_action, "zoom_in"),
                             (canvas.zoom_out_action, "zoom_out"),
                             (canvas.zoom_reset_action, "zoom_reset"),
                             (canvas.fit_action, "fit"), (canvas.auto_layout_action, "layout")):
            if action.icon().isNull():
                action.setIcon(painted_icon(icon))

    def _make_menus(self) -> None:
        canvas = self.canvas
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.save_action, self.publish_action,
                                   self.versions_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([canvas.undo_action, canvas.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([canvas.copy_action, canvas.paste_action,
                                   canvas.duplicate_action, canvas.delete_action,
                                   canvas.select_all_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.search_action, self.find_next_action,
                                   self.find_previous_action])
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([canvas.zoom_in_action, canvas.zoom_out_action,
                                   canvas.zoom_reset_action, canvas.fit_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions([canvas.auto_layout_action, self.preview_action,
                                   self.lint_dock.toggleViewAction()])

    def _connect(self) -> None:
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self.document.changed.connect(self._script_changed)
        self.canvas.fields_requested.connect(self.edit_fields)
        self.canvas.zoom_changed.connect(self._zoom_changed)
        self.lint_panel.steps_chosen.connect(
            lambda ids: self.canvas.select_steps(ids, center=True))
        self.preview.step_shown.connect(self._preview_step_shown)
        self.preview_dock.visibilityChanged.connect(self._preview_visibility)

    def retranslate(self) -> None:
        texts = {
            self.save_action: self.tr("&Save"), self.publish_action: self.tr("&Publish…"),
            self.versions_action: self.tr("&Versions…"), self.search_action: self.tr("&Find…"),
            self.find_next_action: self.tr("Find &next"),
            self.find_previous_action: self.tr("Find p&revious"),
            self.preview_action: self.tr("P&review"), self.close_action: self.tr("&Close"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.save_action.setToolTip(self.tr("Save the draft (Ctrl+S)"))
        self.publish_action.setToolTip(self.tr("Publish the draft: operators get it"))
        self.versions_action.setToolTip(self.tr("Published versions"))
        self.search_action.setToolTip(self.tr("Find a step (Ctrl+F)"))
        self.preview_action.setToolTip(self.tr("Run the script as the operator sees it (F5)"))
        self.file_menu.setTitle(self.tr("&Script"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.lint_dock.setWindowTitle(self.lint_panel.title())
        self.preview_dock.setWindowTitle(self.tr("Preview"))
        self._script_changed()
        self._zoom_changed(self.canvas.zoom())

    # ---- state shown ----------------------------------------------------------------
    def is_dirty(self) -> bool:
        return not self.document.undo_stack.isClean()

    def _update_title(self, *_: object) -> None:
        marker = "*" if self.is_dirty() else ""
        designer = self.tr("Designer")
        self.setWindowTitle(f"{self.document.script.name}{marker} — {designer}")

    def _script_changed(self) -> None:
        self.steps_label.setText(self.tr("Steps: %1").replace("%1",
                                                              str(len(self.document.script))))
        self._update_title()

    def _zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(self.tr("%1%").replace("%1", str(round(zoom * 100))))

    def _say(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # ---- fields, search, preview ----------------------------------------------------------
    def _field_title(self, step_field) -> str:
        """A card's name for a CRM field: its title in the CRM, in the interface language
        (the code while the CRM's fields are not at hand)."""
        meta = self.catalog.meta(step_field.entity, step_field.code)
        return meta.title(i18n.current_language()) if meta is not None else step_field.code

    def edit_fields(self, step_id: str) -> None:
        """The canvas asked for a step's CRM fields: the dialog, then one undoable edit."""
        step = self.document.script.step(step_id)
        dialog = FieldsDialog(step.fields, self.catalog, self.language, self)
        dialog.accepted.connect(lambda: self._fields_chosen(step_id, dialog.fields()))
        self.open_dialog(dialog)

    def _fields_chosen(self, step_id: str, fields: list) -> None:
        if step_id in self.document.script:
            self.document.set_fields(step_id, fields)

    def toggle_preview(self, on: bool) -> None:
        self.preview_dock.setVisible(on)
        if on:
            column = self.preview_dock.height() + self.lint_dock.height()
            preview = round(column * PREVIEW_SHARE)
            self.resizeDocks([self.preview_dock, self.lint_dock], [preview, column - preview],
                             Qt.Orientation.Vertical)
            self.preview.restart()
            self.preview.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _preview_step_shown(self, step_id: str) -> None:
        """The canvas follows the preview, so the supervisor sees where the walk is."""
        if self.preview_dock.isVisible() and step_id in self.document.script:
            self.canvas.select_steps([step_id], center=True)

    def _preview_visibility(self, visible: bool) -> None:
        self.preview_action.setChecked(visible)

    # ---- saving ---------------------------------------------------------------------------
    def commit_inline_edit(self) -> None:
        """A title or text still being typed on the canvas counts: it is committed first."""
        focus = self.canvas.scene.focusItem()
        if isinstance(focus, InlineEditor):
            focus.commit()

    def save(self) -> bool:
        """Save the draft. A stale draft opens the conflict dialog; nothing is overwritten."""
        self.commit_inline_edit()
        script = self.document.script
        try:
            saved = self.scripts.save(script)
        except ConflictError:
            self._open_conflict()
            return False
        except SERVICE_ERRORS as exc:
            self.questions.error(self, self.tr("The script was not saved"),
                                 self.tr("%1\n\nYour changes are still here; try saving "
                                         "again.").replace("%1", self._message(exc)))
            return False
        script.id, script.version = saved.id, saved.version
        self.document.undo_stack.setClean()
        self._say(self.tr("Saved."))
        self.script_saved.emit(self.script_id)
        return True

    def _message(self, exc: Exception) -> str:
        if isinstance(exc, PermissionError):
            return self.tr("Your role may no longer manage the app's settings.")
        return str(exc)

    def _open_conflict(self) -> None:
        dialog = ConflictDialog(self.document.script.name, self)
        dialog.finished.connect(lambda _result: self._conflict_chosen(dialog))
        self.open_dialog(dialog)

    def _conflict_chosen(self, dialog: ConflictDialog) -> None:
        if dialog.choice is ConflictChoice.RELOAD:
            if self.questions.confirm(self, self.tr("Load their version"), self.tr(
                    "Your changes to «%1» will be lost. Load the version the other "
                    "supervisor saved?").replace("%1", self.document.script.name)):
                self.reload()
        elif dialog.choice is ConflictChoice.SAVE_COPY:
            self.save_as_copy(dialog.copy_name_text())

    def reload(self) -> None:
        """Show the stored draft, dropping the edits (the caller asked first)."""
        try:
            script = self.scripts.get(self.script_id)
        except StorageError as exc:
            self.questions.error(self, self.tr("The script was not loaded"), str(exc))
            return
        self.document.replace_script(script)
        self._say(self.tr("Loaded the version saved by the other supervisor."))

    def save_as_copy(self, name: str) -> bool:
        """Save the edits as a new script and go on editing that one; the original stays."""
        try:
            copy = self.scripts.save_as_copy(self.document.script, name)
        except SERVICE_ERRORS as exc:
            self.questions.error(self, self.tr("The copy was not saved"), self._message(exc))
            return False
        self.script_id = copy.id
        self.document.replace_script(self.scripts.get(copy.id))
        self._say(self.tr("Your version is saved as «%1»; the original keeps the other "
                          "supervisor's changes.").replace("%1", copy.name))
        self.script_created.emit(copy.id)
        return True

    # ---- publishing and versions ----------------------------------------------------------
    def publish(self) -> None:
        self.commit_inline_edit()
        script = self.document.script
        dialog = PublishDialog(script, lint(script), saves_first=self.is_dirty(), parent=self)
        dialog.accepted.connect(lambda: self._publish(dialog.note_text()))
        self.open_dialog(dialog)

    def _publish(self, note: str) -> None:
        if self.is_dirty() and not self.save():
            return
        try:
            version = self.scripts.publish(self.script_id, self.user_id, note)
        except SERVICE_ERRORS as exc:
            self.questions.error(self, self.tr("The script was not published"),
                                 self._message(exc))
            return
        self._say(self.tr("Version %1 published: operators get it with their next call.")
                  .replace("%1", str(version.number)))
        self.published.emit(self.script_id, version.number)

    def show_versions(self) -> None:
        dialog = VersionsDialog(self.scripts, self.script_id,
                                lambda: self.document.script.version, self.is_dirty, self)
        dialog.ask = self.questions.confirm
        dialog.restored.connect(self._restored)
        self.open_dialog(dialog)

    def _restored(self, script: Script) -> None:
        self.document.replace_script(script)
        self._say(self.tr("The version is restored into the draft."))
        self.script_saved.emit(self.script_id)

    def open_dialog(self, dialog: QWidget) -> None:
        """Open a dialog window-modal without blocking (tests and the tour reach it here)."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None)
                                 if self.dialog is dialog else None)
        dialog.open()

    # ---- closing and window layout ------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.commit_inline_edit()
        if self.is_dirty():
            choice = self.questions.unsaved_changes(self, self.document.script.name)
            if choice is CloseChoice.CANCEL or (choice is CloseChoice.SAVE and not self.save()):
                event.ignore()
                return
        self.save_layout()
        super().closeEvent(event)

    def _restore_layout(self) -> None:
        stored = settings.app_settings()
        geometry = stored.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(*DEFAULT_SIZE)
        state = stored.value(STATE_KEY)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.preview_action.setChecked(self.preview_dock.isVisibleTo(self))

    def save_layout(self) -> None:
        stored = settings.app_settings()
        stored.setValue(GEOMETRY_KEY, self.saveGeometry())
        stored.setValue(STATE_KEY, self.saveState())

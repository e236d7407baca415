"""The Scripts tab («Скрипты») of the settings window: every script, with what operators
get of it, and the actions on it — add, change name and description, duplicate,
delete, open in the designer.

The tab talks to the ``ScriptService`` only. Each action is one service call followed
by a refresh; anything the service refuses (a conflict, a script still in use, the
database gone) ends in one message box, through ``report_error`` (injectable).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from designer.script_dialogs import DeleteScriptDialog, ScriptDetailsDialog
from designer.scripts_model import NAME, SCRIPT_ID_ROLE, ScriptsFilter, ScriptsModel, scripts_table
from designer.tab_widgets import (
    SERVICE_ERRORS,
    DialogHost,
    EmptyState,
    ErrorReporter,
    action_button,
    copy_action_texts,
    default_reporter,
    list_pages,
    select_whole_row,
    selected_row_index,
    set_action_texts,
    tab_action,
    tab_column,
)
from desktop.services.scripts import NameTakenError, ScriptInUseError
from desktop.storage.errors import (
    ConflictError,
    DatabaseUnavailableError,
    NotFoundError,
)
from desktop.ui import icons
from desktop.ui.i18n import Retranslatable

if TYPE_CHECKING:
    from desktop.services.scripts import ScriptInfo, ScriptService

# Shortcuts of the tab (they work while the focus is anywhere inside it). Portable text
# or standard keys: a QKeySequence must not be built before the QApplication exists.
ADD_KEYS = ("Ins", "Ctrl+N")
EDIT_KEY = "F2"
DELETE_KEY = QKeySequence.StandardKey.Delete
DUPLICATE_KEY = "Ctrl+D"
SEARCH_KEY = QKeySequence.StandardKey.Find


class ScriptsTab(Retranslatable, DialogHost, QWidget):
    """``open_designer(script_id)`` opens a script's canvas; without it the tab has no
    "Open in designer" action."""

    def __init__(self, scripts: ScriptService, open_designer: Callable[[int], None] | None = None,
                 report_error: ErrorReporter | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptsTab")
        self.scripts = scripts
        self.open_designer = open_designer
        self.report_error = report_error or default_reporter(self)
        self.model = ScriptsModel()
        self.proxy = ScriptsFilter(self.model)
        self._make_actions()
        self._build()
        self.retranslate()
        self.refresh()

    # ---- building -----------------------------------------------------------------
    def _make_actions(self) -> None:
        def action(icon_name: str, slot: Callable[[], object],
                   *keys: str | QKeySequence.StandardKey) -> QAction:
            return tab_action(self, icon_name, slot, *keys)

        self.add_action = action(icons.ADD, self.add_script, *ADD_KEYS)
        self.open_action = action(icons.DESIGNER, self.open_script)
        self.open_action.setVisible(self.open_designer is not None)
        self.edit_action = action(icons.EDIT, self.edit_script, EDIT_KEY)
        self.duplicate_action = action(icons.DUPLICATE, self.duplicate_script, DUPLICATE_KEY)
        self.delete_action = action(icons.DELETE, self.delete_script, DELETE_KEY)
        self.search_action = action(icons.SEARCH, self._focus_search, SEARCH_KEY)
        self.row_actions = (self.open_action, self.edit_action, self.duplicate_action,
                            self.delete_action)

    def _build(self) -> None:
        self.intro = QLabel(objectName="hint", wordWrap=True)
        self.add_button = action_button(self.add_action, icons.ADD_LIGHT, primary=True)
        self.open_button = action_button(self.open_action)
        self.open_button.setVisible(self.open_designer is not None)
        self.edit_button = action_button(self.edit_action)
        self.duplicate_button = action_button(self.duplicate_action)
        self.delete_button = action_button(self.delete_action)
        self.search = QLineEdit(objectName="scriptSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon(icons.SEARCH), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(160)
        self.search.setMaximumWidth(320)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._focus_table)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.add_button)
        bar.addSpacing(8)
        for button in (self.open_button, self.edit_button, self.duplicate_button,
                       self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.search, 1)  # grows with the window, up to its maximum

        self.table = scripts_table(self.proxy)
        self.table.activated.connect(lambda _index: self.open_script())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        self.empty = EmptyState(icons.SCRIPTS_EMPTY)
        self.empty_title, self.empty_text = self.empty.title, self.empty.text
        self.pages = list_pages(self.table, self.empty)
        self.count_label = QLabel(objectName="hint")
        tab_column(self, self.intro, bar, self.pages, self.count_label)

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Scripts guide operators through a call step by step. Draw them in the designer "
            "and publish; roles get their scripts on the Roles tab."))
        set_action_texts(
            (self.add_action, self.tr("Add script"), self.tr("Add a script (Ins, Ctrl+N)")),
            (self.open_action, self.tr("Open in designer"),
             self.tr("Draw the script's steps (Enter, double-click)")),
            (self.edit_action, self.tr("Edit"), self.tr("Change the name and description (F2)")),
            (self.duplicate_action, self.tr("Duplicate"),
             self.tr("Make a copy of the script (Ctrl+D)")),
            (self.delete_action, self.tr("Delete"), self.tr("Delete the script (Del)")),
            (self.search_action, self.tr("Search"), self.tr("Search scripts (Ctrl+F)")))
        copy_action_texts((self.add_button, self.add_action),
                          (self.open_button, self.open_action),
                          (self.edit_button, self.edit_action),
                          (self.duplicate_button, self.duplicate_action),
                          (self.delete_button, self.delete_action))
        self.search.setPlaceholderText(self.tr("Search scripts"))
        self.search.setToolTip(self.tr("Finds scripts by name, description or role (Ctrl+F)"))
        self.model.retranslate()
        self._update_empty_state()

    # ---- reading ------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list from the service, keeping the selected script selected."""
        keep = self.selected_id()
        try:
            rows = self.scripts.list()
        except SERVICE_ERRORS as exc:
            self._show_error(self.tr("Could not load the scripts"), exc)
            return
        self.model.set_rows(rows)
        self.select_script(keep)

    def selected_id(self) -> int | None:
        index = selected_row_index(self.table)
        return int(index.data(SCRIPT_ID_ROLE)) if index is not None else None

    def selected_info(self) -> ScriptInfo | None:
        script_id = self.selected_id()
        row = self.model.row_of(script_id) if script_id is not None else None
        return self.model.rows[row] if row is not None else None

    def select_script(self, script_id: int | None) -> None:
        """Select the script (or the first row when it is gone) and show it."""
        row = self.model.row_of(script_id) if script_id is not None else None
        index = (self.proxy.mapFromSource(self.model.index(row, NAME)) if row is not None
                 else self.proxy.index(0, NAME))
        if not index.isValid():
            index = self.proxy.index(0, NAME)
        select_whole_row(self.table, index)
        self._update_empty_state()
        self._update_actions()

    def _update_actions(self) -> None:
        has_row = self.selected_id() is not None
        for action in self.row_actions:
            action.setEnabled(has_row)

    def _update_empty_state(self) -> None:
        shown = self.proxy.rowCount()
        self.pages.setCurrentWidget(self.table if shown else self.empty)
        if not self.model.rows:
            self.empty_title.setText(self.tr("No scripts yet"))
            self.empty_text.setText(self.tr(
                "Add a script, then draw its steps in the designer. Operators see a script "
                "once it is published and a role has it."))
        elif not shown:
            self.empty_title.setText(self.tr("Nothing found"))
            self.empty_text.setText(self.tr(
                "No script matches «%1». Clear the search to see all scripts."
            ).replace("%1", self.search.text().strip()))
        total = len(self.model.rows)
        self.count_label.setVisible(total > 0)
        self.count_label.setText(
            self.tr("Scripts: %1").replace("%1", str(total)) if shown == total
            else self.tr("Scripts: %1 of %2").replace("%1", str(shown)).replace("%2", str(total)))

    def _search_changed(self, text: str) -> None:
        keep = self.selected_id()
        self.proxy.set_search(text)
        self.select_script(keep)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_table(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- actions ------------------------------------------------------------------
    def add_script(self) -> None:
        self.open_dialog(ScriptDetailsDialog(self, [r.name for r in self.model.rows], self._create))

    def _create(self, name: str, description: str) -> None:
        """Add the script (the dialog shows a ``NameTakenError`` itself)."""
        try:
            script = self.scripts.create(name, description)
        except NameTakenError:
            raise
        except SERVICE_ERRORS as exc:
            self._show_error(self.tr("Could not add the script"), exc)
            return
        self.refresh()
        self.select_script(script.id)

    def edit_script(self) -> None:
        info = self.selected_info()
        if info is None:
            return
        self.open_dialog(ScriptDetailsDialog(
            self, [r.name for r in self.model.rows],
            lambda name, description: self._rename(info.id, name, description),
            name=info.name, description=info.description, editing=True))

    def _rename(self, script_id: int, name: str, description: str) -> None:
        """Change name and description on the latest draft (its steps stay as stored)."""
        try:
            script = self.scripts.get(script_id)
            script.name, script.description = name, description
            self.scripts.save(script)
        except NameTakenError:
            raise
        except SERVICE_ERRORS as exc:
            self._show_error(self.tr("Could not save the script"), exc)
        self.refresh()

    def duplicate_script(self) -> None:
        info = self.selected_info()
        if info is None:
            return
        try:
            copy = self.scripts.duplicate(info.id)
        except SERVICE_ERRORS as exc:
            self._show_error(self.tr("Could not duplicate the script"), exc)
            self.refresh()
            return
        self.refresh()
        self.select_script(copy.id)

    def delete_script(self) -> None:
        info = self.selected_info()
        if info is not None:
            self._confirm_delete(info.id, info.name, info.roles)

    def _confirm_delete(self, script_id: int, name: str, roles: list[str]) -> None:
        dialog = DeleteScriptDialog(self, name, roles)
        dialog.finished.connect(lambda _result: dialog.confirmed() and self._delete(
            script_id, name, dialog.removes_from_roles))
        self.open_dialog(dialog)

    def _delete(self, script_id: int, name: str, remove_from_roles: bool) -> None:
        old_row = max(self.table.currentIndex().row(), 0)
        try:
            self.scripts.delete(script_id, remove_from_roles=remove_from_roles)
        except SERVICE_ERRORS as exc:
            if isinstance(exc, ScriptInUseError) and not remove_from_roles:
                self.refresh()  # a role took the script meanwhile: ask again, naming it
                self._confirm_delete(script_id, name, list(exc.roles))
                return
            self._show_error(self.tr("Could not delete the script"), exc)
        self.refresh()
        neighbour = self.proxy.index(min(old_row, self.proxy.rowCount() - 1), NAME)
        if neighbour.isValid():
            self.select_script(int(neighbour.data(SCRIPT_ID_ROLE)))

    def open_script(self) -> None:
        script_id = self.selected_id()
        if script_id is None or self.open_designer is None:
            return
        try:
            self.open_designer(script_id)
        except SERVICE_ERRORS as exc:
            self._show_error(self.tr("Could not open the script"), exc)
            self.refresh()


    # ---- errors -------------------------------------------------------------------
    def _show_error(self, title: str, exc: Exception) -> None:
        self.report_error(title, self.describe_error(exc))

    def describe_error(self, exc: Exception) -> str:
        """One sentence in the interface language for what the service refused."""
        if isinstance(exc, ConflictError):
            return self.tr("The script «%1» was changed by someone else meanwhile. The list "
                           "now shows their version; try again.").replace("%1", exc.name)
        if isinstance(exc, NotFoundError):
            return self.tr("This script no longer exists; someone may have deleted it.")
        if isinstance(exc, ScriptInUseError):
            return self.tr("The script is still used by these roles: %1.").replace(
                "%1", ", ".join(exc.roles))
        if isinstance(exc, DatabaseUnavailableError):
            return self.tr("The database is unavailable, nothing was changed. %1").replace(
                "%1", str(exc))
        return str(exc)

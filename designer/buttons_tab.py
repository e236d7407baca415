"""The Buttons tab («Кнопки») of the settings window: every result button as the operator
will see it, in call-card order, with its actions and the roles that have it.

Add, edit (double-click, Enter, F2), duplicate (Ctrl+D), delete (Del; asks, naming
the roles that lose the button), and reorder (Move up / Move down, Alt+Up / Alt+Down,
or drag a row). The tab talks to the ``ButtonService`` only, and reads the CRM's lead
statuses, pipelines and field titles for the editor; each action is one service call
followed by a reload, and anything refused ends in ``report_error`` (injectable).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStyle,
    QWidget,
)

from designer.action_editors import EditorContext
from designer.button_dialogs import DeleteButtonDialog, empty_picture
from designer.button_editor import ButtonEditor
from designer.button_refusals import describe
from designer.buttons_model import BUTTON, BUTTON_ID_ROLE, ButtonsModel, buttons_table
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
from designer.template_edit import VariableCatalog
from desktop.crm.errors import CrmError
from desktop.crm.gateway import FieldMeta, Pipeline, Status
from desktop.domain.buttons import ActionButton
from desktop.domain.crm_types import EntityType
from desktop.ui import i18n, icons
from desktop.ui.i18n import Retranslatable

if TYPE_CHECKING:
    from desktop.services.buttons import ButtonInfo, ButtonService

ADD_KEYS = ("Ins", "Ctrl+N")
EDIT_KEY = "F2"
DELETE_KEY = QKeySequence.StandardKey.Delete
DUPLICATE_KEY = "Ctrl+D"
MOVE_UP_KEY, MOVE_DOWN_KEY = "Alt+Up", "Alt+Down"


class ButtonsCrm(Protocol):
    """What the tab reads from the CRM: the choices of the status and stage actions and
    the field titles of the template variables."""

    def lead_statuses(self) -> list[Status]: ...

    def deal_pipelines(self) -> list[Pipeline]: ...

    def fields(self, entity: EntityType) -> list[FieldMeta]: ...


def editor_context(buttons: ButtonService, crm: ButtonsCrm,
                   clock: Callable[[], datetime] | None = None) -> EditorContext:
    """Variables from the service, titled by the CRM's fields in the interface language;
    the CRM's lead statuses and pipelines. Raises the CRM's errors."""
    language = i18n.current_language()
    titles = {f"{entity.value}.{meta.code}": meta.title(language)
              for entity in EntityType for meta in crm.fields(entity)}
    return EditorContext(VariableCatalog.build(buttons.known_variables(), titles),
                         crm.lead_statuses(), crm.deal_pipelines(), clock)


class ButtonsTab(Retranslatable, DialogHost, QWidget):
    """``clock`` is "now" for the editor's deadline examples and preview."""

    def __init__(self, buttons: ButtonService, crm: ButtonsCrm,
                 report_error: ErrorReporter | None = None,
                 clock: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("buttonsTab")
        self.buttons, self.crm, self.clock = buttons, crm, clock
        self.report_error = report_error or default_reporter(self)
        self.model = ButtonsModel()
        # Queued: the move reloads the list, which must not happen inside the view's drop.
        self.model.move_requested.connect(self.move_to, Qt.ConnectionType.QueuedConnection)
        self._make_actions()
        self._build()
        self.retranslate()
        self.refresh()

    # ---- building -----------------------------------------------------------------
    def _make_actions(self) -> None:
        self.add_action = tab_action(self, icons.ADD, self.add_button, *ADD_KEYS)
        self.edit_action = tab_action(self, icons.EDIT, self.edit_button, EDIT_KEY)
        self.duplicate_action = tab_action(self, icons.DUPLICATE, self.duplicate_button,
                                           DUPLICATE_KEY)
        self.delete_action = tab_action(self, icons.DELETE, self.delete_button, DELETE_KEY)
        self.up_action = tab_action(self, icons.ADD, lambda: self.move_by(-1), MOVE_UP_KEY)
        self.down_action = tab_action(self, icons.ADD, lambda: self.move_by(1), MOVE_DOWN_KEY)
        self.up_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.down_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.row_actions = (self.edit_action, self.duplicate_action, self.delete_action)

    def _build(self) -> None:
        self.intro = QLabel(objectName="hint", wordWrap=True)
        self.add_push = action_button(self.add_action, icons.ADD_LIGHT, primary=True)
        self.edit_push = action_button(self.edit_action)
        self.duplicate_push = action_button(self.duplicate_action)
        self.delete_push = action_button(self.delete_action)
        self.up_push = action_button(self.up_action)
        self.down_push = action_button(self.down_action)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.add_push)
        bar.addSpacing(8)
        for push in (self.edit_push, self.duplicate_push, self.delete_push):
            bar.addWidget(push)
        bar.addStretch(1)
        bar.addWidget(self.up_push)
        bar.addWidget(self.down_push)

        self.table = buttons_table(self.model)
        self.table.activated.connect(lambda _index: self.edit_button())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.empty = EmptyState(empty_picture())
        self.pages = list_pages(self.table, self.empty)
        self.count_label = QLabel(objectName="hint")
        tab_column(self, self.intro, bar, self.pages, self.count_label)

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Operators press these buttons in the call card to record a call's result, in "
            "this order. A button shows to operators once a role has it (Roles tab)."))
        set_action_texts(
            (self.add_action, self.tr("Add button"), self.tr("Add a button (Ins, Ctrl+N)")),
            (self.edit_action, self.tr("Edit"),
             self.tr("Change the button (Enter, F2, double-click)")),
            (self.duplicate_action, self.tr("Duplicate"),
             self.tr("Make a copy of the button (Ctrl+D)")),
            (self.delete_action, self.tr("Delete"), self.tr("Delete the button (Del)")),
            (self.up_action, self.tr("Move up"),
             self.tr("Earlier in the call card (Alt+Up); rows can be dragged too")),
            (self.down_action, self.tr("Move down"),
             self.tr("Later in the call card (Alt+Down); rows can be dragged too")))
        copy_action_texts((self.add_push, self.add_action), (self.edit_push, self.edit_action),
                          (self.duplicate_push, self.duplicate_action),
                          (self.delete_push, self.delete_action),
                          (self.up_push, self.up_action), (self.down_push, self.down_action))
        self.empty.set_texts(self.tr("No buttons yet"), self.tr(
            "Add a button, such as «Sale» or «Call back», with the actions it records. Then "
            "give it to roles on the Roles tab."))
        self.model.retranslate()
        self._update_count()

    # ---- reading ------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list from the service, keeping the selected button selected."""
        keep = self.selected_id()
        try:
            rows = self.buttons.list()
        except SERVICE_ERRORS as exc:
            self._show_error(self.tr("Could not load the buttons"), exc)
            return
        self.model.set_rows(rows)
        self.select_button(keep)

    def selected_id(self) -> int | None:
        index = selected_row_index(self.table)
        return int(index.data(BUTTON_ID_ROLE)) if index is not None else None

    def selected_info(self) -> ButtonInfo | None:
        row = self.model.row_of(self.selected_id())
        return self.model.rows[row] if row is not None else None  # type: ignore[return-value]

    def select_button(self, button_id: int | None) -> None:
        """Select the button (or the first row when it is gone) and show it."""
        row = self.model.row_of(button_id) if button_id is not None else None
        index = self.model.index(row if row is not None else 0, BUTTON)
        select_whole_row(self.table, index)
        self.pages.setCurrentWidget(self.table if self.model.rows else self.empty)
        self._update_actions()
        self._update_count()

    def _update_actions(self) -> None:
        row = self.model.row_of(self.selected_id())
        for action in self.row_actions:
            action.setEnabled(row is not None)
        self.up_action.setEnabled(row is not None and row > 0)
        self.down_action.setEnabled(row is not None and row < len(self.model.rows) - 1)

    def _update_count(self) -> None:
        total = len(self.model.rows)
        self.count_label.setVisible(total > 0)
        self.count_label.setText(self.tr("Buttons: %1").replace("%1", str(total)))

    # ---- the editor ---------------------------------------------------------------
    def editor_context(self) -> EditorContext:
        """What the editor offers; a CRM that cannot answer leaves its lists empty, and
        the supervisor is told."""
        try:
            return editor_context(self.buttons, self.crm, self.clock)
        except CrmError as exc:
            self.report_error(self.tr("Could not read the CRM"), self.tr(
                "The lead statuses, deal stages and field names are not available: %1"
            ).replace("%1", str(exc)))
        return EditorContext(VariableCatalog.build(self.buttons.known_variables()), [], [],
                             self.clock)

    def _open_editor(self, button: ActionButton | None) -> None:
        try:
            context = self.editor_context()
        except SERVICE_ERRORS as exc:
            self._show_error(self.tr("Could not open the button"), exc)
            return
        editor = ButtonEditor(self, button, context,
                              others=[r.button for r in self.model.rows],
                              validate_templates=self.buttons.validate_templates,
                              save=self.buttons.save)
        editor.accepted.connect(lambda: self._saved(editor.saved))
        self._open(editor)

    def _saved(self, button: ActionButton | None) -> None:
        self.refresh()
        if button is not None:
            self.select_button(button.id)
        self.table.setFocus()

    # ---- actions ------------------------------------------------------------------
    def add_button(self) -> None:
        self._open_editor(None)

    def edit_button(self) -> None:
        info = self.selected_info()
        if info is None or info.button.id is None:
            return
        try:
            button = self.buttons.get(info.button.id)
        except SERVICE_ERRORS as exc:
            self._show_error(self.tr("Could not open the button"), exc)
            self.refresh()
            return
        self._open_editor(button)

    def duplicate_button(self) -> None:
        info = self.selected_info()
        if info is None or info.button.id is None:
            return
        try:
            copy = self.buttons.duplicate(info.button.id)
        except SERVICE_ERRORS as exc:
            self._show_error(self.tr("Could not duplicate the button"), exc)
            self.refresh()
            return
        self.refresh()
        self.select_button(copy.id)

    def delete_button(self) -> None:
        info = self.selected_info()
        if info is None or info.button.id is None:
            return
        button_id, title = info.button.id, info.button.title
        dialog = DeleteButtonDialog(self, title, info.roles)
        dialog.finished.connect(lambda _result: dialog.confirmed() and self._delete(button_id))
        self._open(dialog)

    def _delete(self, button_id: int) -> None:
        old_row = self.model.row_of(button_id) or 0
        try:
            self.buttons.delete(button_id)
        except SERVICE_ERRORS as exc:
            self._show_error(self.tr("Could not delete the button"), exc)
        self.refresh()
        if self.model.rows:
            neighbour = self.model.rows[min(old_row, len(self.model.rows) - 1)]
            self.select_button(neighbour.button.id)

    def move_by(self, delta: int) -> None:
        button_id = self.selected_id()
        row = self.model.row_of(button_id)
        if button_id is None or row is None:
            return
        target = row + delta
        if 0 <= target < len(self.model.rows):
            self.move_to(button_id, target)

    def move_to(self, button_id: int, new_index: int) -> None:
        """Put the button at ``new_index`` of the call-card order (also after a drag)."""
        try:
            self.buttons.move(button_id, new_index)
        except SERVICE_ERRORS as exc:
            self._show_error(self.tr("Could not move the button"), exc)
        self.refresh()
        self.select_button(button_id)

    def _open(self, dialog: QWidget) -> None:
        dialog.finished.connect(lambda _result: self.table.setFocus())  # keys work on the list
        self.open_dialog(dialog)

    def _show_error(self, title: str, exc: Exception) -> None:
        self.report_error(title, describe(exc))

"""The role editor: a role's name, its switches, and what its operators get in the
call card — the Client tab (CRM fields and result buttons) and the Script tab.

The editor works on a copy of the role and saves it with one call (``save(role)``,
the role service's ``save``). A stale copy (someone saved the role meanwhile) or a
taken name is refused in the editor's red line; nothing is half-saved.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from designer import roster_errors
from designer.fields_dialog import FieldCatalog, FieldCatalogCache
from designer.role_sections import (
    ButtonCatalog,
    ButtonsSection,
    FieldsSection,
    ScriptCatalog,
    ScriptsSection,
)
from designer.script_dialogs import same_name
from designer.tab_widgets import SERVICE_ERRORS, DialogHost
from desktop.domain.errors import RosterError
from desktop.domain.roles import Role
from desktop.storage.errors import ConflictError, NotFoundError
from desktop.ui import i18n
from desktop.ui.i18n import Retranslatable
from desktop.ui.widgets import ErrorLine, dialog_body, dialog_buttons

NAME_MAX_LENGTH = 100  # the database column's size
EDITOR_SIZE = (920, 660)
CLIENT_TAB, SCRIPT_TAB = 0, 1


class RoleEditor(Retranslatable, DialogHost, QDialog):
    """Edits ``role`` (a new one when its id is None); ``saved`` holds the stored role
    after a successful save. ``taken_names`` are the other roles' names."""

    def __init__(self, role: Role, taken_names: Iterable[str],
                 save: Callable[[Role], Role], field_catalog: FieldCatalog | FieldCatalogCache,
                 buttons: ButtonCatalog, scripts: ScriptCatalog,
                 language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleEditor")
        self.original = copy.deepcopy(role)
        self.save = save
        self.saved: Role | None = None
        self.taken_names = [n for n in taken_names if not same_name(n, role.name)]
        language = language or i18n.current_language()
        catalog = (field_catalog if isinstance(field_catalog, FieldCatalogCache)
                   else FieldCatalogCache(field_catalog))

        self.heading = QLabel(objectName="pageTitle")
        self.system_note = QLabel(objectName="hint", wordWrap=True)
        self.system_note.setVisible(role.is_system)
        self.name_edit = QLineEdit(role.name, objectName="roleName")
        self.name_edit.setMaxLength(NAME_MAX_LENGTH)
        self.name_edit.textEdited.connect(lambda _text: self.error.clear_error())
        self.keep_open = QCheckBox(objectName="keepCardOpen")
        self.keep_open.setChecked(role.keep_card_open)
        self.keep_open_hint = QLabel(objectName="hint", wordWrap=True)
        self.result_required = QCheckBox(objectName="resultRequired")
        self.result_required.setChecked(role.result_required)
        self.result_required_hint = QLabel(objectName="hint", wordWrap=True)
        self.manage = QCheckBox(objectName="manageSettings")
        self.manage.setChecked(role.may_manage_settings or role.is_system)
        self.manage.setEnabled(not role.is_system)
        self.manage_hint = QLabel(objectName="hint", wordWrap=True)

        self.fields = FieldsSection(role.client_fields, catalog, language, self.open_dialog)
        self.buttons_section = ButtonsSection(role.button_ids, buttons())
        self.scripts_section = ScriptsSection(role.script_ids, scripts())
        self.tabs = QTabWidget(objectName="roleTabs")
        self.tabs.setDocumentMode(True)
        client = QWidget()
        client_layout = QHBoxLayout(client)
        client_layout.setContentsMargins(4, 12, 4, 4)
        client_layout.setSpacing(20)
        client_layout.addWidget(self.fields, 3)
        client_layout.addWidget(self.buttons_section, 2)
        script = QWidget()
        script_layout = QVBoxLayout(script)
        script_layout.setContentsMargins(4, 12, 4, 4)
        script_layout.addWidget(self.scripts_section)
        self.tabs.addTab(client, "")
        self.tabs.addTab(script, "")
        self.scripts_section.list.itemChanged.connect(lambda _item: self._mark_script_tab())

        self.error = ErrorLine()
        self.box, self.save_button = dialog_buttons(self)
        self._lay_out()
        self.retranslate()
        self.resize(*EDITOR_SIZE)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def _lay_out(self) -> None:
        switches = QVBoxLayout()
        switches.setSpacing(2)
        for box, hint in ((self.keep_open, self.keep_open_hint),
                          (self.result_required, self.result_required_hint),
                          (self.manage, self.manage_hint)):
            switches.addWidget(box)
            hint.setContentsMargins(24, 0, 0, 6)
            switches.addWidget(hint)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_edit)
        form = QFormLayout()
        form.setSpacing(8)
        form.addRow(self.name_label, self.name_edit)
        dialog_body(self, self.heading, self.system_note, form, switches, (self.tabs, 1),
                    self.error, self.box, spacing=10)

    def retranslate(self) -> None:
        title = (self.tr("Role «%1»").replace("%1", self.original.name)
                 if self.original.id is not None else self.tr("New role"))
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.system_note.setText(self.tr(
            "The system role: it manages the settings and must always have an active holder. "
            "It can be renamed but not deleted."))
        self.name_label.setText(self.tr("&Name:"))
        self.name_edit.setPlaceholderText(self.tr("For example: Sales operator"))
        self.keep_open.setText(self.tr("Do not close the call card when the call ends"))
        self.keep_open_hint.setText(self.tr("Leaves time for after-call work: the operator "
                                            "closes the card when done."))
        self.result_required.setText(self.tr("A call result is required"))
        self.result_required_hint.setText(self.tr(
            "Closing a finished call's card without a result asks the operator to confirm."))
        self.manage.setText(self.tr("May manage the app's settings"))
        self.manage_hint.setText(self.tr("Opens this window: buttons, scripts, roles and "
                                         "users."))
        self.manage.setToolTip(self.tr("The system role always manages the settings.")
                               if self.original.is_system else "")
        self.tabs.setTabText(CLIENT_TAB, self.tr("Client"))
        self.save_button.setText(self.tr("Save"))
        self._mark_script_tab()

    def _mark_script_tab(self) -> None:
        missing = not self.scripts_section.script_ids()
        self.tabs.setTabText(SCRIPT_TAB, self.tr("Script") + (" ⚠" if missing else ""))
        self.tabs.setTabToolTip(SCRIPT_TAB, self.scripts_section.warning.text()
                                if missing else "")

    # ---- the result -----------------------------------------------------------------
    def role(self) -> Role:
        """The role as edited (the original's id and version, for an optimistic save)."""
        role = copy.deepcopy(self.original)
        role.name = " ".join(self.name_edit.text().split())
        role.keep_card_open = self.keep_open.isChecked()
        role.result_required = self.result_required.isChecked()
        role.may_manage_settings = self.manage.isChecked() or role.is_system
        role.client_fields = list(self.fields.fields)
        role.button_ids = self.buttons_section.button_ids()
        role.script_ids = self.scripts_section.script_ids()
        return role

    def problem(self) -> str:
        name = self.role().name
        if not name:
            return self.tr("Enter the role's name.")
        if any(same_name(name, taken) for taken in self.taken_names):
            return self.name_taken_text(name)
        return ""

    def name_taken_text(self, name: str) -> str:
        return self.tr("A role named «%1» already exists. Choose another name.").replace(
            "%1", name)

    def gone_text(self, exc: NotFoundError) -> str:
        if exc.what == "button":
            return self.tr("A button chosen here was deleted meanwhile. Remove it from the "
                           "list and save again.")
        if exc.what == "script":
            return self.tr("A script ticked here was deleted meanwhile. Untick it and save "
                           "again.")
        return self.tr("This role was deleted meanwhile; close the editor.")

    def accept(self) -> None:
        problem = self.problem()
        if not problem:
            try:
                self.saved = self.save(self.role())
            except ConflictError:
                problem = self.tr("Someone else saved this role while you edited it. Close "
                                  "the editor, open the role again and repeat your changes.")
            except NotFoundError as exc:
                problem = self.gone_text(exc)
            except SERVICE_ERRORS as exc:
                # A plain RosterError from saving is the name: someone took it meanwhile.
                problem = (self.name_taken_text(self.role().name)
                           if type(exc) is RosterError
                           else roster_errors.describe(exc, role_name=self.role().name))
        if problem:
            self.error.show_error(problem)
            self.name_edit.setFocus()
            return
        super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a list must not save the role half-done: only the name field submits."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.focusWidget() is not self.name_edit:
            return
        super().keyPressEvent(event)

"""The Roles tab («Роли») of the settings window: the seat plan, the users, the roles.

The tab talks to the role and user services only; each action is one service call
followed by a reload of all three parts (a role change moves user counts, a block
frees a seat). What the services refuse ends in one clear message through
``report_error``; ``report_info`` says who kept access after a lapse. Both are
injectable, as is the random choice (``rng``) the lapse makes.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QHeaderView, QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget

from designer import roster_errors
from designer.fields_dialog import FieldCatalog, FieldCatalogCache
from designer.plan_panel import InfoReporter, PlanPanel
from designer.role_editor import RoleEditor
from designer.role_sections import ButtonCatalog, ScriptCatalog
from designer.roster_section import RosterSection, two_line_names
from designer.scripts_model import DESCRIPTION_ROLE
from designer.tab_widgets import SERVICE_ERRORS, ErrorReporter, default_reporter, set_action_texts
from designer.users_panel import UsersPanel
from desktop.domain.roles import Role
from desktop.ui import icons
from desktop.ui.i18n import Retranslatable
from desktop.ui.widgets import RowsModel

if TYPE_CHECKING:
    from desktop.services.buttons import ButtonService
    from desktop.services.context import BoundServices
    from desktop.services.roles import RoleInfo, RoleService
    from desktop.services.scripts import ScriptService
    from desktop.services.users import UserInfo, UserService

ROLE_NAME, USERS = range(2)
ROLES_MIN_WIDTH = 340  # a role's name and its summary line, unclipped
_Index = QModelIndex | QPersistentModelIndex


class RolesModel(RowsModel["RoleInfo"]):
    COLUMNS = 2

    def row_of(self, role_id: int | None) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.role.id == role_id), None)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:  # the users column: an icon, it is narrow
            return self.tr("Role") if section == ROLE_NAME else ""
        if role == Qt.ItemDataRole.DecorationRole and section == USERS:
            return icons.icon(icons.USER)
        if role == Qt.ItemDataRole.ToolTipRole and section == USERS:
            return self.tr("Users holding the role")
        if role == Qt.ItemDataRole.TextAlignmentRole and section != ROLE_NAME:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        info, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [info.role.name, str(info.user_count)][column]
        if role == DESCRIPTION_ROLE and column == ROLE_NAME:
            return self.summary(info.role)
        if role == Qt.ItemDataRole.FontRole and column == ROLE_NAME:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != ROLE_NAME:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == ROLE_NAME:
            return self.tooltip(info.role)
        return None

    def tooltip(self, role: Role) -> str:
        lines = [role.name]
        if role.is_system:
            lines.append(self.tr("The system role: manages the settings, always has an "
                                 "active holder, can be renamed but not deleted."))
        elif role.may_manage_settings:
            lines.append(self.tr("May manage the app's settings."))
        if role.keep_card_open:
            lines.append(self.tr("The call card stays open after the call."))
        return "\n".join(lines)

    def summary(self, role: Role) -> str:
        """The name cell's second line: what sets the role apart."""
        parts = []
        if role.is_system:
            parts.append(self.tr("system role"))
        elif role.may_manage_settings:
            parts.append(self.tr("manages settings"))
        for text, count in ((self.tr("buttons: %1"), len(role.button_ids)),
                            (self.tr("scripts: %1"), len(role.script_ids)),
                            (self.tr("fields: %1"), len(role.client_fields))):
            parts.append(text.replace("%1", str(count)))
        return " · ".join(parts)


class RolesPanel(Retranslatable, RosterSection):
    """The roles list with add, edit, duplicate and delete."""

    changed = Signal()

    def __init__(self, roles: RoleService, report_error: ErrorReporter,
                 field_catalog: FieldCatalog, buttons: ButtonCatalog, scripts: ScriptCatalog,
                 language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__("roles", parent)
        self.roles, self.report_error = roles, report_error
        self.catalog = FieldCatalogCache(field_catalog)  # asked once per tab, not per editor
        self.buttons, self.scripts, self.language = buttons, scripts, language
        self.holders: dict[int, list[str]] = {}
        self.model = RolesModel()
        self.table.setModel(self.model)
        two_line_names(self.table, ROLE_NAME)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ROLE_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(USERS, QHeaderView.ResizeMode.ResizeToContents)
        self.add_action = self.make_action(icons.ADD, self.add_role, "Ins", "Ctrl+N")
        self.edit_action = self.make_action(icons.EDIT, self.edit_role, "F2")
        self.duplicate_action = self.make_action(icons.DUPLICATE, self.duplicate_role,
                                                 "Ctrl+D")
        self.delete_action = self.make_action(icons.DELETE, self.delete_role,
                                              QKeySequence.StandardKey.Delete)
        self.add_button = self.action_button(self.add_action, icons.ADD_LIGHT, primary=True)
        # The roles are the narrow side of the tab: their row actions are icons (with
        # their names in the tooltips); Enter edits and Del deletes as well.
        self.edit_button = self.action_button(self.edit_action, icon_only=True)
        self.duplicate_button = self.action_button(self.duplicate_action, icon_only=True)
        self.delete_button = self.action_button(self.delete_action, icon_only=True)
        self.bar.addStretch(1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.table.activated.connect(lambda _index: self.edit_role())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Roles"))
        self.hint.setText(self.tr("What operators get in the call card: fields, buttons, "
                                  "scripts."))
        set_action_texts(
            (self.add_action, self.tr("Add role"), self.tr("Add a role (Ins, Ctrl+N)")),
            (self.edit_action, self.tr("Edit"), self.tr("Edit the role (F2, Enter)")),
            (self.duplicate_action, self.tr("Duplicate"),
             self.tr("Make a copy of the role (Ctrl+D)")))
        self.delete_action.setText(self.tr("Delete"))
        self.model.retranslate()
        self.update_actions()

    # ---- data ---------------------------------------------------------------------
    def set_data(self, roles: Sequence[RoleInfo], users: Sequence[UserInfo]) -> None:
        keep, old_row = self.selected_id(), self.selected_row()
        self.holders = {}
        for info in users:
            self.holders.setdefault(info.user.role_id, []).append(info.user.display_name)
        self.model.set_rows(roles)
        row = self.model.row_of(keep)
        self.select_row(row if row is not None else old_row)
        self.update_actions()

    def selected(self) -> RoleInfo | None:
        row = self.selected_row()
        return self.model.rows[row] if row is not None else None

    def selected_id(self) -> int | None:
        info = self.selected()
        return info.role.id if info else None

    def select_role(self, role_id: int | None) -> None:
        self.select_row(self.model.row_of(role_id))

    def update_actions(self) -> None:
        info = self.selected()
        for action in (self.edit_action, self.duplicate_action):
            action.setEnabled(info is not None)
        system = info is not None and info.role.is_system
        self.delete_action.setEnabled(info is not None and not system)
        why = roster_errors.system_role_text(info.role.name) if system else ""
        self.delete_action.setToolTip(self.tr("Cannot delete: %1").replace("%1", why) if system
                                      else self.tr("Delete the role (Del)"))

    # ---- actions ------------------------------------------------------------------
    def _editor(self, role: Role) -> RoleEditor:
        taken = [r.role.name for r in self.model.rows if r.role.id != role.id]
        editor = RoleEditor(role, taken, self.roles.save, self.catalog, self.buttons,
                            self.scripts, self.language, self)
        editor.accepted.connect(lambda: self._saved(editor.saved))
        self.open_dialog(editor)
        return editor

    def _saved(self, role: Role | None) -> None:
        self.changed.emit()
        if role is not None:
            self.select_role(role.id)

    def add_role(self) -> None:
        self._editor(Role(name=""))

    def edit_role(self) -> None:
        info = self.selected()
        if info is None:
            return
        try:
            role = self.roles.get(info.role.id)
        except SERVICE_ERRORS as exc:
            self._refused(self.tr("Could not open the role"), exc, info)
            return
        self._editor(role)

    def duplicate_role(self) -> None:
        info = self.selected()
        if info is None:
            return
        try:
            copy = self.roles.duplicate(info.role.id)
        except SERVICE_ERRORS as exc:
            self._refused(self.tr("Could not duplicate the role"), exc, info)
            return
        self._saved(copy)

    def delete_role(self) -> None:
        info = self.selected()
        if info is None or not self.delete_action.isEnabled():
            return
        holders = sorted(self.holders.get(info.role.id, []))
        if holders:  # known in advance: say who holds it rather than ask first
            self.report_error(self.tr("Cannot delete the role"),
                              roster_errors.role_held_text(info.role.name, holders))
            return
        dialog = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete role"),
                             self.tr("Delete the role «%1»?").replace("%1", info.role.name),
                             QMessageBox.StandardButton.Cancel, self)
        dialog.setObjectName("deleteRoleDialog")
        dialog.setInformativeText(self.tr("No user holds it. Its buttons and scripts stay."))
        confirm = dialog.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        dialog.setDefaultButton(QMessageBox.StandardButton.Cancel)
        dialog.finished.connect(lambda _r: dialog.clickedButton() is confirm
                                and self._delete(info))
        self.open_dialog(dialog)

    def _delete(self, info: RoleInfo) -> None:
        try:
            self.roles.delete(info.role.id)
        except SERVICE_ERRORS as exc:
            self._refused(self.tr("Could not delete the role"), exc, info)
            return
        self.changed.emit()

    def _refused(self, title: str, exc: Exception, info: RoleInfo) -> None:
        self.report_error(title, roster_errors.describe(exc, role_name=info.role.name))
        self.changed.emit()


class RolesTab(Retranslatable, QWidget):
    """The page the settings window shows under «Роли».

    ``field_catalog(entity)`` lists the CRM's fields; ``buttons()`` and ``scripts()`` list
    what a role can be given. ``rng`` makes the lapse's random choice (seeded in tests);
    ``current_user_id`` is the signed-in supervisor (their own account is protected).
    """

    def __init__(self, roles: RoleService, users: UserService, field_catalog: FieldCatalog,
                 buttons: ButtonCatalog, scripts: ScriptCatalog,
                 report_error: ErrorReporter | None = None,
                 report_info: InfoReporter | None = None, rng: random.Random | None = None,
                 language: str | None = None, current_user_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rolesTab")
        self.roles_service, self.users_service = roles, users
        self.report_error = report_error or default_reporter(self)
        self.report_info = report_info or (lambda title, text: _show_info(self, title, text))
        self.intro = QLabel(objectName="hint", wordWrap=True)
        self.plan = PlanPanel(users, self.report_error, self.report_info, rng)
        self.users = UsersPanel(users, self.report_error, current_user_id)
        self.roles = RolesPanel(roles, self.report_error, field_catalog, buttons, scripts,
                                language)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(16)
        self.splitter.addWidget(self.users)
        self.splitter.addWidget(self.roles)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.roles.setMinimumWidth(ROLES_MIN_WIDTH)
        self.splitter.setSizes([3000, 1])  # the users get all but the roles' minimum
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(self.plan)
        layout.addWidget(self.splitter, 1)
        for part in (self.plan, self.users, self.roles):
            part.changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    @classmethod
    def for_services(cls, bound: BoundServices, field_catalog: FieldCatalog,
                     **options: object) -> RolesTab:
        """The tab over the settings services of the signed-in supervisor; ``options``
        are the constructor's keywords (``report_error``, ``rng``...)."""
        options.setdefault("current_user_id", bound.actor.user.id)
        return cls(bound.roles, bound.users, field_catalog, button_catalog(bound.buttons),
                   script_catalog(bound.scripts), **options)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Who may work in the app, and what each role gets in the "
                                   "call card."))

    def refresh(self) -> None:
        """Reload the plan, the users and the roles from the services."""
        try:
            roles = self.roles_service.list()
            users = self.users_service.list()
            plan = self.users_service.plan()
        except SERVICE_ERRORS as exc:
            self.report_error(self.tr("Could not load the users and roles"),
                              roster_errors.describe(exc))
            return
        self.plan.set_data(plan, users)
        self.users.set_data(users, roles, plan.lapsed)
        self.roles.set_data(roles, users)


def button_catalog(buttons: ButtonService) -> ButtonCatalog:
    """What a role can be given: every button, in call-card order, with its colour."""
    return lambda: [(i.button.id, i.button.title, i.button.color) for i in buttons.list()
                    if i.button.id is not None]


def script_catalog(scripts: ScriptService) -> ScriptCatalog:
    return lambda: [(i.id, i.name) for i in scripts.list()]


def _show_info(parent: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("infoBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


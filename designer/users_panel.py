"""The users list of the Roles tab: who may work, in which role, and since when idle.

Actions: add (with a password or a first-login invitation), change role, block or
unblock, remove. The rule that the system role always has an active holder is shown
before anyone tries: for its last holder, the actions that would break it are disabled
and their tooltips say why; anything the service still refuses (a seat limit, a change
made meanwhile) ends in one clear message.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QHeaderView, QWidget

from designer import roster_errors
from designer.roster_section import RosterSection, two_line_names
from designer.scripts_model import DESCRIPTION_ROLE
from designer.tab_widgets import SERVICE_ERRORS, ErrorReporter
from designer.user_dialogs import (
    AddUserDialog,
    ChangeRoleDialog,
    OneTimePasswordDialog,
    RemoveUserDialog,
)
from desktop.ui import icons
from desktop.ui.formatting import NO_VALUE, format_started
from desktop.ui.i18n import Retranslatable
from desktop.ui.widgets import RowsModel

if TYPE_CHECKING:
    from desktop.services.roles import RoleInfo
    from desktop.services.users import AddedUser, UserInfo, UserService

NAME, ROLE, STATE, LAST_ACTIVITY = range(4)
USER_ID_ROLE = Qt.ItemDataRole.UserRole
ACTIVE, BLOCKED, BLOCKED_BY_PLAN = "active", "blocked", "blocked_by_plan"
STATE_COLOURS = {ACTIVE: "#16a34a", BLOCKED: "#94a3b8", BLOCKED_BY_PLAN: "#d97706"}
MUTED = QColor("#64748b")
_Index = QModelIndex | QPersistentModelIndex


@cache
def state_dot(state: str) -> QIcon:
    """A small filled circle in the state's colour, in front of the state's name."""
    picture = QPixmap(12, 12)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(STATE_COLOURS.get(state, "#94a3b8")))
    painter.drawEllipse(2, 2, 8, 8)
    painter.end()
    return QIcon(picture)


class TeamRules:
    """What can be told in advance from the lists: who is the last active supervisor."""

    def __init__(self, users: Sequence[UserInfo], roles: Sequence[RoleInfo]) -> None:
        system = next((r.role for r in roles if r.role.is_system), None)
        self.system_role_id = system.id if system else None
        self.system_role_name = system.name if system else ""
        self.active_supervisors = [u.user.id for u in users
                                   if u.state == ACTIVE and u.user.role_id == self.system_role_id]

    def is_last_supervisor(self, info: UserInfo) -> bool:
        return (self.system_role_id is not None and info.state == ACTIVE
                and info.user.role_id == self.system_role_id
                and self.active_supervisors == [info.user.id])


class UsersModel(RowsModel["UserInfo"]):
    COLUMNS = 4

    def row_of(self, user_id: int | None) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.user.id == user_id), None)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("User"), self.tr("Role"), self.tr("State"),
                    self.tr("Last activity")][section]
        return None

    def state_text(self, state: str) -> str:
        return {ACTIVE: self.tr("active"), BLOCKED: self.tr("blocked"),
                BLOCKED_BY_PLAN: self.tr("blocked by plan")}.get(state, state)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        info, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(info, column)
        if role == USER_ID_ROLE:
            return info.user.id
        if role == DESCRIPTION_ROLE and column == NAME:
            return self.login_line(info)
        if role == Qt.ItemDataRole.DecorationRole and column == STATE:
            return state_dot(info.state)
        if role == Qt.ItemDataRole.FontRole and column == NAME:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (
                column == LAST_ACTIVITY or info.state != ACTIVE):
            return MUTED
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(info, column)
        return None

    def _text(self, info: UserInfo, column: int) -> str:
        user = info.user
        if column == NAME:
            return user.display_name
        if column == ROLE:
            return info.role_name
        if column == STATE:
            return self.state_text(info.state)
        return format_started(user.last_activity) if user.last_activity else NO_VALUE

    def login_line(self, info: UserInfo) -> str:
        """The name cell's second line: the login, who administers the app, and who has
        not yet replaced their first-login password."""
        parts = [self.tr("login: %1").replace("%1", info.user.username)]
        if info.user.administrator:
            parts.append(self.tr("administers the app"))
        if getattr(info, "must_change_password", False):
            parts.append(self.tr("invited: first sign-in pending"))
        return " · ".join(parts)

    def _tooltip(self, info: UserInfo, column: int) -> str | None:
        if column == NAME and info.user.administrator:
            return self.tr("%1 administers the app: keeps access when a paid plan "
                           "lapses.").replace("%1", info.user.display_name)
        if column == STATE and info.state == BLOCKED_BY_PLAN:
            return self.tr("Blocked because the paid plan lapsed; works again once it is "
                           "renewed. Nothing was deleted.")
        if column == STATE and info.state == BLOCKED:
            return self.tr("Blocked by a supervisor: cannot sign in until unblocked.")
        if column == LAST_ACTIVITY and info.user.last_activity is None:
            return self.tr("Has not signed in yet.")
        return None


class UsersPanel(Retranslatable, RosterSection):
    """``changed`` is emitted after every change the service accepted (or refused after
    something changed meanwhile), so the tab reloads users, roles and the plan.
    ``current_user_id`` is the signed-in supervisor, who cannot block or remove their
    own account here."""

    changed = Signal()

    def __init__(self, users: UserService, report_error: ErrorReporter,
                 current_user_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__("users", parent)
        self.users = users
        self.current_user_id = current_user_id  # the supervisor at work: not blocked by self
        self.report_error = report_error
        self.roles: list[RoleInfo] = []
        self.rules = TeamRules([], [])
        self.plan_lapsed = False
        self.model = UsersModel()
        self.table.setModel(self.model)
        two_line_names(self.table, NAME)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (ROLE, STATE, LAST_ACTIVITY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_action = self.make_action(icons.ADD, self.add_user, "Ins", "Ctrl+N")
        self.role_action = self.make_action(icons.EDIT, self.change_role, "F2")
        self.block_action = self.make_action(icons.LOCK, self.toggle_block, "Ctrl+B")
        self.remove_action = self.make_action(icons.DELETE, self.remove_user,
                                              QKeySequence.StandardKey.Delete)
        self.add_button = self.action_button(self.add_action, icons.ADD_LIGHT, primary=True)
        self.role_button = self.action_button(self.role_action)
        self.block_button = self.action_button(self.block_action)
        self.remove_button = self.action_button(self.remove_action)
        self.bar.addStretch(1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.table.activated.connect(lambda _index: self.change_role())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Users"))
        self.hint.setText(self.tr("A user works in the app with the one role given here."))
        self.add_action.setText(self.tr("Add user"))
        self.add_action.setToolTip(self.tr("Add a user (Ins, Ctrl+N)"))
        self.remove_action.setText(self.tr("Remove"))
        self.model.retranslate()
        self.update_actions()

    # ---- data ---------------------------------------------------------------------
    def set_data(self, users: Sequence[UserInfo], roles: Sequence[RoleInfo],
                 plan_lapsed: bool) -> None:
        """Show the lists loaded by the tab, keeping the selected user selected."""
        keep, old_row = self.selected_id(), self.selected_row()
        self.roles, self.plan_lapsed = list(roles), plan_lapsed
        self.rules = TeamRules(users, roles)
        self.model.set_rows(users)
        row = self.model.row_of(keep)
        self.select_row(row if row is not None else old_row)
        self.update_actions()

    def selected(self) -> UserInfo | None:
        row = self.selected_row()
        return self.model.rows[row] if row is not None else None

    def selected_id(self) -> int | None:
        info = self.selected()
        return info.user.id if info else None

    def select_user(self, user_id: int) -> None:
        self.select_row(self.model.row_of(user_id))

    def role_choices(self) -> list[tuple[int, str]]:
        return [(r.role.id, r.role.name) for r in self.roles if r.role.id is not None]

    def update_actions(self) -> None:
        """Enable what the selected user allows, and say in the tooltip why not."""
        info = self.selected()
        last = info is not None and self.rules.is_last_supervisor(info)
        why_not = (roster_errors.last_supervisor_text(info.user.display_name,
                                                      self.rules.system_role_name)
                   if info is not None and last else "")
        if info is not None and not why_not and info.user.id == self.current_user_id:
            why_not = self.tr("This is your own account: another supervisor can block or "
                              "remove it.")
        self.role_action.setText(self.tr("Change role"))
        self.role_action.setEnabled(info is not None and not last)
        self.role_action.setToolTip(
            (why_not if last else "") or self.tr("Move the user to another role (F2)"))
        self.remove_action.setEnabled(info is not None and not why_not)
        self.remove_action.setToolTip(why_not or self.tr("Remove the user (Del)"))
        blocked = info is not None and info.state != ACTIVE
        self.block_action.setText(self.tr("Unblock") if blocked else self.tr("Block"))
        waits_for_plan = info is not None and info.state == BLOCKED_BY_PLAN and self.plan_lapsed
        self.block_action.setEnabled(info is not None and not why_not and not waits_for_plan)
        if waits_for_plan:
            self.block_action.setToolTip(self.tr(
                "Blocked until the paid plan is renewed; renewing restores everyone."))
        elif blocked:
            self.block_action.setToolTip(self.tr("Let the user sign in again (Ctrl+B)"))
        else:
            self.block_action.setToolTip(why_not or self.tr(
                "Stop the user signing in; nothing is deleted (Ctrl+B)"))

    # ---- actions ------------------------------------------------------------------
    def add_user(self) -> None:
        # A newcomer most likely joins the biggest team; the system role is never assumed.
        others = [r for r in self.roles if not r.role.is_system]
        default = (max(others, key=lambda r: r.user_count).role.id if others
                   else self.rules.system_role_id)
        added: list[AddedUser] = []

        def save(username: str, display_name: str, role_id: int,
                 password: str | None) -> None:
            with self._reloading():
                added.append(self.users.add(username, display_name, role_id, password))
            self.select_user(added[-1].user.id)

        dialog = AddUserDialog(self, self.role_choices(),
                               [r.user.username for r in self.model.rows], save,
                               default_role=default)
        dialog.accepted.connect(lambda: added and self._show_password(added[-1]))
        self.open_dialog(dialog)

    def _show_password(self, added: AddedUser) -> None:
        """The one time the first-login password is shown: the service keeps no copy."""
        if added.first_login_password:
            self.open_dialog(OneTimePasswordDialog(self, added.user.display_name,
                                                   added.user.username,
                                                   added.first_login_password))

    def change_role(self) -> None:
        info = self.selected()
        if info is None or not self.role_action.isEnabled():
            return
        self.open_dialog(ChangeRoleDialog(self, info.user.display_name, self.role_choices(),
                                          info.user.role_id,
                                          lambda role_id: self._set_role(info, role_id)))

    def _set_role(self, info: UserInfo, role_id: int) -> None:
        with self._reloading():
            self.users.set_role(info.user.id, role_id)

    @contextmanager
    def _reloading(self) -> Iterator[None]:
        """Reload the lists after a change made from a dialog, refused or not (a refusal
        may come from something changed meanwhile); the dialog shows the refusal."""
        try:
            yield
        finally:
            self.changed.emit()

    def toggle_block(self) -> None:
        info = self.selected()
        if info is None or not self.block_action.isEnabled():
            return
        unblocking = info.state != ACTIVE
        try:
            if unblocking:
                self.users.unblock(info.user.id)
            else:
                self.users.block(info.user.id)
        except SERVICE_ERRORS as exc:
            title = (self.tr("Could not unblock %1") if unblocking
                     else self.tr("Could not block %1")).replace("%1", info.user.display_name)
            self._refused(title, exc, info)
            return
        self.changed.emit()

    def remove_user(self) -> None:
        info = self.selected()
        if info is None or not self.remove_action.isEnabled():
            return
        dialog = RemoveUserDialog(self, info.user.display_name, info.user.username)
        dialog.finished.connect(lambda _result: dialog.confirmed() and self._remove(info))
        self.open_dialog(dialog)

    def _remove(self, info: UserInfo) -> None:
        try:
            self.users.remove(info.user.id)
        except SERVICE_ERRORS as exc:
            self._refused(self.tr("Could not remove %1").replace(
                "%1", info.user.display_name), exc, info)
            return
        self.changed.emit()

    def _refused(self, title: str, exc: Exception, info: UserInfo) -> None:
        self.report_error(title, roster_errors.describe(
            exc, user_name=info.user.display_name,
            system_role_name=self.rules.system_role_name))
        self.changed.emit()  # the lists may be stale: show what is stored now

"""The Roles tab's screens for ``operator-desk tour``, rendered offscreen.

Shown on the demo data as the administering supervisor sees them: the settings window
on the Roles tab, the role editor of «Оператор продаж» (both tabs), adding a user by
invitation and the one-time password, the refusals for a role still held and for the
last supervisor, the first-login password change, and a lapsed plan. Nothing is
written to the database given: refusals change nothing, the one-time password shown is
a sample, and the lapse happens on a scratch copy of the demo data.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from designer import roster_errors
from designer.roles_tab import RolesTab
from designer.script_dialogs import show_error_box
from designer.settings_window import ROLES_TAB, SettingsWindow
from designer.user_dialogs import OneTimePasswordDialog
from desktop.crm.embedded import EmbeddedCrm
from desktop.demo.settings import SALES_ROLE
from desktop.domain.errors import RosterError
from desktop.services.accounts import SignedIn
from desktop.services.context import Services
from desktop.services.users import one_time_password
from desktop.storage.database import Database
from desktop.storage.repositories import RoleRepository, UserRepository
from desktop.ui import i18n
from desktop.ui.password_change import PasswordChangeDialog
from desktop.ui.settings import settings_file
from desktop.ui.tour import grab_png, scratch_demo, settle

WINDOW_SIZE = (1100, 680)
LAPSE_SEED = 3  # the scratch lapse picks the same user every time


def _save(widget: QWidget, path: Path) -> Path:
    widget.show()
    return grab_png(widget, path)


def administrator(db: Database) -> SignedIn | None:
    """The supervisor who administers the app, as the services check them (no password:
    the tour signs nobody in and records no activity)."""
    with db.read() as session:
        users = [u for u in UserRepository(session).list() if u.active]
        admin = next((u for u in users if u.administrator), None)
        if admin is None or admin.role_id is None:
            return None
        return SignedIn(admin, RoleRepository(session).get(admin.role_id))


class _Shots:
    """The settings window on the Roles tab, with the message boxes it opened."""

    def __init__(self, services: Services, actor: SignedIn) -> None:
        self.boxes: list[QWidget] = []
        self.window = SettingsWindow(services, actor, open_designer=lambda _script_id: None)
        self.window.resize(*WINDOW_SIZE)
        assert services.db is not None
        self.tab = RolesTab.for_services(
            self.window.bound, EmbeddedCrm(services.db.engine).fields,
            report_error=self.report, report_info=self.report,
            rng=random.Random(LAPSE_SEED))
        wired = self.window.pages.pop(ROLES_TAB, None)
        if wired is not None:  # the window's own Roles tab: this one reports into the tour
            self.window.tabs.removeTab(self.window.tabs.indexOf(wired))
            wired.deleteLater()
        self.window.add_page(ROLES_TAB, self.tab)
        self.window.tabs.setCurrentWidget(self.tab)
        self.window.show()
        settle()

    def report(self, title: str, text: str) -> None:
        self.boxes.append(show_error_box(self.window, title, text))

    def close(self) -> None:
        for widget in (self.tab.users.dialog, self.tab.roles.dialog, self.tab.plan.dialog,
                       *self.boxes):
            if widget is not None and shiboken6.isValid(widget):  # boxes delete on close
                widget.close()
        self.window.close()
        self.window.deleteLater()
        settle()


def render_roles_screens(services_or_db: Services | Database, out_dir: Path,
                         language: str = "ru") -> list[Path]:
    """Render the Roles tab's screens into ``out_dir``; returns the PNG files written
    (none when the database has no administering supervisor)."""
    from desktop.ui.tour import ensure_offscreen_app

    ensure_offscreen_app()
    services = (services_or_db if isinstance(services_or_db, Services)
                else Services.for_database(services_or_db))
    if services.db is None:
        raise ValueError("The Roles tab screens need a database.")
    actor = administrator(services.db)
    if actor is None:
        return []
    out = Path(out_dir)
    previous = i18n.current_language()
    paths: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="operator-desk-roles-") as scratch, \
            settings_file(Path(scratch) / "settings.ini"):
        i18n.install_language(language)
        try:
            for name, shoot in _SHOTS:
                shots = _Shots(services, actor)
                try:
                    paths.append(_save(shoot(shots), out / f"{name}.png"))
                finally:
                    shots.close()
            with scratch_demo(Path(scratch)) as scratch_services:
                scratch_actor = administrator(scratch_services.db)  # type: ignore[arg-type]
                if scratch_actor is not None:
                    shots = _Shots(scratch_services, scratch_actor)
                    try:
                        paths.append(_save(_lapsed(shots), out / "roles_plan_lapsed.png"))
                    finally:
                        shots.close()
        finally:
            i18n.install_language(previous)
            settle()
    return paths


# ---- the shots: each gets a fresh window and returns the widget to photograph ---------
def _tab(shots: _Shots) -> QWidget:
    return shots.window


def _select_sales(shots: _Shots) -> None:
    roles = shots.tab.roles
    row = next((i for i, r in enumerate(roles.model.rows) if r.role.name == SALES_ROLE), 0)
    roles.select_row(row)


def _editor(shots: _Shots, script_tab: bool = False) -> QWidget:
    _select_sales(shots)
    shots.tab.roles.edit_role()
    editor = shots.tab.roles.dialog
    if editor is None:
        raise RuntimeError("The role editor did not open.")
    editor.tabs.setCurrentIndex(1 if script_tab else 0)  # type: ignore[attr-defined]
    return editor


def _add_user(shots: _Shots) -> QWidget:
    shots.tab.users.add_user()
    dialog = shots.tab.users.dialog
    if dialog is None:
        raise RuntimeError("The add-user dialog did not open.")
    dialog.username.setText("maria")  # type: ignore[attr-defined]
    dialog.display_name.setText("Мария Белова")  # type: ignore[attr-defined]
    return dialog


def _one_time_password(shots: _Shots) -> QWidget:
    """A sample password: adding the user for real would write to the database."""
    dialog = OneTimePasswordDialog(shots.window, "Мария Белова", "maria", one_time_password())
    shots.boxes.append(dialog)
    return dialog


def _role_held(shots: _Shots) -> QWidget:
    _select_sales(shots)
    shots.tab.roles.delete_role()
    return _last_box(shots)


def _last_supervisor(shots: _Shots) -> QWidget:
    """What the service answers when the last supervisor is to be removed (nothing is
    removed: the rule refuses before anything is written)."""
    users, rules = shots.tab.users, shots.tab.users.rules
    info = next(r for r in users.model.rows if rules.is_last_supervisor(r))
    try:
        shots.window.bound.users.remove(info.user.id)
    except RosterError as exc:
        title = QCoreApplication.translate("UsersPanel", "Could not remove %1")
        shots.report(title.replace("%1", info.user.display_name),
                     roster_errors.describe(exc, user_name=info.user.display_name,
                                            system_role_name=rules.system_role_name))
    return _last_box(shots)


def _password_change(shots: _Shots) -> QWidget:
    dialog = PasswordChangeDialog(shots.window, "Мария Белова", lambda _new: None)
    shots.boxes.append(dialog)
    return dialog


def _lapsed(shots: _Shots) -> QWidget:
    shots.tab.plan.lapse()
    for box in shots.boxes:
        box.close()
    return shots.window


def _last_box(shots: _Shots) -> QWidget:
    if not shots.boxes:
        raise RuntimeError("The tab showed no message.")
    return shots.boxes[-1]


_SHOTS: list[tuple[str, Callable[[_Shots], QWidget]]] = [
    ("roles_tab", _tab),
    ("roles_editor_client", _editor),
    ("roles_editor_script", lambda shots: _editor(shots, script_tab=True)),
    ("roles_add_user", _add_user),
    ("roles_first_login_password", _one_time_password),
    ("roles_refusal_role_held", _role_held),
    ("roles_refusal_last_supervisor", _last_supervisor),
    ("roles_password_change", _password_change),
]

"""The Roles tab's tour screens: rendered from the demo data, in Russian, writing nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from designer.roles_tour import render_roles_screens
from desktop.cli import open_database
from desktop.demo import install_demo
from desktop.domain.roles import PlanState
from desktop.storage.database import Database
from desktop.storage.repositories import AuditRepository, PlanRepository, UserRepository
from desktop.ui import i18n


def stored(db: Database) -> tuple[list[tuple], PlanState, int]:
    with db.read() as session:
        users = [(u.username, u.blocked, u.blocked_by_plan, u.last_activity)
                 for u in UserRepository(session).list()]
        return users, PlanRepository(session).get(), len(AuditRepository(session).list())


def test_the_roles_screens_render_and_change_nothing(qtbot: QtBot, sqlite_url: str,
                                                     tmp_path: Path) -> None:
    db = open_database(sqlite_url)
    try:
        install_demo(db)
        before = stored(db)
        paths = render_roles_screens(db, tmp_path / "tour", "ru")
        assert [p.name for p in paths] == [
            "roles_tab.png", "roles_editor_client.png", "roles_editor_script.png",
            "roles_add_user.png", "roles_first_login_password.png",
            "roles_refusal_role_held.png", "roles_refusal_last_supervisor.png",
            "roles_password_change.png", "roles_plan_lapsed.png"]
        tab = QImage(str(paths[0]))
        assert tab.width() >= 1000 and tab.height() >= 600
        assert stored(db) == before
        assert i18n.current_language() == i18n.ENGLISH  # the language is given back
    finally:
        db.dispose()

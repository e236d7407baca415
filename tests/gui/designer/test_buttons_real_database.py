"""The Buttons tab and the change log on a real demo database, through the real services."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from designer.audit_view import CHANGE, ITEM, WHAT, AuditView
from designer.buttons_tour import render_buttons_screens
from desktop.cli import open_database
from desktop.crm.embedded import EmbeddedCrm
from desktop.demo import install_demo
from desktop.demo.settings import SALES_ROLE, SUPPORT_ROLE
from desktop.domain.buttons import (
    ActionButton,
    ActionKind,
    CallbackAction,
    CommentAction,
    DealStageAction,
    LeadStatusAction,
    MeetingAction,
    TaskAction,
)
from desktop.domain.roles import SUPERVISOR_ROLE_NAME
from desktop.services.audit import AuditService
from desktop.services.buttons import ButtonService
from desktop.services.context import Services
from desktop.ui import i18n
from tests.gui.designer.buttons_harness import EditorDriver, TabHarness


@pytest.fixture
def services(sqlite_url: str) -> Iterator[Services]:
    db = open_database(sqlite_url)
    install_demo(db)
    services = Services.for_database(db)
    yield services
    services.close()


def signed_in(services: Services, who: str = "admin", password: str = "admin-demo"):
    return services.accounts.authenticate(who, password)


def tab_on(qtbot: QtBot, services: Services, who: str = "admin",
           password: str = "admin-demo") -> TabHarness:
    assert services.db is not None
    return TabHarness(qtbot, ButtonService(services.db, signed_in(services, who, password)),
                      EmbeddedCrm(services.db.engine))


def test_a_button_with_all_six_actions_is_stored_and_audited(qtbot: QtBot,
                                                             services: Services) -> None:
    h = tab_on(qtbot, services)
    h.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    d = EditorDriver(qtbot, h.editor())
    d.type_title("Встреча назначена")
    qtbot.mouseClick(d.editor.suggestions[-1], Qt.MouseButton.LeftButton)  # F12
    d.type_into(d.add(ActionKind.COMMENT).editor.text.edit, "Встреча: {{contact.NAME}}")
    d.type_into(d.add(ActionKind.CALLBACK).editor.deadline.combo, "+1 день в 10:00")
    task = d.add(ActionKind.TASK).editor
    d.type_into(task.title.edit, "КП для {{company.TITLE}}")
    d.type_into(task.responsible, "Павел Кузнецов")
    d.add(ActionKind.MEETING)
    d.choose(d.add(ActionKind.LEAD_STATUS).editor.status, "Обработан")
    d.choose(d.add(ActionKind.DEAL_STAGE).editor.stage, "Сделка успешна")
    d.save()
    h.dialog_closes()
    assert h.errors == []

    stored = ButtonService(services.db, None).list()[-1].button  # read afresh
    assert (stored.title, stored.shortcut, stored.actions) == ("Встреча назначена", "F12", [
        CommentAction("Встреча: {{contact.NAME}}"),
        CallbackAction("+1 day at 10:00", ""),
        TaskAction("КП для {{company.TITLE}}", "", "+1 day", "Павел Кузнецов"),
        MeetingAction(),
        LeadStatusAction("PROCESSED"),
        DealStageAction("WON", 0),
    ])
    assert h.titles()[-1] == "Встреча назначена"

    log = AuditView(AuditService(services.db, signed_in(services)))
    qtbot.addWidget(log)
    assert log.model.index(0, WHAT).data() == "Created"
    assert log.model.index(0, ITEM).data() == "Button «Встреча назначена»"
    assert log.model.index(0, CHANGE).data().startswith("Title: Встреча назначена;")


def test_delete_names_the_roles_and_takes_the_button_from_them(qtbot: QtBot,
                                                               services: Services) -> None:
    h = tab_on(qtbot, services)
    h.select("Комментарий")
    h.key(Qt.Key.Key_Delete)
    dialog = h.dialog()
    for role in (SALES_ROLE, SUPPORT_ROLE, SUPERVISOR_ROLE_NAME):
        assert f"•  {role}" in dialog.informativeText()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    h.dialog_closes()
    assert "Комментарий" not in h.titles()
    assert "Комментарий" not in [i.button.title for i in ButtonService(services.db, None).list()]


def test_the_order_is_stored(qtbot: QtBot, services: Services) -> None:
    h = tab_on(qtbot, services)
    h.select("Не целевой")
    for _ in range(4):
        h.key(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert h.titles()[0] == "Не целевой"
    assert [i.button.title for i in ButtonService(services.db, None).list()] == h.titles()


def test_the_service_refuses_a_user_whose_role_may_not_manage_settings(
        qtbot: QtBot, services: Services) -> None:
    h = tab_on(qtbot, services, "anna", "anna-demo")  # an operator reads, but cannot change
    assert len(h.titles()) == 8
    h.select("Продажа")
    h.key(Qt.Key.Key_F2)
    d = EditorDriver(qtbot, h.editor())
    d.type_title("Продано")
    d.save()
    assert d.error() == "Your role may not manage the app's settings."
    assert ButtonService(services.db, None).list()[0].button.title == "Продажа"


def test_a_shortcut_taken_meanwhile_is_refused_by_the_service(qtbot: QtBot,
                                                              services: Services) -> None:
    h = tab_on(qtbot, services)
    h.key(Qt.Key.Key_Insert)
    d = EditorDriver(qtbot, h.editor())
    d.type_title("Новая")
    d.add(ActionKind.COMMENT)
    qtbot.mouseClick(d.editor.suggestions[0], Qt.MouseButton.LeftButton)  # F9, free now
    other = ButtonService(services.db, signed_in(services))
    other.save(ActionButton("Чужая", actions=[CommentAction("")], shortcut="F9"))
    d.save()
    assert d.error() == ("The shortcut F9 already belongs to the button «Чужая». Choose "
                         "another one, or clear it.")


def test_the_tour_renders_the_buttons_screens_and_changes_nothing(
        services: Services, tmp_path: Path) -> None:
    buttons = ButtonService(services.db, None)
    before = [(i.button, i.roles) for i in buttons.list()]
    paths = render_buttons_screens(services, tmp_path, "en")
    assert [p.name for p in paths] == [
        "settings_buttons.png", "button_editor.png", "button_editor_actions.png",
        "button_editor_refused.png", "button_delete.png", "audit_log.png"]
    for path in paths:
        image = QImage(str(path))
        assert image.width() >= 350 and image.height() >= 150, path.name
    assert [(i.button, i.roles) for i in buttons.list()] == before
    assert AuditService(services.db, signed_in(services)).list() == []
    assert i18n.current_language() == i18n.ENGLISH

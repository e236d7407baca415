"""The users list: add (invited or with a password), change role, block, remove — and
the rules that refuse: the last supervisor stays, the plan's seats are not exceeded."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from designer.user_dialogs import (
    AddUserDialog,
    ChangeRoleDialog,
    OneTimePasswordDialog,
    RemoveUserDialog,
)
from designer.users_panel import NAME, ROLE, STATE
from desktop.domain.roles import SeatPlan
from tests.gui.designer.fakes_roles import (
    GENERATED_PASSWORD,
    IVAN,
    OLGA,
    PAVEL,
    SALES_ID,
    SUPERVISOR_ID,
)
from tests.gui.designer.roles_harness import Harness
from tests.gui.keyboard import type_text

OLGA_NAME = "Ольга Супервайзерова"
LAST_SUPERVISOR = "Ольга Супервайзерова is the last active user with the role «Супервайзер»"


def add_user_dialog(h: Harness) -> AddUserDialog:
    h.press(h.tab.users.add_button)
    dialog = h.dialog(h.tab.users)
    assert isinstance(dialog, AddUserDialog)
    return dialog


def test_the_list_shows_each_user_with_role_state_and_login(qtbot: QtBot) -> None:
    h = Harness(qtbot, lapsed=True)
    assert h.user_names() == ["Анна Смирнова", "Иван Орлов", OLGA_NAME, "Павел Кузнецов"]
    assert h.user_cell(OLGA_NAME, ROLE) == "Супервайзер"
    states = {name: h.user_cell(name, STATE) for name in h.user_names()}
    assert states[OLGA_NAME] == "active"
    assert sorted(states.values()).count("blocked by plan") == 2  # one other kept access
    row = h.user_names().index(OLGA_NAME)
    second_line = h.tab.users.model.index(row, NAME).data(Qt.ItemDataRole.UserRole + 3)
    assert second_line == "login: admin · administers the app"


def test_add_an_invited_user_shows_the_password_once_with_copy(qtbot: QtBot) -> None:
    h = Harness(qtbot)
    dialog = add_user_dialog(h)
    assert dialog.invite.isChecked() and not dialog.password.isEnabled()
    qtbot.keyClicks(dialog.username, "maria")
    type_text(qtbot, dialog.display_name, "Мария Белова")
    qtbot.keyClick(dialog.display_name, Qt.Key.Key_Return)
    shown = h.dialog(h.tab.users)
    assert isinstance(shown, OneTimePasswordDialog)
    assert shown.password.text() == GENERATED_PASSWORD and shown.password.isReadOnly()
    assert "shown only once" in shown.warning.text()
    qtbot.mouseClick(shown.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == GENERATED_PASSWORD
    assert shown.copy_button.text() == "Copied"
    qtbot.mouseClick(shown.done_button, Qt.MouseButton.LeftButton)
    h.closes(h.tab.users)
    assert ("users.add", "maria", "Мария Белова", SALES_ID, None) in h.team.calls
    assert h.tab.users.selected().user.username == "maria"
    row = h.user_names().index("Мария Белова")
    assert "invited" in h.tab.users.model.index(row, NAME).data(Qt.ItemDataRole.UserRole + 3)
    assert h.tab.plan.seats.text() == "Seats in use: 5 of 7"


def test_add_a_user_with_a_password_checks_it_and_shows_nothing_after(qtbot: QtBot) -> None:
    h = Harness(qtbot)
    dialog = add_user_dialog(h)
    qtbot.keyClicks(dialog.username, "anna")  # taken
    qtbot.mouseClick(dialog.set_password, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, dialog.set_password.height() // 2))
    assert dialog.password.isEnabled()
    qtbot.keyClicks(dialog.password, "short")
    h.press(dialog.ok_button)
    assert "«anna» is taken" in dialog.error.text()
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "oleg")
    h.press(dialog.ok_button)
    assert "at least 8 characters" in dialog.error.text()
    qtbot.keyClicks(dialog.password, "-password")
    qtbot.keyClicks(dialog.repeat, "short-passw0rd")
    h.press(dialog.ok_button)
    assert "do not match" in dialog.error.text()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "short-password")
    h.press(dialog.ok_button)
    h.closes(h.tab.users)
    assert ("users.add", "oleg", "oleg", SALES_ID, "short-password") in h.team.calls


def test_adding_past_the_seat_limit_is_refused_in_the_dialog(qtbot: QtBot) -> None:
    h = Harness(qtbot, plan=SeatPlan.UNLIMITED)
    h.team.roster.plan.plan = SeatPlan.TEAM
    for i in range(3):  # seven active users: every seat of the team plan is taken
        h.users.add(f"user{i}", f"Сотрудник {i}", SALES_ID, "password-1")
    h.tab.refresh()
    assert h.tab.plan.seats.text() == "Seats in use: 7 of 7"
    dialog = add_user_dialog(h)
    qtbot.keyClicks(dialog.username, "maria")
    h.press(dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.error.text() == ("The plan allows 7 active users, and all seats are taken. "
                                   "Block a user or change the plan first.")
    assert "maria" not in [u.username for u in h.team.roster.users.values()]


def test_unblocking_past_the_seat_limit_is_refused_with_a_message(qtbot: QtBot) -> None:
    h = Harness(qtbot, plan=SeatPlan.FREE)
    h.team.roster.users[PAVEL].blocked = True
    h.team.roster.users[IVAN].blocked = True
    h.tab.refresh()
    assert h.tab.plan.seats.text() == "Seats in use: 2 of 2"
    h.select_user("Павел Кузнецов")
    assert h.tab.users.block_button.text() == "Unblock"
    h.press(h.tab.users.block_button)
    [(title, text)] = h.errors
    assert title == "Could not unblock Павел Кузнецов"
    assert "allows 2 active users" in text
    assert h.team.roster.users[PAVEL].blocked


def test_block_and_unblock_a_user(qtbot: QtBot) -> None:
    h = Harness(qtbot)
    h.select_user("Иван Орлов")
    qtbot.keyClick(h.tab.users.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: h.user_cell("Иван Орлов", STATE) == "blocked")
    assert h.tab.plan.seats.text() == "Seats in use: 3 of 7"
    assert h.tab.users.block_button.text() == "Unblock"
    h.press(h.tab.users.block_button)
    assert h.user_cell("Иван Орлов", STATE) == "active"
    assert h.errors == []


def test_the_last_supervisor_cannot_be_removed_blocked_or_moved(qtbot: QtBot) -> None:
    h = Harness(qtbot)
    h.select_user(OLGA_NAME)
    users = h.tab.users
    for button in (users.role_button, users.block_button, users.remove_button):
        assert not button.isEnabled()
        assert button.toolTip().startswith(LAST_SUPERVISOR)
    qtbot.keyClick(users.table, Qt.Key.Key_Delete)
    qtbot.keyClick(users.table, Qt.Key.Key_F2)
    assert users.dialog is None
    assert OLGA in h.team.roster.users


def test_the_service_refusal_for_the_last_supervisor_is_shown(qtbot: QtBot) -> None:
    """Another supervisor existed when the list loaded, and was moved meanwhile."""
    h = Harness(qtbot)
    h.team.roster.users[PAVEL].role_id = SUPERVISOR_ID
    h.tab.refresh()
    h.select_user(OLGA_NAME)
    assert h.tab.users.remove_button.isEnabled()
    h.team.roster.users[PAVEL].role_id = SALES_ID  # meanwhile, elsewhere
    h.press(h.tab.users.remove_button)
    confirm = h.dialog(h.tab.users)
    assert isinstance(confirm, RemoveUserDialog)
    qtbot.mouseClick(confirm.remove_button, Qt.MouseButton.LeftButton)
    h.closes(h.tab.users)
    [(title, text)] = h.errors
    assert title == f"Could not remove {OLGA_NAME}"
    assert text.startswith(LAST_SUPERVISOR)
    assert not h.tab.users.remove_button.isEnabled()  # the list was reloaded


def test_moving_the_last_supervisor_in_the_dialog_is_refused_there(qtbot: QtBot) -> None:
    h = Harness(qtbot)
    h.team.roster.users[PAVEL].role_id = SUPERVISOR_ID
    h.tab.refresh()
    h.select_user(OLGA_NAME)
    h.press(h.tab.users.role_button)
    dialog = h.dialog(h.tab.users)
    assert isinstance(dialog, ChangeRoleDialog)
    h.team.roster.users[PAVEL].blocked = True  # meanwhile: Ольга is the last one now
    dialog.role.setCurrentIndex(dialog.role.findData(SALES_ID))
    h.press(dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.error.text().startswith(LAST_SUPERVISOR)
    assert h.team.roster.users[OLGA].role_id == SUPERVISOR_ID


def test_change_role_and_remove_a_user(qtbot: QtBot) -> None:
    h = Harness(qtbot)
    h.select_user("Иван Орлов")
    h.press(h.tab.users.role_button)
    dialog = h.dialog(h.tab.users)
    dialog.role.setCurrentIndex(dialog.role.findText("Оператор поддержки"))
    h.press(dialog.ok_button)
    h.closes(h.tab.users)
    assert h.user_cell("Иван Орлов", ROLE) == "Оператор поддержки"
    h.select_user("Иван Орлов")
    qtbot.keyClick(h.tab.users.table, Qt.Key.Key_Delete)
    confirm = h.dialog(h.tab.users)
    assert "Иван Орлов (login ivan)" in confirm.text()
    qtbot.mouseClick(confirm.remove_button, Qt.MouseButton.LeftButton)
    h.closes(h.tab.users)
    assert "Иван Орлов" not in h.user_names()
    assert h.tab.roles.table.model().index(1, 1).data() == "1"  # support: Павел again


def test_the_signed_in_supervisor_cannot_block_or_remove_themselves(qtbot: QtBot) -> None:
    h = Harness(qtbot, current_user_id=PAVEL)
    h.team.roster.users[PAVEL].role_id = SUPERVISOR_ID  # two supervisors: neither is last
    h.tab.refresh()
    h.select_user("Павел Кузнецов")
    users = h.tab.users
    assert not users.block_button.isEnabled() and not users.remove_button.isEnabled()
    assert "your own account" in users.remove_button.toolTip()
    assert users.role_button.isEnabled()
    h.select_user(OLGA_NAME)  # the other supervisor may go
    assert users.remove_button.isEnabled() and users.block_button.isEnabled()

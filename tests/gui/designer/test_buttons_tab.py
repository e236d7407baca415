"""The Buttons tab: the list in call-card order and every action on it, by keys and mouse."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from designer.button_dialogs import DeleteButtonDialog
from designer.buttons_model import ACTIONS, BUTTON, ORDER, ROLES
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
from desktop.storage.errors import ConflictError, DatabaseUnavailableError
from tests.gui.designer.buttons_harness import EditorDriver, TabHarness, demo_fake
from tests.gui.designer.fakes_buttons import FakeButtons

DEMO_ORDER = ["Продажа", "Перезвонить", "Назначить встречу", "Отправить КП", "Не целевой",
              "Комментарий", "Решено", "Передать специалисту"]


def test_the_list_shows_each_button_as_the_operator_sees_it(qtbot: QtBot) -> None:
    fake, ids = demo_fake()
    fake.roles = {"Оператор продаж": [ids["Продажа"]]}
    h = TabHarness(qtbot, fake)
    assert h.titles() == DEMO_ORDER  # the call card's order, not alphabetical
    assert h.cell("Продажа", ORDER) == "1"
    assert h.cell("Продажа", ACTIONS) == "Change deal stage, Comment"
    assert h.cell("Продажа", ROLES) == "Оператор продаж"
    assert h.cell("Решено", ROLES) == "—"
    assert "No role has this button yet" in h.cell("Решено", ROLES, Qt.ItemDataRole.ToolTipRole)
    assert h.cell("Продажа", BUTTON, Qt.ItemDataRole.ToolTipRole) == (
        "«Продажа», pressed with F1 in the call card")
    # The face is drawn on the button's colour.
    table = h.tab.table
    rect = table.visualRect(h.tab.model.index(0, BUTTON))
    picture = table.viewport().grab().toImage()
    assert picture.pixelColor(QPoint(rect.left() + 14, rect.center().y())) == QColor("#2e7d32")
    assert h.tab.count_label.text() == "Buttons: 8"


def test_a_button_with_all_six_actions_is_created_through_the_editor(qtbot: QtBot) -> None:
    h = TabHarness(qtbot)
    h.key(Qt.Key.Key_Insert)
    d = EditorDriver(qtbot, h.editor())
    d.type_title("Встреча назначена")
    qtbot.mouseClick(next(s for s in d.editor.colors.swatches if s.color == "#1565c0"),
                     Qt.MouseButton.LeftButton)
    qtbot.mouseClick(d.editor.suggestions[0], Qt.MouseButton.LeftButton)  # F9, the first free

    comment = d.add(ActionKind.COMMENT).editor
    d.type_into(comment.text.edit, "Встреча с ")
    contact = next(a.menu() for a in comment.text.menu.actions() if a.text() == "Contact")
    next(a for a in contact.actions() if a.data() == "contact.NAME").trigger()
    callback = d.add(ActionKind.CALLBACK).editor
    d.choose(callback.deadline.combo, "next working day at 10:00")
    d.type_into(callback.title.edit, "Напомнить: {{contact.NAME}}")
    task = d.add(ActionKind.TASK).editor
    d.type_into(task.title.edit, "КП для {{company.TITLE}}")
    d.type_into(task.description.edit, "Телефон {{call.number}}")
    d.type_into(task.deadline.combo, "+2 часа")
    meeting = d.add(ActionKind.MEETING).editor
    d.type_into(meeting.deadline.combo, "завтра в 12:00")
    meeting.duration.setValue(90)
    d.choose(d.add(ActionKind.LEAD_STATUS).editor.status, "В работе")
    stage = d.add(ActionKind.DEAL_STAGE).editor
    d.choose(stage.pipeline, "Сервисные договоры")
    d.choose(stage.stage, "Обслуживание")
    assert len(d.editor.preview.entry_texts()) == 6
    d.save()
    h.dialog_closes()

    saved = [call[1] for call in h.buttons.calls if call[0] == "save"]
    assert saved == [ActionButton("Встреча назначена", "#1565c0", [
        CommentAction("Встреча с {{contact.NAME}}"),
        CallbackAction("next working day at 10:00", "Напомнить: {{contact.NAME}}"),
        TaskAction("КП для {{company.TITLE}}", "Телефон {{call.number}}", "+2 hours",
                   "operator"),
        MeetingAction("tomorrow at 12:00", "", 90),
        LeadStatusAction("IN_PROCESS"),
        DealStageAction("C1:EXECUTING", 1),
    ], shortcut="F9")]
    assert h.titles()[-1] == "Встреча назначена"  # new buttons go last
    assert h.tab.selected_info().button.title == "Встреча назначена"
    assert h.errors == []


def test_a_button_is_edited_with_f2_enter_or_a_double_click(qtbot: QtBot) -> None:
    h = TabHarness(qtbot)
    h.select("Перезвонить")
    pos = h.tab.table.visualRect(h.tab.model.index(1, ROLES)).center()

    def double_click() -> None:  # as a mouse delivers it: a click, then a double-click
        qtbot.mouseClick(h.tab.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(h.tab.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)

    for open_it in (lambda: h.key(Qt.Key.Key_F2), lambda: h.key(Qt.Key.Key_Return),
                    double_click):
        open_it()
        editor = h.editor()
        assert editor.title_edit.text() == "Перезвонить"
        editor.reject()
        h.dialog_closes()
    h.key(Qt.Key.Key_F2)
    d = EditorDriver(qtbot, h.editor())
    d.type_title("Перезвонить позже")
    d.save()
    h.dialog_closes()
    assert h.titles()[1] == "Перезвонить позже"
    assert h.tab.selected_info().button.title == "Перезвонить позже"


def test_a_stale_save_keeps_the_editor_open_and_says_so(qtbot: QtBot) -> None:
    h = TabHarness(qtbot)
    h.select("Продажа")
    h.key(Qt.Key.Key_F2)
    d = EditorDriver(qtbot, h.editor())
    h.buttons.fail_with = ConflictError("button", "Продажа")
    d.save()
    assert d.error() == ("The button «Продажа» was changed by someone else meanwhile. Close "
                         "this window and open the button again to see their version.")
    assert d.editor.isVisible()


def test_duplicate_with_ctrl_d_selects_the_copy(qtbot: QtBot) -> None:
    h = TabHarness(qtbot)
    h.select("Отправить КП")
    h.key(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert h.titles()[-1] == "Отправить КП (копия)"
    assert h.tab.selected_info().button.title == "Отправить КП (копия)"


def test_delete_asks_and_says_which_roles_lose_the_button(qtbot: QtBot) -> None:
    h = TabHarness(qtbot)
    h.select("Перезвонить")
    h.key(Qt.Key.Key_Delete)
    dialog = h.dialog()
    assert isinstance(dialog, DeleteButtonDialog)
    assert dialog.text() == "Delete the button «Перезвонить»?"
    assert dialog.informativeText() == (
        "These roles lose it, and their operators will no longer see it in the call card:"
        "\n\n•  Оператор поддержки\n•  Оператор продаж\n•  Супервайзер\n\n"
        "This cannot be undone.")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    h.dialog_closes()
    assert "Перезвонить" in h.titles()
    h.key(Qt.Key.Key_Delete)
    qtbot.mouseClick(h.dialog().delete_button, Qt.MouseButton.LeftButton)
    h.dialog_closes()
    assert "Перезвонить" not in h.titles()
    assert all(2 not in ids for ids in h.buttons.roles.values())
    assert h.tab.selected_info().button.title == "Назначить встречу"  # its neighbour


def test_deleting_a_button_no_role_has_says_no_operator_loses_it(qtbot: QtBot) -> None:
    fake = FakeButtons()
    fake.add(ActionButton("Спам", "#546e7a", [CommentAction("")]))
    h = TabHarness(qtbot, fake)
    h.select("Спам")
    h.key(Qt.Key.Key_Delete)
    assert h.dialog().informativeText() == ("No role has this button, so no operator loses "
                                            "it. This cannot be undone.")


def test_reorder_with_alt_arrows_and_the_move_buttons(qtbot: QtBot) -> None:
    h = TabHarness(qtbot)
    h.select("Перезвонить")
    h.key(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert h.titles()[:3] == ["Продажа", "Назначить встречу", "Перезвонить"]
    assert h.buttons.titles() == h.titles()  # stored, not only shown
    assert h.tab.selected_info().button.title == "Перезвонить"
    h.key(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    h.key(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert h.titles()[:2] == ["Перезвонить", "Продажа"]
    assert not h.tab.up_push.isEnabled() and h.tab.down_push.isEnabled()
    h.select("Передать специалисту")
    assert not h.tab.down_push.isEnabled()
    qtbot.mouseClick(h.tab.up_push, Qt.MouseButton.LeftButton)
    assert h.titles()[-2:] == ["Передать специалисту", "Решено"]
    assert h.cell("Передать специалисту", ORDER) == "7"


def test_dropping_a_dragged_row_moves_the_button_there(qtbot: QtBot) -> None:
    h = TabHarness(qtbot)
    model = h.tab.model
    dragged = model.mimeData([model.index(0, BUTTON)])  # «Продажа»
    assert not model.dropMimeData(dragged, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    qtbot.waitUntil(lambda: h.titles()[:4] == ["Перезвонить", "Назначить встречу", "Продажа",
                                               "Отправить КП"])
    dragged = model.mimeData([model.index(5, BUTTON)])  # «Комментарий», dropped on row 0
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, model.index(0, BUTTON))
    qtbot.waitUntil(lambda: h.titles()[0] == "Комментарий")
    assert h.buttons.titles() == h.titles()
    assert h.tab.selected_info().button.title == "Комментарий"


def test_no_buttons_shows_what_to_do(qtbot: QtBot) -> None:
    h = TabHarness(qtbot, FakeButtons())
    assert h.tab.empty.isVisible() and not h.tab.table.isVisible()
    assert h.tab.empty.title.text() == "No buttons yet"
    assert not h.tab.edit_action.isEnabled() and not h.tab.delete_action.isEnabled()
    assert h.tab.add_action.isEnabled()


def test_what_the_service_refuses_is_reported_in_one_place(qtbot: QtBot) -> None:
    h = TabHarness(qtbot)
    h.select("Продажа")
    h.buttons.fail_with = DatabaseUnavailableError("The server does not answer.")
    h.key(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert h.errors == [("Could not duplicate the button",
                         "The database is unavailable, nothing was changed. The server does "
                         "not answer.")]
    h.buttons.fail_with = PermissionError("no")
    h.key(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert h.errors[-1] == ("Could not move the button",
                            "Your role may not manage the app's settings.")
    assert h.titles() == DEMO_ORDER

"""The Scripts tab: the list of scripts and every action on it, driven by keys and mouse."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from designer.script_dialogs import DeleteScriptDialog, ScriptDetailsDialog
from designer.scripts_model import BADGE_FILL, NAME, PUBLISHED, ROLES, STEPS
from designer.scripts_tab import ScriptsTab
from desktop.storage.errors import ConflictError, DatabaseUnavailableError
from tests.gui.designer.fakes_scripts import FakeScripts
from tests.gui.keyboard import type_text

SALES, SUPPORT, SURVEY = "Входящий звонок: продажа", "Техническая поддержка", "Опрос"


def demo_scripts() -> tuple[FakeScripts, dict[str, int]]:
    fake = FakeScripts()
    ids = {
        SALES: fake.add(SALES, "Приветствие, потребность,\nпредложение, закрытие.", 14,
                        published=3, unpublished=True),
        SUPPORT: fake.add(SUPPORT, "Обращение в поддержку.", 9, published=1),
        SURVEY: fake.add(SURVEY, "Короткий опрос после покупки.", 5),
    }
    fake.roles = {"Оператор продаж": [ids[SALES], ids[SURVEY]],
                  "Супервайзер": [ids[SALES], ids[SUPPORT], ids[SURVEY]]}
    return fake, ids


class Harness:
    """The tab shown in a window, with a stub designer and collected error reports."""

    def __init__(self, qtbot: QtBot, fake: FakeScripts, with_designer: bool = True) -> None:
        self.qtbot, self.fake = qtbot, fake
        self.opened: list[int] = []
        self.errors: list[tuple[str, str]] = []
        self.tab = ScriptsTab(fake, self.opened.append if with_designer else None,
                              lambda title, text: self.errors.append((title, text)))
        qtbot.addWidget(self.tab)
        self.tab.resize(1000, 600)
        self.tab.show()
        qtbot.waitExposed(self.tab)
        self.tab.activateWindow()
        qtbot.waitUntil(self.tab.isActiveWindow)
        self.tab.table.setFocus()

    def names(self) -> list[str]:
        proxy = self.tab.proxy
        return [proxy.index(r, NAME).data() for r in range(proxy.rowCount())]

    def cell(self, name: str, column: int) -> str:
        row = self.names().index(name)
        return self.tab.proxy.index(row, column).data()

    def select(self, name: str) -> None:
        row = self.names().index(name)
        rect = self.tab.table.visualRect(self.tab.proxy.index(row, STEPS))
        self.qtbot.mouseClick(self.tab.table.viewport(), Qt.MouseButton.LeftButton,
                              pos=rect.center())
        assert self.tab.selected_info().name == name

    def key(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.tab.table, key, modifier)

    def dialog(self):
        self.qtbot.waitUntil(lambda: self.tab.dialog is not None and self.tab.dialog.isVisible())
        return self.tab.dialog

    def dialog_closes(self) -> None:
        self.qtbot.waitUntil(lambda: self.tab.dialog is None)


def test_the_list_shows_each_script_with_steps_publication_and_roles(qtbot: QtBot) -> None:
    h = Harness(qtbot, demo_scripts()[0])
    assert h.names() == [SALES, SURVEY, SUPPORT]  # by name
    assert h.tab.table.isVisible()
    assert h.cell(SALES, STEPS) == "14"
    assert h.cell(SALES, PUBLISHED) == "v3"
    assert h.cell(SURVEY, PUBLISHED) == "not published"
    assert h.cell(SUPPORT, ROLES) == "Супервайзер"
    assert h.cell(SALES, ROLES) == "Оператор продаж, Супервайзер"
    assert h.tab.count_label.text() == "Scripts: 3"
    assert h.tab.selected_info().name == SALES  # the first row is ready for the keyboard


def test_unpublished_changes_carry_a_badge(qtbot: QtBot) -> None:
    h = Harness(qtbot, demo_scripts()[0])
    proxy, table = h.tab.proxy, h.tab.table
    h.select(SURVEY)  # keep the selection highlight off the rows looked at

    def badge_pixels(name: str) -> int:
        index = proxy.index(h.names().index(name), PUBLISHED)
        image = table.viewport().grab(table.visualRect(index)).toImage()
        return sum(QColor(image.pixel(x, y)) == BADGE_FILL
                   for x in range(image.width()) for y in range(image.height()))

    assert badge_pixels(SALES) > 100
    assert badge_pixels(SUPPORT) == 0
    sales_cell = proxy.index(h.names().index(SALES), PUBLISHED)
    assert "publish" in sales_cell.data(Qt.ItemDataRole.ToolTipRole)


def test_add_a_script_with_the_dialog(qtbot: QtBot) -> None:
    h = Harness(qtbot, demo_scripts()[0])
    h.key(Qt.Key.Key_Insert)
    dialog = h.dialog()
    assert isinstance(dialog, ScriptDetailsDialog)
    assert dialog.windowTitle() == "Add script"
    type_text(qtbot, dialog.name_edit, "Исходящий звонок")
    qtbot.keyClick(dialog.description_edit, Qt.Key.Key_Tab)  # Tab leaves the name field
    dialog.description_edit.setFocus()
    type_text(qtbot, dialog.description_edit, "Возврат клиента")
    qtbot.keyClick(dialog.description_edit, Qt.Key.Key_Return)  # Enter submits
    h.dialog_closes()
    assert ("create", "Исходящий звонок", "Возврат клиента") in h.fake.calls
    assert "Исходящий звонок" in h.names()
    assert h.tab.selected_info().name == "Исходящий звонок"
    assert h.tab.count_label.text() == "Scripts: 4"


def test_ctrl_n_adds_too_and_shift_enter_breaks_the_description(qtbot: QtBot) -> None:
    h = Harness(qtbot, FakeScripts())
    h.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = h.dialog()
    type_text(qtbot, dialog.name_edit, "Опрос NPS")
    dialog.description_edit.setFocus()
    type_text(qtbot, dialog.description_edit, "Первая")
    qtbot.keyClick(dialog.description_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, dialog.description_edit, "вторая")
    assert dialog.isVisible()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    h.dialog_closes()
    assert h.fake.calls[-2] == ("create", "Опрос NPS", "Первая\nвторая")
    assert h.names() == ["Опрос NPS"]


def test_the_dialog_refuses_an_empty_or_taken_name(qtbot: QtBot) -> None:
    h = Harness(qtbot, demo_scripts()[0])
    h.tab.add_action.trigger()
    dialog = h.dialog()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Enter the script's name."
    type_text(qtbot, dialog.name_edit, "  техническая ПОДДЕРЖКА ")
    assert not dialog.error.isVisible()  # typing clears the old message
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "already exists" in dialog.error.text()
    assert not [c for c in h.fake.calls if c[0] == "create"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    h.dialog_closes()
    assert len(h.names()) == 3


def test_a_name_taken_meanwhile_is_shown_in_the_dialog(qtbot: QtBot) -> None:
    h = Harness(qtbot, demo_scripts()[0])
    h.tab.add_action.trigger()
    dialog = h.dialog()
    h.fake.add("Новый")  # another supervisor, after the list was loaded
    type_text(qtbot, dialog.name_edit, "Новый")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == "A script named «Новый» already exists. Choose another name."
    assert h.errors == []


def test_f2_changes_name_and_description(qtbot: QtBot) -> None:
    h = Harness(qtbot, demo_scripts()[0])
    h.select(SUPPORT)
    h.key(Qt.Key.Key_F2)
    dialog = h.dialog()
    assert dialog.windowTitle() == "Edit script"
    assert dialog.name_edit.text() == SUPPORT
    assert dialog.description_edit.toPlainText() == "Обращение в поддержку."
    assert dialog.name_edit.selectedText() == SUPPORT  # typing replaces it
    type_text(qtbot, dialog.name_edit, "Поддержка: линия 1")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    h.dialog_closes()
    assert SUPPORT not in h.names()
    assert h.tab.selected_info().name == "Поддержка: линия 1"
    assert h.tab.selected_info().description == "Обращение в поддержку."
    assert h.tab.selected_info().step_count == 9  # the steps stay as they were


def test_keeping_the_own_name_is_allowed_when_editing(qtbot: QtBot) -> None:
    h = Harness(qtbot, demo_scripts()[0])
    h.select(SURVEY)
    h.tab.edit_action.trigger()
    dialog = h.dialog()
    dialog.description_edit.setPlainText("Новое описание")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    h.dialog_closes()
    assert h.tab.selected_info().description == "Новое описание"


def test_a_stale_edit_ends_in_one_message_and_the_list_reloads(qtbot: QtBot) -> None:
    fake, _ = demo_scripts()
    h = Harness(qtbot, fake)
    h.select(SALES)
    h.tab.edit_action.trigger()
    dialog = h.dialog()
    type_text(qtbot, dialog.name_edit, "Продажи")
    original_get = fake.get

    def stale_get(script_id: int):
        script = original_get(script_id)
        script.version -= 1  # someone saved after this copy was read
        return script

    fake.get = stale_get  # type: ignore[method-assign]
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    h.dialog_closes()
    assert h.errors == [("Could not save the script",
                         f"The script «{SALES}» was changed by someone else meanwhile. "
                         "The list now shows their version; try again.")]
    assert SALES in h.names()


def test_ctrl_d_duplicates_and_selects_the_copy(qtbot: QtBot) -> None:
    h = Harness(qtbot, demo_scripts()[0])
    h.select(SUPPORT)
    h.key(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy = f"{SUPPORT} (копия)"
    qtbot.waitUntil(lambda: copy in h.names())
    assert h.tab.selected_info().name == copy
    assert h.cell(copy, STEPS) == "9"
    assert h.cell(copy, PUBLISHED) == "not published"


def test_deleting_an_unused_script_asks_simply(qtbot: QtBot) -> None:
    fake, _ = demo_scripts()
    unused = fake.add("Черновик", "")
    h = Harness(qtbot, fake)
    h.select("Черновик")
    h.key(Qt.Key.Key_Delete)
    dialog = h.dialog()
    assert isinstance(dialog, DeleteScriptDialog)
    assert dialog.text() == "Delete the script «Черновик»?"
    assert dialog.delete_button.text() == "Delete"
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    h.dialog_closes()
    assert ("delete", unused, False) in fake.calls
    assert "Черновик" not in h.names()
    assert h.tab.selected_info() is not None  # a neighbour takes the selection


def test_deleting_a_script_roles_use_names_them_and_removes_it_from_them(
        qtbot: QtBot) -> None:
    fake, ids = demo_scripts()
    h = Harness(qtbot, fake)
    h.select(SURVEY)
    h.key(Qt.Key.Key_Delete)
    dialog = h.dialog()
    assert f"«{SURVEY}» is used by these roles" in dialog.text()
    assert "Оператор продаж" in dialog.text() and "Супервайзер" in dialog.text()
    assert dialog.delete_button.text() == "Remove from roles and delete"
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    h.dialog_closes()
    assert ("delete", ids[SURVEY], True) in fake.calls
    assert SURVEY not in h.names()
    assert all(ids[SURVEY] not in used for used in fake.roles.values())
    assert h.errors == []


def test_cancelling_a_delete_keeps_the_script(qtbot: QtBot) -> None:
    fake, _ = demo_scripts()
    h = Harness(qtbot, fake)
    h.select(SALES)
    h.key(Qt.Key.Key_Delete)
    dialog = h.dialog()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    h.dialog_closes()
    assert not [c for c in fake.calls if c[0] == "delete"]
    assert SALES in h.names()


def test_a_role_taking_the_script_meanwhile_is_asked_about(qtbot: QtBot) -> None:
    fake, _ = demo_scripts()
    unused = fake.add("Черновик", "")
    h = Harness(qtbot, fake)
    h.select("Черновик")
    h.key(Qt.Key.Key_Delete)
    first = h.dialog()
    fake.roles["Оператор поддержки"] = [unused]  # assigned after the list was loaded
    qtbot.mouseClick(first.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: h.tab.dialog is not None and h.tab.dialog is not first
                    and h.tab.dialog.isVisible())
    second = h.tab.dialog
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))  # gone; the second one stays
    assert h.tab.dialog is second
    assert "Оператор поддержки" in second.text()
    qtbot.mouseClick(second.delete_button, Qt.MouseButton.LeftButton)
    h.dialog_closes()
    assert ("delete", unused, True) in fake.calls
    assert "Черновик" not in h.names()


def test_double_click_and_enter_open_the_designer(qtbot: QtBot) -> None:
    fake, ids = demo_scripts()
    h = Harness(qtbot, fake)
    row = h.names().index(SUPPORT)
    pos: QPoint = h.tab.table.visualRect(h.tab.proxy.index(row, NAME)).center()
    # As a mouse delivers it: a click, then the second press arrives as a double-click.
    qtbot.mouseClick(h.tab.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(h.tab.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert h.opened == [ids[SUPPORT]]
    h.select(SURVEY)
    h.key(Qt.Key.Key_Return)
    assert h.opened == [ids[SUPPORT], ids[SURVEY]]
    qtbot.mouseClick(h.tab.open_button, Qt.MouseButton.LeftButton)
    assert h.opened[-1] == ids[SURVEY]


def test_without_a_designer_there_is_no_open_action(qtbot: QtBot) -> None:
    h = Harness(qtbot, demo_scripts()[0], with_designer=False)
    assert not h.tab.open_action.isVisible()
    assert not h.tab.open_button.isVisible()
    h.key(Qt.Key.Key_Return)  # nothing happens, nothing breaks
    assert h.errors == []


def test_the_filter_narrows_the_list_by_name_description_or_role(qtbot: QtBot) -> None:
    h = Harness(qtbot, demo_scripts()[0])
    h.key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert h.tab.search.hasFocus()
    type_text(qtbot, h.tab.search, "поддержк")
    assert h.names() == [SUPPORT]
    assert h.tab.count_label.text() == "Scripts: 1 of 3"
    assert h.tab.selected_info().name == SUPPORT
    h.tab.search.clear()
    type_text(qtbot, h.tab.search, "оператор продаж")  # a role
    assert h.names() == [SALES, SURVEY]
    h.tab.search.clear()
    type_text(qtbot, h.tab.search, "покупки")  # a description
    assert h.names() == [SURVEY]
    qtbot.keyClick(h.tab.search, Qt.Key.Key_Home)
    qtbot.keyClick(h.tab.search, Qt.Key.Key_Delete)  # edits the search, deletes no script
    assert h.tab.search.text() == "окупки"
    assert h.tab.dialog is None
    h.tab.search.clear()
    type_text(qtbot, h.tab.search, "нет такого")
    assert h.names() == []
    assert h.tab.empty.isVisible()
    assert h.tab.empty_title.text() == "Nothing found"
    assert not h.tab.edit_action.isEnabled() and not h.tab.delete_action.isEnabled()
    h.tab.search.clear()
    assert len(h.names()) == 3
    assert h.tab.table.isVisible()


def test_no_scripts_shows_the_empty_state(qtbot: QtBot) -> None:
    h = Harness(qtbot, FakeScripts())
    assert h.tab.empty.isVisible()
    assert not h.tab.table.isVisible()
    assert h.tab.empty_title.text() == "No scripts yet"
    assert not h.tab.count_label.isVisible()
    assert not h.tab.delete_action.isEnabled()
    assert h.tab.add_action.isEnabled()


def test_service_errors_end_in_one_message(qtbot: QtBot) -> None:
    fake, _ = demo_scripts()
    h = Harness(qtbot, fake)
    fake.fail_with = DatabaseUnavailableError("Cannot connect to the database — PostgreSQL.")
    h.tab.refresh()
    assert h.errors == [("Could not load the scripts",
                         "The database is unavailable, nothing was changed. "
                         "Cannot connect to the database — PostgreSQL.")]
    assert len(h.names()) == 3  # what was shown stays
    fake.fail_with = ConflictError("script", SALES)
    h.select(SALES)
    h.key(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert h.errors[-1][0] == "Could not duplicate the script"
    assert "changed by someone else" in h.errors[-1][1]


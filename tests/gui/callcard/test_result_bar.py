"""The result buttons: colours and keys, pressed by mouse or F-key, the recorded one marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.buttons import ActionButton, CommentAction
from desktop.ui.callcard.result_bar import ResultBar, shortcuts_for


def button(title: str, color: str = "#2e7d32", shortcut: str = "", button_id: int = 0
           ) -> ActionButton:
    return ActionButton(title, color, [CommentAction("Готово.")], shortcut=shortcut,
                        id=button_id or None)


def bar_in_window(qtbot: QtBot, buttons: list[ActionButton]) -> tuple[QWidget, ResultBar]:
    window = QWidget()
    layout = QVBoxLayout(window)
    typing = QLineEdit(objectName="elsewhere")
    bar = ResultBar()
    layout.addWidget(typing)
    layout.addWidget(bar)
    bar.set_buttons(buttons)
    qtbot.addWidget(window)
    window.resize(900, 160)
    window.show()
    with qtbot.waitActive(window):  # shortcuts reach the active window only
        window.activateWindow()
    typing.setFocus()
    return window, bar


def test_buttons_without_a_key_get_the_f_key_of_their_place() -> None:
    buttons = [button("Продажа"), button("Перезвонить", shortcut="Ctrl+R"), button("Отказ"),
               button("Своя", shortcut="F4")]
    assert shortcuts_for(buttons) == ["F1", "Ctrl+R", "F3", "F4"]
    taken = [button("Первая"), button("Вторая", shortcut="F1")]
    assert shortcuts_for(taken) == ["", "F1"]  # F1 belongs to the second: no clash
    assert shortcuts_for([button(str(n)) for n in range(13)])[-1] == ""


def test_f_keys_press_the_buttons_from_anywhere_in_the_window(qtbot: QtBot) -> None:
    sale, callback, refuse = button("Продажа", button_id=1), button("Перезвонить", button_id=2), \
        button("Отказ", shortcut="Ctrl+O", button_id=3)
    window, bar = bar_in_window(qtbot, [sale, callback, refuse])
    typing = window.findChild(QLineEdit, "elsewhere")
    assert typing.hasFocus()
    with qtbot.waitSignal(bar.pressed) as pressed:
        qtbot.keyClick(typing, Qt.Key.Key_F2)
    assert pressed.args == [callback]
    with qtbot.waitSignal(bar.pressed) as pressed:
        qtbot.keyClick(typing, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert pressed.args == [refuse]
    with qtbot.waitSignal(bar.pressed) as pressed:
        qtbot.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)
    assert pressed.args == [sale]


def test_buttons_show_their_title_colour_and_key(qtbot: QtBot) -> None:
    _window, bar = bar_in_window(qtbot, [button("Продажа", "#2e7d32"),
                                         button("Перезвонить", "#ef6c00")])
    first = bar.buttons[0]
    assert [b.text() for b in bar.buttons] == ["Продажа", "Перезвонить"]
    assert [b.shortcut for b in bar.buttons] == ["F1", "F2"]
    assert first.toolTip() == "Продажа (F1)"
    picture = first.grab().toImage()
    middle = picture.pixelColor(6, picture.height() // 2)
    assert middle == QColor("#2e7d32")
    assert bar.buttons[1].x() > first.x() + first.width()  # side by side, in order


def test_a_recorded_result_is_marked_and_the_buttons_stop(qtbot: QtBot) -> None:
    sale, callback = button("Продажа", button_id=1), button("Перезвонить", button_id=2)
    window, bar = bar_in_window(qtbot, [sale, callback])
    bar.set_recorded(ActionButton("Перезвонить", id=2))  # the same button, read again
    bar.set_enabled_all(False)
    assert [b.recorded for b in bar.buttons] == [False, True]
    with qtbot.assertNotEmitted(bar.pressed):
        qtbot.keyClick(window.findChild(QLineEdit, "elsewhere"), Qt.Key.Key_F1)
        qtbot.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)
    bar.set_recorded(None)
    bar.set_enabled_all(True)
    assert not any(b.recorded for b in bar.buttons)
    with qtbot.waitSignal(bar.pressed):
        qtbot.keyClick(window.findChild(QLineEdit, "elsewhere"), Qt.Key.Key_F1)


def test_new_buttons_replace_the_old_ones_and_their_keys(qtbot: QtBot) -> None:
    window, bar = bar_in_window(qtbot, [button("Старая", shortcut="F5")])
    bar.set_buttons([button("Новая")])
    assert [b.text() for b in bar.buttons] == ["Новая"]
    typing = window.findChild(QLineEdit, "elsewhere")
    with qtbot.assertNotEmitted(bar.pressed):
        qtbot.keyClick(typing, Qt.Key.Key_F5)
    with qtbot.waitSignal(bar.pressed):
        qtbot.keyClick(typing, Qt.Key.Key_F1)


def test_a_narrow_window_wraps_the_buttons_onto_another_row(qtbot: QtBot) -> None:
    window, bar = bar_in_window(qtbot, [button(f"Результат номер {n}") for n in range(6)])
    window.resize(420, 300)
    qtbot.waitUntil(lambda: bar.buttons[-1].y() > bar.buttons[0].y())
    assert bar.height() >= bar.buttons[-1].geometry().bottom()
    assert all(b.width() >= b.sizeHint().width() for b in bar.buttons)  # titles not cut

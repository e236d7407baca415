"""Preview (F5): the script as the operator walks it, keys included, writing nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from designer.document import ScriptDocument
from designer.fields_dialog import FieldCatalogCache
from designer.preview import PreviewPanel
from desktop.crm.fields import CATALOG
from desktop.demo.scripts import sales_script
from desktop.domain.crm_types import EntityType


def make_preview(qtbot: QtBot) -> tuple[PreviewPanel, ScriptDocument]:
    document = ScriptDocument(sales_script())
    panel = PreviewPanel(FieldCatalogCache(lambda e: list(CATALOG[e])), "en")
    qtbot.addWidget(panel)
    panel.set_document(document)
    panel.resize(380, 640)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)  # keys 1..9 are shortcuts of the active window
    panel.setFocus()
    return panel, document


def press(qtbot: QtBot, panel: PreviewPanel, title: str) -> None:
    buttons = [b for b in panel.next_buttons if b.text() == title]
    assert len(buttons) == 1, (title, panel.button_titles())
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)


def child_titles(document: ScriptDocument, step_id: str) -> list[str]:
    return [s.title for s in document.script.next_steps(step_id)]


def test_buttons_carry_the_titles_of_the_next_steps(qtbot: QtBot) -> None:
    panel, document = make_preview(qtbot)
    assert panel.step_title.text() == "Приветствие"
    assert panel.button_titles() == child_titles(document, "s-hello") == ["Знакомство"]
    for title in ("Знакомство", "Потребность", "Бюджет и сроки", "Предложение"):
        press(qtbot, panel, title)
    assert panel.current == "s-offer"
    assert panel.button_titles() == child_titles(document, "s-offer")
    assert len(panel.button_titles()) == 4
    assert panel.breadcrumb.text().endswith("Бюджет и сроки › Предложение")


def test_number_keys_choose_and_backspace_goes_back(qtbot: QtBot) -> None:
    panel, _ = make_preview(qtbot)
    qtbot.keyClick(panel, Qt.Key.Key_1)
    qtbot.keyClick(panel, Qt.Key.Key_1)
    assert panel.current == "s-needs"
    expected = panel.script.next_steps("s-needs")[1].id
    qtbot.keyClick(panel, Qt.Key.Key_2)
    assert panel.current == expected
    qtbot.keyClick(panel, Qt.Key.Key_9)  # no ninth button: nothing happens
    assert panel.current == expected
    qtbot.keyClick(panel, Qt.Key.Key_Backspace)
    assert panel.current == "s-needs"
    qtbot.mouseClick(panel.restart_button, Qt.MouseButton.LeftButton)
    assert panel.path == ["s-hello"]
    assert not panel.back_button.isEnabled()


def test_fields_are_inputs_or_locked_and_typing_writes_nothing(qtbot: QtBot) -> None:
    panel, document = make_preview(qtbot)
    before = document.script.to_dict()
    qtbot.keyClick(panel, Qt.Key.Key_1)
    assert panel.current == "s-name"
    name = panel.field_inputs[(EntityType.CONTACT, "NAME")]
    phone = panel.field_inputs[(EntityType.CONTACT, "PHONE")]
    assert isinstance(name, QLineEdit) and not isinstance(phone, QLineEdit)
    assert phone.property("read_only") is True
    qtbot.keyClicks(name, "Anna 1")  # a digit typed in a field stays in the field
    assert name.text() == "Anna 1" and panel.current == "s-name"
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    assert name.text() == "Anna " and panel.current == "s-name"
    assert document.script.to_dict() == before
    assert document.undo_stack.count() == 0


def test_edits_show_at_once_and_a_removed_step_restarts(qtbot: QtBot) -> None:
    panel, document = make_preview(qtbot)
    qtbot.keyClick(panel, Qt.Key.Key_1)
    document.rename("s-needs", "Needs")
    assert panel.button_titles() == ["Needs"]
    document.remove(["s-name"])
    assert panel.path == ["s-hello"]
    assert panel.button_titles() == []
    assert panel.ending.text() == "No way forward from this step."


def test_template_variables_are_shown_as_written(qtbot: QtBot) -> None:
    panel, _ = make_preview(qtbot)
    assert "{{operator.name}}" in panel.step_text.text()

"""The Script tab: the operator walks a published script with keys or clicks, types into
its fields, can switch script mid-call, and finds everything again after a crash."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.crm.fields import CATALOG
from desktop.demo.scripts import demo_scripts, sales_script
from desktop.domain.call import CallSession, Direction, PathEntry
from desktop.domain.crm_types import EntityType
from desktop.domain.script import Script, StepField
from desktop.domain.versions import ScriptVersion, publish
from desktop.ui import i18n
from desktop.ui.callcard.script_panel import ScriptPanel
from desktop.ui.callcard.step_view import StepView
from tests.gui.keyboard import type_text

METAS = {(m.entity, m.code): m for metas in CATALOG.values() for m in metas}
SALES, SUPPORT, SURVEY = 1, 2, 3


def published(script: Script, script_id: int, number: int = 1) -> ScriptVersion:
    script.id = script_id
    return publish(script, latest_number=number - 1, at=datetime.now(UTC), by=None)


def demo_versions() -> list[ScriptVersion]:
    return [published(s, i) for i, s in enumerate(demo_scripts(), start=1)]


def new_call() -> CallSession:
    return CallSession("+79991234567", Direction.INCOMING, datetime.now(UTC))


class Card:
    """The panel in an active window, as the call card holds it (keys reach it)."""

    def __init__(self, qtbot: QtBot, versions: list[ScriptVersion],
                 last_used: list[int] | None = None, call: CallSession | None = None) -> None:
        self.qtbot = qtbot
        self.window = QWidget()
        self.panel = ScriptPanel()
        QVBoxLayout(self.window).addWidget(self.panel)
        qtbot.addWidget(self.window)
        self.window.resize(560, 680)
        self.panel.set_catalog(METAS)
        self.panel.set_scripts(versions, last_used or [])
        self.window.show()
        with qtbot.waitActive(self.window):  # shortcuts reach the active window only
            self.window.activateWindow()
        self.call = call or new_call()
        self.panel.start(self.call)

    @property
    def view(self) -> StepView:
        return self.panel.step_view

    def title(self) -> str:
        return self.view.title.text()

    def next_titles(self) -> list[str]:
        return [b.text() for b in self.view.nav_buttons]

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
            ) -> None:
        target = QApplication.focusWidget() or self.window
        self.qtbot.keyClick(target, key, modifier)

    def click_next(self, title: str) -> None:
        button = next(b for b in self.view.nav_buttons if b.text() == title)
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def walk(self, *titles: str) -> None:
        for title in titles:
            self.click_next(title)

    def field(self, key: str) -> QLineEdit:
        return self.view.editors[key].input


def test_one_script_opens_on_its_start_step_without_asking(qtbot: QtBot) -> None:
    card = Card(qtbot, [published(sales_script(), SALES)])
    assert card.panel.pages.currentWidget() is card.view
    assert card.title() == "Приветствие"
    assert card.call.script_id == SALES
    assert card.call.script_version == 1
    assert card.call.current_path() == ["s-hello"]
    assert card.next_titles() == ["Знакомство"]
    assert not card.view.back_button.isEnabled()
    assert not card.view.change_button.isVisible()  # nothing to change to


def test_several_scripts_ask_with_the_last_used_first(qtbot: QtBot) -> None:
    card = Card(qtbot, demo_versions(), last_used=[SURVEY])
    picker = card.panel.picker
    assert card.panel.pages.currentWidget() is picker
    assert card.call.script_id is None
    assert [v.script_id for v in picker.versions()] == [SURVEY, SALES, SUPPORT]
    assert picker.list.hasFocus()
    assert not picker.filter.isVisible()  # three scripts need no filter
    card.key(Qt.Key.Key_Down)
    card.key(Qt.Key.Key_Return)
    assert card.call.script_id == SALES
    assert card.title() == "Приветствие"


def test_many_scripts_filter_as_the_operator_types(qtbot: QtBot) -> None:
    extra = []
    for n in range(3):
        script = Script(f"Скрипт {n}")
        script.add_step(f"Начало {n}")
        extra.append(published(script, 10 + n))
    card = Card(qtbot, demo_versions() + extra)
    picker = card.panel.picker
    assert picker.filter.isVisible()
    assert picker.filter.hasFocus()
    type_text(qtbot, picker.filter, "подд")
    shown = [picker.list.item(r) for r in range(picker.list.count())
             if not picker.list.item(r).isHidden()]
    assert [i.text() for i in shown] == ["Техническая поддержка"]
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert card.call.script_id == SUPPORT


def test_next_step_buttons_carry_exactly_the_titles_of_the_next_steps(qtbot: QtBot) -> None:
    version = published(sales_script(), SALES)
    card = Card(qtbot, [version])
    card.walk("Знакомство", "Потребность", "Бюджет и сроки", "Предложение")
    script = version.script()
    assert card.next_titles() == [s.title for s in script.next_steps("s-offer")]
    assert len(card.next_titles()) == 4
    caps = [b.findChild(QWidget, "keyCap").text() for b in card.view.nav_buttons]
    assert caps == ["1", "2", "3", "4"]
    assert card.view.breadcrumb.text().count("›") == 4
    assert "<b" in card.view.breadcrumb.text().split("›")[-1]  # the current step in bold


def test_number_keys_go_on_and_backspace_goes_back(qtbot: QtBot) -> None:
    card = Card(qtbot, [published(sales_script(), SALES)])
    changes: list[None] = []
    card.panel.changed.connect(lambda: changes.append(None))
    card.key(Qt.Key.Key_1)
    assert card.title() == "Знакомство"
    card.key(Qt.Key.Key_1)
    assert card.title() == "Потребность"
    budget = card.next_titles().index("Бюджет и сроки") + 1
    card.key(Qt.Key(Qt.Key.Key_0.value + budget))
    card.key(Qt.Key.Key_1)
    assert card.title() == "Предложение"
    second = card.next_titles()[1]
    card.key(Qt.Key.Key_2)
    assert card.title() == second
    card.key(Qt.Key.Key_9)  # no ninth way on: nothing happens
    assert card.title() == second
    card.key(Qt.Key.Key_Backspace)
    assert card.title() == "Предложение"
    card.key(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert card.title() == "Бюджет и сроки"
    qtbot.mouseClick(card.view.back_button, Qt.MouseButton.LeftButton)
    assert card.title() == "Потребность"
    assert card.call.current_path() == ["s-hello", "s-name", "s-needs"]
    assert len(changes) == 8  # every move, forward and back


def test_backspace_and_digits_in_a_field_edit_its_text(qtbot: QtBot) -> None:
    card = Card(qtbot, [published(sales_script(), SALES)])
    card.walk("Знакомство")
    name = card.field("contact.NAME")
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    assert name.hasFocus()
    type_text(qtbot, name, "Анна1")
    card.key(Qt.Key.Key_Backspace)
    assert name.text() == "Анна"
    assert card.title() == "Знакомство"
    card.key(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Alt+Left works even here
    assert card.title() == "Приветствие"


def test_typed_values_reach_the_call_at_once(qtbot: QtBot) -> None:
    card = Card(qtbot, [published(sales_script(), SALES)])
    card.walk("Знакомство")
    with qtbot.waitSignal(card.panel.changed):
        type_text(qtbot, card.field("contact.NAME"), "Анна")
    assert card.call.field_values == {"contact.NAME": "Анна"}
    card.walk("Потребность")
    assert "Анна, расскажите" in card.view.text.text()  # the typed name fills the text
    card.key(Qt.Key.Key_Backspace)
    assert card.field("contact.NAME").text() == "Анна"  # shown again on the way back


def test_locked_fields_take_no_focus_and_no_input(qtbot: QtBot) -> None:
    card = Card(qtbot, [published(sales_script(), SALES)])
    card.walk("Знакомство")
    phone = card.view.editors["contact.PHONE"]
    assert phone.read_only
    card.panel.set_client_values({"contact": {"PHONE": ["+79991234567"], "NAME": "Иван"}})
    assert phone.text() == "+7 999 123-45-67"
    assert card.field("contact.NAME").text() == "Иван"  # a CRM value until the operator types
    assert card.call.field_values == {}
    qtbot.mouseClick(card.field("contact.NAME"), Qt.MouseButton.LeftButton)
    visited = set()
    for _ in range(8):
        card.key(Qt.Key.Key_Tab)
        visited.add(QApplication.focusWidget())
    assert phone not in visited and phone.locked.text not in visited
    assert all(w.focusPolicy() == Qt.FocusPolicy.NoFocus for w in (phone, phone.locked,
                                                                    phone.locked.text))
    qtbot.mouseClick(phone.locked.text, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(phone.locked.text, "000")
    assert phone.text() == "+7 999 123-45-67"
    assert "contact.PHONE" not in card.call.field_values


def test_a_field_locked_on_the_step_is_locked_though_the_crm_allows_it(qtbot: QtBot) -> None:
    script = Script("Проверка")
    script.add_step("Данные", "Проверьте данные", fields=[
        StepField(EntityType.CONTACT, "NAME", editable=False),
        StepField(EntityType.CONTACT, "DATE_CREATE", editable=True)])  # the CRM locks it
    card = Card(qtbot, [published(script, 7)])
    assert card.view.editors["contact.NAME"].read_only
    assert card.view.editors["contact.DATE_CREATE"].read_only


def test_variables_without_a_value_show_as_a_grey_gap_never_as_braces(qtbot: QtBot) -> None:
    card = Card(qtbot, [published(sales_script(), SALES)])
    text = card.view.text.text()
    assert "{{" not in text
    assert "«…»" in text  # {{operator.name}}: not known to the panel
    card.walk("Знакомство", "Потребность")
    assert card.view.text.text().startswith('<span style="color:#94a3b8">«…»</span>, ')
    card.panel.set_client_values({"contact": {"NAME": "Ирина"}})
    assert card.view.text.text().startswith("Ирина, расскажите")


def test_switching_script_keeps_what_was_typed(qtbot: QtBot) -> None:
    card = Card(qtbot, demo_versions(), last_used=[SALES])
    card.key(Qt.Key.Key_Return)
    card.walk("Знакомство")
    type_text(qtbot, card.field("contact.NAME"), "Анна")
    card.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    picker = card.panel.picker
    assert card.panel.pages.currentWidget() is picker
    assert picker.list.item(0).text() == "Входящий звонок: продажа"
    card.key(Qt.Key.Key_Escape)  # changed my mind: back where I was
    assert card.title() == "Знакомство"
    qtbot.mouseClick(card.view.change_button, Qt.MouseButton.LeftButton)
    support = next(r for r in range(picker.list.count())
                   if picker.list.item(r).text() == "Техническая поддержка")
    picker.list.setCurrentRow(support)
    card.key(Qt.Key.Key_Return)
    assert card.call.script_id == SUPPORT
    assert card.call.field_values == {"contact.NAME": "Анна"}
    assert card.title() == "Приветствие"
    assert "Техническая поддержка" in card.view.script_name.text()
    card.key(Qt.Key.Key_1)
    assert card.title() == "Кто звонит"
    assert card.field("contact.NAME").text() == "Анна"


def test_recovery_puts_the_operator_back_on_the_step_with_the_texts(qtbot: QtBot) -> None:
    call = new_call()
    call.choose_script(SALES, 1, "s-hello")
    for step in ("s-name", "s-needs"):
        call.go_to(step)
    call.set_field("contact.NAME", "Анна")
    call.set_field("lead.COMMENTS", "Нужна CRM\nна 20 человек")
    call.set_field("lead.UF_CRM_PRODUCT", "2")
    card = Card(qtbot, demo_versions(), call=call)
    assert card.panel.pages.currentWidget() is card.view
    assert card.title() == "Потребность"
    assert card.view.editors["lead.COMMENTS"].text() == "Нужна CRM\nна 20 человек"
    assert card.view.editors["lead.UF_CRM_PRODUCT"].input.currentText() == "Business plan"
    assert "Анна, расскажите" in card.view.text.text()
    card.key(Qt.Key.Key_Backspace)
    assert card.field("contact.NAME").text() == "Анна"


def test_a_step_the_new_version_lacks_starts_the_script_again(qtbot: QtBot) -> None:
    call = new_call()
    call.choose_script(SALES, 1, "s-hello")
    call.path.append(PathEntry(SALES, "gone"))
    card = Card(qtbot, [published(sales_script(), SALES, number=2)], call=call)
    assert card.title() == "Приветствие"


def test_the_last_step_says_the_script_ended(qtbot: QtBot) -> None:
    card = Card(qtbot, [published(sales_script(), SALES)])
    card.walk("Знакомство", "Потребность", "Не целевой", "Прощание")
    assert card.view.nav_buttons == []
    assert card.view.end_box.isVisible()
    assert card.view.end_title.text() == "End of the script"
    assert card.view.back_button.isEnabled()


@pytest.mark.parametrize("action", [
    lambda panel: panel.set_scripts([], []),
    lambda panel: None,
])
def test_clear_and_no_scripts_leave_an_empty_tab(qtbot: QtBot,
                                                 action: Callable[[ScriptPanel], None]) -> None:
    card = Card(qtbot, [published(sales_script(), SALES)])
    action(card.panel)
    card.panel.clear()
    assert card.panel.call is None
    assert card.panel.pages.currentWidget() is card.panel.empty
    card.key(Qt.Key.Key_1)  # keys do nothing without a call
    card.panel.set_scripts([], [])
    card.panel.start(new_call())
    assert card.panel.pages.currentWidget() is card.panel.empty
    assert card.panel.empty.text().startswith("No script is assigned")


def test_a_language_switch_relabels_the_step_and_keeps_the_texts(qtbot: QtBot) -> None:
    card = Card(qtbot, [published(sales_script(), SALES)])
    card.walk("Знакомство")
    type_text(qtbot, card.field("contact.NAME"), "Анна")
    label = card.view.fields.labelForField(card.view.editors["contact.NAME"])
    assert label.text() == "First name"
    i18n.install_language(i18n.RUSSIAN)

    def relabelled() -> bool:
        return card.view.fields.labelForField(card.view.editors["contact.NAME"]).text() == "Имя"

    qtbot.waitUntil(relabelled)
    assert card.field("contact.NAME").text() == "Анна"
    assert card.title() == "Знакомство"

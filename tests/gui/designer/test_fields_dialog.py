"""The «CRM fields» dialog: search, add editable or read-only, reorder, remove, OK."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from designer.fields_dialog import READ_ONLY_COLUMN, FieldCatalogCache, FieldsDialog
from desktop.crm.errors import CrmUnavailable
from desktop.crm.fields import CATALOG
from desktop.domain.crm_types import EntityType
from desktop.domain.script import StepField

C, D, L = EntityType.CONTACT, EntityType.DEAL, EntityType.LEAD


def catalog(entity: EntityType):
    return list(CATALOG[entity])


def make_dialog(qtbot: QtBot, current: list[StepField], source=catalog,
                language: str = "ru") -> FieldsDialog:
    dialog = FieldsDialog(current, source, language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def visible_catalog_rows(dialog: FieldsDialog) -> list[tuple[str, str]]:
    rows = []
    for g in range(dialog.available.topLevelItemCount()):
        group = dialog.available.topLevelItem(g)
        rows += [(group.text(0), group.child(i).text(1)) for i in range(group.childCount())
                 if not group.isHidden() and not group.child(i).isHidden()]
    return rows


def catalog_item(dialog: FieldsDialog, group_title: str, code: str) -> QTreeWidgetItem:
    for g in range(dialog.available.topLevelItemCount()):
        group = dialog.available.topLevelItem(g)
        if group.text(0) == group_title:
            for i in range(group.childCount()):
                if group.child(i).text(1) == code:
                    return group.child(i)
    raise AssertionError(f"{group_title}.{code} is not listed")


def click_item(qtbot: QtBot, tree: QTreeWidget, item: QTreeWidgetItem, column: int = 0,
               modifier=Qt.KeyboardModifier.NoModifier) -> None:
    tree.scrollToItem(item)
    rect = tree.visualRect(tree.indexFromItem(item, column))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def click_check(qtbot: QtBot, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    rect = tree.visualRect(tree.indexFromItem(item, READ_ONLY_COLUMN))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 10, rect.center().y()))


def test_lists_the_four_entities_with_titles_and_codes(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, [])
    groups = [dialog.available.topLevelItem(i).text(0)
              for i in range(dialog.available.topLevelItemCount())]
    assert groups == ["Lead", "Deal", "Contact", "Company"]
    assert catalog_item(dialog, "Contact", "PHONE").text(0) == "Телефон"
    english = make_dialog(qtbot, [], language="en")
    assert catalog_item(english, "Contact", "PHONE").text(0) == "Phone"


def test_search_matches_title_or_code(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, [])
    qtbot.keyClicks(dialog.filter, "stage_id")
    assert visible_catalog_rows(dialog) == [("Deal", "STAGE_ID")]
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "taxpayer")
    assert visible_catalog_rows(dialog) == []  # the titles are the Russian ones here
    english = make_dialog(qtbot, [], language="en")
    qtbot.keyClicks(english.filter, "taxpayer")
    assert visible_catalog_rows(english) == [("Company", "UF_CRM_INN")]


def test_search_finds_russian_titles(qtbot: QtBot) -> None:
    from tests.gui.keyboard import type_text

    dialog = make_dialog(qtbot, [])
    type_text(qtbot, dialog.filter, "телеф")
    assert visible_catalog_rows(dialog) == [("Lead", "PHONE"), ("Contact", "PHONE"),
                                            ("Company", "PHONE")]


def test_add_read_only_reorder_remove_and_ok_returns_the_list(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, [StepField(C, "NAME"), StepField(D, "OPPORTUNITY")])
    qtbot.keyClicks(dialog.filter, "phone")
    click_item(qtbot, dialog.available, catalog_item(dialog, "Contact", "PHONE"))
    qtbot.mouseClick(dialog.add_read_only_button, Qt.MouseButton.LeftButton)
    assert dialog.fields() == [StepField(C, "NAME"), StepField(D, "OPPORTUNITY"),
                               StepField(C, "PHONE", editable=False)]
    phone_row = dialog.chosen.topLevelItem(2)
    assert not phone_row.icon(0).isNull()  # the lock
    assert catalog_item(dialog, "Contact", "PHONE").isDisabled()  # already on the step

    # The phone goes to the top: two clicks on Up.
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert not dialog.up_button.isEnabled()
    # The amount is removed.
    click_item(qtbot, dialog.chosen, dialog.chosen.topLevelItem(2))
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    # The name becomes read-only with its check box.
    click_check(qtbot, dialog.chosen, dialog.chosen.topLevelItem(1))

    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == FieldsDialog.DialogCode.Accepted
    assert dialog.fields() == [StepField(C, "PHONE", editable=False),
                               StepField(C, "NAME", editable=False)]


def test_a_field_the_crm_keeps_read_only_is_only_added_read_only(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, [])
    qtbot.keyClicks(dialog.filter, "date_create")
    locked = catalog_item(dialog, "Deal", "DATE_CREATE")
    click_item(qtbot, dialog.available, locked)
    assert not dialog.add_editable_button.isEnabled()
    dialog.available.itemDoubleClicked.emit(locked, 0)  # double-click adds "editable"
    assert dialog.fields() == [StepField(D, "DATE_CREATE", editable=False)]
    click_check(qtbot, dialog.chosen, dialog.chosen.topLevelItem(0))
    assert dialog.fields() == [StepField(D, "DATE_CREATE", editable=False)]


def test_editable_fields_are_added_editable_and_cancel_keeps_nothing(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, [])
    qtbot.keyClicks(dialog.filter, "opportunity")
    click_item(qtbot, dialog.available, catalog_item(dialog, "Lead", "OPPORTUNITY"))
    click_item(qtbot, dialog.available, catalog_item(dialog, "Deal", "OPPORTUNITY"),
               modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(dialog.add_editable_button, Qt.MouseButton.LeftButton)
    assert dialog.fields() == [StepField(L, "OPPORTUNITY"), StepField(D, "OPPORTUNITY")]
    assert dialog.chosen.topLevelItem(0).checkState(READ_ONLY_COLUMN) == Qt.CheckState.Unchecked
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == FieldsDialog.DialogCode.Rejected


def test_a_crm_that_cannot_answer_is_said_and_asked_again_next_time(qtbot: QtBot) -> None:
    down = {EntityType.COMPANY}
    asked: list[EntityType] = []

    def flaky(entity: EntityType):
        asked.append(entity)
        if entity in down:
            raise CrmUnavailable("The CRM does not answer.")
        return catalog(entity)

    cache = FieldCatalogCache(flaky)
    dialog = make_dialog(qtbot, [StepField(C, "NAME")], cache)
    assert dialog.error.isVisible()
    assert "The CRM does not answer." in dialog.error.text()
    assert dialog.available.topLevelItem(3).childCount() == 0
    assert dialog.fields() == [StepField(C, "NAME")]
    assert cache.meta(EntityType.COMPANY, "TITLE") is None  # not asked again meanwhile
    assert asked.count(EntityType.COMPANY) == 1

    down.clear()
    again = make_dialog(qtbot, [], cache)
    assert not again.error.isVisible()
    assert again.available.topLevelItem(3).childCount() > 0
    assert asked.count(EntityType.LEAD) == 1  # what answered before is kept

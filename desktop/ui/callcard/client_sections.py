"""The Client tab's building blocks: one card per CRM entity, one form per item.

An :class:`EntitySection` shows the lead (or deal, contact, company) found for the
number, with a chooser when the number found several of them. Each item gets its
own :class:`ItemForm`, built the first time it is shown and kept, so switching
between two deals never loses what the operator typed into either.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from desktop.crm.gateway import CrmItem, FieldMeta
from desktop.domain.crm_types import EntityType
from desktop.domain.roles import ClientField
from desktop.ui.callcard.field_editors import FieldEditor, field_label
from desktop.ui.callcard.field_inputs import paint_chevron
from desktop.ui.formatting import NO_VALUE, entity_name
from desktop.ui.widgets import set_style_flag

LABEL_WIDTH = 150  # the label column; long titles wrap inside it
Catalog = Mapping[tuple[EntityType, str], FieldMeta]
ItemKey = tuple[EntityType, str]


def item_caption(item: CrmItem) -> str:
    """``Title · ID 12``: how an item is named in choosers."""
    id_text = QCoreApplication.translate("EntitySection", "ID %1").replace("%1", item.id)
    return f"{item.title or NO_VALUE} · {id_text}"


def entity_badge(entity: EntityType) -> QLabel:
    badge = QLabel(objectName="entityBadge")
    badge.setProperty("entity", entity.value)  # coloured by the Client tab's style sheet
    badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return badge


class ChooserCombo(QComboBox):
    """A combo that chooses among found items, with the arrow the field inputs have."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt clips a long title mid-letter; end it with "…" where the box ends instead."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, room.width())
        painter = QStylePainter(self)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()
        paint_chevron(self)


class ItemForm(QWidget):
    """The role's fields of one CRM item: labels on the left, inputs or locked values right.

    ``edited`` is sent when the operator changes any input. What counts as changed is
    the text against what was loaded (or last saved), so typing a value back undoes
    the change.
    """

    edited = Signal()

    def __init__(self, item: CrmItem, fields: Sequence[ClientField], catalog: Catalog,
                 language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        self._loaded: dict[str, str] = {}  # code -> text as loaded or last saved
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        for row, wanted in enumerate(fields):
            meta = catalog.get((item.entity, wanted.code))
            # Unknown to the CRM (or its catalog not read yet): shown, never sent.
            locked = not wanted.editable or meta is None or not meta.editable
            editor = FieldEditor(meta, f"{item.entity.value}.{wanted.code}", read_only=locked,
                                 language=language, parent=self)
            editor.setObjectName(f"field_{wanted.code}")
            editor.set_value(item.fields.get(wanted.code))
            editor.edited.connect(self.edited)
            label = QLabel(field_label(meta, wanted.code, language), objectName="fieldLabel")
            label.setWordWrap(True)
            label.setFixedWidth(LABEL_WIDTH)
            label.setContentsMargins(0, 6, 0, 0)  # level with the text inside the input
            label.setBuddy(editor)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(editor, row, 1, Qt.AlignmentFlag.AlignTop)
            self.editors[wanted.code] = editor
            self.labels[wanted.code] = label
            self._loaded[wanted.code] = editor.text()

    @property
    def key(self) -> ItemKey:
        return (self.item.entity, self.item.id)

    def changed_codes(self) -> list[str]:
        return [code for code, editor in self.editors.items()
                if not editor.read_only and editor.text() != self._loaded[code]]

    def check(self) -> bool:
        """Show what is wrong with each changed input; True when every one is fine."""
        return all([self.editors[code].check() for code in self.changed_codes()])

    def changes(self) -> dict[str, Any]:
        """The CRM values of the changed inputs (call :meth:`check` first)."""
        return {code: self.editors[code].value() for code in self.changed_codes()}

    def accept(self, codes: Sequence[str]) -> dict[str, str]:
        """Take the inputs of ``codes`` as saved; returns their texts before, for :meth:`undo`."""
        before = {code: self._loaded[code] for code in codes}
        for code in codes:
            self._loaded[code] = self.editors[code].text()
        return before

    def undo(self, before: Mapping[str, str]) -> None:
        """The save of these inputs failed: they count as changed again."""
        self._loaded.update(before)

    def show_errors(self, errors: Mapping[str, str]) -> dict[str, str]:
        """Mark each field under its input; returns the errors of fields not on this form."""
        for code, editor in self.editors.items():
            editor.set_error(errors.get(code, ""))
        return {code: text for code, text in errors.items() if code not in self.editors}

    def retitle(self, catalog: Catalog, language: str) -> None:
        for code, label in self.labels.items():
            label.setText(field_label(catalog.get((self.item.entity, code)), code, language))


class EntitySection(QFrame):
    """One entity's card: badge, the item's title and ID (or a chooser), and its form.

    ``item_shown(key)`` is sent when the operator picks another item in the chooser,
    ``clicked(key)`` when they click the card's header (badge, title, ID); ``edited``
    when any input changes.
    """

    item_shown = Signal(object)
    clicked = Signal(object)
    edited = Signal()

    def __init__(self, entity: EntityType, items: Sequence[CrmItem],
                 fields: Sequence[ClientField], catalog: Catalog, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entitySection")
        self.entity, self.items = entity, list(items)
        self.fields, self.catalog, self.language = list(fields), catalog, language
        self.forms: dict[str, ItemForm] = {}
        self.badge = entity_badge(entity)
        self.title = QLabel(self, objectName="itemTitle")
        self.title.setWordWrap(True)  # not selectable: a click on it chooses the item
        self.item_id = QLabel(self, objectName="itemId")
        self.count = QLabel(self, objectName="itemCount")
        self.chooser = ChooserCombo("itemChooser", self)
        for item in self.items:
            self.chooser.addItem(item_caption(item), item.id)
        self.chooser.currentIndexChanged.connect(self._chosen_in_combo)
        # The forms, one shown at a time; a plain layout (not a QStackedWidget) so the
        # card's height follows wrapped labels at the width it really has.
        self.pages = QWidget(self)
        self.pages_column = QVBoxLayout(self.pages)
        self.pages_column.setContentsMargins(0, 0, 0, 0)
        self.no_fields = QLabel(objectName="noFields")
        self.no_fields.setWordWrap(True)
        self._lay_out()
        self.retranslate()
        self.show_item(self.items[0].id)

    def _lay_out(self) -> None:
        several = len(self.items) > 1
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        if several:
            head.addWidget(self.chooser, 1)
            head.addWidget(self.count)
        else:
            head.addWidget(self.title, 1)
            head.addWidget(self.item_id, 0, Qt.AlignmentFlag.AlignTop)
        self.title.setVisible(not several)
        self.item_id.setVisible(not several)
        self.chooser.setVisible(several)
        self.count.setVisible(several)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 12, 14, 14)
        column.setSpacing(12)
        column.addLayout(head)
        column.addWidget(self.pages)
        column.addWidget(self.no_fields)
        self.pages.setVisible(bool(self.fields))
        self.no_fields.setVisible(not self.fields)

    def retranslate(self, language: str | None = None) -> None:
        self.language = language or self.language
        self.badge.setText(entity_name(self.entity))
        self.count.setText(QCoreApplication.translate("EntitySection", "%1 found").replace(
            "%1", str(len(self.items))))
        self.chooser.setToolTip(QCoreApplication.translate(
            "EntitySection", "Several items have this number: choose the one to work with"))
        self.no_fields.setText(QCoreApplication.translate(
            "EntitySection", "Your role shows no fields of this item."))
        for index, item in enumerate(self.items):
            self.chooser.setItemText(index, item_caption(item))
        self._show_title()
        for form in self.forms.values():
            form.retitle(self.catalog, self.language)

    # ---- items ---------------------------------------------------------------------
    @property
    def shown(self) -> CrmItem:
        return self.items[max(0, self.chooser.currentIndex())]

    def show_item(self, item_id: str) -> None:
        """Show this item's form (built on first show); quiet: no ``item_shown``."""
        index = next((i for i, item in enumerate(self.items) if item.id == item_id), 0)
        self.chooser.blockSignals(True)
        self.chooser.setCurrentIndex(index)
        self.chooser.blockSignals(False)
        item = self.items[index]
        if item.id not in self.forms:
            form = ItemForm(item, self.fields, self.catalog, self.language)
            form.edited.connect(self.edited)
            self.forms[item.id] = form
            self.pages_column.addWidget(form)
        for shown_id, form in self.forms.items():
            form.setVisible(shown_id == item.id)
        self._show_title()

    def replace_item(self, item: CrmItem) -> None:
        """The item's values changed (saved): keep the new copy for the client's data."""
        self.items = [item if i.id == item.id else i for i in self.items]
        if item.id in self.forms:
            self.forms[item.id].item = item

    def set_chosen(self, chosen: bool) -> None:
        set_style_flag(self, "chosen", chosen)

    def _show_title(self) -> None:
        item = self.shown
        self.title.setText(item.title or NO_VALUE)
        self.item_id.setText(QCoreApplication.translate("EntitySection", "ID %1").replace(
            "%1", item.id))

    def _chosen_in_combo(self, index: int) -> None:
        if 0 <= index < len(self.items):
            self.show_item(self.items[index].id)
            self.item_shown.emit((self.entity, self.items[index].id))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on the card's header makes its item the one worked with."""
        if event.position().y() < self.pages.y():
            self.clicked.emit((self.entity, self.shown.id))
        super().mousePressEvent(event)

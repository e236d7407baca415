"""«Add CRM fields»: choose which CRM fields a step shows, each editable or read-only.

The catalog comes from the CRM's metadata through a narrow callable (``field_catalog``),
so the dialog neither knows which CRM is connected nor how it is reached. A field the
CRM itself marks read-only can only be added read-only; read-only fields carry a lock
in both lists, as they do on the step card and in the call card.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.crm.errors import CrmError
from desktop.crm.gateway import FieldMeta
from desktop.domain.crm_types import EntityType
from desktop.domain.script import StepField
from desktop.storage.errors import StorageError
from desktop.ui import icons
from desktop.ui.crm_errors import crm_error_text
from desktop.ui.formatting import entity_name
from desktop.ui.widgets import ErrorLine

FieldCatalog = Callable[[EntityType], list[FieldMeta]]
ENTITIES = (EntityType.LEAD, EntityType.DEAL, EntityType.CONTACT, EntityType.COMPANY)
KEY_ROLE = Qt.ItemDataRole.UserRole
LOCKED_ROLE = Qt.ItemDataRole.UserRole + 1  # the CRM allows only reading this field
READ_ONLY_COLUMN = 3


class FieldCatalogCache:
    """The CRM's field metadata, asked once per entity and kept for the editor's life.

    A CRM that cannot answer leaves that entity empty and its error in ``errors``
    (asked again only by :meth:`retry_failed`, so a CRM that is down is not asked on
    every repaint of the preview).
    """

    def __init__(self, field_catalog: FieldCatalog) -> None:
        self._source = field_catalog
        self._fields: dict[EntityType, list[FieldMeta]] = {}
        self._by_code: dict[EntityType, dict[str, FieldMeta]] = {}
        self.errors: dict[EntityType, str] = {}

    def fields(self, entity: EntityType) -> list[FieldMeta]:
        if entity not in self._fields:
            try:
                self._fields[entity] = list(self._source(entity))
                self.errors.pop(entity, None)
            except (CrmError, StorageError) as exc:
                self.errors[entity] = crm_error_text(exc)
                self._fields[entity] = []
            self._by_code[entity] = {m.code: m for m in self._fields[entity]}
        return self._fields[entity]

    def retry_failed(self) -> None:
        for entity in list(self.errors):
            self._fields.pop(entity, None)

    def meta(self, entity: EntityType, code: str) -> FieldMeta | None:
        self.fields(entity)
        return self._by_code[entity].get(code)


def _as_cache(catalog: FieldCatalog | FieldCatalogCache) -> FieldCatalogCache:
    return catalog if isinstance(catalog, FieldCatalogCache) else FieldCatalogCache(catalog)


class FieldsDialog(QDialog):
    """Pick, order and lock the CRM fields of one step; ``fields()`` is the result."""

    def __init__(self, current: list[StepField], field_catalog: FieldCatalog | FieldCatalogCache,
                 language: str = "ru", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldsDialog")
        self.catalog = _as_cache(field_catalog)
        self.catalog.retry_failed()
        self.language = language
        self.resize(1000, 600)
        self.setStyleSheet("QTreeWidget::item { padding: 3px 0; }"
                           "QTreeWidget::item:selected { background: #dbeafe; color: #0f172a; }")

        self.filter = QLineEdit(objectName="fieldFilter")
        self.filter.setClearButtonEnabled(True)
        self.available = self._tree(["", ""])
        self.available.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.available.setMinimumWidth(400)
        self.chosen = self._tree(["", "", "", ""])
        self.chosen.setMinimumWidth(400)
        self.chosen.setRootIsDecorated(False)
        self.chosen.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.chosen.setDefaultDropAction(Qt.DropAction.MoveAction)
        for column in (2, 3):
            self.chosen.header().setSectionResizeMode(column,
                                                      QHeaderView.ResizeMode.ResizeToContents)
        self.add_editable_button = QPushButton(objectName="addEditable")
        self.add_read_only_button = QPushButton(icons.icon(icons.LOCK), "",
                                                objectName="addReadOnly")
        self.up_button = QPushButton(objectName="moveUp")
        self.down_button = QPushButton(objectName="moveDown")
        self.remove_button = QPushButton(objectName="removeField")
        self.add_caption = QLabel(objectName="hint")
        self.available_title = QLabel(objectName="sectionTitle")
        self.chosen_title = QLabel(objectName="sectionTitle")
        self.hint = QLabel(objectName="hint")
        self.hint.setWordWrap(True)
        self.error = ErrorLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self._lay_out()
        self._retranslate()
        self._fill_available()
        for step_field in current:
            self._append_chosen(step_field)
        self._connect()
        self._refresh_state()

    # ---- building -----------------------------------------------------------------
    @staticmethod
    def _tree(headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        return tree

    def _lay_out(self) -> None:
        middle = QVBoxLayout()
        middle.setSpacing(6)
        middle.addStretch(1)
        middle.addWidget(self.add_caption)
        middle.addWidget(self.add_editable_button)
        middle.addWidget(self.add_read_only_button)
        middle.addStretch(2)
        order = QVBoxLayout()
        order.setSpacing(6)
        for button in (self.up_button, self.down_button, self.remove_button):
            order.addWidget(button)
        order.addStretch(1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.available_title, 0, 0)
        grid.addWidget(self.chosen_title, 0, 2)
        grid.addWidget(self.filter, 1, 0)
        grid.addWidget(self.hint, 1, 2, 1, 2)
        grid.addWidget(self.available, 2, 0)
        grid.addLayout(middle, 2, 1)
        grid.addWidget(self.chosen, 2, 2)
        grid.addLayout(order, 2, 3)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(2, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(grid, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("CRM fields of the step"))
        self.available_title.setText(self.tr("CRM fields"))
        self.chosen_title.setText(self.tr("Shown on this step"))
        self.filter.setPlaceholderText(self.tr("Search by name or code"))
        self.hint.setText(self.tr("Drag to reorder. A locked field is read-only for the "
                                  "operator."))
        self.available.setHeaderLabels([self.tr("Field"), self.tr("Code")])
        self.chosen.setHeaderLabels([self.tr("Field"), self.tr("Entity"), self.tr("Code"), ""])
        self.chosen.headerItem().setIcon(READ_ONLY_COLUMN, icons.icon(icons.LOCK))
        self.chosen.headerItem().setToolTip(READ_ONLY_COLUMN, self.tr("Read-only"))
        self.add_caption.setText(self.tr("Add as"))
        self.add_editable_button.setText(self.tr("Editable →"))
        self.add_read_only_button.setText(self.tr("Read-only →"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.remove_button.setText(self.tr("Remove"))

    def _fill_available(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        errors = []
        for entity in ENTITIES:
            group = QTreeWidgetItem(self.available, [entity_name(entity), ""])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setData(0, KEY_ROLE, None)
            for meta in self.catalog.fields(entity):
                item = QTreeWidgetItem(group, [meta.title(self.language), meta.code])
                item.setData(0, KEY_ROLE, (entity, meta.code))
                item.setData(0, LOCKED_ROLE, not meta.editable)
                item.setIcon(0, _blank_icon() if meta.editable else icons.icon(icons.LOCK))
                if not meta.editable:
                    item.setToolTip(0, self.tr("The CRM allows only reading this field."))
            group.setExpanded(True)
            if entity in self.catalog.errors:
                errors.append(f"{entity_name(entity)}: {self.catalog.errors[entity]}")
        self.error.show_error("\n".join(errors))

    def _connect(self) -> None:
        self.filter.textChanged.connect(self._apply_filter)
        self.available.itemSelectionChanged.connect(self._refresh_state)
        self.available.itemDoubleClicked.connect(lambda *_: self.add_selected(editable=True))
        self.chosen.itemSelectionChanged.connect(self._refresh_state)
        self.chosen.itemChanged.connect(self._chosen_item_changed)
        self.chosen.model().rowsMoved.connect(self._refresh_state)
        self.add_editable_button.clicked.connect(lambda: self.add_selected(editable=True))
        self.add_read_only_button.clicked.connect(lambda: self.add_selected(editable=False))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # ---- the chosen list ------------------------------------------------------------
    def _append_chosen(self, step_field: StepField, row: int | None = None) -> QTreeWidgetItem:
        meta = self.catalog.meta(step_field.entity, step_field.code)
        title = meta.title(self.language) if meta else step_field.code
        item = QTreeWidgetItem([title, entity_name(step_field.entity), step_field.code, ""])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setData(0, KEY_ROLE, step_field.key)
        item.setData(0, LOCKED_ROLE, bool(meta and not meta.editable))
        self.chosen.blockSignals(True)
        item.setCheckState(READ_ONLY_COLUMN, Qt.CheckState.Unchecked if step_field.editable
                           else Qt.CheckState.Checked)
        self.chosen.blockSignals(False)
        self._show_lock(item)
        if row is None:
            self.chosen.addTopLevelItem(item)
        else:
            self.chosen.insertTopLevelItem(row, item)
        return item

    def _show_lock(self, item: QTreeWidgetItem) -> None:
        read_only = item.checkState(READ_ONLY_COLUMN) == Qt.CheckState.Checked
        self.chosen.blockSignals(True)
        item.setIcon(0, icons.icon(icons.LOCK) if read_only else _blank_icon())
        item.setToolTip(READ_ONLY_COLUMN, self.tr("The CRM allows only reading this field.")
                        if item.data(0, LOCKED_ROLE) else "")
        self.chosen.blockSignals(False)

    def _chosen_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != READ_ONLY_COLUMN:
            return
        checked = item.checkState(READ_ONLY_COLUMN) == Qt.CheckState.Checked
        if item.data(0, LOCKED_ROLE) and not checked:  # the CRM decides, not the step
            self.chosen.blockSignals(True)
            item.setCheckState(READ_ONLY_COLUMN, Qt.CheckState.Checked)
            self.chosen.blockSignals(False)
        self._show_lock(item)

    def chosen_keys(self) -> list[tuple[EntityType, str]]:
        return [self.chosen.topLevelItem(i).data(0, KEY_ROLE)
                for i in range(self.chosen.topLevelItemCount())]

    def fields(self) -> list[StepField]:
        """The chosen fields in order: what the step will show."""
        result = []
        for i in range(self.chosen.topLevelItemCount()):
            item = self.chosen.topLevelItem(i)
            entity, code = item.data(0, KEY_ROLE)
            result.append(StepField(EntityType(entity), code,
                                    item.checkState(READ_ONLY_COLUMN) != Qt.CheckState.Checked))
        return result

    # ---- actions ------------------------------------------------------------------
    def add_selected(self, *, editable: bool) -> None:
        """Add the selected catalog fields; a CRM read-only field is added read-only."""
        present = set(self.chosen_keys())
        last = None
        for item in self.available.selectedItems():
            key = item.data(0, KEY_ROLE)
            if key is None or key in present or item.isHidden():
                continue
            entity, code = key
            locked = bool(item.data(0, LOCKED_ROLE))
            last = self._append_chosen(StepField(entity, code, editable and not locked))
            present.add(key)
        if last is not None:
            self.chosen.setCurrentItem(last)
        self._refresh_state()

    def move_selected(self, delta: int) -> None:
        item = self.chosen.currentItem()
        if item is None:
            return
        row = self.chosen.indexOfTopLevelItem(item)
        target = row + delta
        if not 0 <= target < self.chosen.topLevelItemCount():
            return
        step_field = self.fields()[row]
        self.chosen.takeTopLevelItem(row)
        moved = self._append_chosen(step_field, target)
        self.chosen.setCurrentItem(moved)
        self._refresh_state()

    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeTopLevelItem(self.chosen.indexOfTopLevelItem(item))
        self._refresh_state()

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for g in range(self.available.topLevelItemCount()):
            group = self.available.topLevelItem(g)
            visible = 0
            for i in range(group.childCount()):
                item = group.child(i)
                match = not needle or needle in item.text(0).casefold() \
                    or needle in item.text(1).casefold()
                item.setHidden(not match)
                visible += match
            group.setHidden(visible == 0)
        self._refresh_state()

    def _refresh_state(self, *_: object) -> None:
        present = set(self.chosen_keys())
        selectable = []
        for g in range(self.available.topLevelItemCount()):
            group = self.available.topLevelItem(g)
            for i in range(group.childCount()):
                item = group.child(i)
                taken = item.data(0, KEY_ROLE) in present
                item.setDisabled(taken)
                if item.isSelected() and not taken and not item.isHidden():
                    selectable.append(item)
        self.add_read_only_button.setEnabled(bool(selectable))
        self.add_editable_button.setEnabled(
            any(not item.data(0, LOCKED_ROLE) for item in selectable))
        current = self.chosen.currentItem()
        row = self.chosen.indexOfTopLevelItem(current) if current else -1
        has = row >= 0 and current.isSelected()
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.chosen.topLevelItemCount() - 1)
        self.remove_button.setEnabled(bool(self.chosen.selectedItems()))


@cache
def _blank_icon() -> QIcon:
    """A transparent icon the size of the lock, so titles line up with and without it."""
    picture = QPixmap(16, 16)
    picture.fill(Qt.GlobalColor.transparent)
    return QIcon(picture)

"""The parts of the role editor: the Client tab's fields, the result buttons, the scripts.

Fields are chosen, ordered and locked in the designer's «CRM fields» dialog (the same
picker steps use); the editor lists them as the call card will show them. Buttons are
drawn in their own colours, in call-card order, and reordered by dragging or with
Up/Down. Scripts are ticked; a role with none gets a warning, since its operators
would have no script at the call.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.fields_dialog import FieldCatalogCache, FieldsDialog, _blank_icon
from desktop.domain.colors import text_color_on
from desktop.domain.roles import ClientField
from desktop.domain.script import StepField
from desktop.ui import icons
from desktop.ui.formatting import entity_name
from desktop.ui.i18n import Retranslatable

ButtonCatalog = Callable[[], list[tuple[int, str, str]]]  # (id, title, colour)
ScriptCatalog = Callable[[], list[tuple[int, str]]]  # (id, name)
ID_ROLE = Qt.ItemDataRole.UserRole
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING_STYLE = ("QLabel { color: #92400e; background: #fffbeb; border: 1px solid #fcd34d;"
                 " border-radius: 4px; padding: 6px 8px; }")


def colour_swatch(colour: str, size: int = 14) -> QIcon:
    picture = QPixmap(size, size)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(picture)


def _section_title(parent_layout: QVBoxLayout) -> tuple[QLabel, QLabel]:
    title, hint = QLabel(objectName="sectionTitle"), QLabel(objectName="hint", wordWrap=True)
    parent_layout.addWidget(title)
    parent_layout.addWidget(hint)
    return title, hint


def _small_button(name: str, icon_name: str | None = None) -> QPushButton:
    button = QPushButton(objectName=name)
    if icon_name:
        button.setIcon(icons.icon(icon_name))
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.setAutoDefault(False)  # Enter in the editor saves the role, not this
    return button


class FieldsSection(Retranslatable, QWidget):
    """The Client tab's CRM fields in order, each editable or locked (read-only).

    ``open_dialog(dialog)`` shows the «CRM fields» dialog (the editor tracks it);
    ``changed`` is emitted when the list changes."""

    changed = Signal()

    def __init__(self, fields: Sequence[ClientField], catalog: FieldCatalogCache,
                 language: str, open_dialog: Callable[[QWidget], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog, self.language, self.open_dialog = catalog, language, open_dialog
        self.fields: list[ClientField] = list(fields)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.title, self.hint = _section_title(layout)
        self.list = QTreeWidget(objectName="roleFields")
        self.list.setStyleSheet("QTreeWidget::item { padding: 3px 0; }")  # as in the picker
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemDoubleClicked.connect(lambda *_: self.choose())
        layout.addWidget(self.list, 1)
        self.choose_button = _small_button("chooseFields", icons.EDIT)
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Client tab fields"))
        self.hint.setText(self.tr("Shown in the call card when the CRM has such an item for "
                                  "the caller's number. A lock means read-only."))
        self.list.setHeaderLabels([self.tr("Field"), self.tr("Entity")])
        self.choose_button.setText(self.tr("Choose fields…"))
        self.choose_button.setToolTip(self.tr("Add, order and lock the fields (double-click "
                                              "the list)"))
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for client_field in self.fields:
            meta = self.catalog.meta(client_field.entity, client_field.code)
            title = meta.title(self.language) if meta else client_field.code
            item = QTreeWidgetItem([title, entity_name(client_field.entity)])
            item.setIcon(0, icons.icon(icons.LOCK) if not client_field.editable
                         else _blank_icon())
            item.setToolTip(0, f"{client_field.entity.value}.{client_field.code} — "
                            + (self.tr("editable") if client_field.editable
                               else self.tr("read-only")))
            self.list.addTopLevelItem(item)
        if not self.fields:
            empty = QTreeWidgetItem([self.tr("No fields: the Client tab shows only the "
                                             "number"), ""])
            empty.setForeground(0, QColor("#94a3b8"))
            self.list.addTopLevelItem(empty)

    def choose(self) -> None:
        dialog = FieldsDialog([StepField(f.entity, f.code, f.editable) for f in self.fields],
                              self.catalog, self.language, self.window())
        dialog.setWindowTitle(self.tr("Client tab fields"))
        dialog.chosen_title.setText(self.tr("Shown on the Client tab"))
        dialog.accepted.connect(lambda: self.set_fields(
            [ClientField(f.entity, f.code, f.editable) for f in dialog.fields()]))
        self.open_dialog(dialog)

    def set_fields(self, fields: list[ClientField]) -> None:
        self.fields = list(fields)
        self._fill()
        self.changed.emit()


class ButtonDelegate(QStyledItemDelegate):
    """Each button as the operator sees it: its title on its colour."""

    HEIGHT = 34

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        style = option.widget.style() if option.widget else None
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text, background.icon = "", QIcon()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter,
                              option.widget)
        colour = QColor(str(index.data(COLOUR_ROLE) or "#64748b"))
        text = str(index.data() or "")
        metrics = QFontMetrics(option.font)
        width = min(metrics.horizontalAdvance(text) + 32, option.rect.width() - 16)
        pill = QRect(option.rect.left() + 8, option.rect.top() + 4, width,
                     option.rect.height() - 8)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(pill, 5, 5)
        painter.setPen(QColor(text_color_on(colour.name())))
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter),
                         QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                       pill.width() - 16))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(super().sizeHint(option, index).width(), self.HEIGHT)


class ButtonsSection(Retranslatable, QWidget):
    """The role's result buttons in call-card order; add from a menu, drag to reorder."""

    def __init__(self, button_ids: Sequence[int], catalog: Sequence[tuple[int, str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = {b[0]: b for b in catalog}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.title, self.hint = _section_title(layout)
        self.list = QListWidget(objectName="roleButtons")
        self.list.setItemDelegate(ButtonDelegate(self.list))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        layout.addWidget(self.list, 1)
        self.add_button = _small_button("addButton", icons.ADD)
        self.add_menu = QMenu(self)
        self.add_button.setMenu(self.add_menu)
        self.add_menu.aboutToShow.connect(self._fill_menu)
        self.up_button = _small_button("buttonUp")
        self.down_button = _small_button("buttonDown")
        self.remove_button = _small_button("removeButton", icons.DELETE)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))
        self.remove_button.clicked.connect(self.remove_current)
        row = QHBoxLayout()
        row.setSpacing(6)
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        for button_id in button_ids:
            if button_id in self.catalog:
                self._append(button_id)
        self.list.currentRowChanged.connect(lambda _row: self._update())
        self.list.model().rowsMoved.connect(lambda *_: self._update())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Result buttons"))
        self.hint.setText(self.tr("In call-card order; drag to reorder."))
        self.add_button.setText(self.tr("Add button"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.remove_button.setText(self.tr("Remove"))
        self._update()

    def _append(self, button_id: int) -> QListWidgetItem:
        _, title, colour = self.catalog[button_id]
        item = QListWidgetItem(title)
        item.setData(ID_ROLE, button_id)
        item.setData(COLOUR_ROLE, colour)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsDragEnabled)
        self.list.addItem(item)
        return item

    def button_ids(self) -> list[int]:
        return [int(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())]

    def _fill_menu(self) -> None:
        self.add_menu.clear()
        present = set(self.button_ids())
        for button_id, title, colour in self.catalog.values():
            if button_id not in present:
                action = self.add_menu.addAction(colour_swatch(colour), title)
                action.triggered.connect(lambda _=False, b=button_id: self.add(b))
        if self.add_menu.isEmpty():
            self.add_menu.addAction(self.tr("Every button is already here")).setEnabled(False)

    def add(self, button_id: int) -> None:
        if button_id in self.catalog and button_id not in self.button_ids():
            self.list.setCurrentItem(self._append(button_id))
            self._update()

    def move(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
        self._update()

    def _update(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0)
        self.add_button.setEnabled(count < len(self.catalog))


class ScriptsSection(Retranslatable, QWidget):
    """Ticks for the scripts the role's operators run; warns while none is ticked."""

    def __init__(self, script_ids: Sequence[int], catalog: Sequence[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.title, self.hint = _section_title(layout)
        self.list = QListWidget(objectName="roleScripts")
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        assigned = [s for s in script_ids if any(c[0] == s for c in catalog)]
        order = assigned + [c[0] for c in catalog if c[0] not in assigned]
        names = dict(catalog)
        for script_id in order:
            item = QListWidgetItem(icons.icon(icons.DESIGNER), names[script_id])
            item.setData(ID_ROLE, script_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if script_id in assigned
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.warning = QLabel(objectName="noScriptWarning", wordWrap=True)
        self.warning.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.warning)
        self.list.itemChanged.connect(lambda _item: self._update())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Scripts"))
        self.hint.setText(self.tr("The scripts operators with this role run. With several, "
                                  "they choose one when the call starts; with one, it opens "
                                  "directly."))
        self.warning.setText(self.tr("No script is ticked: operators with this role will have "
                                     "no script in the call card."))
        self._update()

    def script_ids(self) -> list[int]:
        return [int(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, script_id: int, checked: bool) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == script_id:
                self.list.item(i).setCheckState(Qt.CheckState.Checked if checked
                                                else Qt.CheckState.Unchecked)

    def _update(self) -> None:
        self.warning.setVisible(not self.script_ids())


"""The list behind the Buttons tab: one row per button in call-card order, each button
drawn as the operator sees it, its actions as small tinted chips, and its roles.

Rows can be dragged to a new place: the model does not move anything itself but
asks (``move_requested``), and the tab moves the button through the service and
reloads, so the list always shows the stored order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from designer.action_kinds import kind_colors, kind_title
from desktop.domain.buttons import ActionButton, ActionKind
from desktop.ui.button_face import face_width, paint_button_face, shortcut_text
from desktop.ui.formatting import NO_VALUE
from desktop.ui.widgets import RowsModel, list_table

ORDER, BUTTON, ACTIONS, ROLES = range(4)
BUTTON_ID_ROLE = Qt.ItemDataRole.UserRole
MIME_TYPE = "application/x-operator-desk-button"
ROW_HEIGHT = 52
FACE_HEIGHT = 34
CHIP_GAP = 6
MUTED = QColor("#64748b")

_Index = QModelIndex | QPersistentModelIndex


class ButtonRow(Protocol):
    """What the tab shows of a button (the service's ``ButtonInfo``)."""

    button: ActionButton
    roles: list[str]


class ButtonsModel(RowsModel[ButtonRow]):
    move_requested = Signal(int, int)  # (button id, its new index in the order)
    COLUMNS = 4

    def row_of(self, button_id: int | None) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.button.id == button_id), None)

    # ---- the table ------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return ("#", self.tr("Button"), self.tr("Actions, in order"), self.tr("Roles"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        button, column = row.button, index.column()
        if role == BUTTON_ID_ROLE:
            return button.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ORDER:
                return str(index.row() + 1)
            if column == BUTTON:
                return button.title
            if column == ACTIONS:
                return ", ".join(kind_title(a.kind) for a in button.actions)
            return ", ".join(row.roles) if row.roles else NO_VALUE
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ORDER:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in (ORDER, ROLES) and (
                column == ORDER or not row.roles):
            return MUTED
        return None

    def _tooltip(self, row: ButtonRow, column: int) -> str | None:
        button = row.button
        if column == BUTTON:
            return (self.tr("«%1», pressed with %2 in the call card").replace(
                "%1", button.title).replace("%2", shortcut_text(button.shortcut))
                if button.shortcut else button.title)
        if column == ACTIONS:
            return "\n".join(f"{i}. {kind_title(a.kind)}"
                             for i, a in enumerate(button.actions, start=1))
        if column == ROLES:
            return (self.tr("Operators with these roles have the button: %1").replace(
                "%1", ", ".join(row.roles)) if row.roles
                else self.tr("No role has this button yet, so no operator sees it. Assign "
                             "it on the Roles tab."))
        return None

    # ---- dragging rows to a new place -----------------------------------------------
    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(self.rows[rows[0]].button.id).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: _Index) -> bool:
        """Asks to move the dragged button to where it was dropped; returns False so the
        view removes nothing (the tab reloads the stored order)."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        button_id = int(bytes(data.data(MIME_TYPE).data()).decode())
        source = self.row_of(button_id)
        if source is None:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.rows))
        new_index = target - 1 if source < target else target
        new_index = max(0, min(new_index, len(self.rows) - 1))
        if new_index != source:
            self.move_requested.emit(button_id, new_index)
        return False


class _Drawn(QStyledItemDelegate):
    def background(self, painter: QPainter, option: QStyleOptionViewItem,
                   index: _Index) -> QStyleOptionViewItem:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        return opt


class FaceDelegate(_Drawn):
    """The button as the operator sees it: its colour, readable title and key cap."""

    PAD = 10

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.background(painter, option, index)
        model = index.model()
        if not isinstance(model, ButtonsModel):
            return
        button = model.rows[index.row()].button
        room = option.rect.adjusted(self.PAD, 0, -self.PAD, 0)
        width = min(room.width(), max(120, face_width(button.title, button.shortcut,
                                                      option.font)))
        face = QRect(room.left(), room.center().y() - FACE_HEIGHT // 2 + 1, width, FACE_HEIGHT)
        paint_button_face(painter, face, button.title, button.color, button.shortcut,
                          option.font)


class ActionsDelegate(_Drawn):
    """The actions as chips in run order; the ones that do not fit become «+N»."""

    PAD = 10

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.background(painter, option, index)
        model = index.model()
        if not isinstance(model, ButtonsModel):
            return
        actions = model.rows[index.row()].button.actions
        font = QFont(option.font)
        font.setPointSizeF(max(7.5, font.pointSizeF() - 1))
        metrics = QFontMetrics(font)
        height = metrics.height() + 6
        top = option.rect.center().y() - height // 2 + 1
        left, right = option.rect.left() + self.PAD, option.rect.right() - self.PAD
        more_width = metrics.horizontalAdvance("+9") + 14
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        for shown, action in enumerate(actions):
            text = kind_title(action.kind)
            width = metrics.horizontalAdvance(text) + 16
            last = shown == len(actions) - 1
            if left + width > right - (0 if last else more_width + CHIP_GAP):
                rest = len(actions) - shown
                self._chip(painter, QRect(left, top, more_width, height), f"+{rest}", None)
                break
            self._chip(painter, QRect(left, top, width, height), text, action.kind)
            left += width + CHIP_GAP
        painter.restore()

    @staticmethod
    def _chip(painter: QPainter, rect: QRect, text: str, kind: ActionKind | None) -> None:
        if kind is None:
            ink, fill, border = QColor("#475569"), QColor("#f1f5f9"), QColor("#cbd5e1")
        else:
            ink, fill, border = kind_colors(kind)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), rect.height() / 2,
                                rect.height() / 2)
        painter.setPen(ink)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)


def buttons_table(model: ButtonsModel) -> QTableView:
    """The view: whole rows, one at a time, in the stored order, rows draggable."""
    table = list_table("buttonsTable", model, ROW_HEIGHT, ROLES,
                       ((ORDER, 44), (BUTTON, 270), (ACTIONS, 340)))
    table.horizontalHeader().setSectionResizeMode(ORDER, QHeaderView.ResizeMode.Fixed)
    table.setDragEnabled(True)
    table.setAcceptDrops(True)
    table.setDropIndicatorShown(True)
    table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    table.setDragDropOverwriteMode(False)
    table.setDefaultDropAction(Qt.DropAction.MoveAction)
    table.setItemDelegateForColumn(BUTTON, FaceDelegate(table))
    table.setItemDelegateForColumn(ACTIONS, ActionsDelegate(table))
    return table

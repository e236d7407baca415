"""The table behind the Scripts tab: one row per script, a search filter, and the two
drawn cells — the name with the description under it, and the published version
with its «unpublished changes» badge."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from desktop.ui.formatting import NO_VALUE
from desktop.ui.widgets import RowsModel, list_table

NAME, STEPS, PUBLISHED, ROLES = range(4)
SCRIPT_ID_ROLE = Qt.ItemDataRole.UserRole
BADGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the badge text of the published cell, or None
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 3  # the name cell's second line
ROW_HEIGHT = 50  # two lines: the name, and the description under it

BADGE_TEXT = QColor("#92400e")
BADGE_FILL = QColor("#fef3c7")
BADGE_BORDER = QColor("#fcd34d")
MUTED_TEXT = QColor("#64748b")

_Index = QModelIndex | QPersistentModelIndex


class ScriptRow(Protocol):
    """What the tab shows of a script (the service's ``ScriptInfo``)."""

    id: int
    name: str
    description: str
    step_count: int
    version: int
    published_number: int | None
    has_unpublished_changes: bool
    roles: list[str]


def one_line(text: str) -> str:
    """A description on one table line: line breaks become spaces."""
    return " ".join(text.split())


class ScriptsModel(RowsModel[ScriptRow]):
    COLUMNS = 4

    def row_of(self, script_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == script_id), None)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Script"), self.tr("Steps"), self.tr("Published"),
                    self.tr("Roles")][section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == STEPS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SCRIPT_ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == BADGE_ROLE and column == PUBLISHED:
            return self.badge_text(row)
        if role == DESCRIPTION_ROLE and column == NAME:
            return one_line(row.description)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and column == NAME:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (
                (column == PUBLISHED and row.published_number is None)
                or (column == ROLES and not row.roles)):
            return MUTED_TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole and column == STEPS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def badge_text(self, row: ScriptRow) -> str | None:
        """Only a published script can be ahead of what operators run."""
        if row.published_number is not None and row.has_unpublished_changes:
            return self.tr("unpublished changes")
        return None

    def _text(self, row: ScriptRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == STEPS:
            return str(row.step_count)
        if column == PUBLISHED:
            return (f"v{row.published_number}" if row.published_number is not None
                    else self.tr("not published"))
        return ", ".join(row.roles) if row.roles else NO_VALUE

    def _sort_key(self, row: ScriptRow, column: int) -> object:
        if column == STEPS:
            return row.step_count
        if column == PUBLISHED:
            return row.published_number if row.published_number is not None else -1
        return self._text(row, column).casefold()

    def _tooltip(self, row: ScriptRow, column: int) -> str | None:
        if column == NAME:
            return f"{row.name}\n\n{row.description}" if row.description else row.name
        if column == PUBLISHED and self.badge_text(row):
            return self.tr("The draft has changes operators do not get until you publish "
                           "it in the designer.")
        if column == ROLES:
            return (self.tr("Roles whose operators run this script: %1").replace(
                "%1", ", ".join(row.roles)) if row.roles
                else self.tr("No role has this script yet; assign it on the Roles tab."))
        return None


class ScriptsFilter(QSortFilterProxyModel):
    """Keeps the scripts whose name, description or roles contain the search text."""

    def __init__(self, model: ScriptsModel) -> None:
        super().__init__()
        self.scripts = model
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.needle = ""

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self.needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self.needle:
            return True
        row = self.scripts.rows[source_row]
        haystack = " ".join([row.name, row.description, *row.roles]).casefold()
        return all(word in haystack for word in self.needle.split())


def _small_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(7.5, font.pointSizeF() - 1.5))
    return small


class _DrawnCell(QStyledItemDelegate):
    """A cell whose text the delegate draws itself over the usual background."""

    PAD = 11  # the table's item padding, so drawn texts line up with plain cells

    def background(self, painter: QPainter, option: QStyleOptionViewItem,
                   index: _Index) -> QStyleOptionViewItem:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        return opt


class NameDelegate(_DrawnCell):
    """The script's name in bold, and its description on a second, muted line."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = self.background(painter, option, index)
        rect = option.rect.adjusted(self.PAD, 0, -self.PAD, 0)
        name, description = str(index.data() or ""), str(index.data(DESCRIPTION_ROLE) or "")
        bold = index.data(Qt.ItemDataRole.FontRole) or opt.font
        painter.save()
        painter.setFont(bold)
        painter.setPen(opt.palette.color(opt.palette.ColorRole.Text))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        top = rect.adjusted(0, 0, 0, -rect.height() // 2) if description else rect
        painter.drawText(top.adjusted(0, 4, 0, 4) if description else top, flags,
                         QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight,
                                                       rect.width()))
        if description:
            small = _small_font(option.font)
            small.setWeight(QFont.Weight.Normal)
            painter.setFont(small)
            painter.setPen(MUTED_TEXT)
            bottom = rect.adjusted(0, rect.height() // 2, 0, 0)
            painter.drawText(bottom.adjusted(0, -3, 0, -3), flags, QFontMetrics(small).elidedText(
                description, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()


class PublishedDelegate(_DrawnCell):
    """Draws the version ("v3") followed by an amber badge when the draft is ahead."""

    GAP = 8

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        badge = index.data(BADGE_ROLE)
        if not badge:
            super().paint(painter, option, index)
            return
        opt = self.background(painter, option, index)
        text = str(index.data() or "")
        rect = option.rect.adjusted(self.PAD, 0, -self.PAD, 0)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(opt.palette.ColorRole.Text))
        metrics = QFontMetrics(opt.font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         text)
        small = _small_font(opt.font)
        small_metrics = QFontMetrics(small)
        left = rect.left() + metrics.horizontalAdvance(text) + self.GAP
        width = min(small_metrics.horizontalAdvance(badge) + 14, rect.right() - left)
        height = small_metrics.height() + 4
        pill = QRect(left, rect.center().y() - height // 2 + 1, width, height)
        if width > 20:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(BADGE_BORDER)
            painter.setBrush(BADGE_FILL)
            painter.drawRoundedRect(pill.adjusted(0, 0, -1, -1), height / 2, height / 2)
            painter.setFont(small)
            painter.setPen(BADGE_TEXT)
            shown = small_metrics.elidedText(badge, Qt.TextElideMode.ElideRight, width - 12)
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), shown)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        badge = index.data(BADGE_ROLE)
        if badge:
            badge_width = QFontMetrics(_small_font(option.font)).horizontalAdvance(badge)
            size.setWidth(size.width() + badge_width + 30)
        return size


def scripts_table(model: ScriptsFilter) -> QTableView:
    """The view: whole rows selected, sortable, the drawn cells in place."""
    table = list_table("scriptsTable", model, ROW_HEIGHT, NAME,
                       ((STEPS, 70), (PUBLISHED, 270), (ROLES, 280)))
    table.setSortingEnabled(True)
    table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    table.setItemDelegateForColumn(NAME, NameDelegate(table))
    table.setItemDelegateForColumn(PUBLISHED, PublishedDelegate(table))
    return table

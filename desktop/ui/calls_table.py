"""The "Recent calls" list of the main window, with its empty state."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.calls import CallRow
from desktop.ui import icons
from desktop.ui.formatting import NO_VALUE, format_duration, format_phone, format_started
from desktop.ui.i18n import Retranslatable

TIME, NUMBER, DIRECTION, DURATION, RESULT, OPERATOR = range(6)
INCOMING = "incoming"

_Index = QModelIndex | QPersistentModelIndex


class CallsModel(QAbstractTableModel):
    """Rows of ``CallRow``; the operator column only when everyone's calls are shown."""

    def __init__(self, show_operator: bool) -> None:
        super().__init__()
        self.show_operator = show_operator
        self.rows: list[CallRow] = []

    def set_rows(self, rows: Sequence[CallRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        """Header and direction texts are translated when asked for; ask the views again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, self.columnCount() - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 6 if self.show_operator else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Time"), self.tr("Number"), self.tr("Direction"), self.tr("Duration"),
                self.tr("Result"), self.tr("Operator")][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        incoming = row.direction == INCOMING
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, incoming)
        if role == Qt.ItemDataRole.DecorationRole and column == DIRECTION:
            return icons.icon(icons.CALL_INCOMING if incoming else icons.CALL_OUTGOING)
        if role == Qt.ItemDataRole.ToolTipRole and column == TIME:
            return row.started_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        return None

    def _text(self, row: CallRow, column: int, incoming: bool) -> str:
        if column == TIME:
            return format_started(row.started_at)
        if column == NUMBER:
            return format_phone(row.number)
        if column == DIRECTION:
            return self.tr("Incoming") if incoming else self.tr("Outgoing")
        if column == DURATION:
            return format_duration(row.duration_s)
        if column == RESULT:
            return row.result or NO_VALUE
        return row.operator


class RecentCallsView(Retranslatable, QStackedWidget):
    """The table of calls, or a friendly note while there are none."""

    def __init__(self, show_operator: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CallsModel(show_operator)
        self.table = QTableView(objectName="callsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((TIME, 150), (NUMBER, 180), (DIRECTION, 140), (DURATION, 130),
                              (RESULT, 220)):
            self.table.setColumnWidth(column, width)

        self.empty = QFrame(objectName="emptyState")
        picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        picture.setPixmap(icons.pixmap(icons.CALLS_EMPTY, 64))
        self.empty_title = QLabel(objectName="emptyTitle", alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel(objectName="hint", alignment=Qt.AlignmentFlag.AlignCenter,
                                 wordWrap=True)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(picture)
        empty_layout.addSpacing(8)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addStretch(2)

        self.addWidget(self.empty)
        self.addWidget(self.table)
        self.retranslate()

    def set_calls(self, rows: Sequence[CallRow]) -> None:
        self.model.set_rows(rows)
        self.setCurrentWidget(self.table if rows else self.empty)

    def retranslate(self) -> None:
        self.model.retranslate()
        self.empty_title.setText(self.tr("No calls yet"))
        self.empty_text.setText(self.tr("Calls appear here when they arrive."))

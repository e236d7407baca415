"""The "Recent calls" list of the main window, with its empty state."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QStackedWidget,
    QWidget,
)

from desktop.services.calls import CallRow
from desktop.ui import icons
from desktop.ui.formatting import NO_VALUE, format_duration, format_phone, format_started
from desktop.ui.i18n import Retranslatable
from desktop.ui.widgets import RowsModel, empty_state, list_table

TIME, NUMBER, DIRECTION, DURATION, RESULT, OPERATOR = range(6)
INCOMING = "incoming"

_Index = QModelIndex | QPersistentModelIndex


class CallsModel(RowsModel[CallRow]):
    """Rows of ``CallRow``; the operator column only when everyone's calls are shown."""

    def __init__(self, show_operator: bool) -> None:
        super().__init__()
        self.show_operator = show_operator

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
        self.table = list_table("callsTable", self.model, 30, widths=(
            (TIME, 150), (NUMBER, 180), (DIRECTION, 140), (DURATION, 130), (RESULT, 220)))
        self.table.horizontalHeader().setStretchLastSection(True)

        self.empty, self.empty_title, self.empty_text = empty_state(icons.CALLS_EMPTY, 64)

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

"""«CRM writes not yet delivered»: what waits for the CRM and what it refused.

Nothing sent to the CRM disappears silently: a write that waits (the CRM is away) or
failed (the CRM refused it) is listed here with the CRM's message, until it is
delivered, or a person retries or discards it. Discarding asks first; a discarded write
stays on record in the database.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.crm.outbox import Outbox, OutboxEntry, OutboxState, WriteKind
from desktop.ui import icons
from desktop.ui.crm_errors import crm_error_text, field_errors_in_language
from desktop.ui.formatting import entity_name
from desktop.ui.i18n import Retranslatable
from desktop.ui.outbox_worker import OutboxWorker
from desktop.ui.widgets import RowsModel, empty_state, list_table

WHAT, ITEM, STATE, ATTEMPTS, ERROR = range(5)
FAILED_COLOUR = QColor("#b91c1c")
_Index = QModelIndex | QPersistentModelIndex


class OutboxModel(RowsModel[OutboxEntry]):
    COLUMNS = 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("What"), self.tr("Item"), self.tr("State"), self.tr("Attempts"),
                self.tr("Error")][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE \
                and entry.state is OutboxState.FAILED:
            return FAILED_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ATTEMPTS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def text(self, entry: OutboxEntry, column: int) -> str:
        if column == WHAT:
            detail = entry.write.detail()
            return f"{self.kind_name(entry)}: {detail}" if detail else self.kind_name(entry)
        if column == ITEM:
            return self.item_name(entry)
        if column == STATE:
            return self.tr("Failed") if entry.state is OutboxState.FAILED else self.tr("Waiting")
        if column == ATTEMPTS:
            return str(entry.attempts)
        return crm_error_text(entry.last_error)

    def _tooltip(self, entry: OutboxEntry, column: int) -> str | None:
        if column == WHAT:
            return self.text(entry, column)
        if column == STATE and entry.state is OutboxState.PENDING and entry.next_attempt_at:
            when = entry.next_attempt_at.astimezone().strftime("%H:%M:%S")
            return self.tr("Next try at %1").replace("%1", when)
        if column == ERROR and entry.last_error:
            lines = [crm_error_text(entry.last_error),
                     *(f"{code}: {problem}" for code, problem
                       in field_errors_in_language(entry.field_errors).items())]
            return "\n".join(lines)
        return None

    def kind_name(self, entry: OutboxEntry) -> str:
        kind = entry.write.kind
        if kind is WriteKind.ACTIVITY:
            meeting = entry.write.payload.get("activity") == "meeting"
            return self.tr("Meeting") if meeting else self.tr("Callback")
        return {
            WriteKind.CREATE_LEAD: self.tr("New lead"),
            WriteKind.UPDATE_FIELDS: self.tr("Saved fields"),
            WriteKind.COMMENT: self.tr("Comment"),
            WriteKind.TASK: self.tr("Task"),
            WriteKind.LEAD_STATUS: self.tr("Lead status"),
            WriteKind.DEAL_STAGE: self.tr("Deal stage"),
        }[kind]

    def item_name(self, entry: OutboxEntry) -> str:
        if not entry.item_id:
            return self.tr("New lead")
        return f"{entity_name(entry.write.entity)} #{entry.item_id}"


class OutboxView(Retranslatable, QWidget):
    """The list with Retry and Discard; refreshes itself when the worker reports."""

    def __init__(self, outbox: Outbox, worker: OutboxWorker | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxView")
        self.outbox, self.worker = outbox, worker
        self.title = QLabel(objectName="sectionTitle")
        self.summary = QLabel(objectName="hint")
        self.retry_button = QPushButton(objectName="retryWrite")
        self.retry_button.setIcon(icons.icon(icons.REFRESH))
        self.retry_button.clicked.connect(self.retry_selected)
        self.discard_button = QPushButton(objectName="discardWrite")
        self.discard_button.setIcon(icons.icon(icons.DELETE))
        self.discard_button.clicked.connect(self.discard_selected)

        self.model = OutboxModel()
        self.table = list_table("outboxTable", self.model, 28, stretch=ERROR, widths=(
            (WHAT, 320), (ITEM, 120), (STATE, 110), (ATTEMPTS, 90)))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.stack = QStackedWidget()
        self.stack.addWidget(self._empty_state())
        self.stack.addWidget(self.table)
        self._lay_out()
        if worker is not None:
            worker.entries_changed.connect(self.show_entries)
        self.retranslate()
        self.refresh()

    def _empty_state(self) -> QFrame:
        self.empty, self.empty_title, self.empty_text = empty_state(icons.CRM, 40)
        return self.empty

    def _lay_out(self) -> None:
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.summary)
        bar = QHBoxLayout()
        bar.addLayout(heading, 1)
        bar.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignBottom)
        bar.addWidget(self.discard_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("CRM writes not yet delivered"))
        self.retry_button.setText(self.tr("Retry"))
        self.retry_button.setToolTip(self.tr("Send the selected write to the CRM again now"))
        self.discard_button.setText(self.tr("Discard…"))
        self.discard_button.setToolTip(self.tr("Never send the selected write"))
        self.empty_title.setText(self.tr("Everything is in the CRM"))
        self.empty_text.setText(self.tr(
            "Comments, callbacks, statuses and saved fields wait here while the CRM "
            "cannot be reached, and are sent as soon as it answers."))
        self.model.retranslate()
        self._show_counts()

    # ---- data -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the open entries again (after the operator's Retry or Discard)."""
        self.show_entries(self.outbox.open_entries())

    def show_entries(self, entries: list[OutboxEntry]) -> None:
        """Show ``entries``, keeping the selection where it can."""
        selected = self.selected()
        self.model.set_rows(entries)
        self.stack.setCurrentWidget(self.table if entries else self.empty)
        if selected is not None:
            for row, entry in enumerate(entries):
                if entry.id == selected.id:
                    self.table.selectRow(row)
        self._show_counts()
        self._enable()

    def selected(self) -> OutboxEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _show_counts(self) -> None:
        rows = self.model.rows
        failed = sum(1 for e in rows if e.state is OutboxState.FAILED)
        waiting = len(rows) - failed
        self.summary.setText(self.tr("Waiting: %1 · failed: %2").replace(
            "%1", str(waiting)).replace("%2", str(failed)) if rows else self.tr(
            "Nothing waits for the CRM."))

    def _enable(self) -> None:
        entry = self.selected()
        self.retry_button.setEnabled(entry is not None)
        self.discard_button.setEnabled(entry is not None)

    # ---- actions ---------------------------------------------------------------------
    def retry_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        self.outbox.retry(entry.id)
        self.refresh()
        if self.worker is not None:
            self.worker.wake()

    def discard_selected(self) -> None:
        entry = self.selected()
        if entry is None or not self._confirm_discard(entry):
            return
        self.outbox.discard(entry.id)
        self.refresh()

    def _confirm_discard(self, entry: OutboxEntry) -> bool:
        text = self.tr("Discard «%1»? It will never be sent to the CRM; the record of it "
                       "stays in the database.").replace("%1", self.model.text(entry, WHAT))
        answer = QMessageBox.question(
            self, self.tr("Discard the CRM write"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

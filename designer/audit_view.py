"""The audit log for supervisors: who changed what in the settings, when, and how.

Newest first, one row per change: when, who, what was done, to which item, and the
before → after summary (the whole of it in the row's tooltip). A filter narrows the
list to one kind of item (buttons, scripts, roles, users, the seat plan); the service
does the filtering, so the latest changes of that kind are shown, not a slice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from designer.audit_summary import (
    action_text,
    change_lines,
    change_text,
    entity_text,
    plural_entity_text,
)
from designer.button_refusals import describe
from designer.tab_widgets import (
    SERVICE_ERRORS,
    EmptyState,
    ErrorReporter,
    default_reporter,
    list_pages,
    tab_column,
)
from desktop.domain.audit import AuditAction, AuditEntity, AuditEntry
from desktop.ui import icons
from desktop.ui.formatting import format_started
from desktop.ui.i18n import Retranslatable
from desktop.ui.widgets import RowsModel, list_table

if TYPE_CHECKING:
    from desktop.services.audit import AuditService

WHEN, WHO, WHAT, ITEM, CHANGE = range(5)
LIMIT = 200
FILTERS = (None, AuditEntity.BUTTON, AuditEntity.SCRIPT, AuditEntity.ROLE, AuditEntity.USER,
           AuditEntity.PLAN)
REMOVAL = QColor("#b91c1c")
MUTED = QColor("#64748b")

_Index = QModelIndex | QPersistentModelIndex


class AuditModel(RowsModel[AuditEntry]):
    COLUMNS = 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Item"),
                self.tr("Before → after"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row())
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == WHAT and entry.action == AuditAction.DELETED:
                return REMOVAL
            if column == WHEN:
                return MUTED
        if role == Qt.ItemDataRole.FontRole and column == ITEM:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return None

    def _text(self, entry: AuditEntry, column: int) -> str:
        if column == WHEN:
            return format_started(entry.at)
        if column == WHO:
            return entry.actor_name
        if column == WHAT:
            return action_text(entry.action)
        if column == ITEM:
            return f"{entity_text(entry.entity_type)} «{entry.entity_name}»"
        return change_text(entry)

    def details(self, row: int) -> tuple[str, list[str]]:
        """The entry's headline and its changes, one per line (for the details pane)."""
        entry = self.rows[row]
        head = (f"{format_started(entry.at)} · {entry.actor_name} · "
                f"{action_text(entry.action)} · {entity_text(entry.entity_type)} "
                f"«{entry.entity_name}»")
        return head, change_lines(entry)

    def _tooltip(self, row: int) -> str:
        head, lines = self.details(row)
        return "\n".join([head, *lines])


def audit_table(model: AuditModel) -> QTableView:
    return list_table("auditTable", model, 34, CHANGE,
                      ((WHEN, 100), (WHO, 195), (WHAT, 135), (ITEM, 245)))


class AuditView(Retranslatable, QWidget):
    """The log, with its filter by kind of item; ``refresh()`` reloads it."""

    def __init__(self, audit: AuditService, report_error: ErrorReporter | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self.audit = audit
        self.report_error = report_error or default_reporter(self)
        self.model = AuditModel()
        self.intro = QLabel(objectName="hint", wordWrap=True)
        self.filter_label = QLabel()
        self.filter = QComboBox(objectName="auditFilter")
        for kind in FILTERS:
            self.filter.addItem("", kind.value if kind else "")
        self.filter_label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.refresh_button = QPushButton(icons.icon(icons.REFRESH), "")
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.filter_label)
        bar.addWidget(self.filter)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        self.table = audit_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_details(current.row()))
        self.details = QFrame(objectName="auditDetails")
        self.details.setStyleSheet("QFrame#auditDetails { background: #ffffff; border: 1px "
                                   "solid #e2e8f0; border-radius: 6px; }")
        self.details_head = QLabel(objectName="sectionTitle", wordWrap=True)
        self.details_text = QLabel(wordWrap=True)
        self.details_text.setTextFormat(Qt.TextFormat.PlainText)
        self.details_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(14, 10, 14, 12)
        details_layout.setSpacing(6)
        details_layout.addWidget(self.details_head)
        details_layout.addWidget(self.details_text)
        self.empty = EmptyState(icons.SCRIPTS_EMPTY)
        self.pages = list_pages(self.table, self.empty)
        self.count_label = QLabel(objectName="hint")
        tab_column(self, self.intro, bar, self.pages, self.details, self.count_label)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Every change to buttons, scripts, roles, users and the "
                                   "seat plan: who made it, when, and what it changed."))
        self.filter_label.setText(self.tr("&Show:"))
        for index, kind in enumerate(FILTERS):
            self.filter.setItemText(index, plural_entity_text(kind) if kind
                                    else self.tr("All changes"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Load the latest changes (F5)"))
        self.model.retranslate()
        self._update_texts()

    def entity_type(self) -> str | None:
        return self.filter.currentData() or None

    def set_filter(self, entity_type: str | None) -> None:
        self.filter.setCurrentIndex(max(self.filter.findData(entity_type or ""), 0))

    def refresh(self) -> None:
        try:
            rows = self.audit.list(LIMIT, self.entity_type())
        except SERVICE_ERRORS as exc:
            self.report_error(self.tr("Could not load the change log"), describe(exc))
            return
        self.model.set_rows(rows)
        if rows:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, WHEN), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._show_details(0 if rows else -1)
        self._update_texts()

    def _show_details(self, row: int) -> None:
        """The selected change in full: every field that changed, one per line."""
        self.details.setVisible(0 <= row < len(self.model.rows))
        if not self.details.isVisibleTo(self):
            return
        head, lines = self.model.details(row)
        self.details_head.setText(head)
        self.details_text.setText("\n".join(lines) or self.tr("No details were recorded."))

    def _update_texts(self) -> None:
        shown = len(self.model.rows)
        self.pages.setCurrentWidget(self.table if shown else self.empty)
        self.empty.set_texts(
            self.tr("No changes recorded yet") if not self.entity_type()
            else self.tr("No changes of this kind yet"),
            self.tr("Changes made in the settings appear here, newest first."))
        self.count_label.setVisible(shown > 0)
        self.count_label.setText(
            self.tr("The latest %1 changes").replace("%1", str(shown)) if shown >= LIMIT
            else self.tr("Changes: %1").replace("%1", str(shown)))

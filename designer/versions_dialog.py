"""Publishing and published versions.

Supervisors edit a draft; Publish freezes it as the next numbered version, the one
operators get. Lint warnings are shown before publishing but never block it (a
supervisor may knowingly publish a script with a loose end). The versions list
shows who published what and when, and can bring any version back into the draft.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QSize, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.lint_panel import ICONS, describe
from designer.tab_widgets import SERVICE_ERRORS
from designer.toolbar import painted_icon
from desktop.domain.lint import LintIssue
from desktop.domain.script import Script
from desktop.storage.errors import StorageError
from desktop.ui.formatting import NO_VALUE
from desktop.ui.widgets import ErrorLine

Ask = Callable[[QWidget, str, str], bool]


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """A plain Yes/No question; dialogs keep it in an attribute so tests can answer it."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def format_moment(moment: datetime) -> str:
    """Date and time in the user's local time and locale."""
    local = moment.astimezone() if moment.tzinfo else moment
    stamp = QDateTime(QDate(local.year, local.month, local.day),
                      QTime(local.hour, local.minute, local.second))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


class PublishDialog(QDialog):
    """Publish: the lint warnings (never blocking), an optional note, «Publish»."""

    def __init__(self, script: Script, issues: list[LintIssue], *, saves_first: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.setWindowTitle(self.tr("Publish the script"))
        self.setMinimumWidth(520)
        heading = QLabel(self.tr("Publish «%1»").replace("%1", script.name),
                         objectName="pageTitle")
        heading.setWordWrap(True)
        explanation = QLabel(self.tr("Operators get the new version with their next call."),
                             objectName="hint")
        explanation.setWordWrap(True)
        self.saves_first = QLabel(self.tr("Your unsaved changes are saved first."),
                                  objectName="hint")
        self.saves_first.setVisible(saves_first)
        self.issues_title = QLabel(objectName="sectionTitle")
        self.issues = QListWidget(objectName="publishIssues")
        self.issues.setWordWrap(True)
        self.issues.setIconSize(QSize(16, 16))
        self.issues.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.issues.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.issues.setStyleSheet("QListWidget { border: 1px solid #fde68a; border-radius: 6px;"
                                  " background: #fffbeb; }"
                                  "QListWidget::item { padding: 4px 2px; }")
        for issue in issues:
            self.issues.addItem(QListWidgetItem(painted_icon(ICONS[issue.kind]),
                                                describe(issue, script)))
        if issues:
            self.issues_title.setText(self.tr("Lint found %1 issue(s); you may still publish.")
                                      .replace("%1", str(len(issues))))
        self.issues_title.setVisible(bool(issues))
        self.issues.setVisible(bool(issues))
        self.issues.setMaximumHeight(180)
        note_label = QLabel(self.tr("Note for this version (optional)"))
        self.note = QLineEdit(objectName="publishNote")
        self.note.setPlaceholderText(self.tr("What changed, e.g. «new objection: too expensive»"))
        note_label.setBuddy(self.note)
        buttons = QDialogButtonBox()
        self.publish_button = buttons.addButton(self.tr("Publish"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.publish_button.setObjectName("primaryButton")
        self.publish_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.saves_first)
        layout.addSpacing(6)
        layout.addWidget(self.issues_title)
        layout.addWidget(self.issues)
        layout.addSpacing(6)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addSpacing(10)
        layout.addWidget(buttons)

    def note_text(self) -> str:
        return self.note.text().strip()


class VersionsDialog(QDialog):
    """The published versions of one script; «Restore to draft» emits ``restored(Script)``.

    ``draft_version`` gives the editor's current draft version (restoring over a draft
    someone else saved meanwhile is a conflict, reported here); ``dirty`` says whether
    the editor holds unsaved edits, which restoring would discard.
    """

    restored = Signal(object)
    COLUMNS = 5

    def __init__(self, scripts, script_id: int, draft_version: Callable[[], int],
                 dirty: Callable[[], bool] = lambda: False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsDialog")
        self.scripts = scripts
        self.script_id = script_id
        self._draft_version = draft_version
        self._dirty = dirty
        self.ask: Ask = ask_yes_no
        self.versions = []
        self.setWindowTitle(self.tr("Published versions"))
        self.resize(760, 420)

        self.summary = QLabel(objectName="hint")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS, objectName="versionsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Version"), self.tr("Published"), self.tr("By"), self.tr("Note"),
            self.tr("Steps")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column in range(self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.error = ErrorLine()
        self.restore_button = QPushButton(self.tr("Restore to draft"), objectName="restore")
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.restore_button.clicked.connect(self.restore_selected)
        self.reload()

    def reload(self) -> None:
        try:
            self.versions = sorted(self.scripts.versions(self.script_id),
                                   key=lambda v: v.number, reverse=True)
        except StorageError as exc:
            self.versions = []
            self.error.show_error(str(exc))
        self.table.setRowCount(len(self.versions))
        for row, info in enumerate(self.versions):
            cells = (str(info.number), format_moment(info.published_at),
                     info.published_by_name or NO_VALUE, info.note or "", str(info.step_count))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (0, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if self.versions:
            self.summary.setText(self.tr("Operators get version %1. Restoring a version "
                                         "copies it into the draft; publish it to give it "
                                         "to operators.").replace("%1",
                                                                  str(self.versions[0].number)))
            self.table.selectRow(0)
        else:
            self.summary.setText(self.tr("The script has not been published yet."))
        self._selection_changed()

    def selected_number(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.versions[rows[0].row()].number if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected_number() is not None)

    def restore_selected(self) -> None:
        """Ask, then copy the selected version into the draft; ``restored`` gets the draft."""
        number = self.selected_number()
        if number is None:
            return
        question = self.tr("Replace the draft with version %1?").replace("%1", str(number))
        if self._dirty():
            question += " " + self.tr("Your unsaved changes will be lost.")
        if not self.ask(self, self.tr("Restore to draft"), question):
            return
        try:
            script = self.scripts.restore(self.script_id, number, self._draft_version())
        except SERVICE_ERRORS as exc:
            self.error.show_error(str(exc))
            return
        self.error.clear_error()
        self.restored.emit(script)
        self.accept()

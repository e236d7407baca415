"""The chosen item's history on the Client tab: comments, callbacks, meetings and tasks.

Newest first, each with its kind, when it happened and what it says, so the operator
sees at a glance what was promised to the caller last time.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.crm.errors import CrmUnavailable
from desktop.crm.gateway import ActivityKind, CrmItem, TimelineEntry, TimelineKind
from desktop.domain.crm_types import EntityType
from desktop.ui import i18n
from desktop.ui.callcard.client_sections import ChooserCombo, item_caption
from desktop.ui.callcard.crm_runner import CrmRunner, Ticket
from desktop.ui.crm_errors import crm_error_text
from desktop.ui.formatting import entity_name, format_started

HISTORY_LIMIT = 30  # entries read for the chosen item

log = logging.getLogger(__name__)


def kind_key(entry: TimelineEntry) -> str:
    if entry.kind is TimelineKind.ACTIVITY:
        return "meeting" if entry.activity is ActivityKind.MEETING else "callback"
    return entry.kind.value


def kind_name(key: str) -> str:
    names = {
        "comment": QCoreApplication.translate("TimelineView", "Comment"),
        "callback": QCoreApplication.translate("TimelineView", "Callback"),
        "meeting": QCoreApplication.translate("TimelineView", "Meeting"),
        "task": QCoreApplication.translate("TimelineView", "Task"),
    }
    return names[key]


class EntryRow(QFrame):
    """One timeline entry: kind and date on top, its title and text below."""

    def __init__(self, entry: TimelineEntry, now: datetime | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineEntry")
        self.entry = entry
        key = kind_key(entry)
        self.kind = QLabel(kind_name(key), objectName="entryKind")
        self.kind.setProperty("kind", key)  # coloured by the Client tab's style sheet
        self.kind.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.when = QLabel(format_started(entry.created_at, now), objectName="entryWhen")
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.kind)
        head.addStretch(1)
        head.addWidget(self.when)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 8)
        column.setSpacing(4)
        column.addLayout(head)
        if entry.title:
            column.addWidget(self._text(entry.title, "entryTitle"))
        if entry.text:
            column.addWidget(self._text(entry.text, "entryText"))
        if entry.deadline is not None:
            column.addWidget(self._due(entry, now))
        who = entry.author or entry.responsible
        if who:
            column.addWidget(self._text(who, "entryWho"))

    @staticmethod
    def _text(text: str, name: str) -> QLabel:
        label = QLabel(text, objectName=name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _due(self, entry: TimelineEntry, now: datetime | None) -> QLabel:
        assert entry.deadline is not None
        when = format_started(entry.deadline, now)
        if entry.completed:
            text = QCoreApplication.translate("TimelineView", "Done · was due %1")
        else:
            text = QCoreApplication.translate("TimelineView", "Due %1")
        text = text.replace("%1", when)
        label = self._text(text, "entryDue")
        moment = now or datetime.now(entry.deadline.tzinfo)
        label.setProperty("overdue", not entry.completed and entry.deadline < moment)
        return label


class TimelineView(i18n.Retranslatable, QFrame):
    """The history list with its loading, empty and failed states.

    ``retry_requested`` asks the panel to read the history again after a failure.
    """

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.entries: list[TimelineEntry] = []
        self.rows: list[EntryRow] = []
        self._state = "empty"
        self._error = ""
        self.note = QLabel(objectName="timelineNote")
        self.note.setWordWrap(True)
        self.retry = QPushButton(objectName="timelineRetry")
        self.retry.clicked.connect(self.retry_requested)
        self.retry.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.list = QVBoxLayout()
        self.list.setContentsMargins(0, 0, 0, 0)
        self.list.setSpacing(0)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 6, 14, 6)
        column.setSpacing(6)
        column.addWidget(self.note)
        column.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)
        column.addLayout(self.list)
        self.retranslate()
        self.show_loading()

    def retranslate(self) -> None:
        self.retry.setText(self.tr("Retry"))
        if self.rows:  # kinds and due dates are worded in the interface language
            self._set_state(self._state, self.entries)
        else:
            self._show_note()

    def show_loading(self) -> None:
        self._set_state("loading", [])

    def show_entries(self, entries: Sequence[TimelineEntry], now: datetime | None = None
                     ) -> None:
        ordered = sorted(entries, key=lambda e: e.created_at, reverse=True)
        self._set_state("entries" if ordered else "empty", ordered, now)

    def show_error(self, message: str) -> None:
        self._error = message
        self._set_state("error", [])

    def clear(self) -> None:
        self._set_state("empty", [])

    def _set_state(self, state: str, entries: list[TimelineEntry],
                   now: datetime | None = None) -> None:
        self._state = state
        for row in self.rows:
            self.list.removeWidget(row)
            row.deleteLater()
        self.entries = entries
        self.rows = [EntryRow(entry, now, self) for entry in entries]
        for row in self.rows:
            self.list.addWidget(row)
        if self.rows:
            self.rows[0].setProperty("first", True)
        self.retry.setVisible(state == "error")
        self._show_note()

    def _show_note(self) -> None:
        notes = {
            "loading": self.tr("Loading the history…"),
            "empty": self.tr("No comments, activities or tasks yet."),
            "error": self.tr("The history could not be read: %1").replace("%1", self._error),
        }
        self.note.setText(notes.get(self._state, ""))
        self.note.setVisible(self._state in notes)


class HistoryBox(i18n.Retranslatable, QWidget):
    """«История» with a chooser of whose history to show, and the timeline under it,
    read from the CRM in the runner.

    ``item_chosen(key)`` is sent when the operator picks another item in the chooser.
    """

    item_chosen = Signal(object)

    def __init__(self, runner: CrmRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyBox")
        self.runner = runner
        self.items: list[CrmItem] = []
        self.key: tuple[EntityType, str] | None = None  # whose history is shown
        self._ticket: Ticket | None = None
        self.title = QLabel(objectName="sectionTitle")
        self.chooser = ChooserCombo("historyChooser")
        self.chooser.setMinimumContentsLength(14)
        self.chooser.activated.connect(self._activated)
        self.timeline = TimelineView()
        self.timeline.retry_requested.connect(self.reload)
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self.title)
        head.addWidget(self.chooser, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addLayout(head)
        column.addWidget(self.timeline)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("History"))
        self.chooser.setToolTip(self.tr("Whose history to show; the call's result goes to "
                                        "this item"))
        for index, item in enumerate(self.items):
            self.chooser.setItemText(index, self._caption(item))

    def set_items(self, items: Sequence[CrmItem], chosen: tuple[EntityType, str] | None
                  ) -> None:
        """Offer these items (a chooser only when there is a choice), ``chosen`` selected."""
        self.items = list(items)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for item in self.items:
            self.chooser.addItem(self._caption(item))
        keys = [(item.entity, item.id) for item in self.items]
        self.chooser.setCurrentIndex(keys.index(chosen) if chosen in keys else -1)
        self.chooser.blockSignals(False)
        self.chooser.setVisible(len(self.items) > 1)

    def load(self, key: tuple[EntityType, str]) -> None:
        """Read this item's history (newest first); an earlier reading is dropped."""
        self.clear()
        self.key = key
        entity, item_id = key
        self.timeline.show_loading()
        self._ticket = self.runner.submit(
            lambda gateway: gateway.timeline(entity, item_id, limit=HISTORY_LIMIT),
            self.timeline.show_entries, self._failed)

    def reload(self) -> None:
        if self.key is not None:
            self.load(self.key)

    def clear(self) -> None:
        if self._ticket is not None:
            self._ticket.cancel()
            self._ticket = None
        self.key = None
        self.timeline.clear()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, CrmUnavailable):
            self.timeline.show_error(self.tr("the CRM does not answer."))
        else:
            log.warning("Reading an item's history failed", exc_info=error)
            self.timeline.show_error(crm_error_text(error))

    @staticmethod
    def _caption(item: CrmItem) -> str:
        return f"{entity_name(item.entity)}: {item_caption(item)}"

    def _activated(self, index: int) -> None:
        if 0 <= index < len(self.items):
            item = self.items[index]
            self.item_chosen.emit((item.entity, item.id))

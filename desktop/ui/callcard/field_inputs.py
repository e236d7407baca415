"""The inputs behind :class:`~desktop.ui.callcard.field_editors.FieldEditor`, one per kind of value.

Each keeps its text in the form the call journal stores: a choice as its item ID,
a date as ISO ``2025-03-31``, a moment as ISO with the local offset.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from desktop.crm.gateway import FieldMeta
from desktop.ui import icons
from desktop.ui.formatting import NO_VALUE
from desktop.ui.widgets import set_style_flag

EMPTY_DATE = QDate(1900, 1, 1)  # shown as no date: a date edit always holds some date
TEXT_LINES = 3
LOCK_SIZE = 14
CHEVRON_RIGHT = 13  # from the right edge to the arrow's middle

# The inputs the theme does not cover, drawn like its line edits (the arrow is painted by
# paint_chevron); a red border while ``invalid`` is set.
INPUT_STYLE = """
QPlainTextEdit, QDateTimeEdit {
    background: #ffffff; border: 1px solid #cbd5e1; border-radius: 4px; padding: 4px 6px;
}
QPlainTextEdit:focus, QDateTimeEdit:focus { border: 1px solid #2563eb; }
QDateTimeEdit::drop-down, QComboBox::drop-down { border: none; width: 24px; }
QDateTimeEdit::down-arrow, QComboBox::down-arrow { image: none; width: 0; height: 0; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QDateTimeEdit[invalid="true"] {
    border: 1px solid #dc2626;
}
"""


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Turn the red border of an input on or off."""
    set_style_flag(widget, "invalid", invalid)


class LockedValue(QFrame):
    """A read-only value: a lock, then the text; selectable by mouse, never focused."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockedValue")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.shown = ""
        self.lock = QLabel(self, objectName="lockIcon")
        self.lock.setPixmap(icons.pixmap(icons.LOCK, LOCK_SIZE))
        self.lock.setFixedSize(LOCK_SIZE, LOCK_SIZE)
        self.text = QLabel(self, objectName="lockedText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.setSpacing(8)
        row.addWidget(self.lock, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        self.show_text("")

    def show_text(self, text: str) -> None:
        self.shown = text
        self.text.setText(text or NO_VALUE)
        set_style_flag(self.text, "empty", not text)


def paint_chevron(widget: QWidget) -> None:
    """The drop-down arrow at the right edge (the theme styles the box, which drops Qt's own)."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = "#64748b" if widget.isEnabled() else "#cbd5e1"
    painter.setPen(QPen(QColor(colour), 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    x, y = widget.width() - CHEVRON_RIGHT, widget.height() / 2
    painter.drawPolyline([QPointF(x - 4, y - 2), QPointF(x, y + 2), QPointF(x + 4, y - 2)])
    painter.end()


class TextInput(QPlainTextEdit):
    """A few lines of text; Tab moves on to the next field, as in the rest of the form."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        lines = self.fontMetrics().lineSpacing() * TEXT_LINES
        self.setFixedHeight(lines + 2 * int(self.document().documentMargin()) + 12)


class ChoiceInput(QComboBox):
    """One of the field's items by title; the first, empty entry means no value."""

    def __init__(self, meta: FieldMeta, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.addItem("", "")
        for item in meta.items:
            self.addItem(item.title(language), item.id)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_chevron(self)

    def choice(self) -> str:
        return str(self.currentData() or "")

    def choose(self, item_id: str) -> None:
        index = self.findData(item_id)
        if index < 0 and item_id:  # a value the catalog does not list: keep and show it
            self.addItem(item_id, item_id)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class MomentInput:
    """What the date and the date-time inputs share: an empty state and ISO text.

    A date edit always holds a date, so "no date" is the minimum date shown as blank;
    opening the calendar or typing on an empty input starts from today, not 1900.
    """

    def _setup(self: Any, display_format: str) -> None:
        self.setCalendarPopup(True)
        self.setDisplayFormat(display_format)
        self.setMinimumDate(EMPTY_DATE)
        self.setSpecialValueText(" ")
        self.setDateTime(self.minimumDateTime())
        self.calendarWidget().installEventFilter(self)

    def is_empty(self: Any) -> bool:
        return self.dateTime() == self.minimumDateTime()

    def clear_moment(self: Any) -> None:
        self.setDateTime(self.minimumDateTime())

    def _start_today(self: Any) -> None:
        self.setDateTime(QDateTime(QDate.currentDate(), QTime(10, 0)))
        self.setCurrentSectionIndex(0)
        self.setSelectedSection(self.sectionAt(0))

    def keyPressEvent(self: Any, event: QKeyEvent) -> None:
        """Delete on a selected or empty date clears it; a digit or an arrow starts today."""
        line = self.lineEdit()
        everything = line.hasSelectedText() and line.selectedText() == line.text()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
                everything or self.is_empty()):
            self.clear_moment()
            return
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if self.is_empty() and plain and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._start_today()
            return
        if self.is_empty() and event.text()[:1].isdigit():
            self._start_today()
        super().keyPressEvent(event)

    def paintEvent(self: Any, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_chevron(self)

    def stepBy(self: Any, steps: int) -> None:
        if self.is_empty():
            self._start_today()
        else:
            super().stepBy(steps)

    def eventFilter(self: Any, watched: QObject, event: QEvent) -> bool:
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show \
                and self.is_empty():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class DateInput(MomentInput, QDateEdit):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._setup(date_format(QLocale()))

    def iso(self) -> str:
        return "" if self.is_empty() else self.date().toString(Qt.DateFormat.ISODate)

    def set_iso(self, text: str) -> None:
        day = QDate.fromString(text[:10], Qt.DateFormat.ISODate) if text else QDate()
        self.setDate(day if day.isValid() else EMPTY_DATE)


class DateTimeInput(MomentInput, QDateTimeEdit):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._setup(date_format(QLocale()) + " HH:mm")

    def iso(self) -> str:
        if self.is_empty():
            return ""
        return self.dateTime().toPython().astimezone().isoformat(timespec="minutes")

    def set_iso(self, text: str) -> None:
        try:
            moment = datetime.fromisoformat(text) if text else None
        except ValueError:
            moment = None
        if moment is None:
            self.clear_moment()
            return
        local = moment.astimezone() if moment.tzinfo else moment
        self.setDateTime(QDateTime(qdate(local.date()), QTime(local.hour, local.minute)))



def date_format(locale: QLocale) -> str:
    """The locale's short date, always with a four-digit year (no 01.02.03 puzzles)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)

"""A deadline template input: common choices, or free text read as it is typed.

Supervisors pick «+1 день в 10:00» from the list or type their own («+2 часа»,
«следующий рабочий день в 9:30», or the English forms); under the field the example
shows when the deadline would fall if the button were pressed now
(«например: пт 27.11 10:00»), or, in red, why the text cannot be read. Reading is the
domain's (``desktop.domain.deadlines.parse``); what is stored is its canonical form.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from desktop.domain.deadlines import Deadline, DeadlineError, Unit, parse
from desktop.ui import i18n
from desktop.ui.i18n import Retranslatable

Clock = Callable[[], datetime]

# Offered first, in this order (canonical forms; shown in the interface language).
PRESETS = ("+30 minutes", "+1 hour", "+2 hours", "+1 day at 10:00", "tomorrow at 10:00",
           "next working day at 10:00")
EXAMPLE_FORMAT = "ddd dd.MM HH:mm"


def format_moment(moment: datetime) -> str:
    """«пт 27.11 10:00»: the weekday helps more than the year when a callback is due."""
    local = moment.astimezone() if moment.tzinfo else moment
    shown = QDateTime(QDate(local.year, local.month, local.day),
                      QTime(local.hour, local.minute))
    return QLocale().toString(shown, EXAMPLE_FORMAT)


class DeadlineEdit(Retranslatable, QWidget):
    """``changed`` fires on every edit; ``template()`` is the canonical form when the text
    reads, the text itself otherwise (the button's validation then refuses it)."""

    changed = Signal()

    def __init__(self, clock: Clock = datetime.now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.combo = QComboBox(objectName="deadlineCombo")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumContentsLength(22)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.example = QLabel(objectName="hint")
        self.example.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.combo)
        layout.addWidget(self.example)
        self.combo.editTextChanged.connect(self._edited)
        self.combo.activated.connect(lambda _index: self._edited(self.combo.currentText()))
        self._stored = PRESETS[3]
        self.retranslate()

    # ---- value ----------------------------------------------------------------------
    def set_template(self, template: str) -> None:
        self._stored = template
        try:
            text = self.phrase(parse(template))
        except DeadlineError:
            text = template
        self.combo.setEditText(text)
        self._edited(text)

    def template(self) -> str:
        try:
            return parse(self.combo.currentText()).template()
        except DeadlineError:
            return self.combo.currentText().strip()

    def error(self) -> str:
        """Why the text cannot be read ("" when it can)."""
        try:
            parse(self.combo.currentText())
        except DeadlineError:
            return self.tr("Cannot read this deadline. Write it like «+2 hours», «+1 day at "
                           "10:00», «tomorrow at 10:00» or «next working day at 9:30».")
        return ""

    # ---- showing ----------------------------------------------------------------------
    def retranslate(self) -> None:
        text = self.combo.currentText()
        keep = self.template() if text else self._stored
        self.combo.blockSignals(True)
        self.combo.clear()
        for preset in PRESETS:
            self.combo.addItem(self.phrase(parse(preset)), preset)
        self.combo.blockSignals(False)
        self.combo.setToolTip(self.tr(
            "Counted from the moment the operator presses the button. Choose one or type "
            "your own: +N minutes, hours or days, «tomorrow at HH:MM», «next working day at "
            "HH:MM»."))
        self.set_template(keep)

    def phrase(self, deadline: Deadline) -> str:
        """The deadline in the interface language, in a form ``parse`` reads back."""
        at = deadline.at.strftime("%H:%M") if deadline.at else ""
        if deadline.unit is Unit.TOMORROW:
            return self.tr("tomorrow at %1").replace("%1", at) if at else self.tr("tomorrow")
        if deadline.unit is Unit.NEXT_WORKING_DAY:
            return (self.tr("next working day at %1").replace("%1", at) if at
                    else self.tr("next working day"))
        amount = self._amount(deadline.unit, deadline.amount)
        return self.tr("%1 at %2").replace("%1", amount).replace("%2", at) if at else amount

    def _amount(self, unit: Unit, n: int) -> str:
        """«+1 день», «+2 дня», «+5 дней»: the plural form the language needs for n."""
        forms = {
            Unit.MINUTES: (self.tr("+%1 minute"), self.tr("+%1 minutes"),
                           self.tr("+%1 minutes (many)")),
            Unit.HOURS: (self.tr("+%1 hour"), self.tr("+%1 hours"),
                         self.tr("+%1 hours (many)")),
            Unit.DAYS: (self.tr("+%1 day"), self.tr("+%1 days"), self.tr("+%1 days (many)")),
        }[unit]
        form = i18n.plural_form(i18n.current_language(), n)
        return forms[min(form, len(forms) - 1)].replace("%1", str(n))

    def _edited(self, text: str) -> None:
        problem = self.error() if text.strip() else self.tr("Enter the deadline.")
        if problem:
            self.example.setText(problem)
            self.example.setStyleSheet("color: #b91c1c;")
        else:
            due = parse(text).due(self.clock())
            self.example.setText(self.tr("for example: %1").replace("%1", format_moment(due)))
            self.example.setStyleSheet("")
        self.example.setWordWrap(bool(problem))
        self.changed.emit()

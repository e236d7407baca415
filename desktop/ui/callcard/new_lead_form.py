"""Create a lead for a caller the CRM does not know: a name and the number, Enter creates.

The number is filled in from the call; the name may stay empty (the CRM names the
lead after the call then). While the CRM creates the lead the form waits, so one
Enter never creates two leads.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.crm import phones
from desktop.crm.errors import InvalidPhoneError
from desktop.ui import i18n
from desktop.ui.widgets import ErrorLine

MAX_NAME = 255


class NewLeadForm(i18n.Retranslatable, QWidget):
    """``submitted(name, number)``: the operator asked for the lead (number in E.164)."""

    submitted = Signal(str, str)

    def __init__(self, region: str = phones.DEFAULT_REGION, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("newLeadForm")
        self.region = region
        self.title = QLabel(objectName="sectionTitle")
        self.name = QLineEdit(objectName="leadName")
        self.name.setMaxLength(MAX_NAME)
        self.number = QLineEdit(objectName="leadNumber")
        self.name_label = QLabel()
        self.number_label = QLabel()
        self.name_label.setBuddy(self.name)
        self.number_label.setBuddy(self.number)
        self.create = QPushButton(objectName="primaryButton")
        self.create.setDefault(True)
        self.waiting = QLabel(objectName="hint")
        self.waiting.setWordWrap(True)
        self.waiting.hide()
        self.error = ErrorLine()
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.name_label, self.name)
        form.addRow(self.number_label, self.number)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(self.title)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addLayout(buttons)
        column.addWidget(self.waiting)
        for line in (self.name, self.number):
            line.returnPressed.connect(self.submit)
            line.textEdited.connect(self.error.clear_error)
        self.create.clicked.connect(self.submit)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("New lead"))
        self.name_label.setText(self.tr("&Name"))
        self.number_label.setText(self.tr("N&umber"))
        self.name.setPlaceholderText(self.tr("The caller's name"))
        self.create.setText(self.tr("Create lead"))
        self.create.setToolTip(self.tr("Create a lead with this name and number (Enter)"))
        self.waiting.setText(self.tr(
            "Creating the lead… It appears here as soon as the CRM has it."))

    def start(self, number: str) -> None:
        """A fresh form for this caller: the number filled in, the name empty and focused."""
        self.name.clear()
        self.number.setText(phones.display(number, self.region))
        self.error.clear_error()
        self.set_waiting(False)

    def set_waiting(self, waiting: bool) -> None:
        """While the CRM creates the lead: inputs locked, one lead per request."""
        for widget in (self.name, self.number, self.create):
            widget.setEnabled(not waiting)
        self.waiting.setVisible(waiting)

    def say_waiting(self, text: str) -> None:
        """Why the lead is still being created (the CRM does not answer); the form stays
        locked, so the lead is asked for once."""
        if not self.waiting.isHidden():  # waiting, whichever tab the card shows
            self.waiting.setText(text)

    def show_error(self, message: str) -> None:
        self.set_waiting(False)
        self.error.show_error(message)

    def submit(self) -> None:
        if not self.create.isEnabled():
            return
        try:
            number = phones.normalize(self.number.text(), self.region)
        except InvalidPhoneError:
            self.error.show_error(self.tr("Enter a phone number such as +7 999 123-45-67."))
            self.number.setFocus()
            return
        self.error.clear_error()
        self.set_waiting(True)
        self.submitted.emit(self.name.text().strip(), number)

"""The Client tab's states other than the client itself: searching, CRM trouble, not found.

Each is a calm message page; none of them blocks the call card, which keeps its
timer, script and result buttons whatever the CRM does.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.crm.errors import CrmAuthError, CrmUnavailable
from desktop.ui import i18n, icons
from desktop.ui.callcard.new_lead_form import NewLeadForm
from desktop.ui.crm_errors import crm_error_text
from desktop.ui.widgets import set_style_flag

ICON_SIZE = 28
LEAD_CARD_WIDTH = 560

log = logging.getLogger(__name__)

class MessagePage(QWidget):
    """An icon, a heading, a sentence and room for a control or two below them."""

    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.icon.setPixmap(icons.pixmap(icon_name, ICON_SIZE))
        self.icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.heading = QLabel(objectName="pageHeading")
        self.heading.setWordWrap(True)
        self.text = QLabel(objectName="pageText")
        self.text.setWordWrap(True)
        self.detail = QLabel(objectName="pageDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        heading = QHBoxLayout()
        heading.setSpacing(10)
        heading.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(6)
        words.addWidget(self.heading)
        words.addWidget(self.text)
        words.addWidget(self.detail)
        heading.addLayout(words, 1)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(18, 20, 18, 18)
        self.column.setSpacing(14)
        self.column.addLayout(heading)

    def finish(self) -> None:
        self.column.addStretch(1)

    def set_detail(self, text: str) -> None:
        self.detail.setText(text)
        self.detail.setVisible(bool(text))


class SearchingPage(i18n.Retranslatable, MessagePage):
    """«Поиск клиента…» with the number and a busy bar, shown the moment a call starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(icons.SEARCH, parent)
        self.setObjectName("searchingPage")
        self.number = ""
        self.busy = QProgressBar(objectName="searchBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(4)
        row = QHBoxLayout()
        row.setContentsMargins(ICON_SIZE + 10, 0, 0, 0)  # under the words, not the icon
        row.addWidget(self.busy)
        self.column.addLayout(row)
        self.finish()
        self.retranslate()

    def show_number(self, number: str) -> None:
        self.number = number
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Searching for the client…"))
        self.text.setText(self.tr("Looking up %1 in the CRM. The script and the result "
                                  "buttons work meanwhile.").replace("%1", self.number))


class TroublePage(i18n.Retranslatable, MessagePage):
    """The CRM could not answer: what happened, in plain words, and a Retry button."""

    retry_requested = Signal()

    UNAVAILABLE, REFUSED, FAILED = "unavailable", "refused", "failed"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(icons.CRM, parent)
        self.setObjectName("troublePage")
        self.kind = self.UNAVAILABLE
        self.retry = QPushButton(objectName="retryButton")
        self.retry.setIcon(icons.icon(icons.REFRESH))
        self.retry.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.retry.clicked.connect(self.retry_requested)
        row = QHBoxLayout()
        row.setContentsMargins(ICON_SIZE + 10, 0, 0, 0)
        row.addWidget(self.retry)
        row.addStretch(1)
        self.column.addLayout(row)
        self.finish()
        self.retranslate()

    def show_error(self, error: Exception) -> None:
        """Say what kind of trouble ``error`` is; unexpected ones are logged as well."""
        if isinstance(error, CrmUnavailable):
            self.kind = self.UNAVAILABLE
        elif isinstance(error, CrmAuthError):
            self.kind = self.REFUSED
        else:
            self.kind = self.FAILED
            log.error("Searching the CRM for a caller failed", exc_info=error)
        self.set_detail(crm_error_text(error))
        self.retranslate()

    def retranslate(self) -> None:
        headings = {
            self.UNAVAILABLE: self.tr("The CRM does not answer"),
            self.REFUSED: self.tr("The CRM refused the connection"),
            self.FAILED: self.tr("The client could not be read from the CRM"),
        }
        self.heading.setText(headings[self.kind])
        self.text.setText(self.tr("The call, the script and the result buttons work as usual; "
                                  "results reach the CRM when it is back."))
        self.retry.setText(self.tr("Retry"))
        self.retry.setToolTip(self.tr("Search the CRM for this number again"))


class MissingPage(i18n.Retranslatable, MessagePage):
    """Nobody has this number: say so, and offer the New lead form."""

    def __init__(self, form: NewLeadForm, parent: QWidget | None = None) -> None:
        super().__init__(icons.USER, parent)
        self.setObjectName("missingPage")
        self.form = form
        self.invalid_number = ""
        card = QFrame(objectName="leadCard")
        card.setMaximumWidth(LEAD_CARD_WIDTH)  # two short inputs read badly stretched wide
        inner = QVBoxLayout(card)
        inner.setContentsMargins(16, 14, 16, 16)
        inner.addWidget(form)
        self.column.addWidget(card)
        self.finish()
        self.retranslate()

    def show_number(self, number: str, invalid: bool) -> None:
        self.invalid_number = number if invalid else ""
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("No client with this number"))
        if self.invalid_number:
            self.text.setText(self.tr("«%1» is not a phone number the CRM can search by.")
                              .replace("%1", self.invalid_number))
        else:
            self.text.setText(self.tr("Create a lead now, or just record the call's result: "
                                      "a lead is created with it."))


class SaveBar(i18n.Retranslatable, QFrame):
    """Under the client's fields: what happened to the last save, and the Save button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveBar")
        self.button = QPushButton(objectName="primaryButton")
        self.button.setEnabled(False)
        self.message = QLabel(objectName="saveMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 14, 8)
        row.setSpacing(12)
        row.addWidget(self.message, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Save"))
        self.button.setToolTip(self.tr("Save the changed fields to the CRM (Ctrl+S)"))

    def say(self, tone: str, text: str) -> None:
        """``tone``: "" (neutral), "ok", "warn" or "error"."""
        self.message.setText(text)
        set_style_flag(self.message, "tone", tone)

    @property
    def tone(self) -> str:
        return str(self.message.property("tone") or "")

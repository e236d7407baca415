"""The call card window: the call on the left, the Client and Script tabs on the right,
the role's result buttons along the bottom.

The card shows; it does not decide. :class:`~desktop.ui.callcard.controller.CallController`
fills it, writes the call journal and records results. One card is built hidden when
the operator signs in and filled on each call, so it appears within a frame of the
ring, before the CRM has answered.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.call import CallSession, CallState, Direction
from desktop.ui import i18n, icons, settings
from desktop.ui.callcard.client_panel import ClientPanel
from desktop.ui.callcard.crm_runner import CrmRunner
from desktop.ui.callcard.result_bar import ResultBar
from desktop.ui.callcard.script_panel import ScriptPanel
from desktop.ui.formatting import format_duration
from desktop.ui.widgets import set_style_flag

DEFAULT_SIZE = (1060, 720)
CLIENT_TAB, SCRIPT_TAB = 0, 1
INFO_WIDTH = 250
GEOMETRY_KEY = "call_card/geometry"



class CallCard(i18n.Retranslatable, QWidget):
    """``close_requested`` asks the controller to close the card (it may ask first)."""

    close_requested = Signal()

    def __init__(self, runner: CrmRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("callCard")
        self.setWindowIcon(icons.icon(icons.APP))
        self.call: CallSession | None = None
        self._client_text: str | None = None
        self._result_text: str | None = None
        self._geometry: QByteArray | None = None  # as last stored in the settings
        self.client = ClientPanel(runner)
        self.script = ScriptPanel()
        self.results = ResultBar()
        self.tabs = QTabWidget(objectName="cardTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.client, "")
        self.tabs.addTab(self.script, "")

        self.direction_icon = QLabel()
        self.direction = QLabel(objectName="cardDirection")
        self.number = QLabel(objectName="cardNumber")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.client_title = QLabel(objectName="cardClient")
        self.client_title.setWordWrap(True)
        self.timer_label = QLabel("00:00", objectName="cardTimer")
        self.state_label = QLabel(objectName="cardState")
        self.state_label.setWordWrap(True)
        self.result_caption = QLabel(objectName="hint")
        self.result_label = QLabel(objectName="cardResult")
        self.result_label.setWordWrap(True)
        self.close_button = QPushButton(objectName="closeCard")
        self.close_button.clicked.connect(self.close_requested)
        self.results_caption = QLabel(objectName="hint")

        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._update_timer)
        self._build()
        self._shortcuts()
        self.retranslate()
        self.resize(*DEFAULT_SIZE)

    # ---- building -----------------------------------------------------------------
    def _build(self) -> None:
        info = QFrame(objectName="cardInfo")
        info.setFixedWidth(INFO_WIDTH)
        direction = QHBoxLayout()
        direction.setSpacing(6)
        direction.addWidget(self.direction_icon)
        direction.addWidget(self.direction, 1)
        column = QVBoxLayout(info)
        column.setContentsMargins(18, 18, 18, 18)
        column.setSpacing(6)
        column.addLayout(direction)
        column.addWidget(self.number)
        column.addWidget(self.client_title)
        column.addSpacing(10)
        column.addWidget(self.timer_label)
        column.addWidget(self.state_label)
        column.addSpacing(14)
        column.addWidget(self.result_caption)
        column.addWidget(self.result_label)
        column.addStretch(1)
        column.addWidget(self.close_button)

        bottom = QFrame(objectName="cardResults")
        bar = QVBoxLayout(bottom)
        bar.setContentsMargins(16, 8, 16, 12)
        bar.setSpacing(6)
        bar.addWidget(self.results_caption)
        bar.addWidget(self.results)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(0)
        top.addWidget(info)
        tabs = QVBoxLayout()
        tabs.setContentsMargins(8, 6, 0, 0)
        tabs.addWidget(self.tabs)
        top.addLayout(tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top, 1)
        layout.addWidget(bottom)

    def _shortcuts(self) -> None:
        for keys, index in (("Ctrl+1", CLIENT_TAB), ("Ctrl+2", SCRIPT_TAB)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda index=index: self.show_tab(index))
        close = QShortcut(QKeySequence("Ctrl+W"), self)
        close.activated.connect(self.close_requested)

    def retranslate(self) -> None:
        self.tabs.setTabText(CLIENT_TAB, self.tr("Client"))
        self.tabs.setTabText(SCRIPT_TAB, self.tr("Script"))
        self.tabs.setTabToolTip(CLIENT_TAB, self.tr("The client's CRM data (Ctrl+1)"))
        self.tabs.setTabToolTip(SCRIPT_TAB, self.tr("The call script (Ctrl+2)"))
        self.result_caption.setText(self.tr("Call result"))
        self.results_caption.setText(self.tr("Record the result"))
        self.close_button.setToolTip(self.tr("Close the call card (Ctrl+W)"))
        self._show_call_texts()

    # ---- what the card shows --------------------------------------------------------
    def show_call(self, call: CallSession, number_text: str) -> None:
        """Show a new (or recovered) call at once: the CRM fills in later."""
        self.call = call
        self.number.setText(number_text)
        incoming = call.direction is Direction.INCOMING
        self.direction_icon.setPixmap(icons.pixmap(
            icons.CALL_INCOMING if incoming else icons.CALL_OUTGOING, 18))
        self.set_client_title(call.client_title or None)
        self.set_result(None)
        self.update_state()
        self._update_timer()
        self._tick.start()

    def set_client_title(self, title: str | None) -> None:
        """The client's name; None while the CRM is being asked."""
        self._client_text = title
        self._show_call_texts()

    def set_result(self, title: str | None) -> None:
        self._result_text = title
        self._show_call_texts()

    def update_state(self) -> None:
        """Follow the call's state: timer stops when it ends, the close button says so."""
        if self.call is not None and self.call.state is CallState.ENDED:
            self._update_timer()
            self._tick.stop()
        self._show_call_texts()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.tabs.currentWidget().setFocus()

    def _show_call_texts(self) -> None:
        call = self.call
        if call is None:
            return
        incoming = call.direction is Direction.INCOMING
        self.direction.setText(self.tr("Incoming call") if incoming else self.tr("Outgoing call"))
        client = self._client_text
        self.client_title.setText(client if client is not None
                                  else self.tr("Searching for the client…"))
        set_style_flag(self.client_title, "searching", client is None)
        ended = call.state in (CallState.ENDED, CallState.CLOSED)
        self.state_label.setText(self.tr("Call ended") if ended else self.tr("Call in progress"))
        set_style_flag(self.state_label, "ended", ended)
        result = self._result_text
        self.result_label.setText(result or self.tr("Not recorded yet"))
        set_style_flag(self.result_label, "recorded", bool(result))
        self.close_button.setText(self.tr("Close the card") if ended
                                  else self.tr("End and close"))
        self.setWindowTitle(f"{self.number.text()} — {self.tr('Call card')}")

    def _update_timer(self) -> None:
        call = self.call
        if call is None:
            return
        start = call.answered_at or call.started_at
        end = call.ended_at or datetime.now(UTC)
        self.timer_label.setText(format_duration((end - start).total_seconds()))

    # ---- window -------------------------------------------------------------------
    def present(self) -> None:
        """Show the card in front, keeping the size the operator gave it."""
        if not self.isVisible():
            if self._geometry is None:
                stored = settings.app_settings().value(GEOMETRY_KEY)
                self._geometry = stored if isinstance(stored, QByteArray) else QByteArray()
            if not self._geometry.isEmpty():
                self.restoreGeometry(self._geometry)
        self.show()
        self.raise_()
        self.activateWindow()

    def dismiss(self) -> None:
        """Hide the card and forget the call; the window is kept for the next one."""
        if self.isVisible():
            geometry = self.saveGeometry()
            if geometry != self._geometry:  # written when the operator moved or resized it
                self._geometry = geometry
                settings.app_settings().setValue(GEOMETRY_KEY, geometry)
        self._tick.stop()
        self.hide()
        self.call = None
        self.client.clear()
        self.script.clear()
        self.results.set_recorded(None)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button asks like the card's own close button."""
        if self.call is not None:
            event.ignore()
            self.close_requested.emit()
            return
        super().closeEvent(event)

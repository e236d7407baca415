"""The question after a crash: cards of calls that were never closed, reopened where
they stood (script step, typed values, result) or closed as they are."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.call import CallSession
from desktop.domain.versions import ScriptVersion
from desktop.ui import i18n, icons
from desktop.ui.formatting import format_phone, format_started


class RecoveryDialog(i18n.Retranslatable, QDialog):
    """Accepted: reopen the cards; rejected with ``closed_all``: close them as they are."""

    def __init__(self, calls: list[CallSession], scripts: Mapping[int, ScriptVersion],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.calls = calls
        self.scripts = scripts
        self.closed_all = False
        self.title = QLabel(objectName="pageTitle")
        self.explanation = QLabel(objectName="hint")
        self.explanation.setWordWrap(True)
        self.list = QListWidget(objectName="unfinishedCalls")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.buttons = QDialogButtonBox()
        self.reopen_button = QPushButton(objectName="primaryButton")
        self.reopen_button.setDefault(True)
        self.close_button = QPushButton()
        self.buttons.addButton(self.reopen_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.accepted.connect(self.accept)
        self.close_button.clicked.connect(self._close_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 18)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(600, 300)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unfinished calls"))
        self.title.setText(self.tr("Some call cards were not closed"))
        self.explanation.setText(self.tr(
            "The app stopped during these calls. Reopen the cards exactly where they were "
            "(script step, typed values, result), or close them as they are."))
        self.reopen_button.setText(self.tr("Reopen the cards"))
        self.close_button.setText(self.tr("Close them"))
        self.list.clear()
        for call in self.calls:
            item = QListWidgetItem(icons.icon(
                icons.CALL_INCOMING if call.direction.value == "incoming"
                else icons.CALL_OUTGOING), self._describe(call))
            self.list.addItem(item)

    def _describe(self, call: CallSession) -> str:
        parts = [format_phone(call.number), format_started(call.started_at)]
        if call.client_title:
            parts.append(call.client_title)
        step = self._step_title(call)
        if step:
            parts.append(self.tr("step «%1»").replace("%1", step))
        if call.has_result:
            parts.append(self.tr("result recorded"))
        return " · ".join(parts)

    def _step_title(self, call: CallSession) -> str:
        version = self.scripts.get(call.script_id) if call.script_id is not None else None
        step_id = call.current_step_id
        if version is None or step_id is None:
            return ""
        script = version.script()
        return script.step(step_id).title if step_id in script else ""

    def _close_all(self) -> None:
        self.closed_all = True
        self.reject()

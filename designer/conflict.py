"""What happens to unsaved edits: the stale-save dialog and the designer's questions.

A stale save: another supervisor saved the script after this editor opened it.
Saving now would overwrite their work, so nothing is saved; the supervisor chooses:
load their version (discarding these edits, after one more question), save these
edits as a new script, or go on editing. Nothing is ever overwritten silently.

``Questions`` asks the rest (save before closing, confirmations, errors); the editor
keeps it in an attribute so tests answer at once.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class ConflictChoice(Enum):
    RELOAD = "reload"  # load the other supervisor's version
    SAVE_COPY = "save_copy"  # keep theirs, save mine as a new script
    CANCEL = "cancel"  # keep editing, nothing saved


def copy_name_for(name: str) -> str:
    """«<name> (моя версия)» in the interface language."""
    return QCoreApplication.translate("ConflictDialog", "%1 (my version)").replace("%1", name)


class ConflictDialog(QDialog):
    """Asks what to do with edits that can no longer be saved over the stored script."""

    def __init__(self, script_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.choice = ConflictChoice.CANCEL
        self.setWindowTitle(self.tr("The script was changed meanwhile"))
        self.setMinimumWidth(640)

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        heading = QLabel(self.tr("Another supervisor saved «%1» after you opened it.")
                         .replace("%1", script_name), objectName="pageTitle")
        heading.setWordWrap(True)
        explanation = QLabel(self.tr(
            "Saving now would overwrite their changes, so nothing was saved. "
            "Your edits are still here: choose what to do with them."), objectName="hint")
        explanation.setWordWrap(True)

        self.reload_button = QPushButton(self.tr("Load their version"),
                                         objectName="reloadTheirs")
        reload_hint = QLabel(self.tr("Discard your edits and continue from the version "
                                     "the other supervisor saved."), objectName="hint")
        self.copy_button = QPushButton(self.tr("Save mine as a copy"), objectName="primaryButton")
        self.copy_name = QLineEdit(copy_name_for(script_name), objectName="copyName")
        self.copy_name.setCursorPosition(0)
        copy_hint = QLabel(self.tr("Their version stays as it is; yours becomes a new script "
                                   "with this name:"), objectName="hint")
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancelConflict")
        cancel_hint = QLabel(self.tr("Keep editing; nothing is saved."), objectName="hint")
        for hint in (reload_hint, copy_hint, cancel_hint):
            hint.setWordWrap(True)

        options = QFrame(objectName="conflictOptions")
        options.setStyleSheet("QFrame#conflictOptions { background: #ffffff; "
                              "border: 1px solid #e2e8f0; border-radius: 6px; }")
        column = QVBoxLayout(options)
        column.setContentsMargins(14, 12, 14, 12)
        column.setSpacing(12)
        buttons = (self.copy_button, self.reload_button, self.cancel_button)
        width = max(button.sizeHint().width() for button in buttons)
        rows = ((self.copy_button, [copy_hint, self.copy_name]),
                (self.reload_button, [reload_hint]), (self.cancel_button, [cancel_hint]))
        for button, texts in rows:
            button.setFixedWidth(width)
            side = QVBoxLayout()
            side.setSpacing(6)
            for widget in texts:
                side.addWidget(widget)
            row = QHBoxLayout()
            row.setSpacing(14)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            row.addLayout(side, 1)
            column.addLayout(row)

        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(6)
        texts.addWidget(heading)
        texts.addWidget(explanation)
        top.addLayout(texts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(options)

        self.reload_button.clicked.connect(lambda: self._finish(ConflictChoice.RELOAD))
        self.copy_button.clicked.connect(lambda: self._finish(ConflictChoice.SAVE_COPY))
        self.cancel_button.clicked.connect(lambda: self._finish(ConflictChoice.CANCEL))
        self.copy_name.textChanged.connect(
            lambda text: self.copy_button.setEnabled(bool(text.strip())))
        self.copy_button.setDefault(True)

    def copy_name_text(self) -> str:
        return self.copy_name.text().strip()

    def _finish(self, choice: ConflictChoice) -> None:
        self.choice = choice
        if choice is ConflictChoice.CANCEL:
            self.reject()
        else:
            self.accept()

    def reject(self) -> None:  # Escape and the window's close button mean Cancel too
        self.choice = ConflictChoice.CANCEL
        super().reject()


class CloseChoice(Enum):
    """The answer to «Save the changes before closing?»."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Questions:
    """What the editor asks the supervisor; tests put an object answering at once here."""

    def unsaved_changes(self, parent: QWidget, name: str) -> CloseChoice:
        translate = QCoreApplication.translate
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("ScriptEditor", "Unsaved changes"),
                          translate("ScriptEditor", "Save the changes to «%1» before closing?")
                          .replace("%1", name), parent=parent)
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        answer = box.exec()
        return {buttons.Save: CloseChoice.SAVE,
                buttons.Discard: CloseChoice.DISCARD}.get(buttons(answer), CloseChoice.CANCEL)

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(parent, title, text, buttons.Yes | buttons.No,
                                    buttons.No) == buttons.Yes

    def error(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

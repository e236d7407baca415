"""The small dialogs of the Scripts tab: a script's name and description, deleting one,
and the one message box every service error ends in.

They are opened with ``open()`` (window-modal, not a nested event loop), so the tab
reacts to their ``accepted`` / ``finished`` signals and tests drive them like users do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.services.scripts import NameTakenError
from desktop.ui.i18n import Retranslatable
from desktop.ui.widgets import ErrorLine, dialog_body

NAME_MAX_LENGTH = 200  # the database column's size
DIALOG_WIDTH = 480


def same_name(a: str, b: str) -> bool:
    """Names compare as operators read them (and as the service does): case and extra
    spaces do not matter."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


class ScriptDetailsDialog(Retranslatable, QDialog):
    """A script's name (required, unique) and description (optional).

    ``taken_names`` are the names of the other scripts; ``name``/``description`` fill the
    form when an existing script is being changed. Enter submits from either field
    (Shift+Enter starts a new line in the description). On submit the dialog calls
    ``save(name, description)``: a ``NameTakenError`` from it (someone took the name
    meanwhile) keeps the dialog open with the message; other errors are ``save``'s to
    report.
    """

    def __init__(self, parent: QWidget | None, taken_names: Iterable[str],
                 save: Callable[[str, str], object], *, name: str = "",
                 description: str = "", editing: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("scriptDetailsDialog")
        self.save = save
        self.editing = editing
        self.taken_names = [n for n in taken_names if not (editing and same_name(n, name))]
        self.heading = QLabel(objectName="pageTitle")
        self.name_edit = QLineEdit(name, objectName="scriptName")
        self.name_edit.setMaxLength(NAME_MAX_LENGTH)
        self.name_edit.textEdited.connect(lambda _text: self.error.clear_error())
        self.description_edit = QPlainTextEdit(objectName="scriptDescription")
        self.description_edit.setPlainText(description)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(96)
        self.description_edit.installEventFilter(self)
        self.description_hint = QLabel(objectName="hint")
        self.error = ErrorLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = QPushButton(objectName="primaryButton")
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form.setSpacing(8)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.name_label, self.description_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.description_label.setBuddy(self.description_edit)
        self.form.addRow(self.name_label, self.name_edit)
        self.form.addRow(self.description_label, self.description_edit)
        self.form.addRow(None, self.description_hint)
        dialog_body(self, self.heading, self.form, self.error, 4, self.buttons)
        self.setFixedWidth(DIALOG_WIDTH)
        self.retranslate()
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    def retranslate(self) -> None:
        title = self.tr("Edit script") if self.editing else self.tr("Add script")
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.name_label.setText(self.tr("&Name:"))
        self.description_label.setText(self.tr("&Description:"))
        self.name_edit.setPlaceholderText(self.tr("For example: Inbound call, sales"))
        self.description_edit.setPlaceholderText(
            self.tr("What the script is for, and when operators use it (optional)"))
        self.description_hint.setText(self.tr("Shift+Enter starts a new line."))
        self.ok_button.setText(self.tr("Save") if self.editing else self.tr("Add script"))

    def values(self) -> tuple[str, str]:
        """The name and the description as they will be stored (trimmed)."""
        return self.name_edit.text().strip(), self.description_edit.toPlainText().strip()

    def name_taken_text(self, name: str) -> str:
        return self.tr("A script named «%1» already exists. Choose another name.").replace(
            "%1", name)

    def problem(self) -> str:
        """Why the form cannot be submitted, or "" when it can."""
        name, _ = self.values()
        if not name:
            return self.tr("Enter the script's name.")
        if any(same_name(name, taken) for taken in self.taken_names):
            return self.name_taken_text(name)
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if not problem:
            try:
                self.save(*self.values())
            except NameTakenError as exc:
                problem = self.name_taken_text(exc.name)
        if problem:
            self.error.show_error(problem)
            self.name_edit.setFocus()
            self.name_edit.selectAll()
            return
        super().accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.description_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.accept()
            return True
        return super().eventFilter(watched, event)


class DeleteScriptDialog(QMessageBox):
    """Asks before deleting a script; when roles use it, names them and offers to take
    the script out of those roles (``removes_from_roles``)."""

    def __init__(self, parent: QWidget | None, name: str, roles: list[str]) -> None:
        super().__init__(parent)
        self.setObjectName("deleteScriptDialog")
        self.roles = list(roles)
        self.removes_from_roles = bool(self.roles)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWindowTitle(self.tr("Delete script"))
        if self.roles:
            self.setText(self.tr("The script «%1» is used by these roles:").replace("%1", name)
                         + "\n\n" + "\n".join(f"•  {role}" for role in self.roles))
            self.setInformativeText(self.tr(
                "Operators with these roles will no longer see it. Remove the script from "
                "these roles and delete it? This cannot be undone."))
            confirm = self.tr("Remove from roles and delete")
        else:
            self.setText(self.tr("Delete the script «%1»?").replace("%1", name))
            self.setInformativeText(self.tr(
                "Its steps and published versions are deleted too. This cannot be undone."))
            confirm = self.tr("Delete")
        self.delete_button = self.addButton(confirm, QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.delete_button


def show_error_box(parent: QWidget, title: str, text: str) -> QMessageBox:
    """The one place service errors are shown: a warning box over ``parent``."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("errorBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box

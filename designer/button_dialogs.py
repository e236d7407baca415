"""The Buttons tab's small pieces: asking before a delete (naming the roles that lose
the button) and the picture of its empty state."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.button_face import paint_button_face


class DeleteButtonDialog(QMessageBox):
    """Asks before deleting a button and says which roles lose it."""

    def __init__(self, parent: QWidget | None, title: str, roles: list[str]) -> None:
        super().__init__(parent)
        self.setObjectName("deleteButtonDialog")
        self.roles = list(roles)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWindowTitle(self.tr("Delete button"))
        self.setText(self.tr("Delete the button «%1»?").replace("%1", title))
        if self.roles:
            self.setInformativeText(
                self.tr("These roles lose it, and their operators will no longer see it in "
                        "the call card:") + "\n\n"
                + "\n".join(f"•  {role}" for role in self.roles) + "\n\n"
                + self.tr("This cannot be undone."))
        else:
            self.setInformativeText(self.tr("No role has this button, so no operator loses "
                                             "it. This cannot be undone."))
        self.delete_button = self.addButton(self.tr("Delete"),
                                            QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.delete_button


def empty_picture() -> QPixmap:
    """Three faint button faces: what the list will look like."""
    ratio = 2.0
    picture = QPixmap(int(170 * ratio), int(104 * ratio))
    picture.setDevicePixelRatio(ratio)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    painter.setOpacity(0.4)
    for row, (color, width) in enumerate((("#2e7d32", 150), ("#ef6c00", 118), ("#1565c0", 164))):
        paint_button_face(painter, QRect(3, 4 + row * 34, width, 28), "", color)
    painter.end()
    return picture

"""What the login window shows instead of a form while the database is not usable.

``WaitingPanel`` holds the sign-in form's place while it is not yet known whether the
database is new (which form it gets); ``FailurePanel`` says why the database did not
open, with Retry and Quit. Like the forms, they lay out and signal; ``LoginWindow``
decides what happens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui import icons
from desktop.ui.i18n import Retranslatable
from desktop.ui.widgets import ErrorLine


class WaitingPanel(Retranslatable, QFrame):
    """A quiet placeholder in the sign-in form's place (and of its size)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginWaiting")
        picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        picture.setPixmap(icons.pixmap(icons.DATABASE, 32))
        self.hint = QLabel(objectName="hint", alignment=Qt.AlignmentFlag.AlignCenter,
                           wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(picture)
        layout.addSpacing(6)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("The sign-in form appears once the database is open."))


class FailurePanel(Retranslatable, QWidget):
    """Why the database did not open, in one sentence, with «Retry» and «Quit»."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = ErrorLine()
        self.message.show()
        self.retry_button = QPushButton(objectName="primaryButton")
        self.retry_button.setAutoDefault(True)
        self.quit_button = QPushButton(objectName="quitButton")
        self.quit_button.setAutoDefault(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.quit_button, 1)
        buttons.addWidget(self.retry_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()

    def show_text(self, text: str) -> None:
        self.message.setText(text)

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Retry"))
        self.quit_button.setText(self.tr("Quit"))


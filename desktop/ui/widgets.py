"""Small widgets shared by the windows: the error line and the language picker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop.ui import i18n


class ErrorLine(QLabel):
    """A red line under a form that says what went wrong; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLine")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.show_error("")


class LanguageCombo(i18n.Retranslatable, QComboBox):
    """Picks the interface language; the choice is saved and applied at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageCombo")
        self.addItem("", i18n.FOLLOW_SYSTEM)
        for code in i18n.LANGUAGES:
            self.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.setCurrentIndex(max(0, self.findData(i18n.language_setting())))
        self.retranslate()
        self.activated.connect(self._chosen)

    def retranslate(self) -> None:
        self.setItemText(0, self.tr("System language"))
        self.setToolTip(self.tr("Language of the interface"))

    def _chosen(self, index: int) -> None:
        i18n.choose_language(str(self.itemData(index)))

"""Choosing a button's colour: a palette of colours that keep titles readable, or any
colour from the standard colour dialog.

Each swatch shows «Aa» in the title colour the button will get on it, so the choice
is made seeing the result. The title colour is never picked by hand: it follows
from the background (``desktop.domain.colors.text_color_on``).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QColorDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.colors import BUTTON_PALETTE, normalize, text_color_on
from desktop.ui.button_face import safe_color
from desktop.ui.i18n import Retranslatable

SWATCH = 30
COLUMNS = 8
ACCENT = QColor("#2563eb")


class Swatch(QToolButton):
    """One colour: a rounded square with «Aa» in its title colour; a ring when chosen."""

    def __init__(self, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = color
        self.setCheckable(True)
        self.setFixedSize(SWATCH + 6, SWATCH + 6)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_color(self, color: str) -> None:
        self.color = color
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(SWATCH + 6, SWATCH + 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(3, 3, SWATCH, SWATCH)
        if self.isChecked() or self.hasFocus():
            painter.setPen(ACCENT if self.isChecked() else QColor("#94a3b8"))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(0.5, 0.5, SWATCH + 5, SWATCH + 5), 8, 8)
        fill = QColor(safe_color(self.color))
        painter.setPen(fill.darker(120))
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 6, 6)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor(text_color_on(safe_color(self.color))))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "Aa")
        painter.end()


class ColorPicker(Retranslatable, QWidget):
    """``color_changed(color)`` fires with ``#rrggbb`` when the supervisor picks one."""

    color_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colorPicker")
        self._color = BUTTON_PALETTE[0]
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.swatches: list[Swatch] = []
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(2)
        grid.setVerticalSpacing(2)
        for index, color in enumerate(BUTTON_PALETTE):
            swatch = Swatch(color)
            swatch.clicked.connect(lambda _checked=False, c=color: self._picked(c))
            self.group.addButton(swatch)
            self.swatches.append(swatch)
            grid.addWidget(swatch, index // COLUMNS, index % COLUMNS)
        self.custom_swatch = Swatch(self._color)
        self.custom_swatch.setVisible(False)
        self.custom_swatch.clicked.connect(lambda: self._picked(self.custom_swatch.color))
        self.group.addButton(self.custom_swatch)
        self.custom_button = QPushButton(objectName="customColor")
        self.custom_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.custom_button.clicked.connect(self.open_dialog)
        self.dialog: QColorDialog | None = None
        custom_row = QHBoxLayout()
        custom_row.setContentsMargins(0, 0, 0, 0)
        custom_row.setSpacing(6)
        custom_row.addWidget(self.custom_swatch)
        custom_row.addWidget(self.custom_button)
        custom_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(grid)
        layout.addLayout(custom_row)
        self.retranslate()
        self.set_color(self._color)

    def retranslate(self) -> None:
        self.custom_button.setText(self.tr("Other colour…"))
        self.custom_button.setToolTip(self.tr("Any colour; the title stays readable on it"))
        for swatch in self.swatches:
            swatch.setToolTip(swatch.color)
        self.custom_swatch.setToolTip(self.tr("Your colour %1").replace(
            "%1", self.custom_swatch.color))

    def color(self) -> str:
        return self._color

    def set_color(self, color: str) -> None:
        """Show ``color`` chosen: its swatch, or the custom one for a colour off the palette."""
        self._color = safe_color(color)
        swatch = next((s for s in self.swatches if s.color == self._color), None)
        if swatch is None:
            self.custom_swatch.set_color(self._color)
            self.custom_swatch.setVisible(True)
            swatch = self.custom_swatch
        swatch.setChecked(True)
        self.retranslate()

    def open_dialog(self) -> None:
        """The standard colour dialog, opened window-modal; its choice becomes the colour."""
        dialog = QColorDialog(QColor(self._color), self)
        dialog.setObjectName("buttonColorDialog")
        dialog.setWindowTitle(self.tr("Button colour"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.colorSelected.connect(lambda picked: self._picked(picked.name()))
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _picked(self, color: str) -> None:
        color = normalize(color)
        changed = color != self._color
        self.set_color(color)
        if changed:
            self.color_changed.emit(color)

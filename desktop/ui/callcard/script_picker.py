"""Choosing the script for a call: a short list the operator works with the keyboard.

The scripts used last come first (an operator mostly runs the same one), then the rest
in the order the role lists them. Arrows choose, Enter opens; with more than a handful
of scripts a filter box takes the typing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.versions import ScriptVersion
from desktop.ui import i18n, icons

FILTER_FROM = 6  # the filter box shows from this many scripts on
MAX_ROWS = 8
_VERSION = Qt.ItemDataRole.UserRole
_CURRENT = Qt.ItemDataRole.UserRole + 1
_RECENT = Qt.ItemDataRole.UserRole + 2
_DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3

_STYLE = """
QListWidget#scriptList {
    background: #ffffff; border: 1px solid #e2e8f0; border-radius: 6px; outline: 0;
    padding: 4px;
}
"""
ROW_HEIGHT = 52
_SELECTED, _TITLE, _DETAIL = QColor("#dbeafe"), QColor("#0f172a"), QColor("#64748b")


class ScriptDelegate(QStyledItemDelegate):
    """A script as two lines: its name, and its description (or why it is listed first)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(2, 2, -2, -2)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_SELECTED)
            painter.drawRoundedRect(QRectF(rect), 4, 4)
        inner = rect.adjusted(12, 6, -12, -6)
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        title_font.setPointSizeF(option.font.pointSizeF() + 0.5)
        half = inner.height() // 2
        painter.setFont(title_font)
        painter.setPen(_TITLE)
        title = QFontMetrics(title_font).elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole)), Qt.TextElideMode.ElideRight,
            inner.width())
        painter.drawText(inner.adjusted(0, 0, 0, -half), _LEFT, title)
        painter.setFont(option.font)
        painter.setPen(_DETAIL)
        detail = QFontMetrics(option.font).elidedText(
            str(index.data(_DETAIL_ROLE) or ""), Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(inner.adjusted(0, half, 0, 0), _LEFT, detail)
        painter.restore()


_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def ordered(versions: Sequence[ScriptVersion], last_used: Sequence[int]) -> list[ScriptVersion]:
    """Last used first (most recent first), then the others in the given (role) order."""
    by_id = {v.script_id: v for v in versions}
    recent = [by_id[i] for i in dict.fromkeys(last_used) if i in by_id]
    return recent + [v for v in versions if v not in recent]


class ScriptPicker(i18n.Retranslatable, QWidget):
    """``chosen`` gives the ScriptVersion to run; ``cancelled`` means keep the current one."""

    chosen = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptPicker")
        self.setStyleSheet(_STYLE)
        self.title = QLabel(objectName="sectionTitle")
        self.hint = QLabel(objectName="hint")
        self.hint.setWordWrap(True)
        self.filter = QLineEdit(objectName="scriptFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.addAction(icons.icon(icons.SEARCH), QLineEdit.ActionPosition.LeadingPosition)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.installEventFilter(self)
        self.list = QListWidget(objectName="scriptList")
        self.list.setUniformItemSizes(True)
        self.list.setItemDelegate(ScriptDelegate(self.list))
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.itemActivated.connect(self._open)
        self.nothing = QLabel(objectName="hint")
        self.nothing.hide()
        self.open_button = QPushButton(objectName="primaryButton")
        self.open_button.clicked.connect(lambda: self._open(self.list.currentItem()))
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancelled)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.nothing)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Choose a script"))
        self._hint()
        self.filter.setPlaceholderText(self.tr("Find a script"))
        self.nothing.setText(self.tr("No script matches."))
        self.open_button.setText(self.tr("Open"))
        self.cancel_button.setText(self.tr("Back to the step"))
        for row in range(self.list.count()):
            self._label(self.list.item(row))

    # ---- content -------------------------------------------------------------------
    def set_scripts(self, versions: Sequence[ScriptVersion], last_used: Sequence[int],
                    *, current: int | None = None) -> None:
        """Fill the list; ``current`` (a script ID) is the one running now, if any."""
        self.list.clear()
        recent = set(last_used)
        for version in ordered(versions, last_used):
            item = QListWidgetItem()
            item.setData(_VERSION, version)
            item.setData(_CURRENT, version.script_id == current)
            item.setData(_RECENT, version.script_id in recent)
            self._label(item)
            self.list.addItem(item)
        self._fit_rows(len(versions))
        many = len(versions) >= FILTER_FROM
        self.filter.setVisible(many)
        self.filter.clear()
        self.cancel_button.setVisible(current is not None)
        self._hint()
        self.list.setCurrentRow(0)
        self._apply_filter("")

    def _hint(self) -> None:
        self.hint.setText(self.tr("↑ ↓ to choose, Enter to open, Esc to go back to the step.")
                          if self.cancel_button.isVisibleTo(self)
                          else self.tr("↑ ↓ to choose, Enter to open."))

    def focus_input(self) -> None:
        """Where typing goes: the filter when it shows, otherwise the list."""
        (self.filter if self.filter.isVisibleTo(self) else self.list).setFocus()

    def versions(self) -> list[ScriptVersion]:
        """The scripts as listed, top to bottom (hidden ones included)."""
        return [self.list.item(r).data(_VERSION) for r in range(self.list.count())]

    def _label(self, item: QListWidgetItem) -> None:
        version: ScriptVersion = item.data(_VERSION)
        description = " ".join(str(version.content.get("description", "")).split())
        notes = []
        if item.data(_CURRENT):
            notes.append(self.tr("Running now"))
        elif item.data(_RECENT):
            notes.append(self.tr("Used recently"))
        if description:
            notes.append(description)
        item.setText(version.name)
        item.setData(_DETAIL_ROLE, " · ".join(notes))
        item.setToolTip(description)

    def _fit_rows(self, rows: int) -> None:
        """As tall as the scripts need, up to eight rows; then it scrolls."""
        frame = 2 * self.list.frameWidth() + 10
        self.list.setFixedHeight(frame + ROW_HEIGHT * max(1, min(rows, MAX_ROWS)))

    # ---- keys and choice -----------------------------------------------------------
    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        first_shown = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            version: ScriptVersion = item.data(_VERSION)
            hidden = bool(needle) and needle not in version.name.casefold()
            item.setHidden(hidden)
            if not hidden and first_shown is None:
                first_shown = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first_shown)
        self.nothing.setVisible(first_shown is None)
        self.open_button.setEnabled(first_shown is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows and Enter typed in the filter box work the list."""
        if watched is self.filter and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                QApplication.sendEvent(self.list, event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open(self.list.currentItem())
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.cancel_button.isVisible():
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None and not item.isHidden():
            self.chosen.emit(item.data(_VERSION))

"""Small widgets shared by the windows: the error line, the language picker, a dialog's
primary button with Cancel, the empty state of a list, and the read-only list table with
the base of its models."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import i18n, icons

RowT = TypeVar("RowT")
_Index = QModelIndex | QPersistentModelIndex


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


DialogPart = QWidget | QLayout | int | tuple[QWidget | QLayout, int]


def set_style_flag(widget: QWidget, name: str, value: object) -> None:
    """Set a property the theme's selectors read (``[invalid="true"]``) and re-style the
    widget, only when the value changed: re-styling is not free on the call path."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def dialog_body(dialog: QDialog, *parts: DialogPart, spacing: int = 12) -> QVBoxLayout:
    """The dialogs' one layout: their margins, then ``parts`` top to bottom — a widget, a
    layout, a gap in pixels (int), or a (widget or layout, stretch) pair."""
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(22, 18, 22, 16)
    layout.setSpacing(spacing)
    for part in parts:
        item, stretch = part if isinstance(part, tuple) else (part, 0)
        if isinstance(item, int):
            layout.addSpacing(item)
        elif isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
    return layout


def fit_height(widget: QWidget) -> None:
    """Make a fixed-width window as tall as its wrapped texts need at that width (Qt sizes
    a top-level window without asking its layout's height-for-width)."""
    layout = widget.layout()
    height = layout.totalHeightForWidth(widget.width()) if layout is not None else -1
    if height > 0 and height != widget.height():
        widget.setFixedHeight(height)


def dialog_buttons(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    """Cancel and the dialog's primary button (the default: Enter presses it), wired to
    accept and reject; the caller names the primary button in its ``retranslate``."""
    primary = QPushButton(objectName="primaryButton")
    primary.setDefault(True)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    box.addButton(primary, QDialogButtonBox.ButtonRole.AcceptRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, primary


def empty_state(icon_name: str, icon_size: int) -> tuple[QFrame, QLabel, QLabel]:
    """What a list shows while it has nothing: a picture, a title and a hint (the frame,
    then the title and hint labels for the caller's texts)."""
    frame = QFrame(objectName="emptyState")
    picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
    picture.setPixmap(icons.pixmap(icon_name, icon_size))
    title = QLabel(objectName="emptyTitle", alignment=Qt.AlignmentFlag.AlignCenter)
    hint = QLabel(objectName="hint", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
    layout = QVBoxLayout(frame)
    layout.addStretch(1)
    layout.addWidget(picture)
    layout.addSpacing(8)
    layout.addWidget(title)
    layout.addWidget(hint)
    layout.addStretch(2)
    return frame, title, hint


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


def list_table(object_name: str, model: QAbstractItemModel | None = None,
               row_height: int | None = None, stretch: int | None = None,
               widths: Iterable[tuple[int, int]] = ()) -> QTableView:
    """A read-only list of records, the same in every window: whole rows, one at a time,
    no grid, one line a cell (long text elided), headers on the left, no row numbers.

    Columns start at ``widths`` (column, pixels) and the user can resize them; the
    ``stretch`` column takes the spare width.
    """
    table = QTableView(objectName=object_name)
    if model is not None:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    if row_height is not None:
        table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in widths:
        table.setColumnWidth(column, width)
    return table


class RowsModel(QAbstractTableModel, Generic[RowT]):
    """A flat table over ``rows``, replaced whole on each reload. Subclasses give
    ``COLUMNS`` (or their own ``columnCount``), ``headerData`` and ``data``."""

    COLUMNS: ClassVar[int] = 0

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[RowT] = []

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        """Header and cell texts are translated when asked for; ask the views again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, self.columnCount() - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else self.COLUMNS

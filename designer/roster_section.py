"""What the sections of the Roles tab share: a titled table with an action bar, and the
one dialog an action has open.

Actions are ``QAction``s with shortcuts (working while the focus is inside the
section), shown as push buttons that follow the action's enabled state and tooltip, so a
disabled button still says why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from designer.scripts_model import ROW_HEIGHT, NameDelegate
from designer.tab_widgets import DialogHost, Key, action_button, selected_row_index, tab_action
from desktop.ui.widgets import list_table


def two_line_names(table: QTableView, column: int) -> None:
    """The name in bold over a muted second line (``DESCRIPTION_ROLE``), as the Scripts
    tab shows a script over its description."""
    table.setItemDelegateForColumn(column, NameDelegate(table))
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)


class RosterSection(DialogHost, QWidget):
    """A title row (the title, and the section's primary "Add" button at its right), a
    hint, a bar of the actions on the selected row, and the table of rows."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.title = QLabel(objectName="sectionTitle")
        self.hint = QLabel(objectName="hint", wordWrap=True)
        self.title_row = QHBoxLayout()
        self.title_row.addWidget(self.title)
        self.title_row.addStretch(1)
        self.bar = QHBoxLayout()
        self.bar.setSpacing(6)
        self.table = list_table(f"{object_name}Table")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self.title_row)
        layout.addWidget(self.hint)
        layout.addLayout(self.bar)
        layout.addWidget(self.table, 1)

    def make_action(self, icon_name: str, slot: Callable[[], object], *keys: Key) -> QAction:
        return tab_action(self, icon_name, slot, *keys)

    def action_button(self, action: QAction, icon_name: str | None = None,
                      primary: bool = False, icon_only: bool = False) -> QPushButton:
        """A push button for ``action`` — the primary one in the title row, the others in
        the bar; it follows the action's text and tooltip too (Block turns into Unblock;
        a disabled button says why). ``icon_only`` buttons, for narrow sections, name
        the action in their tooltip."""
        button = action_button(action, icon_name, primary)

        def follow() -> None:
            button.setText("" if icon_only else action.text())
            button.setAccessibleName(action.text())
            button.setToolTip(action.toolTip())
            button.setEnabled(action.isEnabled())

        action.changed.connect(follow)
        follow()
        if icon_only:
            button.setFixedWidth(button.sizeHint().height() + 8)
        (self.title_row if primary else self.bar).addWidget(button)
        return button

    def selected_row(self) -> int | None:
        index = selected_row_index(self.table)
        return index.row() if index is not None else None

    def select_row(self, row: int | None) -> None:
        model = self.table.model()
        if model is None or model.rowCount() == 0:
            self.table.clearSelection()
            return
        row = min(max(row or 0, 0), model.rowCount() - 1)
        self.table.selectRow(row)
        self.table.scrollTo(model.index(row, 0))

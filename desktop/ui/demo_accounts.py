"""The "Demo accounts" box on the login window of a demo database.

A demo database is for trying the product: its accounts and passwords are public,
so the login window lists them and a click fills the form.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.sign_in import DemoAccount
from desktop.ui.i18n import Retranslatable


class DemoAccountsBox(Retranslatable, QFrame):
    """Lists demo accounts; ``chosen`` on click, ``confirmed`` on double-click."""

    chosen = Signal(object)  # DemoAccount
    confirmed = Signal(object)  # DemoAccount

    def __init__(self, accounts: Sequence[DemoAccount], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBox")
        self.accounts = list(accounts)
        self.title = QLabel(objectName="demoTitle")
        self.hint = QLabel(objectName="hint", wordWrap=True)
        self.table = QTableWidget(len(self.accounts), 3, objectName="demoTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the role names are the longest
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        for row, account in enumerate(self.accounts):
            for column, text in enumerate((account.username, account.password,
                                           account.role_name)):
                item = QTableWidgetItem(text)
                item.setToolTip(account.display_name)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self._fit_table_height()
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(self._double_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Demo accounts"))
        self.hint.setText(self.tr("This is a demo database. Click an account to fill in "
                                  "the form; double-click to sign in."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Password"), self.tr("Role")])

    def _fit_table_height(self) -> None:
        """Show every row without a scroll bar (demo databases have a handful of accounts)."""
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + rows
                                  + frame)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _clicked(self, index: QModelIndex) -> None:
        self.chosen.emit(self.accounts[index.row()])

    def _double_clicked(self, index: QModelIndex) -> None:
        self.confirmed.emit(self.accounts[index.row()])

"""Editing a template such as «Перезвонить: {{contact.NAME}}», checked as it is typed.

Variables the CRM knows are tinted; unknown ones (and a variable written wrong) are
underlined in red with a tooltip that says why, and the field says it under itself,
before anything is saved. Variables are inserted from a menu grouped by where they
come from (contact, lead, deal, company, operator, call), with the CRM's field titles.
Whether a variable exists is the domain's rule (``desktop.domain.templates``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import TemplateError
from desktop.domain.templates import BUILTIN_VARIABLES, VARIABLE, unknown_variables
from desktop.ui.i18n import Retranslatable
from desktop.ui.widgets import set_style_flag

KNOWN_FILL, KNOWN_TEXT = QColor("#e0e7ff"), QColor("#3730a3")
WRONG_TEXT = QColor("#b91c1c")
NAMESPACES = ("contact", "lead", "deal", "company", "operator", "call")
_BRACES = re.compile(r"\{\{|\}\}")

EDIT_STYLE = """
QPlainTextEdit#templateEdit { background: #ffffff; border: 1px solid #cbd5e1;
    border-radius: 4px; padding: 2px 3px; selection-background-color: #bfdbfe;
    selection-color: #0f172a; }
QPlainTextEdit#templateEdit:focus { border-color: #2563eb; }
QPlainTextEdit#templateEdit[problem="true"] { border-color: #dc2626; }
"""


@dataclass
class VariableCatalog:
    """The variables templates may use, with a title for each (the CRM's field title)."""

    names: list[str] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, known: Iterable[str], titles: Mapping[str, str] | None = None
              ) -> VariableCatalog:
        """``known`` from the service, plus the built-in ones; ``titles`` by name."""
        names = list(dict.fromkeys([*known, *sorted(BUILTIN_VARIABLES)]))
        return cls(names, {**builtin_titles(), **(titles or {})})

    def title(self, name: str) -> str:
        return self.titles.get(name) or name.split(".", 1)[-1]

    def by_namespace(self) -> dict[str, list[str]]:
        grouped: dict[str, list[str]] = {}
        for name in self.names:
            grouped.setdefault(name.split(".", 1)[0], []).append(name)
        order = {ns: i for i, ns in enumerate(NAMESPACES)}
        return dict(sorted(grouped.items(), key=lambda kv: (order.get(kv[0], 99), kv[0])))


def builtin_titles() -> dict[str, str]:
    """Titles of the variables every template may use, in the interface language."""
    translate = QCoreApplication.translate
    return {
        "operator.name": translate("TemplateField", "Operator's name"),
        "operator.username": translate("TemplateField", "Operator's user name"),
        "call.number": translate("TemplateField", "Caller's number"),
        "call.direction": translate("TemplateField", "Call direction"),
        "call.date": translate("TemplateField", "Call date"),
        "call.time": translate("TemplateField", "Call time"),
    }


def template_problems(template: str, catalog: VariableCatalog) -> tuple[list[str], bool]:
    """(unknown variables, written wrong) of ``template``, by the domain's rules."""
    try:
        return unknown_variables(template, catalog.names), False
    except TemplateError:
        return [], True


class VariableHighlighter(QSyntaxHighlighter):
    """Tints known variables; underlines unknown ones and stray braces in red."""

    def __init__(self, document: QTextDocument, catalog: Callable[[], VariableCatalog]) -> None:
        super().__init__(document)
        self.catalog = catalog
        self.known_format = QTextCharFormat()
        self.known_format.setBackground(KNOWN_FILL)
        self.known_format.setForeground(KNOWN_TEXT)
        self.wrong_format = QTextCharFormat()
        self.wrong_format.setForeground(WRONG_TEXT)
        self.wrong_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.wrong_format.setUnderlineColor(WRONG_TEXT)

    def highlightBlock(self, text: str) -> None:
        known = set(self.catalog().names)
        covered: list[tuple[int, int]] = []
        for match in VARIABLE.finditer(text):
            name = f"{match.group(1)}.{match.group(2)}"
            fmt = self.known_format if name in known else self.wrong_format
            self.setFormat(match.start(), match.end() - match.start(), fmt)
            covered.append(match.span())
        for match in _BRACES.finditer(text):
            if not any(start <= match.start() < end for start, end in covered):
                self.setFormat(match.start(), 2, self.wrong_format)


class TemplateEdit(Retranslatable, QPlainTextEdit):
    """A template input: one line (``single_line``) or several.

    A one-line edit behaves like a line edit: Enter and line breaks are not taken,
    Tab moves on. ``problems_changed`` fires when the set of unknown variables (or
    the written-wrong state) changes.
    """

    problems_changed = Signal()

    def __init__(self, single_line: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateEdit")
        self.setStyleSheet(EDIT_STYLE)
        self.single_line = single_line
        self.catalog = VariableCatalog.build([])
        self.unknown: list[str] = []
        self.written_wrong = False
        self.setTabChangesFocus(True)
        self.highlighter = VariableHighlighter(self.document(), lambda: self.catalog)
        if single_line:
            self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setFixedHeight(self.fontMetrics().lineSpacing() + 18)
        else:
            self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 20)
        self.textChanged.connect(self._check)
        self.retranslate()

    def retranslate(self) -> None:
        self._check(force=True)

    # ---- value ----------------------------------------------------------------------
    def template(self) -> str:
        return self.toPlainText().strip() if self.single_line else self.toPlainText()

    def set_template(self, text: str) -> None:
        self.setPlainText(" ".join(text.splitlines()) if self.single_line else text)

    def set_catalog(self, catalog: VariableCatalog) -> None:
        self.catalog = catalog
        self.highlighter.rehighlight()
        self._check(force=True)

    def insert_variable(self, name: str) -> None:
        self.insertPlainText("{{" + name + "}}")
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def problem_text(self) -> str:
        """What is wrong with the template, in the interface language ("" when nothing)."""
        if self.written_wrong:
            return self.tr("A variable is written wrong: use {{entity.FIELD}}, for example "
                           "{{contact.NAME}}.")
        if not self.unknown:
            return ""
        shown = ", ".join("{{" + name + "}}" for name in self.unknown)
        if len(self.unknown) == 1:
            return self.tr("Unknown variable %1: the CRM has no such field. Insert one from "
                           "the variables menu.").replace("%1", shown)
        return self.tr("Unknown variables %1: the CRM has no such fields. Insert them from "
                       "the variables menu.").replace("%1", shown)

    def _check(self, force: bool = False) -> None:
        unknown, wrong = template_problems(self.toPlainText(), self.catalog)
        if not force and (unknown, wrong) == (self.unknown, self.written_wrong):
            return
        self.unknown, self.written_wrong = unknown, wrong
        set_style_flag(self, "problem", bool(unknown or wrong))
        self.setToolTip(self.problem_text())
        self.problems_changed.emit()

    # ---- behaving like a line edit when single-line ----------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.single_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # the dialog's default button may take it
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.single_line and source.hasText():
            self.insertPlainText(" ".join(source.text().splitlines()))
            return
        super().insertFromMimeData(source)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self._tooltip_at(event)
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
                return True
        return super().event(event)

    def _tooltip_at(self, event: QHelpEvent) -> str:
        """Over a variable: what it is (its title) or why it is wrong."""
        cursor = self.cursorForPosition(self.viewport().mapFrom(self, event.pos()))
        block, column = cursor.block().text(), cursor.positionInBlock()
        for match in VARIABLE.finditer(block):
            if match.start() <= column <= match.end():
                name = f"{match.group(1)}.{match.group(2)}"
                if name in self.catalog.names:
                    return self.catalog.title(name)
                return self.tr("Unknown variable {{%1}}: the CRM has no such field.").replace(
                    "%1", name)
        return self.problem_text()


class TemplateField(Retranslatable, QWidget):
    """A template edit with its «Insert variable» menu and, under it, what is wrong."""

    changed = Signal()

    def __init__(self, single_line: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = TemplateEdit(single_line)
        self.insert_button = QToolButton(objectName="insertVariable")
        self.insert_button.setText("{x}")
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.insert_button.setStyleSheet(
            "QToolButton#insertVariable { border: 1px solid #cbd5e1; border-radius: 4px;"
            " background: #f8fafc; color: #3730a3; font-weight: 600; padding: 3px 7px; }"
            "QToolButton#insertVariable:hover { background: #eef2ff; }"
            "QToolButton#insertVariable::menu-indicator { image: none; width: 0; }")
        self.menu = QMenu(self.insert_button)
        self.insert_button.setMenu(self.menu)
        self.message = QLabel(objectName="templateProblem", wordWrap=True)
        self.message.setStyleSheet("color: #b91c1c;")
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.edit, 1)
        row.addWidget(self.insert_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.edit.textChanged.connect(self.changed)
        self.edit.problems_changed.connect(self._show_problem)
        self.retranslate()

    def retranslate(self) -> None:
        self.insert_button.setToolTip(self.tr("Insert variable: a value from the client's "
                                              "card, filled in when the button is pressed"))
        self.insert_button.setAccessibleName(self.tr("Insert variable"))
        self._fill_menu()

    def set_catalog(self, catalog: VariableCatalog) -> None:
        self.edit.set_catalog(catalog)
        self._fill_menu()

    def template(self) -> str:
        return self.edit.template()

    def set_template(self, text: str) -> None:
        self.edit.set_template(text)

    def set_placeholder(self, text: str) -> None:
        self.edit.setPlaceholderText(text)

    def has_problem(self) -> bool:
        return bool(self.edit.unknown or self.edit.written_wrong)

    def _show_problem(self) -> None:
        text = self.edit.problem_text()
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _fill_menu(self) -> None:
        self.menu.clear()
        self.menu.setTitle(self.tr("Insert variable"))
        heading = self.menu.addAction(self.tr("Insert variable"))
        heading.setEnabled(False)
        titles = {"contact": self.tr("Contact"), "lead": self.tr("Lead"),
                  "deal": self.tr("Deal"), "company": self.tr("Company"),
                  "operator": self.tr("Operator"), "call": self.tr("Call")}
        for namespace, names in self.edit.catalog.by_namespace().items():
            submenu = self.menu.addMenu(titles.get(namespace, namespace))
            for name in names:
                label = f"{self.edit.catalog.title(name)}\t{{{{{name}}}}}"
                action = submenu.addAction(label)
                action.setData(name)
                action.triggered.connect(
                    lambda _checked=False, n=name: self.edit.insert_variable(n))


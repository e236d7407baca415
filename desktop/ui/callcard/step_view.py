"""One step of a running script: where the operator is, what to say, what to fill in,
and where the conversation can go next.

The view only shows and reports: the :class:`~desktop.ui.callcard.script_panel.ScriptPanel`
owns the call and decides what a key or a button does.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.crm.gateway import FieldMeta
from desktop.crm.phones import DEFAULT_REGION
from desktop.crm.values import FieldProblem, coerce
from desktop.domain import templates
from desktop.domain.crm_types import EntityType
from desktop.domain.errors import TemplateError
from desktop.domain.script import Script, Step
from desktop.ui.callcard.field_editors import FieldEditor, display_value, field_label

Catalog = Mapping[tuple[EntityType, str], FieldMeta]
Values = Mapping[str, Mapping[str, Any]]

MISSING = "\x00"  # stands for a variable with no value until the text is escaped
MISSING_HTML = '<span style="color:#94a3b8">«…»</span>'
NUMBER_KEYS = 9
CRUMBS = 6  # a longer path shows its last steps after "…"
FIELDS_WIDTH = 640  # inputs wider than this only stretch the eye across a wide card

_STYLE = """
QLabel#scriptName { color: #64748b; font-weight: 600; }
QLabel#breadcrumb { color: #64748b; }
QLabel#stepTitle { font-size: 15pt; font-weight: 600; color: #0f172a; }
QLabel#stepText { font-size: 11pt; color: #1e293b; }
QPushButton#nextStep {
    text-align: left; padding: 8px 12px 8px 44px; font-weight: 600; min-height: 20px;
    background: #eff6ff; border: 1px solid #bfdbfe; color: #1e3a8a;
}
QPushButton#nextStep:hover { background: #dbeafe; }
QPushButton#nextStep:focus { border: 1px solid #2563eb; }
QLabel#keyCap {
    background: #ffffff; border: 1px solid #93c5fd; border-radius: 4px; color: #1e40af;
    font-weight: 600; padding: 0 5px;
}
QFrame#scriptEnd { background: #f0fdf4; border: 1px solid #bbf7d0; border-radius: 6px; }
QLabel#scriptEndTitle { font-weight: 600; color: #166534; }
QLabel#scriptEndText { color: #166534; }
"""


def step_html(template: str, values: Values) -> str:
    """The step text with its variables filled; one with no value shows as a grey «…».

    A text whose braces are written wrong is shown as written: the operator still
    needs to read it, and the designer's lint tells the supervisor.
    """
    try:
        names = templates.variables(template)
    except TemplateError:
        return html.escape(template).replace("\n", "<br>")
    filled: dict[str, dict[str, Any]] = {ns: dict(v) for ns, v in values.items()}
    for name in names:
        namespace, code = name.split(".", 1)
        value = filled.setdefault(namespace, {}).get(code)
        if value is None or value == "" or value == [] or value == ():
            filled[namespace][code] = MISSING
    text = templates.render(template, filled)
    return html.escape(text).replace(MISSING, MISSING_HTML).replace("\n", "<br>")


def readable_values(values: Values, typed: Mapping[str, str], catalog: Catalog,
                    language: str) -> dict[str, dict[str, Any]]:
    """Client values as people read them, with what the operator typed on top."""
    shown: dict[str, dict[str, Any]] = {}
    for namespace, fields in values.items():
        shown[namespace] = {code: _readable(catalog, namespace, code, v, language)
                            for code, v in fields.items()}
    for key, text in typed.items():
        namespace, _, code = key.partition(".")
        if text.strip():
            meta = _meta(catalog, namespace, code)
            try:
                value = coerce(meta, text, DEFAULT_REGION) if meta else text
            except FieldProblem:
                value = text
            shown.setdefault(namespace, {})[code] = display_value(meta, value, language)
    return shown


def _readable(catalog: Catalog, namespace: str, code: str, value: Any, language: str) -> Any:
    meta = _meta(catalog, namespace, code)
    return display_value(meta, value, language) if meta is not None else value


def _meta(catalog: Catalog, namespace: str, code: str) -> FieldMeta | None:
    try:
        return catalog.get((EntityType(namespace), code))
    except ValueError:
        return None


class NavButton(QPushButton):
    """A next step: its title, exactly, with the number key that chooses it on the left."""

    def __init__(self, step: Step, number: int | None, parent: QWidget | None = None) -> None:
        super().__init__(step.title, parent)
        self.setObjectName("nextStep")
        self.step_id = step.id
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        cap = QLabel(str(number) if number else "", self, objectName="keyCap")
        cap.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cap.setMinimumWidth(20)
        cap.setVisible(number is not None)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 0, 0, 0)
        row.addWidget(cap, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)


class StepView(QWidget):
    """Signals name what the operator asked for; the panel carries it out."""

    next_chosen = Signal(str)  # step ID
    back_requested = Signal()
    change_requested = Signal()
    field_edited = Signal(str, str)  # "entity.CODE", text as typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepView")
        self.setStyleSheet(_STYLE)
        self.editors: dict[str, FieldEditor] = {}
        self.nav_buttons: list[NavButton] = []
        self._template = ""
        self.script_name = QLabel(objectName="scriptName")
        self.change_button = QPushButton(objectName="changeScript")
        self.change_button.clicked.connect(self.change_requested)
        self.breadcrumb = QLabel(objectName="breadcrumb")
        self.breadcrumb.setWordWrap(True)
        self.breadcrumb.setTextFormat(Qt.TextFormat.RichText)
        self.title = QLabel(objectName="stepTitle")
        self.title.setWordWrap(True)
        self.text = QLabel(objectName="stepText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.fields_box = QWidget(objectName="stepFields")
        self.fields_box.setMaximumWidth(FIELDS_WIDTH)
        self.fields = QFormLayout(self.fields_box)
        self.fields.setContentsMargins(0, 4, 0, 0)
        self.fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.nav = QVBoxLayout()
        self.nav.setSpacing(6)
        self.end_box = QFrame(objectName="scriptEnd")
        self.end_title = QLabel(objectName="scriptEndTitle")
        self.end_text = QLabel(objectName="scriptEndText")
        self.end_text.setWordWrap(True)
        self.back_button = QPushButton(objectName="stepBack")
        self.back_button.clicked.connect(self.back_requested)
        self.keys_hint = QLabel(objectName="hint")
        self.keys_hint.setWordWrap(True)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.script_name, 1)
        header.addWidget(self.change_button)
        body = QWidget(objectName="stepBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addWidget(self.fields_box)
        column.addStretch(1)
        scroll = QScrollArea(objectName="stepScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.viewport().setAutoFillBackground(False)
        body.setAutoFillBackground(False)
        end = QVBoxLayout(self.end_box)
        end.setContentsMargins(12, 10, 12, 10)
        end.addWidget(self.end_title)
        end.addWidget(self.end_text)
        footer = QHBoxLayout()
        footer.addWidget(self.back_button)
        footer.addWidget(self.keys_hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.breadcrumb)
        layout.addWidget(scroll, 1)
        layout.addLayout(self.nav)
        layout.addWidget(self.end_box)
        layout.addLayout(footer)

    def retranslate(self) -> None:
        self.change_button.setText(self.tr("Change script"))
        self.change_button.setToolTip(self.tr("Choose another script (Ctrl+Shift+S); what "
                                              "you typed is kept"))
        self.back_button.setText(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("One step back (Backspace, Alt+Left)"))
        self._hint()
        self.end_title.setText(self.tr("End of the script"))
        self.end_text.setText(self.tr("Record the call's result with a button below."))

    # ---- showing a step ------------------------------------------------------------
    def show_step(self, script: Script, path: list[str], *, can_change: bool,
                  catalog: Catalog, values: Values, typed: Mapping[str, str],
                  language: str) -> None:
        """Show the last step of ``path`` with its fields; typed texts win over CRM values."""
        step = script.step(path[-1])
        self.script_name.setText(script.name)
        self.change_button.setVisible(can_change)
        self.breadcrumb.setText(self._crumbs(script, path))
        self.title.setText(step.title)
        self._template = step.text
        self._fill_fields(step, catalog, values, typed, language)
        self.show_values(catalog, values, typed, language)
        self._fill_nav(script.next_steps(step.id))
        self.back_button.setEnabled(len(path) > 1)

    def show_values(self, catalog: Catalog, values: Values, typed: Mapping[str, str],
                    language: str) -> None:
        """Fill the text's variables and the fields nobody typed into from ``values``."""
        shown = readable_values(values, typed, catalog, language)
        self.text.setText(step_html(self._template, shown))
        self.text.setVisible(bool(self._template.strip()))
        for key, editor in self.editors.items():
            if editor.read_only or key not in typed:
                namespace, _, code = key.partition(".")
                editor.set_value(values.get(namespace, {}).get(code))

    def _crumbs(self, script: Script, path: list[str]) -> str:
        titles = [html.escape(script.step(s).title if s in script else "?") for s in path]
        titles[-1] = f"<b style='color:#0f172a'>{titles[-1]}</b>"
        if len(titles) > CRUMBS:
            titles = ["…", *titles[-(CRUMBS - 1):]]
        return " › ".join(titles)

    def _fill_fields(self, step: Step, catalog: Catalog, values: Values,
                     typed: Mapping[str, str], language: str) -> None:
        while self.fields.rowCount():
            self.fields.removeRow(0)
        self.editors = {}
        for step_field in step.fields:
            meta = catalog.get(step_field.key)
            editable = step_field.editable and (meta is None or meta.editable)
            key = step_field.label()
            editor = FieldEditor(meta, key, read_only=not editable, language=language)
            if editable and key in typed:
                editor.set_text(typed[key])
            editor.edited.connect(lambda k=key, e=editor: self.field_edited.emit(k, e.text()))
            label = QLabel(field_label(meta, step_field.code, language))
            label.setToolTip(key)
            label.setBuddy(editor)
            self.fields.addRow(label, editor)
            self.editors[key] = editor
        self.fields_box.setVisible(bool(step.fields))

    def _fill_nav(self, nexts: list[Step]) -> None:
        for button in self.nav_buttons:
            self.nav.removeWidget(button)
            button.hide()  # deleteLater waits for the event loop; gone from sight now
            button.setParent(None)
            button.deleteLater()
        self.nav_buttons = []
        for index, step in enumerate(nexts):
            number = index + 1 if index < NUMBER_KEYS else None
            button = NavButton(step, number, self)
            button.clicked.connect(lambda _=False, s=step.id: self.next_chosen.emit(s))
            self.nav.addWidget(button)
            button.setVisible(self.isVisible())  # now, so that it can take the focus at once
            self.nav_buttons.append(button)
        self.end_box.setVisible(not nexts)
        self._hint()

    def _hint(self) -> None:
        self.keys_hint.setText(self.tr("1–9: next step · Backspace: back") if self.nav_buttons
                               else self.tr("Backspace: back"))

    def focus_first(self) -> None:
        """Focus where the operator acts next: the first next step, else Back."""
        target = self.nav_buttons[0] if self.nav_buttons else self.back_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

"""Preview (F5): walk the script as the operator will, inside the designer, writing nothing.

The way forward comes from the domain (``Script.next_steps``), exactly as the call
card gets it, so what the preview shows is what operators get. Template variables
such as ``{{contact.NAME}}`` are shown as written, highlighted, because the preview
has no client to take values from; fields are empty inputs (editable) or a locked
dash (read-only). Nothing typed here goes anywhere.
"""

from __future__ import annotations

import html
from functools import cache

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from designer.fields_dialog import FieldCatalogCache
from desktop.domain.script import Script, StepField
from desktop.domain.templates import VARIABLE
from desktop.ui import i18n, icons
from desktop.ui.formatting import entity_name

MAX_NUMBERED = 9  # keys 1..9 choose the next step
VARIABLE_STYLE = "background-color:#e0e7ff; color:#3730a3;"


@cache
def number_icon(number: int) -> QIcon:
    """A small key cap with the digit that chooses this button."""
    picture = QPixmap(40, 40)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#93c5fd"))
    painter.setBrush(QColor("#eff6ff"))
    painter.drawRoundedRect(QRectF(2, 2, 36, 36), 8, 8)
    font = QFont()
    font.setPixelSize(22)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#1d4ed8"))
    painter.drawText(QRectF(2, 2, 36, 36), Qt.AlignmentFlag.AlignCenter, str(number))
    painter.end()
    return QIcon(picture)


def text_as_html(text: str) -> str:
    """The step's text for a rich-text label: escaped, line breaks kept, variables marked."""
    escaped = html.escape(text)
    marked = VARIABLE.sub(lambda m: f'<span style="{VARIABLE_STYLE}">&nbsp;{m.group(0)}'
                                    "&nbsp;</span>", escaped)
    return marked.replace("\n", "<br>")


class PreviewPanel(i18n.Retranslatable, QWidget):
    """The script as the operator runs it: one step at a time, with Back and Restart.

    ``step_shown(step_id)`` tells which step is on screen after every move.
    """

    step_shown = Signal(str)

    def __init__(self, catalog: FieldCatalogCache | None = None, language: str = "ru",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPanel")
        self.catalog = catalog
        self.language = language
        self.script: Script | None = None
        self._document = None
        self.path: list[str] = []  # step ids walked, the current one last
        self.next_buttons: list[QPushButton] = []
        self.field_inputs: dict[tuple, QWidget] = {}

        self.heading = QLabel(objectName="sectionTitle")
        self.breadcrumb = QLabel(objectName="hint")
        self.breadcrumb.setWordWrap(True)
        self.step_title = QLabel(objectName="previewTitle")
        self.step_title.setWordWrap(True)
        self.step_text = QLabel(objectName="previewText")
        self.step_text.setWordWrap(True)
        self.step_text.setTextFormat(Qt.TextFormat.RichText)
        self.step_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields_box = QFrame(objectName="previewFields")
        self.fields_form = QFormLayout(self.fields_box)
        self.fields_form.setContentsMargins(0, 4, 0, 4)
        self.fields_form.setVerticalSpacing(4)
        self.fields_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.next_title = QLabel(objectName="hint")
        self.ending = QLabel(objectName="hint")
        self.ending.setWordWrap(True)
        self.buttons_box = QVBoxLayout()
        self.buttons_box.setSpacing(6)
        self.back_button = QPushButton(objectName="previewBack")
        self.restart_button = QPushButton(objectName="previewRestart")
        self.footnote = QLabel(objectName="footnote")
        self.footnote.setWordWrap(True)
        self._lay_out()
        self._shortcuts()
        self.back_button.clicked.connect(self.back)
        self.restart_button.clicked.connect(self.restart)
        self.retranslate()

    def _lay_out(self) -> None:
        card = QFrame(objectName="previewCard")
        card.setStyleSheet(
            "QFrame#previewCard { background: #ffffff; border: 1px solid #e2e8f0;"
            " border-radius: 8px; }"
            "QLabel#previewTitle { font-size: 13pt; font-weight: 600; color: #0f172a; }"
            "QLabel#previewText { font-size: 10.5pt; color: #1e293b; }")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(16, 14, 16, 16)
        inner.setSpacing(10)
        inner.addWidget(self.step_title)
        inner.addWidget(self.step_text)
        inner.addWidget(self.fields_box)
        inner.addSpacing(4)
        inner.addWidget(self.next_title)
        inner.addLayout(self.buttons_box)
        inner.addWidget(self.ending)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(card)
        controls = QHBoxLayout()
        controls.addWidget(self.back_button)
        controls.addWidget(self.restart_button)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.breadcrumb)
        layout.addWidget(scroll, 1)
        layout.addLayout(controls)
        layout.addWidget(self.footnote)

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for number in range(1, MAX_NUMBERED + 1):
            shortcut = QShortcut(QKeySequence(str(number)), self, context=context)
            shortcut.activated.connect(lambda n=number: self.choose(n - 1))
        QShortcut(QKeySequence(Qt.Key.Key_Backspace), self, context=context,
                  activated=self.back)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Preview"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setToolTip(self.tr("One step back (Backspace)"))
        self.restart_button.setText(self.tr("Restart"))
        self.next_title.setText(self.tr("Next step"))
        self.footnote.setText(self.tr("As the operator sees it. Keys 1–9 choose the next "
                                      "step. Nothing is saved."))
        self._render()

    # ---- feeding --------------------------------------------------------------------
    def set_document(self, document) -> None:
        """Follow ``document`` (a ScriptDocument): its edits show at once."""
        if self._document is not None:
            self._document.changed.disconnect(self._script_changed)
        self._document = document
        document.changed.connect(self._script_changed)
        self.set_script(document.script)

    def set_script(self, script: Script) -> None:
        self.script = script
        self.restart()

    def _script_changed(self) -> None:
        script = self._document.script
        if script is not self.script:
            self.set_script(script)
            return
        self.path = [step_id for step_id in self.path if step_id in script]
        if not self.path:
            self.restart()
        else:
            self._render()

    # ---- walking ----------------------------------------------------------------------
    @property
    def current(self) -> str | None:
        return self.path[-1] if self.path else None

    def restart(self) -> None:
        start = self.script.start_step_id if self.script else None
        self._go([start] if start else [])

    def choose(self, index: int) -> None:
        """Go to the ``index``-th next step (the button the operator pressed)."""
        if self.current is None:
            return
        nexts = self.script.next_steps(self.current)
        if 0 <= index < len(nexts):
            self._go([*self.path, nexts[index].id])

    def back(self) -> None:
        if len(self.path) > 1:
            self._go(self.path[:-1])

    def _go(self, path: list[str]) -> None:
        self.path = path
        self._render()
        if self.current is not None:
            self.step_shown.emit(self.current)

    # ---- showing ----------------------------------------------------------------------
    def button_titles(self) -> list[str]:
        return [button.text() for button in self.next_buttons]

    def _render(self) -> None:
        self._clear()
        step = self.script.step(self.current) if self.current else None
        self.back_button.setEnabled(len(self.path) > 1)
        self.restart_button.setEnabled(step is not None)
        if step is None:
            self.breadcrumb.clear()
            self.step_title.setText(self.tr("The script has no start step"))
            self.step_text.clear()
            for widget in (self.fields_box, self.next_title, self.ending):
                widget.hide()
            return
        self.breadcrumb.setText(" › ".join(
            html.escape(self.script.step(i).title or "…") for i in self.path))
        self.step_title.setText(step.title or self.tr("(untitled step)"))
        self.step_text.setText(text_as_html(step.text))
        self.step_text.setVisible(bool(step.text.strip()))
        for step_field in step.fields:
            self._add_field(step_field)
        self.fields_box.setVisible(bool(step.fields))
        nexts = self.script.next_steps(step.id)
        for number, following in enumerate(nexts, start=1):
            button = QPushButton(following.title, objectName="previewNext")
            button.setStyleSheet("text-align: left; padding: 7px 10px;")
            button.setIconSize(QSize(18, 18))
            if number <= MAX_NUMBERED:
                button.setIcon(number_icon(number))
                button.setToolTip(self.tr("Key %1").replace("%1", str(number)))
            button.clicked.connect(lambda _=False, i=number - 1: self.choose(i))
            self.buttons_box.addWidget(button)
            self.next_buttons.append(button)
        self.next_title.setVisible(bool(nexts))
        self.ending.setVisible(not nexts)
        self.ending.setText(self.tr("The script ends here.") if step.final
                            else self.tr("No way forward from this step."))

    def _add_field(self, step_field: StepField) -> None:
        meta = self.catalog.meta(step_field.entity, step_field.code) if self.catalog else None
        title = meta.title(self.language) if meta else step_field.code
        label = QLabel(f"{html.escape(title)} <span style='color:#94a3b8'>· "
                       f"{html.escape(entity_name(step_field.entity))}</span>")
        if step_field.editable:
            value: QWidget = QLineEdit()
            value.setPlaceholderText(self.tr("The operator fills this in"))
        else:
            value = QWidget()
            row = QHBoxLayout(value)
            row.setContentsMargins(0, 0, 0, 0)
            lock = QLabel()
            lock.setPixmap(icons.pixmap(icons.LOCK, 14))
            lock.setToolTip(self.tr("Read-only"))
            row.addWidget(lock)
            row.addWidget(QLabel("—"), 1)
        value.setProperty("read_only", not step_field.editable)
        self.fields_form.addRow(label, value)
        self.field_inputs[step_field.key] = value

    def _clear(self) -> None:
        for button in self.next_buttons:
            self.buttons_box.removeWidget(button)
            button.hide()  # deleted later, when control is back in the event loop
            button.deleteLater()
        self.next_buttons = []
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.field_inputs = {}

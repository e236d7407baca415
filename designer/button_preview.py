"""The button editor's live preview: the button as the operator sees it, and what each
action would write for a sample client.

Templates are filled by the domain (``desktop.domain.templates.render``) from the
sample client's values, and deadlines are resolved by the domain
(``desktop.domain.deadlines``) from the moment of previewing, so the preview shows
exactly what pressing the button now would produce. What cannot work is said in red
in place of the result.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from designer.action_editors import OPERATOR, EditorContext
from designer.action_kinds import KIND_TINTS, kind_title
from designer.deadline_edit import format_moment
from designer.template_edit import VariableCatalog
from desktop.domain.buttons import (
    Action,
    ActionButton,
    CallbackAction,
    CommentAction,
    DealStageAction,
    LeadStatusAction,
    MeetingAction,
    TaskAction,
)
from desktop.domain.deadlines import DeadlineError, due
from desktop.domain.errors import TemplateError
from desktop.domain.templates import render, variables
from desktop.ui.button_face import ButtonFace
from desktop.ui.i18n import Retranslatable

SAMPLE_NUMBER = "+7 999 123-45-67"
SAMPLE_OPERATOR = "Анна Смирнова"
SAMPLE_CLIENT = f"Иван Петров, ООО «Ромашка», {SAMPLE_NUMBER}"


translate = QCoreApplication.translate


def sample_values(now: datetime) -> dict[str, dict[str, object]]:
    """A realistic client: Иван Петров of ООО «Ромашка», with a lead and a deal."""
    return {
        "contact": {"NAME": "Иван", "SECOND_NAME": "Сергеевич", "LAST_NAME": "Петров",
                    "POST": "директор по закупкам", "PHONE": [SAMPLE_NUMBER],
                    "EMAIL": ["i.petrov@romashka.ru"], "COMPANY_ID": "ООО «Ромашка»",
                    "SOURCE_ID": "Веб-сайт"},
        "lead": {"TITLE": "Заявка с сайта: тариф «Бизнес»", "NAME": "Иван",
                 "LAST_NAME": "Петров", "COMPANY_TITLE": "ООО «Ромашка»",
                 "STATUS_ID": "В работе", "PHONE": [SAMPLE_NUMBER], "SOURCE_ID": "Веб-сайт",
                 "OPPORTUNITY": "120 000", "CURRENCY_ID": "RUB",
                 "UF_CRM_PRODUCT": "Тариф «Бизнес»"},
        "deal": {"TITLE": "Поставка оборудования", "STAGE_ID": "Подготовка документов",
                 "CATEGORY_ID": "Продажи", "OPPORTUNITY": "350 000", "CURRENCY_ID": "RUB",
                 "CONTACT_ID": "Иван Петров", "COMPANY_ID": "ООО «Ромашка»",
                 "UF_CRM_PRODUCT": "Оборудование"},
        "company": {"TITLE": "ООО «Ромашка»", "PHONE": ["+7 495 765-43-21"],
                    "ADDRESS": "Москва, ул. Лесная, 5", "UF_CRM_INN": "7701234567",
                    "INDUSTRY": "Производство"},
        "operator": {"name": SAMPLE_OPERATOR, "username": "anna"},
        "call": {"number": SAMPLE_NUMBER, "direction": translate("ButtonPreview", "incoming"),
                 "date": now.strftime("%d.%m.%Y"), "time": now.strftime("%H:%M")},
    }


@dataclass(frozen=True)
class PreviewEntry:
    """One action's result: a headline, details, or what stops it from working."""

    title: str
    lines: tuple[str, ...] = ()
    problem: str = ""


class Sample:
    """Fills templates for the sample client; a known field without a sample value is
    shown by its title in brackets, so nothing silently disappears."""

    def __init__(self, catalog: VariableCatalog, now: datetime) -> None:
        self.catalog, self.now = catalog, now
        self.values = sample_values(now)

    def fill(self, template: str) -> str:
        try:
            used = variables(template)
        except TemplateError as exc:
            raise _Problem(translate("ButtonPreview", "A variable is written wrong.")) from exc
        unknown = [v for v in used if v not in self.catalog.names]
        if unknown:
            raise _Problem(translate("ButtonPreview", "Unknown variable: %1.").replace(
                "%1", ", ".join("{{" + v + "}}" for v in unknown)))
        values = {ns: dict(fields) for ns, fields in self.values.items()}
        for name in used:
            namespace, code = name.split(".", 1)
            values.setdefault(namespace, {}).setdefault(code, f"[{self.catalog.title(name)}]")
        return render(template, values)

    def when(self, template: str) -> datetime:
        try:
            return due(template, self.now)
        except DeadlineError as exc:
            raise _Problem(translate("ButtonPreview", "The deadline cannot be read.")) from exc


class _Problem(Exception):
    """Why an action's result cannot be shown (becomes the entry's red line)."""


def _quoted(text: str) -> str:
    return f"«{text}»"


def preview_entry(action: Action, sample: Sample, context: EditorContext) -> PreviewEntry:
    title = kind_title(action.kind)
    try:
        return PreviewEntry(title, tuple(_lines(action, sample, context)))
    except _Problem as problem:
        return PreviewEntry(title, (), str(problem))


def _lines(action: Action, sample: Sample, context: EditorContext) -> list[str]:
    if isinstance(action, CommentAction):
        if action.asks_operator:
            return [translate("ButtonPreview",
                              "The operator types the comment when pressing the button.")]
        text = _quoted(sample.fill(action.template))
        return [translate("ButtonPreview", "In the timeline: %1").replace("%1", text)]
    if isinstance(action, MeetingAction):
        start = sample.when(action.deadline_template)
        end = start + timedelta(minutes=action.duration_minutes)
        name = sample.fill(action.title_template) or translate("ButtonPreview", "Meeting")
        return [_quoted(name),
                translate("ButtonPreview", "%1 – %2, the operator may change it").replace(
                    "%1", format_moment(start)).replace("%2", end.strftime("%H:%M"))]
    if isinstance(action, CallbackAction):
        name = sample.fill(action.title_template) or translate("ButtonPreview", "Call back")
        return [_quoted(name), translate("ButtonPreview", "%1, the operator may change it").replace(
            "%1", format_moment(sample.when(action.deadline_template)))]
    if isinstance(action, TaskAction):
        name = sample.fill(action.title_template) or translate("ButtonPreview", "Task")
        lines = [_quoted(name)]
        description = sample.fill(action.description_template)
        if description.strip():
            lines.append(description)
        who = (translate("ButtonPreview", "%1 (the operator)").replace("%1", SAMPLE_OPERATOR)
               if action.responsible in ("", OPERATOR) else action.responsible)
        lines.append(translate("ButtonPreview", "Due %1, responsible: %2").replace(
            "%1", format_moment(sample.when(action.deadline_template))).replace("%2", who))
        return lines
    if isinstance(action, LeadStatusAction):
        status = next((s for s in context.statuses if s.id == action.status_id), None)
        if not action.status_id:
            raise _Problem(translate("ButtonPreview", "No status chosen."))
        return [translate("ButtonPreview", "The lead gets the status %1").replace(
            "%1", _quoted(status.name if status else action.status_id))]
    if isinstance(action, DealStageAction):
        if not action.stage_id:
            raise _Problem(translate("ButtonPreview", "No stage chosen."))
        line = next((p for p in context.pipelines if p.id == action.category_id), None)
        stage = line.stage(action.stage_id) if line else None
        text = translate("ButtonPreview", "The deal moves to %1").replace(
            "%1", _quoted(stage.name if stage else action.stage_id))
        if line is not None and len(context.pipelines) > 1:
            text += " " + translate("ButtonPreview", "(pipeline %1)").replace(
                "%1", _quoted(line.name))
        return [text]
    raise TypeError(f"Unknown action {action!r}")


class ButtonPreview(Retranslatable, QFrame):
    """Shows ``show(button)``: call ``show`` again whenever the button changes."""

    def __init__(self, context: EditorContext, clock: Callable[[], datetime] = datetime.now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("buttonPreview")
        self.setStyleSheet(
            "QFrame#buttonPreview { background: #f8fafc; border: 1px solid #e2e8f0;"
            " border-radius: 6px; }"
            "QFrame#previewEntry { background: #ffffff; border: 1px solid #e2e8f0;"
            " border-radius: 6px; }"
            "QWidget#previewHolder, QWidget#previewEntries { background: transparent; }")
        self.context, self.clock = context, clock
        self.button: ActionButton | None = None
        self.heading = QLabel(objectName="sectionTitle")
        self.face = ButtonFace()
        self.face_note = QLabel(objectName="hint", wordWrap=True)
        self.writes_heading = QLabel(objectName="sectionTitle")
        self.client_note = QLabel(objectName="hint", wordWrap=True)
        entries = QWidget(objectName="previewEntries")
        self.entries = QVBoxLayout(entries)
        self.entries.setContentsMargins(0, 0, 0, 0)
        self.entries.setSpacing(6)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(entries)
        column.addStretch(1)
        holder = QWidget(objectName="previewHolder")
        holder.setLayout(column)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(holder)
        self.scroll.viewport().setAutoFillBackground(False)
        holder.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 8, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.face)
        layout.addWidget(self.face_note)
        layout.addSpacing(6)
        layout.addWidget(self.writes_heading)
        layout.addWidget(self.client_note)
        layout.addWidget(self.scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("As the operator sees it"))
        self.writes_heading.setText(self.tr("What pressing it writes"))
        self.client_note.setText(self.tr("For a sample client: %1; operator %2.").replace(
            "%1", SAMPLE_CLIENT).replace("%2", SAMPLE_OPERATOR))
        if self.button is not None:
            self.show_button(self.button)

    def show_button(self, button: ActionButton) -> None:
        self.button = button
        self.face.show_button(button.title.strip(), button.color, button.shortcut)
        self.face_note.setText(
            self.tr("The operator confirms the time or types the comment before it is "
                    "written.") if button.needs_operator_input else
            self.tr("Everything is written at once, on press."))
        self._show_entries(button)

    def entry_texts(self) -> list[str]:
        """What the preview says, entry by entry, as plain text (for tests and tooltips)."""
        texts = []
        for index in range(self.entries.count()):
            widget = self.entries.itemAt(index).widget()
            if widget is not None:
                texts.append(widget.property("plain") or "")
        return texts

    def _show_entries(self, button: ActionButton) -> None:
        while self.entries.count():
            item = self.entries.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        if not button.actions:
            empty = QLabel(self.tr("Add an action: a button without one records nothing."),
                           objectName="hint", wordWrap=True)
            empty.setProperty("plain", empty.text())
            self.entries.addWidget(empty)
            return
        sample = Sample(self.context.catalog, self.clock())
        for number, action in enumerate(button.actions, start=1):
            entry = preview_entry(action, sample, self.context)
            self.entries.addWidget(_entry_widget(number, action, entry))


def _entry_widget(number: int, action: Action, entry: PreviewEntry) -> QFrame:
    frame = QFrame(objectName="previewEntry")
    text_color, fill, border = KIND_TINTS[action.kind]
    chip = QLabel(str(number))
    chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
    chip.setFixedSize(22, 22)
    chip.setStyleSheet(f"background: {fill}; color: {text_color}; border: 1px solid {border};"
                       " border-radius: 11px; font-weight: 600;")
    body_lines = [f"<b>{html.escape(entry.title)}</b>"]
    body_lines += [html.escape(line) for line in entry.lines]
    if entry.problem:
        body_lines.append(f"<span style='color:#b91c1c'>{html.escape(entry.problem)}</span>")
    body = QLabel("<br>".join(body_lines))
    body.setTextFormat(Qt.TextFormat.RichText)
    body.setWordWrap(True)
    body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    frame.setProperty("plain", "\n".join([entry.title, *entry.lines, entry.problem]).strip())
    row = QHBoxLayout(frame)
    row.setContentsMargins(8, 7, 10, 7)
    row.setSpacing(8)
    row.addWidget(chip, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(body, 1)
    return frame
